"""Membership figures for a period: the numbers behind the report and the Reports page.

Everything is aggregated by the database (GROUP BY on indexed columns); the one per-member
aggregate of the period's sales (count, sum, last purchase) feeds the active count, the
80/20 view and the RFM segments, so ten million sales never travel into Python.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Executable, and_, bindparam, case, func, select, text
from sqlalchemy.orm import Session

from memberdesk.domain import analytics as A
from memberdesk.domain.vocab import Channel, MemberStatus
from memberdesk.services.context import Actor
from memberdesk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.services.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import (
    CareAction,
    CareTask,
    Complaint,
    Member,
    MemberStats,
    Sale,
    SaleReturn,
    Staff,
    Store,
    Suggestion,
    UTCDateTime,
    Visit,
)

CHURN_DAYS = 180
LONG_PERIOD_DAYS = 90
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ChurnedMember:
    member_id: int
    name: str
    last_visit: dt.date
    lifetime_fen: int
    last_complaint: str  # category and what happened, if any
    last_return: str  # type and reason, if any


@dataclass
class MembershipFigures:
    """Every figure of the membership report for one store and period (plain data)."""

    store_name: str
    start: dt.date
    end: dt.date
    members_total: int = 0
    members_new: int = 0
    members_active: int = 0
    members_lapsed: int = 0
    revenue_fen: int = 0
    refunds_fen: int = 0
    by_channel: list[tuple[str, int]] = field(default_factory=list)
    by_partner: list[tuple[str, int]] = field(default_factory=list)
    top_referrers: list[tuple[int, str, int]] = field(default_factory=list)
    staff_referrers: list[tuple[str, int]] = field(default_factory=list)
    tiers: list[tuple[str, int]] = field(default_factory=list)
    pareto: A.Pareto = field(default_factory=lambda: A.pareto([]))
    rfm: list[tuple[A.Segment, int, int]] = field(default_factory=list)  # segment, members, revenue
    rfm_members: dict[A.Segment, list[int]] = field(default_factory=dict)
    churn_days: int = CHURN_DAYS
    churned_count: int = 0
    revenue_at_risk_fen: int = 0
    churned: list[ChurnedMember] = field(default_factory=list)
    returns_by_type: list[tuple[str, int, int]] = field(default_factory=list)  # type, count, refund
    top_return_reasons: list[tuple[str, str, int]] = field(default_factory=list)  # type, reason, count
    complaints_by_category: list[tuple[str, int]] = field(default_factory=list)
    complaints_by_gap: list[tuple[str, int]] = field(default_factory=list)
    complaints_by_status: list[tuple[str, int]] = field(default_factory=list)
    resolve_hours_median: float | None = None
    resolve_hours_p90: float | None = None
    resolved_count: int = 0
    suggestions_count: int = 0  # suggestions (建议) recorded in the period, from members or walk-ins
    satisfaction_by_month: list[tuple[str, float, float, float, int]] = field(default_factory=list)
    satisfaction_by_staff: list[tuple[str, float, int]] = field(default_factory=list)
    care_by_kind: list[tuple[str, int, int]] = field(default_factory=list)  # kind, tasks, done


def bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The period as UTC instants: from the start day's local midnight to after the end day."""
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."), field="end"
        )
    tz = dt.datetime.now().astimezone().tzinfo
    return (
        dt.datetime.combine(start, dt.time(), tz).astimezone(dt.UTC),
        dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.UTC),
    )


def _grouped(s: Session, column, *where) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    rows = s.execute(
        select(column, func.count()).where(*where).group_by(column).order_by(func.count().desc())
    )
    return [(str(k.value if hasattr(k, "value") else k), int(n)) for k, n in rows if k is not None]


def _members(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
    f.members_total = s.scalar(select(func.count()).where(Member.enrolled_at < hi)) or 0
    new = (Member.enrolled_at >= lo, Member.enrolled_at < hi)
    f.members_new = s.scalar(select(func.count()).where(*new)) or 0
    f.by_channel = _grouped(s, Member.channel, *new)
    f.by_partner = _grouped(s, Member.channel_detail, *new, Member.channel == Channel.PARTNER)
    referred = s.execute(
        select(Member.referrer_member_id, func.count())
        .where(*new, Member.referrer_member_id.is_not(None))
        .group_by(Member.referrer_member_id)
        .order_by(func.count().desc(), Member.referrer_member_id)
        .limit(10)
    ).all()
    names = dict(
        s.execute(select(Member.id, Member.name).where(Member.id.in_([r[0] for r in referred]))).all()
    )
    f.top_referrers = [(int(i), names.get(int(i), ""), int(n)) for i, n in referred if i is not None]
    f.staff_referrers = [
        (name, int(n))
        for name, n in s.execute(
            select(Staff.name, func.count())
            .join(Member, Member.referrer_staff_id == Staff.id)
            .where(*new)
            .group_by(Staff.name)
            .order_by(func.count().desc())
        )
    ]
    f.tiers = _grouped(s, Member.tier, Member.status == MemberStatus.ACTIVE, Member.enrolled_at < hi)


def _buyers(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
    """Per-member count, revenue and last purchase in the period -> active, 80/20, RFM."""
    # days from the last purchase to the period's end, computed by the database so that
    # hundreds of thousands of timestamps are never parsed in Python
    last = func.max(Sale.created_at)
    if s.get_bind().dialect.name == "sqlite":
        recency = func.julianday(hi.replace(tzinfo=None).isoformat(sep=" ")) - func.julianday(last)
    else:
        recency = func.extract("epoch", hi - last) / 86400
    # walk-in sales form the NULL group, so the same pass gives the period's revenue
    stmt: Executable = (
        select(Sale.member_id, recency, func.count(), func.sum(Sale.total_fen))
        .where(Sale.created_at >= lo, Sale.created_at < hi)
        .group_by(Sale.member_id)
    )
    if s.get_bind().dialect.name == "sqlite" and (hi - lo).days > LONG_PERIOD_DAYS:
        # SQLite would range-scan the time index and then sort millions of rows by member
        # (a temporary B-tree); walking the covering member index needs no sort: 2.7 s
        # instead of 5.9 s for a year of 10M sales. SQLAlchemy does not render SQLite's
        # INDEXED BY, hence the text; the binds keep the model's timestamp format.
        stmt = text(
            "SELECT member_id, julianday(:hi) - julianday(max(created_at)), count(*), sum(total_fen) "
            "FROM sales INDEXED BY ix_sales_member_created "
            "WHERE created_at >= :lo AND created_at < :hi GROUP BY member_id"
        ).bindparams(bindparam("lo", lo, type_=UTCDateTime), bindparam("hi", hi, type_=UTCDateTime))
    # fetched in partitions: one fetchall of ~700k rows would hold the GIL long enough to
    # freeze the window for half a second while this runs on a worker thread
    per_member = [row for part in s.execute(stmt).partitions(20_000) for row in part]
    refunds = dict(
        s.execute(
            select(SaleReturn.member_id, func.sum(SaleReturn.refund_total_fen))
            .where(SaleReturn.created_at >= lo, SaleReturn.created_at < hi)
            .group_by(SaleReturn.member_id)
        ).all()
    )
    f.revenue_fen = sum(int(r[3] or 0) for r in per_member)
    f.refunds_fen = sum(int(v or 0) for v in refunds.values())
    per_member = [r for r in per_member if r[0] is not None]
    import numpy as np

    ids = np.fromiter((r[0] for r in per_member), dtype=np.int64, count=len(per_member))
    days = np.fromiter((r[1] for r in per_member), dtype=float, count=len(per_member))
    counts = np.fromiter((r[2] for r in per_member), dtype=np.int64, count=len(per_member))
    money = np.fromiter((r[3] or 0 for r in per_member), dtype=np.int64, count=len(per_member))
    if refunds:
        back = np.fromiter((refunds.get(int(i), 0) or 0 for i in ids), dtype=np.int64, count=len(ids))
        money = money - back
    f.members_active = len(ids)
    f.pareto = A.pareto_sorted(-np.sort(-money))
    codes, _thresholds = A.segments(days, counts, money)
    f.rfm = []
    f.rfm_members = {}
    for seg in A.Segment:
        code = A.SEGMENT_BY_CODE.index(seg)
        chosen = codes == code
        f.rfm.append((seg, int(chosen.sum()), int(money[chosen].sum())))
        if chosen.any():
            f.rfm_members[seg] = ids[chosen].tolist()


def _churn(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
    gap = dt.timedelta(days=f.churn_days)
    f.members_lapsed = (
        s.scalar(select(func.count()).select_from(MemberStats).where(MemberStats.last_visit_at < hi - gap))
        or 0
    )
    # stopped coming during the period: their last visit became "too long ago" in it
    became = (MemberStats.last_visit_at >= lo - gap, MemberStats.last_visit_at < hi - gap)
    risk = 0.0
    count = 0
    for spend, first, last in s.execute(
        select(MemberStats.spend_fen, MemberStats.first_visit_at, MemberStats.last_visit_at).where(*became)
    ):
        count += 1
        active_days = max(365, (last - first).days if first and last else 365)
        risk += (spend or 0) * 365 / active_days  # the yearly spend that stopped
    f.churned_count = count
    f.revenue_at_risk_fen = int(risk)
    top = s.execute(
        select(Member.id, Member.name, MemberStats.last_visit_at, MemberStats.spend_fen)
        .join(MemberStats, MemberStats.member_id == Member.id)
        .where(*became)
        .order_by(MemberStats.spend_fen.desc(), Member.id)
        .limit(30)
    ).all()
    ids = [r[0] for r in top]
    complaint: dict[int, str] = {}
    for member_id, category, what in s.execute(
        select(Complaint.member_id, Complaint.category, Complaint.description)
        .where(Complaint.member_id.in_(ids))
        .order_by(Complaint.opened_at)
    ):
        if member_id is not None:
            complaint[member_id] = f"{category.value}: {what}"
    returned: dict[int, str] = {}
    for member_id, rtype, reason in s.execute(
        select(SaleReturn.member_id, SaleReturn.return_type, SaleReturn.reason)
        .where(SaleReturn.member_id.in_(ids))
        .order_by(SaleReturn.created_at)
    ):
        if member_id is not None:
            returned[member_id] = f"{rtype.value}: {reason}"
    f.churned = [
        ChurnedMember(
            i,
            name,
            last.astimezone().date() if last else f.end,
            int(spend or 0),
            complaint.get(i, ""),
            returned.get(i, ""),
        )
        for i, name, last, spend in top
    ]


def _returns_and_complaints(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
    in_period = (SaleReturn.created_at >= lo, SaleReturn.created_at < hi)
    f.returns_by_type = [
        (t.value, int(n), int(total or 0))
        for t, n, total in s.execute(
            select(SaleReturn.return_type, func.count(), func.sum(SaleReturn.refund_total_fen))
            .where(*in_period)
            .group_by(SaleReturn.return_type)
            .order_by(func.count().desc())
        )
    ]
    f.top_return_reasons = [
        (t.value, reason, int(n))
        for t, reason, n in s.execute(
            select(SaleReturn.return_type, SaleReturn.reason, func.count())
            .where(*in_period)
            .group_by(SaleReturn.return_type, SaleReturn.reason)
            .order_by(func.count().desc(), SaleReturn.reason)
            .limit(10)
        )
    ]
    opened = (Complaint.opened_at >= lo, Complaint.opened_at < hi)
    f.complaints_by_category = _grouped(s, Complaint.category, *opened)
    f.complaints_by_gap = _grouped(s, Complaint.service_gap, *opened)
    f.complaints_by_status = _grouped(s, Complaint.status, *opened)
    hours = [
        (resolved - opened_at).total_seconds() / 3600
        for opened_at, resolved in s.execute(
            select(Complaint.opened_at, Complaint.resolved_at).where(
                *opened, Complaint.resolved_at.is_not(None)
            )
        )
        if resolved is not None
    ]
    f.resolved_count = len(hours)
    f.resolve_hours_median = A.percentile(hours, 50)
    f.resolve_hours_p90 = A.percentile(hours, 90)
    f.suggestions_count = (
        s.scalar(
            select(func.count())
            .select_from(Suggestion)
            .where(Suggestion.created_at >= lo, Suggestion.created_at < hi)
        )
        or 0
    )


def _satisfaction_and_care(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
    month: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    staff: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for started, staff_id, expected, perceived in s.execute(
        select(Visit.started_at, Visit.staff_id, Visit.expected, Visit.perceived).where(
            Visit.started_at >= lo,
            Visit.started_at < hi,
            Visit.expected.is_not(None),
            Visit.perceived.is_not(None),
        )
    ):
        if expected is None or perceived is None:
            continue
        for bucket in (month[started.astimezone().strftime("%Y-%m")], staff[staff_id]):
            bucket[0] += expected
            bucket[1] += perceived
            bucket[2] += 1
    f.satisfaction_by_month = [
        (m, e / n, p / n, A.satisfaction(p, e) or 0.0, n) for m, (e, p, n) in sorted(month.items())
    ]
    names = dict(s.execute(select(Staff.id, Staff.name)).all())
    f.satisfaction_by_staff = sorted(
        ((names.get(i, str(i)), A.satisfaction(p, e) or 0.0, n) for i, (e, p, n) in staff.items()),
        key=lambda r: -r[1],
    )
    done = select(CareAction.task_id).distinct().subquery()
    start_day, end_day = f.start, f.end
    f.care_by_kind = [
        (k.value, int(n), int(d or 0))
        for k, n, d in s.execute(
            select(CareTask.kind, func.count(), func.sum(case((done.c.task_id.is_not(None), 1), else_=0)))
            .outerjoin(done, done.c.task_id == CareTask.id)
            .where(and_(CareTask.due_date >= start_day, CareTask.due_date <= end_day))
            .group_by(CareTask.kind)
        )
    ]


SECTIONS = (_members, _buyers, _churn, _returns_and_complaints, _satisfaction_and_care)


def membership(
    db: Database, actor: Actor, start: dt.date, end: dt.date, progress: Progress | None = None
) -> MembershipFigures:
    """All figures of the membership report. ``progress(done, total)`` may raise to cancel."""
    require(actor, Permission.VIEW_REPORTS)
    lo, hi = bounds(start, end)
    with db.read() as s:
        name = s.scalar(select(Store.name).where(Store.id == actor.store_id)) or ""
        figures = MembershipFigures(name, start, end)
        for done, section in enumerate(SECTIONS):
            if progress is not None:
                progress(done, len(SECTIONS))
            section(s, figures, lo, hi)
        if progress is not None:
            progress(len(SECTIONS), len(SECTIONS))
    return figures


def quick(db: Database, actor: Actor, start: dt.date, end: dt.date) -> MembershipFigures:
    """Member counts, channels and tiers only: what the Reports page draws first."""
    require(actor, Permission.VIEW_REPORTS)
    lo, hi = bounds(start, end)
    with db.read() as s:
        name = s.scalar(select(Store.name).where(Store.id == actor.store_id)) or ""
        figures = MembershipFigures(name, start, end)
        _members(s, figures, lo, hi)
    return figures


@dataclass(frozen=True)
class MemberRow:
    """A member in a report's drill-down list."""

    id: int
    name: str
    masked_phone: str
    card_no: str
    tier: str
    spend_fen: int
    last_visit: dt.date | None


def member_rows(db: Database, actor: Actor, ids: list[int]) -> list[MemberRow]:
    """The members behind a chart element, in the order given (one page of ids at a time)."""
    require(actor, Permission.VIEW_REPORTS)
    from memberdesk.domain.phone import mask_phone

    with db.read() as s:
        found = {
            m.id: MemberRow(
                m.id,
                m.name,
                mask_phone(m.phone),
                m.card_no,
                m.tier.value,
                int(spend or 0),
                last.astimezone().date() if last else None,
            )
            for m, spend, last in s.execute(
                select(Member, MemberStats.spend_fen, MemberStats.last_visit_at)
                .outerjoin(MemberStats, MemberStats.member_id == Member.id)
                .where(Member.id.in_(ids))
            )
        }
    return [found[i] for i in ids if i in found]
