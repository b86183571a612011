"""The member card: what the clerk sees once a member is recognised.

One read session, a handful of primary-key or indexed lookups (members, member_stats,
sizes, children, consents; complaints by ``ix_complaints_member``, after-sales by
``ix_service_records_member``, the last sales by ``ix_sales_member_created``, care by
``ix_care_tasks_member``). Nothing scans sales: totals come from ``member_stats``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from memberdesk.domain.members import (
    CHILD_BIRTHDAY_NOTICE_DAYS,
    ChildAge,
    birthday_this_week,
    child_age,
    honorific,
    lapsed_days,
    next_solar_birthday,
)
from memberdesk.domain.phone import mask_phone
from memberdesk.domain.vocab import (
    CareActionKind,
    CareKind,
    Channel,
    ComplaintStatus,
    ConsentKind,
    Gender,
    ServiceKind,
    ServiceStatus,
    SizeCategory,
    Tier,
)
from memberdesk.services.context import Actor
from memberdesk.services.errors import QT_TRANSLATE_NOOP, NotFound
from memberdesk.services.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import (
    CareAction,
    CareTask,
    Child,
    Complaint,
    Consent,
    Member,
    MemberSize,
    MemberStats,
    Sale,
    SaleLine,
    ServiceRecord,
    Staff,
)

LAST_SALES = 3
LAST_LINES = 6


@dataclass(frozen=True)
class ChildInfo:
    name: str
    gender: Gender
    age: ChildAge | None
    birthday_in_days: int | None  # set when the birthday is within the notice period


@dataclass(frozen=True)
class ServiceDue:
    kind: ServiceKind
    status: ServiceStatus
    promised_date: dt.date | None
    overdue: bool


@dataclass(frozen=True)
class Purchase:
    at: dt.datetime
    description: str
    size: str
    quantity: int
    total_fen: int


@dataclass(frozen=True)
class LatestCare:
    kind: CareKind
    title: str
    action: CareActionKind
    at: dt.datetime


@dataclass(frozen=True)
class MemberCard:
    """Everything on the card, as plain values."""

    id: int
    name: str
    greeting: str  # 张女士
    gender: Gender
    masked_phone: str
    card_no: str
    tier: Tier
    points: int
    member_since: dt.date
    channel: Channel
    channel_detail: str
    referrer_name: str
    referrer_staff_name: str
    enrolled_by_name: str
    sizes: tuple[tuple[SizeCategory, str], ...]
    skin_type: str
    hair_type: str
    occupation: str
    hobbies: str
    children: tuple[ChildInfo, ...]
    birthday: dt.date | None
    birthday_lunar: bool
    birthday_this_week: dt.date | None
    lapsed_days: int | None
    open_complaints: int
    services_due: tuple[ServiceDue, ...]
    spend_fen: int
    visit_count: int
    last_visit_at: dt.datetime | None
    last_purchases: tuple[Purchase, ...]
    latest_care: LatestCare | None
    notes: str
    marketing_consent: bool
    sensitive_on_file: bool  # values exist; shown only through reveal_sensitive


def _latest_consent(s: Session, member_id: int, kind: ConsentKind) -> bool:
    return bool(
        s.scalar(
            select(Consent.granted)
            .where(Consent.member_id == member_id, Consent.kind == kind)
            .order_by(Consent.recorded_at.desc(), Consent.id.desc())
            .limit(1)
        )
    )


def _children(s: Session, member_id: int, today: dt.date) -> tuple[ChildInfo, ...]:
    out = []
    for c in s.scalars(select(Child).where(Child.member_id == member_id).order_by(Child.id)):
        soon = None
        if c.birthday is not None:
            days = (next_solar_birthday(c.birthday.month, c.birthday.day, today) - today).days
            soon = days if days <= CHILD_BIRTHDAY_NOTICE_DAYS else None
        age = child_age(c.birthday, today) if c.birthday else None
        out.append(ChildInfo(c.name, c.gender, age, soon))
    return tuple(out)


def _purchases(s: Session, member_id: int) -> tuple[Purchase, ...]:
    sales = (
        select(Sale.id, Sale.created_at)
        .where(Sale.member_id == member_id)
        .order_by(Sale.created_at.desc())
        .limit(LAST_SALES)
        .subquery()
    )
    rows = s.execute(
        select(sales.c.created_at, SaleLine.description, SaleLine.size, SaleLine.quantity, SaleLine.total_fen)
        .join(SaleLine, SaleLine.sale_id == sales.c.id)
        .order_by(sales.c.created_at.desc(), SaleLine.line_no)
        .limit(LAST_LINES)
    )
    return tuple(Purchase(r.created_at.replace(tzinfo=dt.UTC), r.description, r.size, r.quantity, r.total_fen)
                 for r in rows)  # fmt: skip


def _services_due(s: Session, member_id: int, today: dt.date) -> tuple[ServiceDue, ...]:
    rows = s.execute(
        select(ServiceRecord.kind, ServiceRecord.status, ServiceRecord.promised_date)
        .where(
            ServiceRecord.member_id == member_id,
            ServiceRecord.status.in_([ServiceStatus.PENDING, ServiceStatus.IN_PROGRESS]),
        )
        .order_by(ServiceRecord.promised_date)
    )
    return tuple(
        ServiceDue(r.kind, r.status, r.promised_date, r.promised_date is not None and r.promised_date < today)
        for r in rows
    )


def _latest_care(s: Session, member_id: int) -> LatestCare | None:
    row = s.execute(
        select(CareTask.kind, CareTask.title, CareAction.action, CareAction.at)
        .join(CareAction, CareAction.task_id == CareTask.id)
        .where(CareTask.member_id == member_id)
        .order_by(CareAction.at.desc())
        .limit(1)
    ).first()
    return LatestCare(row.kind, row.title, row.action, row.at) if row else None


def member_card(db: Database, actor: Actor, member_id: int, today: dt.date | None = None) -> MemberCard:
    """The card of ``member_id`` as of ``today`` (the local date; defaults to now)."""
    require(actor, Permission.FIND_MEMBER)
    today = today or dt.date.today()
    referrer = aliased(Member)
    ref_staff = aliased(Staff)
    enrolled_by = aliased(Staff)
    with db.read() as s:
        row = s.execute(
            select(Member, MemberStats, referrer.name, ref_staff.name, enrolled_by.name)
            .outerjoin(MemberStats, MemberStats.member_id == Member.id)
            .outerjoin(referrer, referrer.id == Member.referrer_member_id)
            .outerjoin(ref_staff, ref_staff.id == Member.referrer_staff_id)
            .outerjoin(enrolled_by, enrolled_by.id == Member.enrolled_by_id)
            .where(Member.id == member_id)
        ).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Member {id} was not found."), id=member_id)
        m, stats, referrer_name, ref_staff_name, enrolled_by_name = row
        last_visit = stats.last_visit_at if stats else None
        sizes = s.execute(
            select(MemberSize.category, MemberSize.size).where(MemberSize.member_id == member_id)
        )
        open_complaints = s.scalar(
            select(func.count())
            .select_from(Complaint)
            .where(Complaint.member_id == member_id, Complaint.status != ComplaintStatus.CLOSED)
        )
        return MemberCard(
            id=m.id,
            name=m.name,
            greeting=honorific(m.name, m.gender),
            gender=m.gender,
            masked_phone=mask_phone(m.phone),
            card_no=m.card_no,
            tier=m.tier,
            points=stats.points_balance if stats else 0,
            member_since=m.enrolled_at.date(),
            channel=m.channel,
            channel_detail=m.channel_detail,
            referrer_name=referrer_name or "",
            referrer_staff_name=ref_staff_name or "",
            enrolled_by_name=enrolled_by_name or "",
            sizes=tuple(
                sorted(((r.category, r.size) for r in sizes), key=lambda p: list(SizeCategory).index(p[0]))
            ),
            skin_type=m.skin_type,
            hair_type=m.hair_type,
            occupation=m.occupation,
            hobbies=m.hobbies,
            children=_children(s, member_id, today),
            birthday=m.birthday,
            birthday_lunar=m.birthday_lunar,
            birthday_this_week=birthday_this_week(
                m.birthday, m.lunar_mmdd, m.lunar_leap, m.birthday_lunar, today
            ),
            lapsed_days=lapsed_days(last_visit.date() if last_visit else None, today),
            open_complaints=open_complaints or 0,
            services_due=_services_due(s, member_id, today),
            spend_fen=stats.spend_fen if stats else 0,
            visit_count=stats.visit_count if stats else 0,
            last_visit_at=last_visit,
            last_purchases=_purchases(s, member_id),
            latest_care=_latest_care(s, member_id),
            notes=m.notes,
            marketing_consent=_latest_consent(s, member_id, ConsentKind.MARKETING),
            sensitive_on_file=bool(m.ethnicity or m.religion or m.income_band),
        )
