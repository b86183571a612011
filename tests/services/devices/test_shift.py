"""End of shift (交班) on SQLite and PostgreSQL: the cash expected from the ledger since the shift
opened — sales, voids, refunds, stored value paid in and out in cash — against the cash counted,
the difference kept with its reason, the next shift opened with the float, and ``db check``
recomputing every count."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from memberdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.services.money import wallet
from memberdesk.services.sales import shift
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale, void_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store import health
from memberdesk.store.models import Shift, ShiftCount
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

T0 = dt.datetime(2026, 12, 7, 1, 0, tzinfo=dt.UTC)  # 09:00 in the store
TILL = "前台1"
_minutes = itertools.count(1)


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def sale(shop: Shop, price: str, method: PaymentMethod, minutes: int, tendered: str = "") -> int:
    form = SaleForm(
        None,
        [LineForm(description="围巾", category="other", unit_price=price, quantity=1)],
        [PaymentForm(method, "")],
        tendered=tendered,
    )
    return record_sale(shop.db, shop.clerk, form, now=at(minutes)).sale_id


def a_day(shop: Shop) -> None:
    """The shift's business: ¥128 cash (¥200 tendered), ¥300 WeChat, a ¥50 cash sale voided,
    ¥128 returned in cash, a ¥1,000 cash top-up and ¥200 paid back in cash."""
    first = sale(shop, "128", PaymentMethod.CASH, 10, tendered="200")
    sale(shop, "300", PaymentMethod.WECHAT, 20)
    voided = sale(shop, "50", PaymentMethod.CASH, 30)
    void_sale(shop.db, shop.supervisor, voided, "wrong item", now=at(31))
    receipt = _receipt_no(shop, first)
    _sale_id, lines = find_sale(shop.db, shop.clerk, receipt)
    form = ReturnForm(receipt, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.SIZE_FIT, "太短")
    record_return(shop.db, shop.clerk, form, now=at(40))
    member = add_member(shop.db, shop.store_id)
    wallet.topup(shop.db, shop.clerk, member, "1000", "cash", now=at(50))
    wallet.withdraw(shop.db, shop.manager, member, "200", "cash", "moving away", now=at(60))


def _receipt_no(shop: Shop, sale_id: int) -> str:
    from memberdesk.store.models import Sale

    with shop.db.read() as s:
        found = s.get(Sale, sale_id)
        assert found is not None
        return found.receipt_no


# float ¥500 + ¥128 + ¥50 − ¥50 (void) − ¥128 (refund) + ¥1,000 − ¥200
CASH_EXPECTED = 500_00 + 128_00 - 128_00 + 1_000_00 - 200_00


def test_the_count_expects_the_ledgers_cash_and_the_next_shift_starts_with_the_float(shop: Shop) -> None:
    opened = shift.open_shift(shop.db, shop.clerk, TILL, "500", now=T0)
    a_day(shop)
    sale(shop, "99", PaymentMethod.CASH, 24 * 60)  # after the count: the next shift's

    closed = shift.close_shift(shop.db, shop.clerk, TILL, "1300", "", "500", now=at(120))

    assert closed == opened
    got = shift.report(shop.db, shop.store_id, closed)
    by = {ln.method: ln for ln in got.lines}
    cash = by[PaymentMethod.CASH]
    assert (cash.float_fen, cash.sales_fen, cash.refunds_fen, cash.stored_value_fen) == (
        500_00,
        128_00,
        128_00,
        800_00,
    )
    assert cash.expected_fen == CASH_EXPECTED == 1_300_00
    assert (cash.counted_fen, cash.difference_fen) == (1_300_00, 0)
    assert by[PaymentMethod.WECHAT].expected_fen == 300_00 and by[PaymentMethod.WECHAT].counted_fen is None
    assert (got.till, got.opened_at, got.closed_at, got.next_float_fen) == (TILL, T0, at(120), 500_00)
    assert got.closed_by == shop.clerk.name and got.reason == ""
    # the next shift is open from the count, with the float left in the drawer
    following = shift.current(shop.db, shop.store_id, TILL)
    assert following is not None and following[1:] == (at(120), 500_00)
    assert shift.check_shifts(shop.db) == []
    assert health.check(shop.db).findings == []


def test_a_difference_needs_a_reason_and_is_kept_with_it(shop: Shop) -> None:
    shift.open_shift(shop.db, shop.clerk, TILL, "500", now=T0)
    a_day(shop)
    with pytest.raises(ValidationError) as err:
        shift.close_shift(shop.db, shop.clerk, TILL, "1290", "  ", "500", now=at(120))
    assert err.value.field == "reason" and "-10.00" in err.value.english()
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ShiftCount)) == 0  # nothing written

    closed = shift.close_shift(shop.db, shop.clerk, TILL, "1290", "给顾客多找了10元", "500", now=at(120))
    got = shift.report(shop.db, shop.store_id, closed)
    assert got.cash is not None and got.cash.difference_fen == -10_00
    assert got.reason == "给顾客多找了10元"
    assert [row[3] for row in shift.closed_shifts(shop.db, shop.store_id)] == [-10_00]
    assert shift.check_shifts(shop.db) == []


def test_what_cannot_be_closed_is_refused(shop: Shop) -> None:
    with pytest.raises(NotFound):
        shift.close_shift(shop.db, shop.clerk, TILL, "0", "", "0", now=T0)
    shift.open_shift(shop.db, shop.clerk, TILL, "500", now=T0)
    with pytest.raises(Conflict):
        shift.open_shift(shop.db, shop.clerk, TILL, "500", now=at(1))
    with pytest.raises(ValidationError) as err:  # cannot leave more than was counted
        shift.close_shift(shop.db, shop.clerk, TILL, "500", "", "600", now=at(5))
    assert err.value.field == "next_float"
    with pytest.raises(ValidationError):
        shift.close_shift(shop.db, shop.clerk, "  ", "500", "", "0", now=at(5))
    other_till = shift.open_shift(shop.db, shop.clerk, "前台2", "0", now=T0)
    assert other_till  # each till has its own shift


def test_db_check_finds_a_sale_written_into_a_counted_shift(shop: Shop) -> None:
    shift.open_shift(shop.db, shop.clerk, TILL, "500", now=T0)
    shift.close_shift(shop.db, shop.clerk, TILL, "500", "", "500", now=at(60))
    assert shift.check_shifts(shop.db) == []

    sale(shop, "88", PaymentMethod.CASH, 30)  # dated inside the counted time, after the count

    findings = shift.check_shifts(shop.db)
    assert len(findings) == 1 and "cash" in findings[0] and "50000" in findings[0] and "58800" in findings[0]
    assert any("shift" in f for f in health.check(shop.db).findings)


def test_closing_is_a_counter_job_and_the_rows_are_only_added(shop: Shop) -> None:

    first = shift.open_shift(shop.db, shop.clerk, TILL, "0", now=T0)
    shift.close_shift(shop.db, shop.clerk, TILL, "0", "", "0", now=at(10))
    second = shift.close_shift(shop.db, shop.clerk, TILL, "0", "", "0", now=at(20))
    with shop.db.read() as s:
        shifts = s.execute(select(Shift.id, Shift.follows_id, Shift.opened_at).order_by(Shift.id)).all()
    assert [(row[1], row[2]) for row in shifts] == [(None, T0), (first, at(10)), (second, at(20))]


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    counted=st.one_of(
        st.text(max_size=12), st.integers(-10, 10**9).map(str), st.decimals(0, 10**6, places=2).map(str)
    )
)
def test_any_counted_amount_typed_is_refused_or_kept_with_its_difference(shop: Shop, counted: str) -> None:
    if shift.current(shop.db, shop.store_id, TILL) is None:
        shift.open_shift(shop.db, shop.clerk, TILL, "100", now=T0)
    try:
        closed = shift.close_shift(shop.db, shop.clerk, TILL, counted, "盘点", "0", now=at(next(_minutes)))
    except ValidationError as err:
        assert err.field in ("counted", "reason")
        return
    got = shift.report(shop.db, shop.store_id, closed)
    assert got.cash is not None and got.cash.counted_fen is not None
    assert got.cash.difference_fen == got.cash.counted_fen - got.cash.expected_fen


def test_a_role_without_the_permission_is_refused(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    from memberdesk.services.staff import permissions

    monkeypatch.setitem(permissions.GRANTS, shop.clerk.role, frozenset())
    with pytest.raises(PermissionDenied):
        shift.open_shift(shop.db, shop.clerk, TILL, "0", now=T0)


def test_a_second_count_of_the_same_shift_never_closes_the_next_one(shop: Shop) -> None:
    shown = shift.open_shift(shop.db, shop.clerk, TILL, "100", now=T0)
    shift.close_shift(shop.db, shop.clerk, TILL, "100", "", "100", shift_id=shown, now=at(10))
    with pytest.raises(Conflict):  # the same count again, from a second counter or a double press
        shift.close_shift(shop.db, shop.clerk, TILL, "100", "", "100", shift_id=shown, now=at(11))
    following = shift.current(shop.db, shop.store_id, TILL)
    assert following is not None and following[1] == at(10)  # still open
