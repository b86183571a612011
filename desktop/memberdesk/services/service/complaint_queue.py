"""The supervisor's complaint queue and one complaint's full story.

The queue reads only complaints not yet closed, through ``ix_complaints_status_opened``; how
many there are depends on how well the store keeps up, not on how many members it has. The
order (most urgent target first) is computed in Python from the store's rules, so it is the
same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from memberdesk.domain.complaints import queue_key
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound
from memberdesk.domain.members import honorific
from memberdesk.domain.phone import mask_phone
from memberdesk.domain.vocab import ComplaintCategory, ComplaintStatus, ServiceGap, Severity
from memberdesk.services.common.context import Actor
from memberdesk.services.service.complaint_rules import load_complaint_rules
from memberdesk.services.service.complaints import gap_change
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Complaint, ComplaintStep, Member, Sale, SaleReturn, Staff, utcnow

CLOSED_SHOWN = 200


class QueueView(StrEnum):
    TO_HANDLE = "to_handle"  # open or being handled
    TO_FOLLOW_UP = "to_follow_up"  # resolved, waiting for the call afterwards
    TO_CLOSE = "to_close"  # followed up
    CLOSED = "closed"  # the latest closed ones


VIEW_STATUSES = {
    QueueView.TO_HANDLE: (ComplaintStatus.OPEN, ComplaintStatus.HANDLING),
    QueueView.TO_FOLLOW_UP: (ComplaintStatus.RESOLVED,),
    QueueView.TO_CLOSE: (ComplaintStatus.FOLLOWED_UP,),
    QueueView.CLOSED: (ComplaintStatus.CLOSED,),
}


@dataclass(frozen=True)
class QueueRow:
    id: int
    complaint_no: str
    customer: str  # 张女士 or the walk-in's name
    member_id: int | None
    category: ComplaintCategory
    severity: Severity
    status: ComplaintStatus
    opened_at: dt.datetime
    handler: str
    due_at: dt.datetime | None
    overdue: bool
    description: str


@dataclass(frozen=True)
class StepRow:
    at: dt.datetime
    staff: str
    from_status: ComplaintStatus | None
    to_status: ComplaintStatus
    note: str  # what the staff member wrote ("" for a change of service gap)
    approved_by: str
    gap_change: tuple[ServiceGap | None, ServiceGap] | None = None  # (before, after)


@dataclass(frozen=True)
class ComplaintDetail:
    id: int
    complaint_no: str
    member_id: int | None
    customer: str
    customer_phone: str  # masked
    category: ComplaintCategory
    service_gap: ServiceGap | None
    severity: Severity
    status: ComplaintStatus
    description: str
    customer_request: str
    receipt_no: str
    return_no: str
    opened_at: dt.datetime
    opened_by: str
    handler_id: int | None
    handler: str
    resolution: str
    compensation_fen: int
    resolved_at: dt.datetime | None
    follow_up_note: str
    satisfaction_after: int | None
    closed_at: dt.datetime | None
    due_at: dt.datetime | None
    overdue: bool
    steps: tuple[StepRow, ...]


def _step_row(step: ComplaintStep, names: dict[int, str]) -> StepRow:
    gaps = gap_change(step.note)
    return StepRow(
        step.at,
        names.get(step.staff_id, ""),
        step.from_status,
        step.to_status,
        "" if gaps else step.note,
        names.get(step.approved_by_id, "") if step.approved_by_id else "",
        gaps,
    )


def _customer(member: Member | None, walk_in_name: str) -> str:
    if member is not None:
        return honorific(member.name, member.gender)
    return walk_in_name


def _rows_stmt() -> Select[*tuple[Any, ...]]:
    """Queue rows as columns, not ORM objects: a busy store's queue holds thousands of rows,
    and building an object per complaint and member cost four times the query itself."""
    handler = aliased(Staff)
    return (
        select(
            Complaint.id,
            Complaint.complaint_no,
            Member.name,
            Member.gender,
            Complaint.customer_name,
            Complaint.member_id,
            Complaint.category,
            Complaint.severity,
            Complaint.status,
            Complaint.opened_at,
            handler.name,
            Complaint.resolved_at,
            Complaint.description,
        )
        .outerjoin(Member, Member.id == Complaint.member_id)
        .outerjoin(handler, handler.id == Complaint.handler_id)
    )


def _read_rows(db: Database, actor: Actor, stmt: Select[*tuple[Any, ...]], at: dt.datetime) -> list[QueueRow]:
    with db.read() as s:
        rules = load_complaint_rules(s, actor.store_id)
        rows = []
        for (
            cid,
            number,
            m_name,
            m_gender,
            walk_in,
            member_id,
            cat,
            sev,
            status,
            opened,
            h_name,
            resolved,
            text,
        ) in s.execute(stmt):
            due = rules.due_at(status, sev, opened, resolved)
            customer = honorific(m_name, m_gender) if member_id is not None else walk_in
            rows.append(
                QueueRow(
                    cid, number, customer, member_id, cat, sev, status, opened, h_name or "", due,
                    due is not None and due < at, text,
                )
            )  # fmt: skip
        return rows


def queue(
    db: Database, actor: Actor, view: QueueView = QueueView.TO_HANDLE, *, now: dt.datetime | None = None
) -> list[QueueRow]:
    """The complaints of ``view``, most urgent first (closed ones: latest first)."""
    require(actor, Permission.OPEN_COMPLAINT)
    stmt = _rows_stmt().where(Complaint.store_id == actor.store_id, Complaint.status.in_(VIEW_STATUSES[view]))
    if view is QueueView.CLOSED:
        stmt = stmt.order_by(Complaint.closed_at.desc(), Complaint.id.desc()).limit(CLOSED_SHOWN)
    rows = _read_rows(db, actor, stmt, now or utcnow())
    if view is not QueueView.CLOSED:
        rows.sort(key=lambda r: queue_key(r.due_at, r.severity, r.opened_at, r.id))
    return rows


def open_for_member(
    db: Database, actor: Actor, member_id: int, *, now: dt.datetime | None = None
) -> list[QueueRow]:
    """The member's complaints not closed yet, oldest first (``ix_complaints_member``)."""
    require(actor, Permission.FIND_MEMBER)
    stmt = (
        _rows_stmt()
        .where(Complaint.member_id == member_id, Complaint.status != ComplaintStatus.CLOSED)
        .order_by(Complaint.opened_at)
    )
    return _read_rows(db, actor, stmt, now or utcnow())


def detail(
    db: Database, actor: Actor, complaint_id: int, *, now: dt.datetime | None = None
) -> ComplaintDetail:
    require(actor, Permission.OPEN_COMPLAINT)
    with db.read() as s:
        c = s.get(Complaint, complaint_id)
        if c is None or c.store_id != actor.store_id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This complaint no longer exists."))
        staff = s.execute(select(Staff.id, Staff.name).where(Staff.store_id == actor.store_id))
        names: dict[int, str] = {staff_id: name for staff_id, name in staff}
        member = s.get(Member, c.member_id) if c.member_id else None
        sale = s.get(Sale, c.sale_id) if c.sale_id else None
        ret = s.get(SaleReturn, c.return_id) if c.return_id else None
        steps = s.scalars(
            select(ComplaintStep)
            .where(ComplaintStep.complaint_id == c.id)
            .order_by(ComplaintStep.at, ComplaintStep.id)
        ).all()
        rules = load_complaint_rules(s, actor.store_id)
        due = rules.due_at(c.status, c.severity, c.opened_at, c.resolved_at)
        phone = member.phone if member else c.customer_phone
        return ComplaintDetail(
            id=c.id,
            complaint_no=c.complaint_no,
            member_id=c.member_id,
            customer=_customer(member, c.customer_name),
            customer_phone=mask_phone(phone) if phone else "",
            category=c.category,
            service_gap=c.service_gap,
            severity=c.severity,
            status=c.status,
            description=c.description,
            customer_request=c.customer_request,
            receipt_no=sale.receipt_no if sale else "",
            return_no=ret.return_no if ret else "",
            opened_at=c.opened_at,
            opened_by=names.get(c.opened_by_id, ""),
            handler_id=c.handler_id,
            handler=names.get(c.handler_id, "") if c.handler_id else "",
            resolution=c.resolution,
            compensation_fen=c.compensation_fen,
            resolved_at=c.resolved_at,
            follow_up_note=c.follow_up_note,
            satisfaction_after=c.satisfaction_after,
            closed_at=c.closed_at,
            due_at=due,
            overdue=due is not None and due < (now or utcnow()),
            steps=tuple(_step_row(x, names) for x in steps),
        )
