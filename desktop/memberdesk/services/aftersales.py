"""After-sales service (售后服务) promised on a sale line, and the due/overdue lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from memberdesk.domain.vocab import ServiceKind, ServiceStatus
from memberdesk.services import audit
from memberdesk.services.context import Actor
from memberdesk.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from memberdesk.services.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Sale, SaleLine, ServiceRecord, Staff, utcnow

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


def set_status(db: Database, actor: Actor, record_id: int, status: ServiceStatus, note: str = "") -> None:
    require(actor, Permission.RECORD_SALE)
    with db.write() as s:
        rec = s.get(ServiceRecord, record_id)
        if rec is None or rec.store_id != actor.store_id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such service record."), field="record_id")
        before = rec.status
        rec.status = status
        rec.done_at = utcnow() if status is ServiceStatus.DONE else None
        if note.strip():
            rec.note = (rec.note + "\n" + note.strip()).strip()
        audit.record(
            s,
            actor,
            "service.status",
            entity="service_record",
            entity_id=rec.id,
            before={"status": before},
            after={"status": status},
        )


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
