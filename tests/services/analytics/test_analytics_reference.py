"""Every section of the membership figures against a straightforward computation.

The service aggregates in the database (one grouped pass per section, recency and active
days computed by SQL, tiers by subtraction, months bucketed by bound boundaries). Here the
same figures are recomputed the plain way: the rows loaded as ORM values and counted in
Python, on the demo store (SQLite, and PostgreSQL when a server is set), for a year, a month,
a period starting mid-month and a period that ends before members enrolled later.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from memberdesk.documents.figures import CHURN_DAYS, MembershipFigures
from memberdesk.domain import analytics as A
from memberdesk.domain.vocab import Channel, MemberStatus
from memberdesk.services.analytics import figures as analytics
from memberdesk.services.members.enrolment import system_actor
from memberdesk.store.database import Database, connect
from memberdesk.store.models import (
    CareAction,
    CareTask,
    Complaint,
    Member,
    MemberStats,
    Sale,
    SaleReturn,
    Staff,
    Suggestion,
    Visit,
)
from tests.conftest import BACKENDS, DEMO_PLAN_MEMBERS

PERIODS = {
    "year": (dt.date(2025, 12, 1), dt.date(2026, 11, 30)),
    "month": (dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
    "mid-month quarter": (dt.date(2026, 4, 16), dt.date(2026, 7, 15)),
    "ends early": (dt.date(2025, 3, 1), dt.date(2025, 12, 31)),
}


@pytest.fixture(scope="module")
def pg_demo(pg_admin_url: str) -> Iterator[str]:
    """The demo store built into a PostgreSQL database (once for this module)."""
    from memberdesk.demo.build import DemoPlan, build_store

    admin = create_engine(pg_admin_url, isolation_level="AUTOCOMMIT")
    name = f"md_demo_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(pg_admin_url).set(database=name).render_as_string(hide_password=False)
    build_store(url, DemoPlan(members=DEMO_PLAN_MEMBERS, seed=7, until=dt.date(2026, 11, 30)))
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest) -> Iterator[Database]:
    if request.param == "sqlite":
        yield request.getfixturevalue("demo_db")
        return
    db = connect(request.getfixturevalue("pg_demo"))
    yield db
    db.dispose()


def _ranked(counts: dict[Any, int]) -> dict[str, int]:
    return {str(getattr(k, "value", k)): n for k, n in counts.items() if k is not None and n}


def reference(s: Session, start: dt.date, end: dt.date) -> dict[str, Any]:
    """The figures computed the plain way, from rows."""
    lo, hi = analytics.bounds(start, end)
    out: dict[str, Any] = {}
    names = plain_members(s, lo, hi, out)
    plain_buyers(s, lo, hi, out)
    plain_churn(s, lo, hi, names, out)
    plain_service(s, start, end, out)
    return out


def plain_members(s: Session, lo: dt.datetime, hi: dt.datetime, out: dict[str, Any]) -> dict[int, str]:
    members = s.execute(
        select(
            Member.id,
            Member.name,
            Member.enrolled_at,
            Member.channel,
            Member.channel_detail,
            Member.referrer_member_id,
            Member.referrer_staff_id,
            Member.tier,
            Member.status,
        )
    ).all()
    staff_names = dict(s.execute(select(Staff.id, Staff.name)).all())
    names = {m.id: m.name for m in members}
    new = [m for m in members if lo <= m.enrolled_at < hi]
    out["members_total"] = sum(1 for m in members if m.enrolled_at < hi)
    out["members_new"] = len(new)
    channel: dict[Any, int] = defaultdict(int)
    partner: dict[Any, int] = defaultdict(int)
    referrers: dict[int, int] = defaultdict(int)
    by_staff: dict[str, int] = defaultdict(int)
    for m in new:
        channel[m.channel] += 1
        if m.channel == Channel.PARTNER:
            partner[m.channel_detail] += 1
        if m.referrer_member_id is not None:
            referrers[m.referrer_member_id] += 1
        if m.referrer_staff_id is not None:
            by_staff[staff_names[m.referrer_staff_id]] += 1
    out["by_channel"] = _ranked(channel)
    out["by_partner"] = _ranked(partner)
    out["staff_referrers"] = _ranked(by_staff)
    top = sorted(referrers.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    out["top_referrers"] = [(i, names[i], n) for i, n in top]
    tiers: dict[Any, int] = defaultdict(int)
    for m in members:
        if m.status == MemberStatus.ACTIVE and m.enrolled_at < hi:
            tiers[m.tier] += 1
    out["tiers"] = _ranked(tiers)
    return names


def plain_buyers(s: Session, lo: dt.datetime, hi: dt.datetime, out: dict[str, Any]) -> None:
    bought: dict[int, list[Any]] = {}
    revenue = 0
    for member_id, created, total in s.execute(select(Sale.member_id, Sale.created_at, Sale.total_fen)):
        if not lo <= created < hi:
            continue
        revenue += total
        if member_id is None:
            continue
        row = bought.setdefault(member_id, [created, 0, 0])
        row[0] = max(row[0], created)
        row[1] += 1
        row[2] += total
    refunds: dict[Any, int] = defaultdict(int)
    for member_id, created, refund in s.execute(
        select(SaleReturn.member_id, SaleReturn.created_at, SaleReturn.refund_total_fen)
    ):
        if lo <= created < hi:
            refunds[member_id] += refund
    out["gross_sales_fen"], out["refunds_fen"] = revenue, sum(refunds.values())
    rows = {
        i: ((hi - last).total_seconds() / 86400, n, money - refunds.get(i, 0))
        for i, (last, n, money) in bought.items()
    }
    out["members_active"] = len(rows)
    out["pareto"] = A.pareto([m for _, _, m in rows.values()])
    t = A.rfm_thresholds(list(rows.values()))
    segments: dict[A.Segment, list[int]] = defaultdict(list)
    for i, (r, n, m) in sorted(rows.items()):
        segments[A.segment(r, n, m, t)].append(i)
    out["rfm"] = [(seg, len(segments[seg]), sum(rows[i][2] for i in segments[seg])) for seg in A.Segment]
    # the figures list the members of each segment that has any (a period may leave one empty)
    out["rfm_members"] = {seg: sorted(ids) for seg, ids in segments.items() if ids}


def plain_churn(
    s: Session, lo: dt.datetime, hi: dt.datetime, names: dict[int, str], out: dict[str, Any]
) -> None:
    """Base, lost, yearly rate and revenue at risk as docs/DESIGN.md words them, from every
    member sale loaded as rows."""
    gap, year = dt.timedelta(days=CHURN_DAYS), dt.timedelta(days=365)
    stats = s.execute(select(MemberStats.member_id, MemberStats.last_visit_at)).all()
    out["members_lapsed"] = sum(
        1 for r in stats if r.last_visit_at is not None and r.last_visit_at < hi - gap
    )
    bought: dict[int, list[tuple[dt.datetime, int]]] = defaultdict(list)
    for member_id, at, fen in s.execute(select(Sale.member_id, Sale.created_at, Sale.total_fen)):
        if member_id is not None:
            bought[member_id].append((at, fen))
    base = [m for m, rows in bought.items() if any(lo - gap <= at < lo for at, _ in rows)]
    lost = [m for m in base if not any(hi - gap <= at < hi for at, _ in bought[m])]
    left: dict[int, tuple[dt.datetime, int]] = {}
    for m in lost:
        last = max(at for at, _ in bought[m] if at < hi)
        left[m] = (last, sum(fen for at, fen in bought[m] if last - year < at <= last))
    out["churn_base"], out["churned_count"] = len(base), len(lost)
    out["revenue_at_risk_fen"] = sum(fen for _, fen in left.values())
    days = (hi.astimezone().date() - lo.astimezone().date()).days
    out["churn_rate_year"] = (
        pytest.approx(1 - ((len(base) - len(lost)) / len(base)) ** (365 / days)) if base else None
    )
    biggest = sorted(lost, key=lambda m: (-left[m][1], m))[:30]
    out["churned"] = [(m, names[m], left[m][0].astimezone().date(), left[m][1]) for m in biggest]


def plain_service(s: Session, start: dt.date, end: dt.date, out: dict[str, Any]) -> None:
    lo, hi = analytics.bounds(start, end)
    staff_names = dict(s.execute(select(Staff.id, Staff.name)).all())
    returns = [
        r
        for r in s.execute(
            select(
                SaleReturn.return_type, SaleReturn.reason, SaleReturn.refund_total_fen, SaleReturn.created_at
            )
        )
        if lo <= r.created_at < hi
    ]
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in returns:
        by_type[r.return_type.value][0] += 1
        by_type[r.return_type.value][1] += r.refund_total_fen
    out["returns_by_type"] = {k: tuple(v) for k, v in by_type.items()}
    complaints = [c for c in s.scalars(select(Complaint)) if lo <= c.opened_at < hi]
    for key, attr in (
        ("complaints_by_category", "category"),
        ("complaints_by_gap", "service_gap"),
        ("complaints_by_status", "status"),
    ):
        counts: dict[Any, int] = defaultdict(int)
        for c in complaints:
            counts[getattr(c, attr)] += 1
        out[key] = _ranked(counts)
    hours = [(c.resolved_at - c.opened_at).total_seconds() / 3600 for c in complaints if c.resolved_at]
    out["resolve"] = (len(hours), A.percentile(hours, 50), A.percentile(hours, 90))
    out["suggestions_count"] = sum(1 for (at,) in s.execute(select(Suggestion.created_at)) if lo <= at < hi)

    month: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    staff: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for v in s.execute(select(Visit.started_at, Visit.staff_id, Visit.expected, Visit.perceived)):
        if v.expected is None or v.perceived is None or not lo <= v.started_at < hi:
            continue
        for bucket in (month[v.started_at.astimezone().strftime("%Y-%m")], staff[v.staff_id]):
            bucket[0] += v.expected
            bucket[1] += v.perceived
            bucket[2] += 1
    out["satisfaction_by_month"] = [
        (m, e / n, p / n, A.satisfaction(p, e) or 0.0, n) for m, (e, p, n) in sorted(month.items())
    ]
    out["satisfaction_by_staff"] = {
        staff_names[i]: (A.satisfaction(p, e) or 0.0, n) for i, (e, p, n) in staff.items()
    }
    done = {task_id for (task_id,) in s.execute(select(CareAction.task_id))}
    care: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for task_id, kind, due in s.execute(select(CareTask.id, CareTask.kind, CareTask.due_date)):
        if start <= due <= end:
            care[kind.value][0] += 1
            care[kind.value][1] += task_id in done
    out["care_by_kind"] = {k: tuple(v) for k, v in care.items()}


def ranked(pairs: list[tuple[str, int]]) -> dict[str, int]:
    """A ranked list as a dict, after checking that it is ranked (most first)."""
    counts = [n for _, n in pairs]
    assert counts == sorted(counts, reverse=True)
    assert len({k for k, _ in pairs}) == len(pairs)
    return dict(pairs)


def as_reference(f: MembershipFigures) -> dict[str, Any]:
    return {
        "members_total": f.members_total,
        "members_new": f.members_new,
        "by_channel": ranked(f.by_channel),
        "by_partner": ranked(f.by_partner),
        "staff_referrers": ranked(f.staff_referrers),
        "top_referrers": f.top_referrers,
        "tiers": ranked(f.tiers),
        "gross_sales_fen": f.gross_sales_fen,
        "refunds_fen": f.refunds_fen,
        "members_active": f.members_active,
        "pareto": f.pareto,
        "rfm": f.rfm,
        "rfm_members": {seg: sorted(ids) for seg, ids in f.rfm_members.items()},
        "members_lapsed": f.members_lapsed,
        "churn_base": f.churn_base,
        "churned_count": f.churned_count,
        "churn_rate_year": f.churn_rate_year,
        "revenue_at_risk_fen": f.revenue_at_risk_fen,
        "churned": [(c.member_id, c.name, c.last_visit, c.year_fen) for c in f.churned],
        "returns_by_type": {k: (n, fen) for k, n, fen in f.returns_by_type},
        "complaints_by_category": ranked(f.complaints_by_category),
        "complaints_by_gap": ranked(f.complaints_by_gap),
        "complaints_by_status": ranked(f.complaints_by_status),
        "resolve": (f.resolved_count, f.resolve_hours_median, f.resolve_hours_p90),
        "suggestions_count": f.suggestions_count,
        "satisfaction_by_month": f.satisfaction_by_month,
        "satisfaction_by_staff": {name: (sat, n) for name, sat, n in f.satisfaction_by_staff},
        "care_by_kind": {k: (n, d) for k, n, d in f.care_by_kind},
    }


@pytest.mark.parametrize("period", PERIODS)
def test_every_section_matches_a_plain_count(store: Database, period: str) -> None:
    start, end = PERIODS[period]
    f = analytics.membership(store, system_actor(store), start, end)
    with store.read() as s:
        expected = reference(s, start, end)
    got = as_reference(f)
    if period == "year":  # the data exercises every section
        assert f.members_active > 0 and f.members_new > 0 and f.churned_count > 0 and f.returns_by_type
        assert len(f.satisfaction_by_month) == 12 and f.top_referrers and f.staff_referrers
    for key, value in expected.items():
        assert got[key] == value, key
    sats = [sat for _, sat, _ in f.satisfaction_by_staff]
    assert sats == sorted(sats, reverse=True)


@pytest.mark.parametrize("period", PERIODS)
def test_quick_counts_are_those_of_the_full_figures(store: Database, period: str) -> None:
    start, end = PERIODS[period]
    actor = system_actor(store)
    quick, full = analytics.quick(store, actor, start, end), analytics.membership(store, actor, start, end)
    assert (quick.members_total, quick.members_new, quick.by_channel, quick.tiers) == (
        full.members_total,
        full.members_new,
        full.by_channel,
        full.tiers,
    )


def test_the_sqlite_day_arithmetic_on_stored_timestamps() -> None:
    """Recency is computed in SQL on the integer microseconds SQLite stores."""
    from sqlalchemy import create_engine, select

    engine = create_engine("sqlite://")
    fraction = analytics._sqlite_days("a", "b")
    with Session(engine) as s:
        for a, b, exact in (
            (1_772_452_800_000_000, 1_772_323_200_000_000, 1.5),
            (1_772_409_599_999_999, 1_772_323_200_000_000, 0.99999999998843),
            (1_803_859_200_000_000, 1_772_323_200_000_000, 365.0),
        ):
            pair = select(text(":a AS a"), text(":b AS b")).subquery()
            got = s.execute(select(text(fraction)).select_from(pair), {"a": a, "b": b}).one()
            assert got[0] == pytest.approx(exact, abs=1e-9), (a, b)


def test_a_cancelled_report_leaves_no_statement_running(store: Database) -> None:
    """The per-member totals run on a second connection; cancelling stops them too."""
    import threading

    class Stop(Exception):
        pass

    def stop(done: int, _total: int) -> None:
        if done == 1:
            raise Stop

    start, end = PERIODS["year"]
    with pytest.raises(Stop):
        analytics.membership(store, system_actor(store), start, end, progress=stop)
    assert not [t for t in threading.enumerate() if t.name == "membership-buyers"]
    again = analytics.membership(store, system_actor(store), start, end)
    assert again.members_active > 0  # the connections are all usable again
