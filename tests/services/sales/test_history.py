"""The till's sale history: a member's sales and a day's, newest first, in pages; both databases."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memberdesk.domain.errors import NotFound
from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.services.sales.history import day_sales, local_day, member_sales, sale_by_receipt
from memberdesk.services.sales.recording import record_sale, void_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from tests.conftest import Shop
from tests.services.sales_helpers import add_member, three_line_sale

# a morning in the shop's own time: the day is the counter's local calendar day
MORNING = dt.datetime(2026, 3, 5, 9, 30).astimezone()
TOTAL_FEN = 2 * 9900 + 29950 + 3 * 1500 - 500  # three_line_sale's


def _sales(shop: Shop, member_id: int | None, count: int, start: dt.datetime = MORNING) -> list[str]:
    at = [start + dt.timedelta(minutes=n) for n in range(count)]
    return [record_sale(shop.db, shop.clerk, three_line_sale(member_id), now=t).receipt_no for t in at]


def test_a_members_sales_come_newest_first_in_pages(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    other = add_member(shop.db, shop.store_id, 2)
    mine = _sales(shop, member, 3)
    _sales(shop, other, 1)
    first = member_sales(shop.db, shop.clerk, member, limit=2)
    assert [r.receipt_no for r in first.rows] == [mine[2], mine[1]] and first.more
    rest = member_sales(shop.db, shop.clerk, member, offset=2, limit=2)
    assert [r.receipt_no for r in rest.rows] == [mine[0]] and not rest.more
    row = first.rows[0]
    assert (row.member_id, row.member_name, row.total_fen) == (member, "会员1", TOTAL_FEN)
    assert row.payments == ((PaymentMethod.WECHAT, TOTAL_FEN),)
    assert (row.voided, row.returns, row.returned_fen) == (False, 0, 0)


def test_a_days_sales_are_that_days_only_walk_ins_included(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    yesterday = _sales(shop, member, 1, MORNING - dt.timedelta(days=1))
    today = _sales(shop, None, 2) + _sales(shop, member, 1, MORNING + dt.timedelta(hours=8))
    page = day_sales(shop.db, shop.clerk, local_day(MORNING))
    assert [r.receipt_no for r in page.rows] == today[::-1] and not page.more
    assert page.rows[-1].member_name == "" and page.rows[-1].member_id is None
    before = day_sales(shop.db, shop.clerk, local_day(MORNING) - dt.timedelta(days=1))
    assert [r.receipt_no for r in before.rows] == yesterday


def test_a_voided_sale_shows_voided_and_its_reversal_is_not_listed(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    kept, voided = _sales(shop, member, 2)
    sale_id = sale_by_receipt(shop.db, shop.clerk, voided).sale_id
    void_sale(shop.db, shop.supervisor, sale_id, "录错", now=MORNING)
    rows = member_sales(shop.db, shop.clerk, member).rows
    assert [(r.receipt_no, r.voided) for r in rows] == [(voided, True), (kept, False)]


def test_a_sale_with_goods_returned_says_so(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    (receipt,) = _sales(shop, member, 1)
    _sale_id, lines = find_sale(shop.db, shop.clerk, receipt)
    form = ReturnForm(receipt, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.SIZE_FIT, "太小")
    refund = record_return(shop.db, shop.clerk, form, now=MORNING + dt.timedelta(hours=1)).refund_fen
    (row,) = member_sales(shop.db, shop.clerk, member).rows
    assert (row.returns, row.returned_fen, row.voided) == (1, refund, False) and refund > 0


def test_a_receipt_number_finds_its_sale_whatever_the_case(shop: Shop) -> None:
    (receipt,) = _sales(shop, None, 1)
    assert sale_by_receipt(shop.db, shop.clerk, f" {receipt.lower()} ").receipt_no == receipt
    with pytest.raises(NotFound):
        sale_by_receipt(shop.db, shop.clerk, "R99999999")


def test_the_receipt_number_of_a_void_is_not_a_sale_to_open(shop: Shop) -> None:
    (receipt,) = _sales(shop, None, 1)
    row = sale_by_receipt(shop.db, shop.clerk, receipt)
    reversal = void_sale(shop.db, shop.supervisor, row.sale_id, "录错", now=MORNING).receipt_no
    with pytest.raises(NotFound):
        sale_by_receipt(shop.db, shop.clerk, reversal)


def test_another_stores_staff_see_none_of_it(shop: Shop) -> None:
    (receipt,) = _sales(shop, None, 1)
    stranger = dataclasses.replace(shop.clerk, store_id=shop.store_id + 1000)
    assert day_sales(shop.db, stranger, local_day(MORNING)).rows == ()
    with pytest.raises(NotFound):
        sale_by_receipt(shop.db, stranger, receipt)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(max_size=60))
def test_whatever_is_scanned_is_found_or_said_not_found(sqlite_shop: Shop, typed: str) -> None:
    try:
        row = sale_by_receipt(sqlite_shop.db, sqlite_shop.clerk, typed)
    except NotFound as err:
        assert err.field == "receipt_no"
    else:
        assert row.receipt_no == typed.strip().upper()
