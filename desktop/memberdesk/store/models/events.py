"""What happens to an invitation: the member's replies and their arrival at the door.

Both are append-only. A reply is a new row each time (the latest is in force, so "coming"
then "not coming" keeps both, with who took each and when); an arrival is one row per member
and event, recorded once (checking in twice changes nothing). A walk-in who was not invited
arrives without an invitation and is marked so.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from memberdesk.domain.events import Reply
from memberdesk.store.models.base import Base, UidMixin, UTCDateTime, str_enum


class EventReply(UidMixin, Base):
    """One reply an invited member gave, as the clerk took it."""

    __tablename__ = "event_replies"
    __table_args__ = (Index("ix_event_replies_event_member", "event_id", "member_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("member_events.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    reply: Mapped[Reply] = mapped_column(str_enum(Reply, 16))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class EventAttendance(UidMixin, Base):
    """A member checked in at the event's door."""

    __tablename__ = "event_attendance"
    __table_args__ = (UniqueConstraint("event_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("member_events.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    checked_in_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    checked_in_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)  # came without an invitation
