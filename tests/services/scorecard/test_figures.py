"""The scorecard's figures against a plain count of the same rows, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from memberdesk.domain.complaints import ComplaintRules
from memberdesk.domain.vocab import SaleStatus, WorkflowOutcome
from memberdesk.services.analytics.figures import bounds
from memberdesk.services.scorecard.figures import StaffFigures, staff_figures
from memberdesk.services.scorecard.scorecard import scorecard
from memberdesk.store.database import Database
from memberdesk.store.models import CareAction, Complaint, Member, Sale, SaleReturn, Visit, WorkflowRun
from tests.conftest import Shop
from tests.services.scorecard.known_store import END, START, build, shanghai  # noqa: F401

Inside = Callable[[dt.datetime | None], bool]
FIELDS = [
    "sales",
    "sales_fen",
    "member_sales",
    "member_sales_fen",
    "enrolments",
    "referrals",
    "care_tasks_done",
    "workflows_completed",
    "rated_visits",
    "expected_sum",
    "perceived_sum",
    "complaints_about",
    "complaints_resolved",
    "complaints_resolved_on_time",
]


Counts = dict[int, dict[str, int]]


def plain_count(db: Database, lo: dt.datetime, hi: dt.datetime, rules: ComplaintRules) -> Counts:
    """Every figure counted the plain way: rows loaded, tested one by one in Python."""
    out: Counts = defaultdict(lambda: dict.fromkeys(FIELDS, 0))

    def inside(at: dt.datetime | None) -> bool:
        return at is not None and lo <= at < hi

    with db.read() as s:
        _plain_sales_and_members(s, out, inside)
        _plain_service(s, out, inside)
        _plain_complaints(s, out, inside, rules)
    return out


def _plain_sales_and_members(s: Session, out: Counts, inside: Inside) -> None:
    for sale in s.scalars(select(Sale)):
        if inside(sale.created_at) and sale.voids_sale_id is None and sale.status is SaleStatus.COMPLETED:
            f = out[sale.staff_id]
            f["sales"] += 1
            f["sales_fen"] += sale.total_fen
            if sale.member_id is not None:
                f["member_sales"] += 1
                f["member_sales_fen"] += sale.total_fen
    for m in s.scalars(select(Member)):
        if inside(m.enrolled_at):
            if m.enrolled_by_id is not None:
                out[m.enrolled_by_id]["enrolments"] += 1
            if m.referrer_staff_id is not None:
                out[m.referrer_staff_id]["referrals"] += 1


def _plain_service(s: Session, out: Counts, inside: Inside) -> None:
    done: dict[int, set[int]] = defaultdict(set)
    for action in s.scalars(select(CareAction)):
        if inside(action.at):
            done[action.staff_id].add(action.task_id)
    for staff_id, tasks in done.items():
        out[staff_id]["care_tasks_done"] = len(tasks)
    for run in s.scalars(select(WorkflowRun)):
        if run.outcome is WorkflowOutcome.COMPLETED and inside(run.ended_at):
            out[run.staff_id]["workflows_completed"] += 1
    for v in s.scalars(select(Visit)):
        if inside(v.started_at) and v.expected is not None and v.perceived is not None:
            f = out[v.staff_id]
            f["rated_visits"] += 1
            f["expected_sum"] += v.expected
            f["perceived_sum"] += v.perceived


def _plain_complaints(s: Session, out: Counts, inside: Inside, rules: ComplaintRules) -> None:
    sold_by = dict(s.execute(select(Sale.id, Sale.staff_id)).all())
    returned_by = dict(s.execute(select(SaleReturn.id, SaleReturn.staff_id)).all())
    for c in s.scalars(select(Complaint)):
        if inside(c.opened_at):
            served = sold_by.get(c.sale_id or 0) or returned_by.get(c.return_id or 0)
            if served is not None:
                out[served]["complaints_about"] += 1
        if c.handler_id is not None and c.resolved_at is not None and inside(c.resolved_at):
            out[c.handler_id]["complaints_resolved"] += 1
            target = c.opened_at + dt.timedelta(hours=rules.resolve_hours[c.severity])
            out[c.handler_id]["complaints_resolved_on_time"] += c.resolved_at <= target


def as_counts(f: StaffFigures) -> dict[str, int]:
    return {name: getattr(f, name) for name in FIELDS}


@pytest.mark.usefixtures("shanghai")
@pytest.mark.parametrize("seed", [3, 11])
def test_every_figure_matches_a_plain_count(shop: Shop, seed: int) -> None:
    build(shop, seed=seed)
    rules = ComplaintRules()
    lo, hi = bounds(START, END)
    assert lo == dt.datetime(2026, 9, 30, 16, tzinfo=dt.UTC)  # the store's midnight, not UTC's
    expected = plain_count(shop.db, lo, hi, rules)
    with shop.db.read() as s:
        found = {f.staff_id: as_counts(f) for f in staff_figures(s, shop.store_id, lo, hi, rules)}
    staff = {shop.manager.staff_id, shop.supervisor.staff_id, shop.clerk.staff_id}
    assert set(found) == staff
    for staff_id in staff:
        assert found[staff_id] == expected[staff_id], staff_id
    # the data set reaches every figure, so no figure passes by being zero on both sides
    for name in FIELDS:
        assert sum(found[i][name] for i in staff) > 0, name


@pytest.mark.usefixtures("shanghai")
def test_tighter_complaint_rules_make_fewer_complaints_on_time(shop: Shop) -> None:
    build(shop)
    lo, hi = bounds(START, END)
    loose = ComplaintRules()
    tight = ComplaintRules(
        respond_hours=dict.fromkeys(loose.respond_hours, 1),
        resolve_hours=dict.fromkeys(loose.resolve_hours, 1),
    )
    with shop.db.read() as s:
        on_time = [
            sum(f.complaints_resolved_on_time for f in staff_figures(s, shop.store_id, lo, hi, rules))
            for rules in (loose, tight)
        ]
    assert on_time[0] > on_time[1]
    expected = plain_count(shop.db, lo, hi, tight)
    assert on_time[1] == sum(v["complaints_resolved_on_time"] for v in expected.values())


@pytest.mark.usefixtures("shanghai")
def test_a_sale_at_the_stores_midnight_belongs_to_the_day_it_starts(shop: Shop) -> None:
    cst = dt.timezone(dt.timedelta(hours=8))
    with shop.db.write() as s:
        for n, at in enumerate(
            (
                dt.datetime(2026, 9, 30, 23, 59, 59, tzinfo=cst),  # before the period
                dt.datetime(2026, 10, 1, 0, 0, tzinfo=cst),  # its first instant (16:00 UTC the day before)
                dt.datetime(2026, 10, 31, 23, 59, 59, tzinfo=cst),  # its last second
                dt.datetime(2026, 11, 1, 0, 0, tzinfo=cst),  # after it
            )
        ):
            s.add(
                Sale(
                    store_id=shop.store_id,
                    receipt_no=f"R{n}",
                    staff_id=shop.clerk.staff_id,
                    created_at=at,
                    subtotal_fen=10**n,
                    total_fen=10**n,
                )
            )
    card = scorecard(shop.db, shop.manager, START, END)
    clerk = next(r for r in card.rows if r.figures.staff_id == shop.clerk.staff_id)
    assert (clerk.figures.sales, clerk.figures.sales_fen) == (2, 10 + 100)


def test_pooled_satisfaction_and_member_share(shop: Shop) -> None:
    f = StaffFigures(1, "C01", "张", shop.clerk.role, sales=2, sales_fen=1000, member_sales_fen=250)
    assert f.member_share == 0.25
    assert f.satisfaction is None
    f.rated_visits, f.expected_sum, f.perceived_sum = 2, 8, 6
    assert f.satisfaction == 0.75
    assert StaffFigures(1, "C01", "张", shop.clerk.role).member_share is None


@pytest.mark.parametrize(
    ("start", "end"),
    [(dt.date(2026, 10, 1), dt.date(2026, 10, 31)), (dt.date(2025, 12, 1), dt.date(2026, 11, 30))],
)
def test_the_demo_store_matches_a_plain_count(demo_db: Database, start: dt.date, end: dt.date) -> None:
    """The demo's two years of sales, enrolments, ratings and complaints, as generated."""
    from tests.conftest import demo_actor

    manager = demo_actor(demo_db, "M01")
    lo, hi = bounds(start, end)
    rules = ComplaintRules()
    expected = plain_count(demo_db, lo, hi, rules)
    with demo_db.read() as s:
        found = staff_figures(s, manager.store_id, lo, hi, rules)
    assert {f.staff_id: as_counts(f) for f in found if any(as_counts(f).values())} == {
        i: v for i, v in expected.items() if any(v.values())
    }
    assert sum(f.sales for f in found) > 100
