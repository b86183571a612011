"""The papers of member money, read back from the PDFs as the customer reads them: the coupon
used and its saving, what the balance paid and the balance after (principal + bonus); on the
return slip, the money back to the balance and the coupon that is not given back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from memberdesk.domain.vocab import CouponKind, PaymentMethod, ReturnType
from memberdesk.reports.receipt import render_receipt, render_return_slip
from memberdesk.services.money import coupons, presence, wallet
from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm
from memberdesk.services.sales.receipts import return_slip, sale_receipt
from memberdesk.services.sales.recording import record_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from tests.conftest import Shop
from tests.reports.test_receipt import read_back, text_of
from tests.services.sales_helpers import add_member

NOW = dt.datetime(2026, 5, 20, 4, 0, tzinfo=dt.UTC)
PIN = "135790"


def _sale_with_money(shop: Shop) -> tuple[int, str, int]:
    """A member's sale: a line discount, a coupon, a sale discount, ¥150 from the balance and
    the rest in cash. Returns the sale's id, its receipt number and the member."""
    member = add_member(shop.db, shop.store_id)
    wallet.topup(shop.db, shop.clerk, member, "1000", PaymentMethod.CASH, now=NOW)  # + ¥100 bonus
    presence.set_pin(shop.db, shop.clerk, member, PIN)
    tid = coupons.create_template(
        shop.db,
        shop.manager,
        coupons.TemplateForm(
            name="满200减30", kind=CouponKind.AMOUNT_OFF, amount="30", min_spend="200", valid_days=30
        ),
    )
    code = coupons.issue(shop.db, shop.supervisor, tid, [member], today=NOW.astimezone().date())[0]
    form = SaleForm(
        member,
        [
            LineForm(description="Silk blouse", category="tops", unit_price="180", quantity=1, discount="10"),
            LineForm(description="Socks", category="other", unit_price="15", quantity=4),
        ],
        [PaymentForm(PaymentMethod.STORED_VALUE, "150"), PaymentForm(PaymentMethod.CASH, "")],
        discount="5",
        coupons=(code,),
        member_pin=PIN,
    )
    sale = record_sale(shop.db, shop.clerk, form, now=NOW)
    return sale.sale_id, sale.receipt_no, member


def test_the_receipt_shows_the_coupon_the_balance_paid_and_the_balance_after(shop: Shop) -> None:
    sale_id, _no, _member = _sale_with_money(shop)
    rows = text_of(render_receipt(sale_receipt(shop.db, shop.store_id, sale_id), "en"))
    got = read_back(rows)
    goods = sum(got.items)
    assert goods == 180_00 + 60_00
    assert got.named["Coupon 满200减30"] == -30_00
    total = got.named["Total"]
    # goods − line discounts − coupon − sale discount = total = the payments
    assert (
        goods + sum(got.item_discounts) + got.named["Coupon 满200减30"] + got.named["Sale discount"] == total
    )
    assert total == 240_00 - 10_00 - 30_00 - 5_00
    assert got.named["Stored value"] + got.payments[PaymentMethod.CASH] == total
    assert got.named["Stored value"] == 150_00
    balance = got.named["Stored-value balance"]
    assert balance == 1_100_00 - 150_00
    assert any("principal ¥" in r and "bonus ¥" in r for r in rows)
    # the balance printed is the member's balance, principal and bonus
    held = sale_receipt(shop.db, shop.store_id, sale_id).stored_after
    assert held is not None and held.total_fen == balance
    assert any(f"principal {held.principal_fen / 100:,.2f}" in r.replace("¥", "") for r in rows)


def test_the_return_slip_says_the_money_went_back_to_the_balance_and_the_coupon_stays_used(
    shop: Shop,
) -> None:
    _sale_id, receipt_no, member = _sale_with_money(shop)
    _sid, lines = find_sale(shop.db, shop.clerk, receipt_no)
    back = record_return(
        shop.db,
        shop.clerk,
        ReturnForm(receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.SIZE_FIT, "too small"),
        now=NOW,
    )
    rows = text_of(render_return_slip(return_slip(shop.db, shop.store_id, back.return_id), "en"))
    got = read_back(rows)
    assert got.named["to Stored value"] == back.refunds[0][1] == min(150_00, back.refund_fen)
    assert got.named["Refund"] == back.refund_fen
    assert (
        got.named["Stored-value balance"]
        == wallet.balance(shop.db, member).total_fen
        == 1_100_00 - 150_00 + back.refund_fen
    )
    text = " ".join(rows)
    assert "满200减30" in text and "not given back" in text


def test_the_chinese_papers_say_it_in_the_shops_words(shop: Shop, qapp: object) -> None:
    from PySide6.QtCore import QLocale

    from memberdesk.ui.widgets.i18n import install_translators

    before = QLocale()
    install_translators(qapp, "zh_CN")  # type: ignore[arg-type]
    try:
        sale_id, receipt_no, _member = _sale_with_money(shop)
        receipt = render_receipt(sale_receipt(shop.db, shop.store_id, sale_id), "zh_CN")
        _sid, lines = find_sale(shop.db, shop.clerk, receipt_no)
        back = record_return(
            shop.db,
            shop.clerk,
            ReturnForm(receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.SIZE_FIT, "偏小"),
            now=NOW,
        )
        slip = render_return_slip(return_slip(shop.db, shop.store_id, back.return_id), "zh_CN")
    finally:
        install_translators(qapp, "en")  # type: ignore[arg-type]
        QLocale.setDefault(before)
    said = " ".join(text_of(receipt))
    assert "优惠券 满200减30" in said and "储值余额" in said and "本金" in said and "赠送" in said
    slip_said = " ".join(text_of(slip))
    assert "储值余额" in slip_said and "优惠券不退回" in slip_said
    if (papers := Path("/tmp/till-money-papers")).is_dir():
        (papers / "receipt.pdf").write_bytes(receipt)
        (papers / "slip.pdf").write_bytes(slip)
