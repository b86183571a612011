"""Service at the counter: complaints, visits and satisfaction, suggestions, workflow runs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from memberdesk.domain.vocab import (
    ComplaintCategory,
    ComplaintStatus,
    ServiceGap,
    ServiceStatus,
    Severity,
    StepStatus,
    WorkflowOutcome,
)
from memberdesk.store.models.base import Base, UidMixin, UTCDateTime, code_column, str_enum, utcnow


class Complaint(UidMixin, Base):
    """A complaint (投诉) and where it stands; its history is in ``ComplaintStep``."""

    __tablename__ = "complaints"
    __table_args__ = (
        UniqueConstraint("store_id", "complaint_no"),
        Index("ix_complaints_member", "member_id", "status"),
        Index("ix_complaints_status_opened", "status", "opened_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    complaint_no: Mapped[str] = mapped_column(code_column(24))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))  # None: walk-in
    customer_name: Mapped[str] = mapped_column(String(50), default="")
    customer_phone: Mapped[str] = mapped_column(String(20), default="")
    category: Mapped[ComplaintCategory] = mapped_column(str_enum(ComplaintCategory))
    service_gap: Mapped[ServiceGap | None] = mapped_column(str_enum(ServiceGap, 16))
    severity: Mapped[Severity] = mapped_column(str_enum(Severity, 8))
    description: Mapped[str] = mapped_column(Text)
    customer_request: Mapped[str] = mapped_column(Text, default="")
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"))
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id"))
    status: Mapped[ComplaintStatus] = mapped_column(
        str_enum(ComplaintStatus, 12), default=ComplaintStatus.OPEN
    )
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    resolution: Mapped[str] = mapped_column(Text, default="")
    compensation_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    follow_up_note: Mapped[str] = mapped_column(Text, default="")
    satisfaction_after: Mapped[int | None] = mapped_column(SmallInteger)  # 1..5
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    steps: Mapped[list[ComplaintStep]] = relationship(back_populates="complaint", order_by="ComplaintStep.id")


class ComplaintStep(Base):
    """One step of a complaint's life cycle: who moved it, when, and what they wrote."""

    __tablename__ = "complaint_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    from_status: Mapped[ComplaintStatus | None] = mapped_column(str_enum(ComplaintStatus, 12))
    to_status: Mapped[ComplaintStatus] = mapped_column(str_enum(ComplaintStatus, 12))
    note: Mapped[str] = mapped_column(Text, default="")
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    complaint: Mapped[Complaint] = relationship(back_populates="steps")


class Suggestion(Base):
    """A member's suggestion (建议) for the store."""

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    text: Mapped[str] = mapped_column(Text)


class Visit(UidMixin, Base):
    """A customer's visit to the counter, with satisfaction = perceived / expected (1-5 each)."""

    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_member_started", "member_id", "started_at"),
        Index("ix_visits_started", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    expected: Mapped[int | None] = mapped_column(SmallInteger)
    perceived: Mapped[int | None] = mapped_column(SmallInteger)
    comment: Mapped[str] = mapped_column(Text, default="")


class WorkflowRun(UidMixin, Base):
    """One walk through a guided service workflow by a clerk."""

    __tablename__ = "workflow_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    workflow_key: Mapped[str] = mapped_column(String(64))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    outcome: Mapped[WorkflowOutcome] = mapped_column(
        str_enum(WorkflowOutcome, 12), default=WorkflowOutcome.RUNNING
    )

    steps: Mapped[list[WorkflowStepRecord]] = relationship(
        back_populates="run", order_by="WorkflowStepRecord.id"
    )


class WorkflowStepRecord(Base):
    """A step of a workflow run: done or skipped, how long it took, what it collected."""

    __tablename__ = "workflow_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("workflow_runs.id"), index=True)
    step_key: Mapped[str] = mapped_column(String(64))
    status: Mapped[StepStatus] = mapped_column(str_enum(StepStatus, 8))
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    value: Mapped[str] = mapped_column(Text, default="")
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)

    run: Mapped[WorkflowRun] = relationship(back_populates="steps")


class ServiceStatusChange(Base):
    """One step of an after-sales record's life cycle (售后进度): who moved it, when, to what."""

    __tablename__ = "service_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    service_record_id: Mapped[int] = mapped_column(ForeignKey("service_records.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    from_status: Mapped[ServiceStatus] = mapped_column(str_enum(ServiceStatus, 16))
    to_status: Mapped[ServiceStatus] = mapped_column(str_enum(ServiceStatus, 16))
    note: Mapped[str] = mapped_column(Text, default="")
