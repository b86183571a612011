"""The till's shifts (班次) and their counts at the end of a shift (交班/日结).

Both are append-only: a shift is opened by one row (with the float it starts with), closed by
its count rows (one per payment method: what the ledger says came in and went out since the
shift opened, and for cash what was counted in the drawer), and the next shift is a new row
that follows it. Nothing is updated; a miscount is corrected by the next shift's difference.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from memberdesk.domain.vocab import PaymentMethod
from memberdesk.store.models.base import Base, UidMixin, UTCDateTime, str_enum


class Shift(UidMixin, Base):
    """A shift at one till, from its opening with a float until its count."""

    __tablename__ = "shifts"
    __table_args__ = (Index("ix_shifts_store_till_opened", "store_id", "till", "opened_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    till: Mapped[str] = mapped_column(String(40))  # the counter's name (Settings → printer)
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    float_fen: Mapped[int] = mapped_column(BigInteger)  # cash in the drawer at the start
    # the shift this one took over from; unique, so one shift is followed once
    follows_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), unique=True)


class ShiftCount(UidMixin, Base):
    """One payment method of a shift's count: the ledger's figures and, for cash, the count.

    expected = float (cash only) + sales − refunds + stored value paid in or out;
    difference = counted − expected (cash only; the other methods are not counted).
    """

    __tablename__ = "shift_counts"
    __table_args__ = (UniqueConstraint("shift_id", "method"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"))
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod, 16))
    closed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    float_fen: Mapped[int] = mapped_column(BigInteger)
    sales_fen: Mapped[int] = mapped_column(BigInteger)  # payments of sales (voids negative)
    refunds_fen: Mapped[int] = mapped_column(BigInteger)  # paid back for returns
    stored_value_fen: Mapped[int] = mapped_column(BigInteger)  # top-ups in, withdrawals out
    expected_fen: Mapped[int] = mapped_column(BigInteger)
    counted_fen: Mapped[int | None] = mapped_column(BigInteger)  # None: not counted
    difference_fen: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(200))
