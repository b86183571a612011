"""A coupon the manager defines on the Settings page is, once given to a member, offered at
the till for that member and takes its amount off (the demo store, by keys)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.money import format_fen
from memberdesk.services.money import coupon_templates, coupons
from memberdesk.store.models import Product
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.money.coupon_templates import CouponTemplatesSection
from memberdesk.ui.sales.sale_dialog import SaleDialog
from tests.conftest import demo_actor
from tests.ui.page_steps import click, go_to
from tests.ui.page_steps import type_text as type_any
from tests.ui.sales.test_till import Mod, focus, member_with_points, press, sign_in, type_text


def test_a_coupon_defined_in_settings_is_offered_at_the_till(qtbot: QtBot, demo_window: MainWindow) -> None:
    db = demo_window.ctx.db
    sign_in(qtbot, demo_window, "M01")
    page = go_to(qtbot, demo_window, "settings")
    form = next(s for s in page.findChildren(CouponTemplatesSection))
    click(qtbot, form.name)
    type_any(qtbot, "满200减30")
    for text in ("", "30", "200", "", "30"):  # kind, amount, minimum spend, validity, days
        press(qtbot, Qt.Key.Key_Tab)
        if text:
            type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)
    assert form.error.text() == ""
    tid = next(
        r.id for r in coupon_templates.templates(db, demo_window.ctx.store_id) if r.name == "满200减30"
    )
    mid, phone, points = member_with_points(db)
    today = dt.date.today()  # the till offers the coupons usable on the day it runs
    [code] = coupons.issue(db, demo_actor(db, "M01"), tid, [mid], today=today)

    go_to(qtbot, demo_window, "counter")
    box = demo_window.findChild(QLineEdit, "counterSearch")
    assert box is not None
    click(qtbot, box)
    type_text(qtbot, phone)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: f"{points:,}" in "".join(w.text() for w in demo_window.findChildren(QLabel)))
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: isinstance(focus().window(), SaleDialog))
    dialog = focus().window()
    assert isinstance(dialog, SaleDialog) and dialog.member_id == mid
    with db.read() as s:  # goods that reach the minimum spend on their own
        product = s.scalars(
            select(Product).where(Product.active, Product.price_fen >= 200_00).order_by(Product.id).limit(1)
        ).one()
        s.expunge(product)
    type_text(qtbot, product.sku)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_O, Mod.AltModifier)  # C&oupon: the member's coupons are offered
    at = dialog.totals.coupon.findData(code)
    assert at > 0 and "满200减30" in dialog.totals.coupon.itemText(at)
    for _ in range(at):
        press(qtbot, Qt.Key.Key_Down)
    assert dialog.problem.text() == ""
    assert dialog.due_label.text() == format_fen(product.price_fen - 30_00)
