"""The store itself, its staff and its store-wide settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from memberdesk.domain.vocab import Role
from memberdesk.store.models.base import Base, UidMixin, UTCDateTime, code_column, str_enum, utcnow


class Store(UidMixin, Base):
    """A shop. One file usually holds one store; a shared server may hold several."""

    __tablename__ = "stores"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(code_column(16), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    # Where customers get an invoice (发票), announced at checkout.
    invoice_desk: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Staff(UidMixin, Base):
    """A member of staff who signs in at the counter with a PIN."""

    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("store_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    # The staff number printed on the badge, used to pick an account at sign-in.
    code: Mapped[str] = mapped_column(code_column(16))
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[Role] = mapped_column(str_enum(Role))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Set when the account was unlocked too often in a short time (someone may be trying its
    # PIN through approvals): it stays locked, whatever the clock says, until a manager lifts it.
    held_for_manager_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Setting(Base):
    """A store-wide rule a manager sets (return window, refund limit, points rules ...).

    Values are JSON text, read and validated by the service that owns the key.
    """

    __tablename__ = "settings"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class NumberSequence(Base):
    """Per-store counters for numbers customers see (receipts, returns, complaints).

    Incremented inside the transaction that uses the number, so numbers are unique and
    without gaps even when two counters share a server.
    """

    __tablename__ = "number_sequences"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, default=1)
