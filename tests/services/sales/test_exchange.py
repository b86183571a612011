"""Exchange (换货) in one step: the return and the new sale in one transaction, the difference
paid or refunded, points and stored value moved as a return then a sale would — on SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from memberdesk.domain.errors import Conflict, PermissionDenied, ValidationError, WrongPin
from memberdesk.domain.vocab import PaymentMethod, ReturnType, Role
from memberdesk.services.money import presence, wallet
from memberdesk.services.money.reconcile import check_money
from memberdesk.services.sales.exchange import ExchangeForm, ExchangeResult, record_exchange
from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import record_sale
from memberdesk.services.sales.returns import (
    Approval,
    ReturnForm,
    ReturnLineForm,
    find_sale,
    preview_return,
    record_return,
)
from memberdesk.services.sales.shift import takings
from memberdesk.store.models import MemberStats, Payment, Refund, Sale, SaleReturn
from tests.conftest import TEST_PINS, Shop
from tests.services.sales_helpers import add_member

NOW = dt.datetime(2026, 3, 14, 10, 0, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(days=2)
PIN = "135790"


def _sale(shop: Shop, member_id: int | None, price: str, method: PaymentMethod = PaymentMethod.WECHAT) -> str:
    form = SaleForm(
        member_id,
        [LineForm(description="连衣裙", category="dresses", size="M", unit_price=price, quantity=2)],
        [PaymentForm(method, "")],
        member_pin=PIN,
    )
    return record_sale(shop.db, shop.clerk, form, now=NOW).receipt_no


def _line(shop: Shop, receipt: str) -> int:
    return find_sale(shop.db, shop.clerk, receipt)[1][0].sale_line_id


def _exchange(
    shop: Shop,
    receipt: str,
    price: str,
    payments: list[PaymentForm] | None = None,
    *,
    qty: int = 1,
    approval: Approval | None = None,
    pin: str = PIN,
) -> ExchangeResult:
    taken = SaleForm(
        None,
        [LineForm(description="连衣裙", category="dresses", size="L", unit_price=price, quantity=1)],
        payments if payments is not None else [PaymentForm(PaymentMethod.CASH, "")],
        member_pin=pin,
    )
    form = ExchangeForm(
        receipt,
        [ReturnLineForm(_line(shop, receipt), qty)],
        taken,
        ReturnType.SIZE_FIT,
        "尺码不合适",
        approval,
    )
    return record_exchange(shop.db, shop.clerk, form, now=LATER)


def _counts(shop: Shop) -> tuple[int, int, int, int]:
    with shop.db.read() as s:
        return tuple(  # type: ignore[return-value]
            int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Sale, SaleReturn, Payment, Refund)
        )


def books_clean(shop: Shop) -> None:
    assert check_ledgers(shop.db) == []
    assert check_money(shop.db) == []


def test_an_even_exchange_moves_no_money_and_both_sides_hold_the_credit(shop: Shop) -> None:
    receipt = _sale(shop, None, "300")
    got = _exchange(shop, receipt, "300")
    assert got.returned_fen == got.taken_fen == 300_00 and got.difference_fen == 0
    assert got.paid == () and got.refunded == ()
    assert got.returned.refunds == ((PaymentMethod.EXCHANGE, 300_00),)
    with shop.db.read() as s:
        pays = s.execute(
            select(Payment.method, Payment.amount_fen).where(Payment.sale_id == got.sale.sale_id)
        ).all()
        figures = takings(s, shop.store_id, NOW - dt.timedelta(days=1), LATER + dt.timedelta(days=1))
    assert [(PaymentMethod(m), a) for m, a in pays] == [(PaymentMethod.EXCHANGE, 300_00)]
    assert PaymentMethod.EXCHANGE not in figures  # the shift counts money only
    assert figures[PaymentMethod.WECHAT] == [600_00, 0, 0]
    books_clean(shop)


def test_dearer_goods_the_customer_pays_the_difference(shop: Shop) -> None:
    receipt = _sale(shop, None, "300")
    got = _exchange(shop, receipt, "450", [PaymentForm(PaymentMethod.ALIPAY, "")])
    assert got.difference_fen == 150_00
    assert got.paid == ((PaymentMethod.ALIPAY, 150_00),) and got.refunded == ()
    books_clean(shop)


def test_cheaper_goods_the_rest_goes_back_to_the_sale_s_own_payment(shop: Shop) -> None:
    receipt = _sale(shop, None, "300")
    got = _exchange(shop, receipt, "120", [PaymentForm(PaymentMethod.CASH, "50")])  # ignored: none due
    assert got.difference_fen == -180_00
    assert got.refunded == ((PaymentMethod.WECHAT, 180_00),) and got.paid == ()
    books_clean(shop)


def test_points_move_as_a_return_then_a_sale(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    receipt = _sale(shop, member, "300")
    with shop.db.read() as s:
        before = s.get(MemberStats, member)
        assert before is not None
        points_before = before.points_balance
    got = _exchange(shop, receipt, "450", [PaymentForm(PaymentMethod.CASH, "")])
    with shop.db.read() as s:
        after = s.get(MemberStats, member)
        assert after is not None
        points_after = after.points_balance
    assert got.returned.points_reversed > 0
    assert got.sale.points_earned > 0
    assert points_after == points_before - got.returned.points_reversed + got.sale.points_earned
    books_clean(shop)


@pytest.fixture
def saver(shop: Shop) -> int:
    member = add_member(shop.db, shop.store_id, 7)
    wallet.topup(shop.db, shop.clerk, member, "1000", PaymentMethod.CASH, now=NOW)
    presence.set_pin(shop.db, shop.clerk, member, PIN)
    return member


def test_stored_value_pays_the_difference_with_the_member_s_pin(shop: Shop, saver: int) -> None:
    receipt = _sale(shop, saver, "300", PaymentMethod.CASH)
    held = wallet.balance(shop.db, saver).total_fen
    counts = _counts(shop)
    with pytest.raises(WrongPin):
        _exchange(shop, receipt, "500", [PaymentForm(PaymentMethod.STORED_VALUE, "")], pin="000000")
    assert _counts(shop) == counts  # nothing half-written
    got = _exchange(shop, receipt, "500", [PaymentForm(PaymentMethod.STORED_VALUE, "")])
    assert got.paid == ((PaymentMethod.STORED_VALUE, 200_00),)
    assert wallet.balance(shop.db, saver).total_fen == held - 200_00
    books_clean(shop)


def test_a_sale_paid_from_the_balance_gets_the_rest_back_on_the_balance(shop: Shop, saver: int) -> None:
    receipt = _sale(shop, saver, "300", PaymentMethod.STORED_VALUE)
    held = wallet.balance(shop.db, saver).total_fen
    got = _exchange(shop, receipt, "100")
    assert got.refunded == ((PaymentMethod.STORED_VALUE, 200_00),)
    assert wallet.balance(shop.db, saver).total_fen == held + 200_00
    books_clean(shop)


def test_a_refused_step_writes_nothing(shop: Shop) -> None:
    receipt = _sale(shop, None, "300")
    _exchange(shop, receipt, "300", qty=2)
    counts = _counts(shop)
    with pytest.raises(Conflict):  # both dresses are back already
        _exchange(shop, receipt, "300")
    assert _counts(shop) == counts
    other = _sale(shop, None, "300")
    counts = _counts(shop)
    with pytest.raises(ValidationError):  # the difference has no payment it can be
        _exchange(shop, other, "900", [PaymentForm(PaymentMethod.CASH, "100")])
    assert _counts(shop) == counts
    books_clean(shop)


def test_the_return_limit_and_the_supervisor_s_pin_apply(shop: Shop) -> None:
    receipt = _sale(shop, None, "2500")  # ¥2,500 back is above the ¥2,000 limit
    counts = _counts(shop)
    with pytest.raises(PermissionDenied):
        _exchange(shop, receipt, "2500")
    assert _counts(shop) == counts
    pin = Approval(shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR])
    got = _exchange(shop, receipt, "2500", approval=pin)
    assert got.returned.approved_by_id == shop.supervisor.staff_id
    books_clean(shop)


def test_goods_taken_in_an_exchange_are_not_refunded_beyond_the_money_paid(shop: Shop) -> None:
    receipt = _sale(shop, None, "300")
    got = _exchange(shop, receipt, "400", [PaymentForm(PaymentMethod.CASH, "")])
    new = got.sale.receipt_no
    line = _line(shop, new)
    with pytest.raises(Conflict):  # ¥300 of it was paid by the dress given back
        preview_return(shop.db, shop.clerk, new, [ReturnLineForm(line, 1)])
    with pytest.raises(Conflict):
        record_return(
            shop.db, shop.clerk, ReturnForm(new, [ReturnLineForm(line, 1)], ReturnType.QUALITY, "坏了")
        )
    again = _exchange(shop, new, "400")  # exchanged again: the credit carries it
    assert again.difference_fen == 0
    books_clean(shop)


def test_the_till_never_takes_the_exchange_credit_as_a_payment(shop: Shop) -> None:
    form = SaleForm(
        None, [LineForm(description="袜子", unit_price="15")], [PaymentForm(PaymentMethod.EXCHANGE, "")]
    )
    with pytest.raises(ValidationError):
        record_sale(shop.db, shop.clerk, form)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    old=st.integers(min_value=1, max_value=90_000),
    new=st.integers(min_value=1, max_value=90_000),
    method=st.sampled_from([PaymentMethod.CASH, PaymentMethod.BANK_CARD, PaymentMethod.WECHAT]),
)
def test_the_difference_is_always_new_minus_returned(
    shop: Shop, old: int, new: int, method: PaymentMethod
) -> None:
    receipt = _sale(shop, None, f"{old / 100:.2f}")
    got = _exchange(shop, receipt, f"{new / 100:.2f}", [PaymentForm(method, "")])
    assert got.returned_fen == old and got.taken_fen == new
    assert got.difference_fen == new - old
    assert sum(a for _m, a in got.paid) - sum(a for _m, a in got.refunded) == new - old
    books_clean(shop)
