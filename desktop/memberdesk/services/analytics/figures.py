"""Membership figures for a period: the numbers behind the report and the Reports page.

Everything is aggregated by the database (GROUP BY on indexed columns); the one per-member
aggregate of the period's sales (count, sum, last purchase) feeds the active count, the
80/20 view and the RFM segments, so ten million sales never travel into Python.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    String,
    and_,
    case,
    func,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from memberdesk.documents.figures import MembershipFigures
from memberdesk.domain import analytics as A
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.vocab import Channel, MemberStatus
from memberdesk.services.analytics import churn
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
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

LONG_PERIOD_DAYS = 90
PARTITION = 20_000  # rows fetched at a time by a worker: the window gets the GIL in between
Progress = Callable[[int, int], None]


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


def _sqlite_days(later: str, earlier: str) -> str:
    """SQLite SQL for the days (a fraction) between two stored timestamps (integer
    microseconds since the epoch)."""
    return f"(({later} - {earlier}) / 86400000000.0)"


def _ranked(counts: dict[Any, int]) -> list[tuple[str, int]]:
    """Counts by key, most first (ties by key, so that the order is the same every time)."""
    named = [(str(k.value if hasattr(k, "value") else k), n) for k, n in counts.items() if k is not None]
    return sorted(named, key=lambda kn: (-kn[1], kn[0]))


def _grouped(s: Session, column, *where) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    rows = s.execute(select(column, func.count()).where(*where).group_by(column))
    return _ranked({k: int(n) for k, n in rows})


def _new_members(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
    """New members by channel, partner and referring staff: one pass over the period's enrolments."""
    new = (Member.enrolled_at >= lo, Member.enrolled_at < hi)
    channel: dict[Any, int] = defaultdict(int)
    partner: dict[str, int] = defaultdict(int)
    by_staff: dict[int, int] = defaultdict(int)
    for ch, detail, staff_id, n in s.execute(
        select(Member.channel, Member.channel_detail, Member.referrer_staff_id, func.count())
        .where(*new)
        .group_by(Member.channel, Member.channel_detail, Member.referrer_staff_id)
    ):
        channel[ch] += n
        if ch == Channel.PARTNER:
            partner[detail] += n
        if staff_id is not None:
            by_staff[staff_id] += n
    f.members_new = sum(channel.values())
    f.by_channel = _ranked(channel)
    f.by_partner = _ranked(partner)
    staff_names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(list(by_staff)))).all())
    named: dict[str, int] = defaultdict(int)
    for staff_id, n in by_staff.items():
        if staff_id in staff_names:
            named[staff_names[staff_id]] += n
    f.staff_referrers = _ranked(named)


def _tiers(s: Session, f: MembershipFigures, hi: dt.datetime) -> None:
    """Active members by tier at the period's end. When nobody enrolled after the end (the
    usual case: a period up to today) the (status, tier) index alone answers, without reading
    the members table for the enrolment time of each."""
    active = Member.status == MemberStatus.ACTIVE
    later = s.scalar(select(func.count()).where(Member.enrolled_at >= hi)) or 0
    condition = (active,) if later == 0 else (active, Member.enrolled_at < hi)
    f.tiers = _grouped(s, Member.tier, *condition)


def _member_counts(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
    """What the Reports page draws first: members in all, new members by channel, tiers."""
    f.members_total = s.scalar(select(func.count()).where(Member.enrolled_at < hi)) or 0
    _new_members(s, f, lo, hi)
    _tiers(s, f, hi)


def _members(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
    _member_counts(s, f, lo, hi)
    referred = s.execute(
        select(Member.referrer_member_id, func.count())
        .where(Member.enrolled_at >= lo, Member.enrolled_at < hi, Member.referrer_member_id.is_not(None))
        .group_by(Member.referrer_member_id)
        .order_by(func.count().desc(), Member.referrer_member_id)
        .limit(10)
    ).all()
    names = dict(
        s.execute(select(Member.id, Member.name).where(Member.id.in_([r[0] for r in referred]))).all()
    )
    f.top_referrers = [(int(i), names.get(int(i), ""), int(n)) for i, n in referred if i is not None]


def per_member_sql(s: Session, lo: dt.datetime, hi: dt.datetime) -> tuple[str, dict[str, Any]]:
    """SQLite's statement for the per-member totals and its parameters in the column's stored
    form (the benchmark runs the very same on the bare driver)."""
    # For a long period SQLite would range-scan the time index and then sort millions of
    # rows by member (a temporary B-tree); walking the covering member index needs no sort:
    # 2.7 s instead of 5.9 s for a year of 10M sales. SQLAlchemy does not render INDEXED BY.
    hint = " INDEXED BY ix_sales_member_created" if (hi - lo).days > LONG_PERIOD_DAYS else ""
    sql = (
        f"SELECT member_id, {_sqlite_days(':hi', 'max(created_at)')}, count(*), sum(total_fen) "
        f"FROM sales{hint} WHERE created_at >= :lo AND created_at < :hi GROUP BY member_id"
    )
    stored = UTCDateTime().bind_processor(s.get_bind().dialect)  # the column's own form
    return sql, ({"lo": stored(lo), "hi": stored(hi)} if stored else {"lo": lo, "hi": hi})


def _per_member_sales(s: Session, lo: dt.datetime, hi: dt.datetime) -> Iterator[list[Any]]:
    """Per member (walk-ins as NULL): days from the last purchase to the period's end,
    purchases and their sum, in the period; in partitions of plain tuples.

    Partitions, because one fetch of ~700k rows would hold the GIL long enough to freeze the
    window for half a second while this runs on a worker thread. On SQLite the rows come
    from the driver's cursor in the session's transaction: wrapping each in a result row
    cost more than half a second at a million members."""
    if s.get_bind().dialect.name != "sqlite":
        last = func.max(Sale.created_at)
        stmt = (
            select(
                Sale.member_id,
                func.extract("epoch", hi - last) / 86400,
                func.count(),
                func.sum(Sale.total_fen),
            )
            .where(Sale.created_at >= lo, Sale.created_at < hi)
            .group_by(Sale.member_id)
        )
        for part in s.execute(stmt).partitions(PARTITION):
            yield [tuple(row) for row in part]
        return
    sql, params = per_member_sql(s, lo, hi)
    cursor = s.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, params)
        while part := cursor.fetchmany(PARTITION):
            yield part
    finally:
        cursor.close()


def _buyers(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
    """Per-member count, revenue and last purchase in the period -> active, 80/20, RFM."""
    import numpy as np

    # member, recency days, purchases, revenue as float columns: ids and fen stay exact
    # (far below 2**53), a NULL (walk-ins) becomes NaN
    parts = [np.array(part, dtype=float).reshape(-1, 4) for part in _per_member_sales(s, lo, hi)]
    rows = np.concatenate(parts) if parts else np.zeros((0, 4))
    f.gross_sales_fen = int(np.nansum(rows[:, 3]))
    rows = rows[~np.isnan(rows[:, 0])]
    ids = rows[:, 0].astype(np.int64)
    days = rows[:, 1]
    counts = rows[:, 2].astype(np.int64)
    money = np.nan_to_num(rows[:, 3]).astype(np.int64)
    refund_ids, refund_fen = _returns(s, f, lo, hi)
    if len(refund_ids):  # each buyer's refunds of the period come off their money
        order = np.argsort(ids)
        at = np.minimum(np.searchsorted(ids, refund_ids, sorter=order), max(len(ids) - 1, 0))
        hit = ids[order[at]] == refund_ids if len(ids) else np.zeros(0, dtype=bool)
        back = np.zeros(len(ids), dtype=np.int64)
        np.add.at(back, order[at[hit]], refund_fen[hit])
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


def _returns(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> tuple[Any, Any]:
    """One pass over the period's returns (a table scan: there is no time index to walk):
    refunds in all, returns by type and the top reasons; hands back each member's refunds
    as numpy columns (member ids, fen)."""
    import numpy as np

    refunds: dict[int, int] = defaultdict(int)
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    reasons: dict[tuple[str, str], int] = defaultdict(int)
    total = 0
    # Core rows of the table with the stored type word: no ORM loading, no enum per row
    t = SaleReturn.__table__.c
    rows = s.connection().execute(
        select(t.member_id, type_coerce(t.return_type, String), t.reason, t.refund_total_fen).where(
            t.created_at >= lo, t.created_at < hi
        )
    )
    for part in rows.partitions(PARTITION):
        for member_id, rtype, reason, fen in part:
            fen = int(fen or 0)
            total += fen
            if member_id is not None:
                refunds[member_id] += fen
            kind = by_type[rtype]
            kind[0] += 1
            kind[1] += fen
            reasons[(rtype, reason)] += 1
    f.refunds_fen = total
    f.returns_by_type = sorted(((t, n, fen) for t, (n, fen) in by_type.items()), key=lambda r: (-r[1], r[0]))
    top = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0][1], kv[0][0]))[:10]
    f.top_return_reasons = [(t, reason, n) for (t, reason), n in top]
    return (
        np.fromiter(refunds.keys(), dtype=np.int64, count=len(refunds)),
        np.fromiter(refunds.values(), dtype=np.int64, count=len(refunds)),
    )


def _returns_and_complaints(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
    """Complaints and suggestions of the period (returns are counted with the buyers' refunds)."""
    opened = (Complaint.opened_at >= lo, Complaint.opened_at < hi)
    f.complaints_by_category = _grouped(s, Complaint.category, *opened)
    f.complaints_by_gap = _grouped(s, Complaint.service_gap, *opened)
    f.complaints_by_status = _grouped(s, Complaint.status, *opened)
    c = Complaint.__table__.c  # Core rows: no ORM loading for thousands of timestamp pairs
    hours = [
        (resolved - opened_at).total_seconds() / 3600
        for opened_at, resolved in s.connection().execute(
            select(c.opened_at, c.resolved_at).where(
                c.opened_at >= lo, c.opened_at < hi, c.resolved_at.is_not(None)
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


def _month_starts(lo: dt.datetime, hi: dt.datetime) -> list[tuple[str, dt.datetime]]:
    """The local calendar months the period touches: (``YYYY-MM``, the month's start as a UTC
    instant), the first one clamped to the period's start."""
    first = lo.astimezone()
    year, month = first.year, first.month
    months = [(f"{year:04d}-{month:02d}", lo)]
    while True:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        begins = dt.datetime(year, month, 1).astimezone().astimezone(dt.UTC)  # local midnight
        if begins >= hi:
            return months
        months.append((f"{year:04d}-{month:02d}", begins))


def _satisfaction_and_care(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
    # expected and perceived summed by local month and staff member in the database: the
    # month of a visit is the last month start it is not before
    months = _month_starts(lo, hi)
    which = (
        case(
            *((Visit.started_at < begins, i - 1) for i, (_, begins) in enumerate(months) if i > 0),
            else_=len(months) - 1,
        )
        if len(months) > 1
        else literal(0)
    )
    rated = (
        select(which.label("month"), Visit.staff_id, Visit.expected, Visit.perceived)
        .where(
            Visit.started_at >= lo,
            Visit.started_at < hi,
            Visit.expected.is_not(None),
            Visit.perceived.is_not(None),
        )
        .subquery()
    )
    month: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    staff: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for index, staff_id, expected, perceived, n in s.execute(
        select(
            rated.c.month,
            rated.c.staff_id,
            func.sum(rated.c.expected),
            func.sum(rated.c.perceived),
            func.count(),
        ).group_by(rated.c.month, rated.c.staff_id)
    ):
        for bucket in (month[months[int(index)][0]], staff[staff_id]):
            bucket[0] += int(expected)
            bucket[1] += int(perceived)
            bucket[2] += int(n)
    f.satisfaction_by_month = [
        (m, e / n, p / n, A.satisfaction(p, e) or 0.0, n) for m, (e, p, n) in sorted(month.items())
    ]
    names = dict(s.execute(select(Staff.id, Staff.name)).all())
    f.satisfaction_by_staff = sorted(
        ((names.get(i, str(i)), A.satisfaction(p, e) or 0.0, n) for i, (e, p, n) in staff.items()),
        key=lambda r: (-r[1], r[0]),
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


SECTIONS = (_members, _buyers, churn.churn, _returns_and_complaints, _satisfaction_and_care)
# what _buyers fills in
BUYER_FIELDS = (
    "gross_sales_fen",
    "refunds_fen",
    "returns_by_type",
    "top_return_reasons",
    "members_active",
    "pareto",
    "rfm",
    "rfm_members",
)


class _Beside:
    """The per-member totals computed on a second connection while the other sections run.

    That statement is most of the report (about 3 s of SQLite's own work at a million
    members, done without holding the GIL), and the rest needs about as long again, so on a
    second core the two overlap. The thread opens its own session and fills its own plain
    figures; they are copied over when it is done. The two read transactions start together:
    a sale saved between their first reads could be in one and not the other.
    """

    def __init__(self, db: Database, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
        self.figures = MembershipFigures(f.store_name, f.start, f.end)
        self.error: BaseException | None = None
        self.driver: Any = None
        self.thread = threading.Thread(
            target=self._run, args=(db, lo, hi), name="membership-buyers", daemon=True
        )
        self.thread.start()

    def _run(self, db: Database, lo: dt.datetime, hi: dt.datetime) -> None:
        try:
            with db.read() as s:
                self.driver = s.connection().connection.driver_connection
                _buyers(s, self.figures, lo, hi)
        except BaseException as exc:  # handed to the caller's thread in collect()
            self.error = exc

    def collect(self, f: MembershipFigures, waiting: Callable[[], None]) -> None:
        while self.thread.is_alive():
            self.thread.join(0.1)
            waiting()  # may raise to cancel
        if self.error is not None:
            raise self.error
        for name in BUYER_FIELDS:
            setattr(f, name, getattr(self.figures, name))

    def stop(self) -> None:
        """Cancelled: the statement is stopped at once (SQLite's interrupt, PostgreSQL's
        cancel request); then the thread ends."""
        interrupt = getattr(self.driver, "interrupt", None) or getattr(self.driver, "cancel", None)
        if interrupt is not None and self.thread.is_alive():
            interrupt()
        self.thread.join()


def membership(
    db: Database, actor: Actor, start: dt.date, end: dt.date, progress: Progress | None = None
) -> MembershipFigures:
    """All figures of the membership report. ``progress(done, total)`` may raise to cancel."""
    require(actor, Permission.VIEW_REPORTS)
    lo, hi = bounds(start, end)
    total = len(SECTIONS)

    def step(done: int) -> None:
        if progress is not None:
            progress(done, total)

    with db.read() as s:
        name = s.scalar(select(Store.name).where(Store.id == actor.store_id)) or ""
        figures = MembershipFigures(name, start, end)
        figures.churn_days = churn.lapse_days(s, actor.store_id)
        step(0)
        # an in-memory SQLite database is one connection: nothing to overlap with
        beside = _Beside(db, figures, lo, hi) if db.path is not None or not db.is_sqlite else None
        try:
            done = 0
            for section in SECTIONS:
                if section is _buyers and beside is not None:
                    continue
                section(s, figures, lo, hi)
                done += 1
                step(done)
            if beside is not None:
                beside.collect(figures, lambda: step(total - 1))
        except BaseException:
            if beside is not None:
                beside.stop()
            raise
        step(total)
    return figures


def quick(db: Database, actor: Actor, start: dt.date, end: dt.date) -> MembershipFigures:
    """Member counts, channels and tiers only: what the Reports page draws first."""
    require(actor, Permission.VIEW_REPORTS)
    lo, hi = bounds(start, end)
    with db.read() as s:
        name = s.scalar(select(Store.name).where(Store.id == actor.store_id)) or ""
        figures = MembershipFigures(name, start, end)
        _member_counts(s, figures, lo, hi)
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
