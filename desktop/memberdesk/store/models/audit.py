"""The audit log: who saw or changed what, and when."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from memberdesk.store.models.base import Base, Uid, UTCDateTime, utcnow


class AuditEntry(Base):
    """One audited act. ``before``/``after`` hold JSON of the changed fields only."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        Index("ix_audit_at", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    store_id: Mapped[int | None] = mapped_column(ForeignKey("stores.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(48))  # e.g. member.update, member.reveal_phone
    entity: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[int | None] = mapped_column()
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(String(200), default="")


class MemberErasure(Base):
    """A member's personal data was erased at their request: which member and when, nothing else.

    ``member_uid`` names the member in any copy of the store, so a restore of a backup taken
    before the erase makes it again (``store/erasure.py``); ``member_id`` is the member in this
    file (None when a restored backup does not hold them). Append-only, like the audit log.
    """

    __tablename__ = "member_erasures"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_uid: Mapped[uuid.UUID] = mapped_column(Uid, unique=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    erased_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
