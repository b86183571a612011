"""The exchange slip (换货单) as the customer reads it, on the PDF roll and on the thermal
printer: what came back, what was taken, and the difference that adds them up."""

from __future__ import annotations

import datetime as dt

import pytest

from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.reports.exchange_slip import exchange_rows, exchange_slip_bytes, render_exchange_slip
from memberdesk.reports.thermal import COLUMNS, Paper, lay_out, text_of, width
from memberdesk.services.devices.setup import GB18030
from memberdesk.services.sales.exchange import ExchangeForm, ExchangeResult, record_exchange
from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm
from memberdesk.services.sales.receipts import exchange_slip
from memberdesk.services.sales.recording import record_sale
from memberdesk.services.sales.returns import ReturnLineForm, find_sale
from tests.conftest import Shop
from tests.reports.pdfcheck import flat, page_texts
from tests.services.devices.escpos_reader import read

NOW = dt.datetime(2026, 3, 14, 10, 0, tzinfo=dt.UTC)


def _exchange(shop: Shop, new_price: str, pay: PaymentMethod = PaymentMethod.CASH) -> ExchangeResult:
    sold = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            None,
            [LineForm(description="连衣裙", size="M", unit_price="300", quantity=1)],
            [PaymentForm(PaymentMethod.WECHAT, "")],
        ),
        now=NOW,
    )
    line = find_sale(shop.db, shop.clerk, sold.receipt_no)[1][0].sale_line_id
    taken = SaleForm(
        None,
        [LineForm(description="连衣裙", size="L", unit_price=new_price, quantity=1)],
        [PaymentForm(pay, "")],
    )
    form = ExchangeForm(sold.receipt_no, [ReturnLineForm(line, 1)], taken, ReturnType.SIZE_FIT, "尺码小了")
    return record_exchange(shop.db, shop.clerk, form, now=NOW)


def _texts(rows: list) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return [(r.text.strip(), r.amount) for r in rows if r.size]


@pytest.mark.usefixtures("chinese")
def test_a_dearer_exchange_adds_up_to_the_difference_paid(sqlite_shop: Shop) -> None:
    got = _exchange(sqlite_shop, "450", PaymentMethod.ALIPAY)
    data = exchange_slip(sqlite_shop.db, sqlite_shop.store_id, got.returned.return_id, got.sale.sale_id)
    rows = _texts(exchange_rows(data, "en"))
    assert ("Given back", "¥300.00") in rows and ("Taken", "¥450.00") in rows
    assert all(width(text_of(ln)) <= COLUMNS for ln in lay_out(exchange_rows(data, "zh_CN")))
    assert ("Difference paid", "¥150.00") in rows and ("Alipay", "¥150.00") in rows
    assert not any(t == "Goods given back" and a for t, a in rows)  # the credit is never a payment line
    assert all("Refund" not in t for t, _a in rows)
    pdf = flat(" ".join(page_texts(render_exchange_slip(data, "zh_CN"))))
    for word in (
        "换货单",
        "退回商品",
        "换取商品",
        "补差价",
        "¥150.00",
        got.returned.return_no,
        got.sale.receipt_no,
    ):
        assert word in pdf, word


def test_a_cheaper_exchange_shows_the_difference_refunded_to_the_sale_s_payment(sqlite_shop: Shop) -> None:
    got = _exchange(sqlite_shop, "120")
    data = exchange_slip(sqlite_shop.db, sqlite_shop.store_id, got.returned.return_id, got.sale.sale_id)
    rows = _texts(exchange_rows(data, "en"))
    assert ("Difference refunded", "¥180.00") in rows and ("to WeChat Pay", "¥180.00") in rows
    assert ("Taken", "¥120.00") in rows


def test_an_even_exchange_says_no_money_changed_hands(sqlite_shop: Shop) -> None:
    got = _exchange(sqlite_shop, "300")
    data = exchange_slip(sqlite_shop.db, sqlite_shop.store_id, got.returned.return_id, got.sale.sale_id)
    texts = [t for t, _a in _texts(exchange_rows(data, "en"))]
    assert "Even exchange: no money changed hands." in texts
    assert not any(t.startswith(("Difference", "to ")) for t in texts)


@pytest.mark.usefixtures("chinese")
def test_the_thermal_slip_prints_every_part_the_new_receipt_s_qr_and_the_cut(sqlite_shop: Shop) -> None:
    got = _exchange(sqlite_shop, "450")
    data = exchange_slip(sqlite_shop.db, sqlite_shop.store_id, got.returned.return_id, got.sale.sale_id)
    printed = read(exchange_slip_bytes(data, "zh_CN", Paper(chinese=GB18030, kick=True)))
    for word in ("退回商品", "换取商品", "补差价", "￥150.00", "现金"):
        assert word in printed.text, word
    assert printed.qr == [got.sale.receipt_no]
    assert printed.cut_at >= 0 and printed.kicks
