"""A known data set for the scorecard: every figure's records, placed on and around the
period's edges, with a seeded mix of staff, members and walk-ins."""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Iterator

import pytest

from memberdesk.domain.vocab import (
    CareActionKind,
    CareKind,
    ComplaintCategory,
    ReturnType,
    SaleStatus,
    Severity,
    WorkflowOutcome,
)
from memberdesk.store.database import Database
from memberdesk.store.models import (
    CareAction,
    CareTask,
    Complaint,
    Member,
    Sale,
    SaleReturn,
    Visit,
    WorkflowRun,
)
from tests.conftest import Shop

CST = dt.timezone(dt.timedelta(hours=8))
START, END = dt.date(2026, 10, 1), dt.date(2026, 10, 31)
# the local (China) edges of the period, and instants just inside and outside them
EDGES = (
    dt.datetime(2026, 10, 1, 0, 0, tzinfo=CST),
    dt.datetime(2026, 11, 1, 0, 0, tzinfo=CST),
)


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The store's clock is China's: the period's days begin at midnight in Shanghai."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def moments(rng: random.Random, n: int) -> list[dt.datetime]:
    """Instants around the period: its edges to the microsecond, and anywhere from a week
    before it to a week after."""
    fixed = []
    for edge in EDGES:
        fixed += [edge - dt.timedelta(microseconds=1), edge, edge + dt.timedelta(microseconds=1)]
    lo = EDGES[0] - dt.timedelta(days=7)
    span = int((EDGES[1] - EDGES[0] + dt.timedelta(days=14)).total_seconds())
    return fixed + [lo + dt.timedelta(seconds=rng.randrange(span)) for _ in range(n - len(fixed))]


def build(shop: Shop, seed: int = 3, n: int = 60) -> None:
    """Fill ``shop`` with ``n`` of each kind of record, seeded."""
    rng = random.Random(seed)
    staff = [shop.manager.staff_id, shop.supervisor.staff_id, shop.clerk.staff_id]
    db: Database = shop.db
    with db.write() as s:
        members = []
        for i, at in enumerate(moments(rng, n)):
            m = Member(
                store_id=shop.store_id,
                card_no=f"C{i:06d}",
                phone=f"1380000{i:04d}",
                phone_last4=f"{i:04d}",
                name=f"会员{i}",
                enrolled_at=at,
                enrolled_by_id=rng.choice([*staff, None]),
                referrer_staff_id=rng.choice([*staff, None, None]),
            )
            s.add(m)
            members.append(m)
        s.flush()
        sales = []
        for i, at in enumerate(moments(rng, n)):
            sale = Sale(
                store_id=shop.store_id,
                receipt_no=f"R{i:06d}",
                member_id=rng.choice([None, *(m.id for m in members[:10])]),
                staff_id=rng.choice(staff),
                created_at=at,
                subtotal_fen=(total := rng.randrange(100, 100_000)),
                total_fen=total,
            )
            s.add(sale)
            sales.append(sale)
        s.flush()
        for i, sale in enumerate(rng.sample(sales, 6)):  # voided the same day: both rows stay
            sale.status = SaleStatus.VOIDED
            s.add(
                Sale(
                    store_id=shop.store_id,
                    receipt_no=f"V{i:06d}",
                    member_id=sale.member_id,
                    staff_id=rng.choice(staff),
                    created_at=sale.created_at,
                    subtotal_fen=-sale.total_fen,
                    total_fen=-sale.total_fen,
                    status=SaleStatus.VOIDED,
                    voids_sale_id=sale.id,
                )
            )
        returns = []
        for i, sale in enumerate(rng.sample(sales, 10)):
            ret = SaleReturn(
                store_id=shop.store_id,
                return_no=f"T{i:06d}",
                sale_id=sale.id,
                member_id=sale.member_id,
                staff_id=rng.choice(staff),
                return_type=ReturnType.SIZE_FIT,
                reason="尺码不合适",
                created_at=sale.created_at,
                refund_total_fen=sale.total_fen,
            )
            s.add(ret)
            returns.append(ret)
        s.flush()
        for i, at in enumerate(moments(rng, n)):
            task = CareTask(
                store_id=shop.store_id,
                task_key=f"birthday:{i}",
                kind=CareKind.BIRTHDAY,
                due_date=START,
                member_id=members[i % len(members)].id,
            )
            s.add(task)
            s.flush()
            for _ in range(rng.randrange(0, 3)):  # none, one or two actions, by anyone
                s.add(
                    CareAction(
                        task_id=task.id, action=CareActionKind.CALLED, staff_id=rng.choice(staff), at=at
                    )
                )
        for i, at in enumerate(moments(rng, n)):
            s.add(
                WorkflowRun(
                    store_id=shop.store_id,
                    workflow_key="farewell",
                    staff_id=rng.choice(staff),
                    started_at=at - dt.timedelta(minutes=5),
                    ended_at=at if i % 7 else None,
                    outcome=rng.choice(list(WorkflowOutcome)),
                )
            )
        for at in moments(rng, n):
            rated = rng.random() < 0.8
            s.add(
                Visit(
                    store_id=shop.store_id,
                    staff_id=rng.choice(staff),
                    member_id=rng.choice([None, members[0].id]),
                    started_at=at,
                    expected=rng.randint(1, 5) if rated else None,
                    perceived=rng.randint(1, 5) if rated else None,
                )
            )
        for i, at in enumerate(moments(rng, n)):
            about = rng.random()
            severity = rng.choice(list(Severity))
            resolved = rng.random() < 0.7
            # resolved within, at or just past the target (24 / 72 / 168 hours by default)
            took = dt.timedelta(
                hours=rng.choice([1, 23, 24, 25, 71, 72, 73, 167, 168, 169]), seconds=rng.choice([0, 0, 1])
            )
            s.add(
                Complaint(
                    store_id=shop.store_id,
                    complaint_no=f"K{i:06d}",
                    category=ComplaintCategory.SERVICE_ATTITUDE,
                    severity=severity,
                    description="态度不好",
                    sale_id=rng.choice(sales).id if about < 0.4 else None,
                    return_id=rng.choice(returns).id if 0.4 <= about < 0.6 else None,
                    opened_by_id=rng.choice(staff),
                    opened_at=at - (took if resolved else dt.timedelta()),
                    handler_id=rng.choice(staff) if resolved or rng.random() < 0.5 else None,
                    resolved_at=at if resolved else None,
                )
            )
