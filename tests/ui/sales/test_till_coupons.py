"""Coupons at the till, by keys in the real main window on the demo store: the member's own
coupon chosen from the list, a coupon's code scanned in the code box, the saving a row of the
cart, a coupon that does not apply refused with the reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import CouponKind
from memberdesk.services.money import coupons
from memberdesk.store.models import Coupon, CouponEvent, Sale
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales.cart_model import ITEM, TOTAL
from memberdesk.ui.sales.sale_dialog import SaleDialog
from tests.conftest import demo_actor
from tests.ui.sales.test_till import (
    Mod,
    focus,
    member_with_points,
    open_sale_for_member,
    press,
    two_products,
    type_text,
)


def _give(window: MainWindow, form: coupons.TemplateForm, member: bool = True) -> str:
    """A coupon issued today (valid 30 days), to the member the till opens for or to nobody."""
    db = window.ctx.db
    tid = coupons.create_template(db, demo_actor(db, "M01"), form)
    mid = member_with_points(db)[0] if member else None
    with db.write() as s:
        return coupons.issue_in(s, None, window.ctx.store_id, tid, [mid], today=dt.date.today())[0]


def _cell(dialog: SaleDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def test_the_members_coupon_is_chosen_from_the_list_and_used_by_the_sale(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    code = _give(
        demo_window,
        coupons.TemplateForm(name="店庆券", kind=CouponKind.AMOUNT_OFF, amount="5", valid_days=30),
    )
    dialog, mid, _points = open_sale_for_member(qtbot, demo_window)
    product = two_products(demo_window.ctx.db)[0]
    type_text(qtbot, product.sku)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_O, Mod.AltModifier)  # C&oupon: the member's coupons are offered
    assert focus() is dialog.totals.coupon
    at = dialog.totals.coupon.findData(code)
    assert at > 0 and "店庆券" in dialog.totals.coupon.itemText(at)
    for _ in range(at):
        press(qtbot, Qt.Key.Key_Down)
    assert dialog.problem.text() == ""
    assert dialog.model.rowCount() == 2 and _cell(dialog, 1, ITEM) == "店庆券"  # the saving, a row
    assert _cell(dialog, 1, TOTAL) == format_fen(-5_00)
    assert dialog.due_label.text() == format_fen(product.price_fen - 5_00)
    if (shots := Path("/tmp/till-money-papers")).is_dir():
        dialog.grab().save(str(shots / "till-coupon.png"))
    with qtbot.waitSignal(demo_window.ctx.data_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    with demo_window.ctx.db.read() as s:
        sale = s.scalars(select(Sale).order_by(Sale.id.desc()).limit(1)).one()
        assert (sale.member_id, sale.total_fen) == (mid, product.price_fen - 5_00)
        assert s.scalars(select(Coupon).where(Coupon.code == code)).one().used
        assert s.scalars(select(CouponEvent).where(CouponEvent.sale_id == sale.id)).one().discount_fen == 5_00


def test_a_scanned_code_that_does_not_apply_is_refused_and_one_that_does_is_taken_off(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    too_big = _give(
        demo_window,
        coupons.TemplateForm(
            name="满万减千", kind=CouponKind.AMOUNT_OFF, amount="1000", min_spend="10000", valid_days=30
        ),
        member=False,
    )
    bearer = _give(
        demo_window,
        coupons.TemplateForm(name="九折券", kind=CouponKind.PERCENT_OFF, percent_off=10, valid_days=30),
        member=False,
    )
    dialog, _mid, _points = open_sale_for_member(qtbot, demo_window)
    product = two_products(demo_window.ctx.db)[0]
    type_text(qtbot, product.sku)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, too_big.lower())  # scanned or typed in the code box
    press(qtbot, Qt.Key.Key_Return)
    assert "minimum spend" in dialog.problem.text()
    assert dialog.model.rowCount() == 1 and dialog.due_label.text() == format_fen(product.price_fen)
    assert focus() is dialog.code
    type_text(qtbot, bearer)  # the refused code is selected: the next scan replaces it
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.problem.text() == "" and dialog.code.text() == ""
    saving = product.price_fen // 10
    assert _cell(dialog, 1, ITEM) == "九折券" and _cell(dialog, 1, TOTAL) == format_fen(-saving)
    assert dialog.due_label.text() == format_fen(product.price_fen - saving)
    press(qtbot, Qt.Key.Key_Down)  # into the cart; the coupon's row, Delete takes it off
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.table.currentIndex().row() == 1
    press(qtbot, Qt.Key.Key_Delete)
    assert dialog.model.rowCount() == 1 and dialog.due_label.text() == format_fen(product.price_fen)
    dialog.discard()


def test_the_member_price_is_a_row_of_the_cart_and_the_birthday_week_is_said(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from memberdesk.domain.points import TIER_ORDER
    from memberdesk.services.sales import member_rules
    from memberdesk.store.models import Member

    db = demo_window.ctx.db
    mid = member_with_points(db)[0]
    with db.write() as s:
        member = s.get(Member, mid)
        assert member is not None
        member.birthday, member.birthday_lunar = dt.date.today().replace(year=1990), False
    member_rules.save(
        db,
        demo_actor(db, "M01"),
        member_rules.MemberRules(member_pct={t: 10 for t in TIER_ORDER}, birthday_multiplier=2),
    )
    dialog, _mid, _points = open_sale_for_member(qtbot, demo_window)
    product = two_products(db)[0]
    type_text(qtbot, product.sku)
    press(qtbot, Qt.Key.Key_Return)
    off = product.price_fen * 10 // 100
    assert _cell(dialog, 1, ITEM) == "Member price 10% off" and _cell(dialog, 1, TOTAL) == format_fen(-off)
    assert dialog.due_label.text() == format_fen(product.price_fen - off)
    assert "birthday week: points ×2" in dialog.customer.text()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Delete)  # the member price is the store's rule: it stays
    assert dialog.model.rowCount() == 2 and dialog.due_label.text() == format_fen(product.price_fen - off)
    dialog.discard()
