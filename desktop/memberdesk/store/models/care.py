"""Customer care (顾客关怀): the tasks of the care calendar and what was done for each."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from memberdesk.domain.vocab import CareActionKind, CareKind
from memberdesk.store.models.base import Base, UTCDateTime, str_enum, utcnow


class CareTask(Base):
    """Something to do for a member on a day: a birthday, a child's birthday, a festival ...

    ``task_key`` is unique and derived from what the task is for (kind, member, date,
    holiday, event), so generating the calendar twice adds nothing.
    """

    __tablename__ = "care_tasks"
    __table_args__ = (
        Index("ix_care_tasks_due", "due_date"),
        Index("ix_care_tasks_member", "member_id", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    task_key: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[CareKind] = mapped_column(str_enum(CareKind, 16))
    due_date: Mapped[dt.date] = mapped_column(Date)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    child_id: Mapped[int | None] = mapped_column(ForeignKey("children.id", ondelete="CASCADE"))
    event_id: Mapped[int | None] = mapped_column(ForeignKey("member_events.id"))
    service_record_id: Mapped[int | None] = mapped_column(ForeignKey("service_records.id"))
    holiday: Mapped[str] = mapped_column(String(32), default="")
    title: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    actions: Mapped[list[CareAction]] = relationship(back_populates="task", order_by="CareAction.id")


class CareAction(Base):
    """What a member of staff did for a care task: printed a card, sent a message, called ..."""

    __tablename__ = "care_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("care_tasks.id", ondelete="CASCADE"), index=True)
    action: Mapped[CareActionKind] = mapped_column(str_enum(CareActionKind, 16))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str] = mapped_column(String(200), default="")

    task: Mapped[CareTask] = relationship(back_populates="actions")
