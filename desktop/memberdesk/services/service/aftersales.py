"""After-sales service (售后服务) promised on a sale line, its life cycle, and the due lists.

A record is promised (pending), taken in hand (in progress), and done or cancelled; each
move is kept as a ``ServiceStatusChange`` with who and when, so the card and the Care page
can say "done by 李娜 on 3 May", and a done or cancelled record leaves the due lists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.phone import mask_phone
from memberdesk.domain.vocab import ServiceKind, ServiceStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.members.forms import check_text
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Sale, SaleLine, ServiceRecord, Staff, utcnow
from memberdesk.store.models.service import ServiceStatusChange

OPEN = (ServiceStatus.PENDING, ServiceStatus.IN_PROGRESS)


@dataclass(frozen=True)
class ServiceForm:
    sale_line_id: int | None
    kind: ServiceKind | None
    description: str
    promised_date: dt.date | None
    handler_id: int | None = None
    member_id: int | None = None


@dataclass(frozen=True)
class ServiceItem:
    id: int
    member_id: int | None
    kind: ServiceKind
    description: str
    promised_date: dt.date | None
    status: ServiceStatus
    handler_name: str
    overdue: bool


def record_service(db: Database, actor: Actor, form: ServiceForm, *, today: dt.date | None = None) -> int:
    """Record what was promised, by when and who handles it."""
    require(actor, Permission.RECORD_SALE)
    today = today or dt.date.today()
    if form.kind is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the kind of service."), field="kind")
    if not form.description.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say what will be done."), field="description")
    check_text(form.description, "description", single_line=False)
    if form.promised_date is not None and form.promised_date < today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The promised date cannot be in the past."), field="promised_date"
        )
    with db.write() as s:
        member_id = form.member_id
        if form.sale_line_id is not None:
            row = s.execute(
                select(Sale.member_id, Sale.store_id)
                .join(SaleLine, SaleLine.sale_id == Sale.id)
                .where(SaleLine.id == form.sale_line_id)
            ).first()
            if row is None or row[1] != actor.store_id:
                raise NotFound(
                    QT_TRANSLATE_NOOP("Errors", "That line is not on this receipt."), field="sale_line_id"
                )
            member_id = row[0]
        if form.handler_id is not None and s.get(Staff, form.handler_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such staff member."), field="handler_id")
        rec = ServiceRecord(
            store_id=actor.store_id,
            member_id=member_id,
            sale_line_id=form.sale_line_id,
            kind=form.kind,
            description=form.description.strip(),
            promised_date=form.promised_date,
            handler_id=form.handler_id or actor.staff_id,
            created_by_id=actor.staff_id,
        )
        s.add(rec)
        s.flush()
        audit.record(s, actor, "service.record", entity="service_record", entity_id=rec.id)
        return rec.id


# The life cycle: promised (pending) -> in progress -> done, or cancelled on the way; a done
# record can be taken up again (the customer came back), a cancelled one stays cancelled.
NEXT: dict[ServiceStatus, frozenset[ServiceStatus]] = {
    ServiceStatus.PENDING: frozenset(
        {ServiceStatus.IN_PROGRESS, ServiceStatus.DONE, ServiceStatus.CANCELLED}
    ),
    ServiceStatus.IN_PROGRESS: frozenset(
        {ServiceStatus.PENDING, ServiceStatus.DONE, ServiceStatus.CANCELLED}
    ),
    ServiceStatus.DONE: frozenset({ServiceStatus.IN_PROGRESS}),
    ServiceStatus.CANCELLED: frozenset(),
}
NOTE_MAX = 500


@dataclass(frozen=True)
class StatusChange:
    """One step of a record's life cycle, as the card and the Care page show it."""

    at: dt.datetime
    staff_name: str
    from_status: ServiceStatus
    to_status: ServiceStatus
    note: str


def set_status(db: Database, actor: Actor, record_id: int, status: ServiceStatus, note: str = "") -> None:
    """Move an after-sales record along its life cycle; who and when are kept as a step.

    Done stamps ``done_at``; a move the life cycle does not allow (a cancelled record, the
    status it already has) is refused with a message saying where the record stands.
    """
    require(actor, Permission.RECORD_SALE)
    status = ServiceStatus(status)
    check_text(note, "note", single_line=False)
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Too long: at most {max} characters."), field="note", max=NOTE_MAX
        )
    with db.write() as s:
        rec = s.get(ServiceRecord, record_id, with_for_update=True)
        if rec is None or rec.store_id != actor.store_id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such service record."), field="record_id")
        before = rec.status
        if status not in NEXT[before]:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "Errors", "This after-sales record is {status} already; it cannot be changed so."
                ),
                field="status",
                status=before.value,
            )
        rec.status = status
        rec.done_at = utcnow() if status is ServiceStatus.DONE else None
        if note:
            rec.note = (rec.note + "\n" + note).strip()
        s.add(ServiceStatusChange(service_record_id=rec.id, staff_id=actor.staff_id, from_status=before,
                                  to_status=status, note=note))  # fmt: skip
        audit.record(
            s,
            actor,
            "service.status",
            entity="service_record",
            entity_id=rec.id,
            before={"status": before},
            after={"status": status},
            detail=note[:200],
        )


def history(db: Database, actor: Actor, record_id: int) -> list[StatusChange]:
    """The record's steps, oldest first."""
    require(actor, Permission.FIND_MEMBER)
    stmt = (
        select(ServiceStatusChange, Staff.name)
        .join(ServiceRecord, ServiceRecord.id == ServiceStatusChange.service_record_id)
        .outerjoin(Staff, Staff.id == ServiceStatusChange.staff_id)
        .where(ServiceStatusChange.service_record_id == record_id, ServiceRecord.store_id == actor.store_id)
        .order_by(ServiceStatusChange.at, ServiceStatusChange.id)
    )
    with db.read() as s:
        return [
            StatusChange(c.at, name or "", c.from_status, c.to_status, c.note) for c, name in s.execute(stmt)
        ]


@dataclass(frozen=True)
class ServiceRow:
    """A line of the Care page's after-sales list."""

    id: int
    member_id: int | None
    member_name: str
    masked_phone: str
    kind: ServiceKind
    description: str
    promised_date: dt.date | None
    status: ServiceStatus
    handler_name: str
    overdue: bool
    changed_by: str  # who made the last status change ("" while still as promised)
    changed_at: dt.datetime | None


def service_list(
    db: Database,
    actor: Actor,
    *,
    statuses: tuple[ServiceStatus, ...] = OPEN,
    today: dt.date | None = None,
    limit: int = 500,
) -> list[ServiceRow]:
    """The store's after-sales records in ``statuses``, the earliest promise first."""
    require(actor, Permission.FIND_MEMBER)
    today = today or dt.date.today()
    last = (
        select(ServiceStatusChange.service_record_id, func.max(ServiceStatusChange.id).label("change_id"))
        .group_by(ServiceStatusChange.service_record_id)
        .subquery()
    )
    changer = aliased(Staff)
    handler = aliased(Staff)
    stmt = (
        select(ServiceRecord, Member.name, Member.phone, handler.name, changer.name, ServiceStatusChange.at)
        .outerjoin(Member, Member.id == ServiceRecord.member_id)
        .outerjoin(handler, handler.id == ServiceRecord.handler_id)
        .outerjoin(last, last.c.service_record_id == ServiceRecord.id)
        .outerjoin(ServiceStatusChange, ServiceStatusChange.id == last.c.change_id)
        .outerjoin(changer, changer.id == ServiceStatusChange.staff_id)
        .where(ServiceRecord.store_id == actor.store_id, ServiceRecord.status.in_(statuses))
        .order_by(ServiceRecord.promised_date.is_(None), ServiceRecord.promised_date, ServiceRecord.id)
        .limit(limit)
    )
    with db.read() as s:
        return [
            ServiceRow(
                r.id,
                r.member_id,
                name or "",
                mask_phone(phone or ""),
                r.kind,
                r.description,
                r.promised_date,
                r.status,
                handler_name or "",
                r.status in OPEN and r.promised_date is not None and r.promised_date < today,
                changed_by or "",
                changed_at,
            )
            for r, name, phone, handler_name, changed_by, changed_at in s.execute(stmt)
        ]


def due_items(
    db: Database,
    store_id: int,
    *,
    member_id: int | None = None,
    within_days: int = 3,
    today: dt.date | None = None,
) -> list[ServiceItem]:
    """Open items due within ``within_days`` or already overdue, oldest promise first."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=within_days)
    stmt = (
        select(ServiceRecord, Staff.name)
        .outerjoin(Staff, Staff.id == ServiceRecord.handler_id)
        .where(
            ServiceRecord.store_id == store_id,
            ServiceRecord.status.in_(OPEN),
            ServiceRecord.promised_date <= horizon,
        )
        .order_by(ServiceRecord.promised_date, ServiceRecord.id)
    )
    if member_id is not None:
        stmt = stmt.where(ServiceRecord.member_id == member_id)
    with db.read() as s:
        return [
            ServiceItem(
                r.id,
                r.member_id,
                r.kind,
                r.description,
                r.promised_date,
                r.status,
                name or "",
                r.promised_date is not None and r.promised_date < today,
            )
            for r, name in s.execute(stmt.limit(500))
        ]
