"""What a customer gets back, in points: the share of the points redeemed on a returned good
comes back as points, a full return (in any sequence of partial returns) gives back exactly what
was redeemed, and no return or void ever takes a balance below zero — what it cannot take is
owed, and paid off from the points that come in next. On SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from memberdesk.domain.errors import Conflict
from memberdesk.domain.points import SalesRules
from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.services.sales import points as points_svc
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale, void_sale
from memberdesk.services.sales.returns import (
    ReturnForm,
    ReturnLineForm,
    find_sale,
    preview_return,
    record_return,
)
from memberdesk.services.sales.rules import save_rules
from memberdesk.store.models import MemberStats, PointsEntry, Sale, SaleReturn
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

PROPERTY = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_members = itertools.count(100)


@pytest.fixture
def shop(shop: Shop) -> Shop:
    """A store whose rules let a clerk take any return back (approvals are tested elsewhere)."""
    save_rules(shop.db, shop.manager, SalesRules(return_window_days=3650, refund_limit_fen=100_000_000_00))
    return shop


def _new_member(shop: Shop, points: int = 0) -> int:
    mid = add_member(shop.db, shop.store_id, next(_members))
    if points:
        points_svc.adjust(shop.db, shop.supervisor, mid, str(points), "开业礼")
    return mid


def _standing(shop: Shop, mid: int) -> tuple[int, int]:
    """(balance, owed) from the member's totals, checked against the ledger's sums."""
    with shop.db.read() as s:
        stats = s.get(MemberStats, mid)
        sums = s.execute(
            select(
                func.coalesce(func.sum(PointsEntry.delta), 0),
                func.coalesce(func.sum(PointsEntry.owed_delta), 0),
            ).where(PointsEntry.member_id == mid)
        ).one()
    balance, owed = (stats.points_balance, stats.points_owed) if stats else (0, 0)  # no ledger yet
    assert (balance, owed) == (int(sums[0]), int(sums[1]))
    assert balance >= 0 and owed >= 0
    assert not (balance > 0 and owed > 0)
    return balance, owed


def _give_back(shop: Shop, receipt: str, line_id: int, qty: int) -> object:
    form = ReturnForm(receipt, [ReturnLineForm(line_id, qty)], ReturnType.SIZE_FIT, "不合身")
    return record_return(shop.db, shop.clerk, form)


def test_returning_one_of_two_cardigans_gives_back_its_share_of_the_points(shop: Shop) -> None:
    """Two cardigans at ¥279 and a scarf at ¥42, 10,000 points (¥100) redeemed: returning one
    cardigan gives back its money and its share of the points; the second, the rest."""
    mid = _new_member(shop, 10_000)
    sale = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            mid,
            [
                LineForm(description="开衫", unit_price="279", quantity=2),
                LineForm(description="围巾", unit_price="42"),
            ],
            [PaymentForm(PaymentMethod.CASH, "")],
            redeem_points=10_000,
        ),
    )
    assert sale.total_fen == 2 * 27900 + 4200 - 10000
    cardigans = find_sale(shop.db, shop.clerk, sale.receipt_no)[1][0]
    preview = preview_return(
        shop.db, shop.clerk, sale.receipt_no, [ReturnLineForm(cardigans.sale_line_id, 1)]
    )
    # the cardigans are 55,800 of 60,000 fen of goods: 9,300 of the points; one of them 4,650
    assert preview.given.points_restored == 4_650
    first = _give_back(shop, sale.receipt_no, cardigans.sale_line_id, 1)
    assert first.points_restored == 4_650  # type: ignore[attr-defined]
    assert first.refunds == ((PaymentMethod.CASH, first.refund_fen),)  # type: ignore[attr-defined]
    assert first.refund_fen == 27900 - 10000 * 27900 // 60000  # type: ignore[attr-defined]
    second = _give_back(shop, sale.receipt_no, cardigans.sale_line_id, 1)
    scarf = find_sale(shop.db, shop.clerk, sale.receipt_no)[1][1]
    third = _give_back(shop, sale.receipt_no, scarf.sale_line_id, 1)
    returns = (first, second, third)
    assert sum(r.points_restored for r in returns) == 10_000  # type: ignore[attr-defined]
    assert sum(r.refund_fen for r in returns) == sale.total_fen  # type: ignore[attr-defined]
    assert _standing(shop, mid) == (10_000, 0)  # as before the sale: nothing gained, nothing lost
    assert check_ledgers(shop.db) == []


line_shapes = st.lists(
    st.tuples(
        st.integers(min_value=1, max_value=3),  # quantity
        st.integers(min_value=100, max_value=60_000),  # unit price, fen
        st.integers(min_value=0, max_value=40),  # line discount, percent of the line
    ),
    min_size=1,
    max_size=4,
)


@PROPERTY
@given(
    lines=line_shapes,
    sale_discount_pct=st.integers(min_value=0, max_value=30),
    redeem_pct=st.integers(min_value=0, max_value=60),
    order=st.randoms(use_true_random=False),
    second_method=st.booleans(),
)
def test_any_sequence_of_partial_returns_gives_back_exactly_what_was_paid_and_redeemed(
    shop: Shop,
    lines: list[tuple[int, int, int]],
    sale_discount_pct: int,
    redeem_pct: int,
    order: object,
    second_method: bool,
) -> None:
    forms = [
        LineForm(
            description=f"货品{i}",
            unit_price=price,
            quantity=qty,
            discount=qty * price * pct // 100 or "",
        )
        for i, (qty, price, pct) in enumerate(lines)
    ]
    subtotal = sum(qty * price - qty * price * pct // 100 for qty, price, pct in lines)
    sale_discount = subtotal * sale_discount_pct // 100
    redeem = max(0, (subtotal - sale_discount) * redeem_pct // 100 - 1)
    mid = _new_member(shop, redeem + 37)
    payments = [PaymentForm(PaymentMethod.WECHAT, "")]
    if second_method:
        payments.insert(0, PaymentForm(PaymentMethod.CASH, 1))
    sale = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(mid, forms, payments, discount=sale_discount or "", redeem_points=redeem),
    )
    before_returns = _standing(shop, mid)
    units = [
        (ln.sale_line_id, n)
        for ln in find_sale(shop.db, shop.clerk, sale.receipt_no)[1]
        for n in range(ln.sold)
    ]
    order.shuffle(units)  # type: ignore[attr-defined]
    refunded = restored = reversed_ = 0
    while units:  # a return of one to three units of one line at a time, in a random order
        line_id = units[0][0]
        take = [u for u in units if u[0] == line_id][: 1 + len(units) % 3]
        for u in take:
            units.remove(u)
        preview = preview_return(shop.db, shop.clerk, sale.receipt_no, [ReturnLineForm(line_id, len(take))])
        result = _give_back(shop, sale.receipt_no, line_id, len(take))
        assert (result.refund_fen, result.points_restored, result.points_reversed) == (  # type: ignore[attr-defined]
            preview.given.refund_fen,
            preview.given.points_restored,
            preview.given.points_reversed,
        )
        refunded += result.refund_fen  # type: ignore[attr-defined]
        restored += result.points_restored  # type: ignore[attr-defined]
        reversed_ += result.points_reversed  # type: ignore[attr-defined]
        _standing(shop, mid)
    assert refunded == sale.total_fen
    assert restored == redeem
    assert reversed_ == sale.points_earned
    assert _standing(shop, mid) == (redeem + 37, 0)
    assert before_returns == (37 + sale.points_earned, 0)
    assert check_ledgers(shop.db) == []


def test_a_return_never_takes_the_balance_below_zero(shop: Shop) -> None:
    """Earn 9,800 on sale A, redeem them all on sale B, return A: the balance stops at zero,
    the rest is owed, the next sale is told the member has 0 points (not −9,800), and the
    points that sale earns pay off what is owed first."""
    mid = _new_member(shop)
    a = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            mid, [LineForm(description="羊绒大衣", unit_price="9800")], [PaymentForm(PaymentMethod.CASH, "")]
        ),
    )
    assert a.points_earned == 9_800
    b = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            mid,
            [LineForm(description="靴子", unit_price="200")],
            [PaymentForm(PaymentMethod.CASH, "")],
            redeem_points=9_800,
        ),
    )
    assert _standing(shop, mid) == (b.points_earned, 0)
    coat = find_sale(shop.db, shop.clerk, a.receipt_no)[1][0]
    preview = preview_return(shop.db, shop.clerk, a.receipt_no, [ReturnLineForm(coat.sale_line_id, 1)])
    assert preview.points_owed == 9_800 - b.points_earned
    ret = _give_back(shop, a.receipt_no, coat.sale_line_id, 1)
    assert ret.points_reversed == 9_800 and ret.points_owed == 9_800 - b.points_earned  # type: ignore[attr-defined]
    assert _standing(shop, mid) == (0, 9_800 - b.points_earned)
    with pytest.raises(Conflict) as err:
        record_sale(
            shop.db,
            shop.clerk,
            SaleForm(
                mid,
                [LineForm(description="袜子", unit_price="15")],
                [PaymentForm(PaymentMethod.CASH, "")],
                redeem_points=1,
            ),
        )
    assert "has only 0 points" in err.value.english()
    c = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            mid, [LineForm(description="大衣", unit_price="10000")], [PaymentForm(PaymentMethod.CASH, "")]
        ),
    )
    owed = 9_800 - b.points_earned
    assert c.points_earned >= 10_000  # the sale earns in full; part of it pays off what is owed
    assert (c.points_balance_after, c.points_owed_after) == (c.points_earned - owed, 0)
    assert _standing(shop, mid) == (c.points_earned - owed, 0)
    with shop.db.read() as s:
        assert s.scalar(select(SaleReturn.points_reversed)) == 9_800
        assert s.get(Sale, c.sale_id).points_earned == c.points_earned  # type: ignore[union-attr]
    assert check_ledgers(shop.db) == []


def test_a_void_never_takes_the_balance_below_zero(shop: Shop) -> None:
    mid = _new_member(shop)
    a = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            mid, [LineForm(description="大衣", unit_price="500")], [PaymentForm(PaymentMethod.CASH, "")]
        ),
    )
    record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            mid,
            [LineForm(description="靴子", unit_price="300")],
            [PaymentForm(PaymentMethod.CASH, "")],
            redeem_points=500,
        ),
    )
    void_sale(shop.db, shop.supervisor, a.sale_id, "录错")
    assert _standing(shop, mid) == (0, 500 - 295)
    assert check_ledgers(shop.db) == []


# -- the rule held over any day at the counter ------------------------------------------------

actions = st.lists(
    st.one_of(
        st.tuples(st.just("buy"), st.integers(min_value=100, max_value=2_000_000), st.integers(0, 100)),
        st.tuples(st.just("return"), st.integers(min_value=0, max_value=20), st.integers(1, 3)),
        st.tuples(st.just("void"), st.integers(min_value=0, max_value=20), st.just(0)),
        st.tuples(st.just("gift"), st.integers(min_value=1, max_value=5_000), st.just(0)),
    ),
    min_size=2,
    max_size=8,
)


@PROPERTY
@given(steps=actions)
def test_no_balance_below_zero_ever(shop: Shop, steps: list[tuple[str, int, int]]) -> None:
    """Buy (redeeming any share of the balance), return any part of any earlier sale, void a
    sale of the day, get points by hand: after every step the balance and the points owed are
    their ledger sums, neither is below zero and only a zero balance owes; the ledgers
    reconcile."""
    mid = _new_member(shop)
    sales: list[str] = []
    day = dt.datetime(2026, 11, 25, 3, tzinfo=dt.UTC)
    # a day that starts as the one that went wrong: points earned, then all of them redeemed
    for kind, amount, extra in [("buy", 1_000_000, 0), ("buy", 500_000, 100), *steps]:
        balance, _owed = _standing(shop, mid)
        if kind == "buy":
            redeem = min(balance * extra // 100, amount - 1)  # any share of the balance
            form = SaleForm(
                mid,
                [LineForm(description="货品", unit_price=amount, quantity=1 + extra % 2)],
                [PaymentForm(PaymentMethod.CASH, "")],
                redeem_points=redeem,
            )
            sales.append(record_sale(shop.db, shop.clerk, form, now=day).receipt_no)
        elif kind == "gift":
            points_svc.adjust(shop.db, shop.supervisor, mid, str(amount), "补偿")
        elif sales:
            receipt = sales[amount % len(sales)]
            sale_id, lines = find_sale(shop.db, shop.clerk, receipt)
            left = [ln for ln in lines if ln.sold > ln.returned]
            if kind == "void":
                with contextlib.suppress(Conflict):  # goods of it were returned
                    void_sale(shop.db, shop.supervisor, sale_id, "录错", now=day)
                    sales.remove(receipt)
            elif left:
                ln = left[0]
                _give_back(shop, receipt, ln.sale_line_id, min(extra, ln.sold - ln.returned))
        event("points owed" if _standing(shop, mid)[1] else "nothing owed")
    assert check_ledgers(shop.db) == []
