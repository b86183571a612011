"""The manager names the care calendar's coupons in the care settings, as a person does it."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import CouponKind, CouponPurpose
from memberdesk.services.care import coupons as care_coupons
from memberdesk.services.money import coupons
from memberdesk.store.models import Setting
from memberdesk.ui.app.main_window import MainWindow
from tests.conftest import Shop
from tests.ui.care.test_sms_signature_setting import _section, manager  # noqa: F401
from tests.ui.counter_steps import focused, press
from tests.ui.page_steps import click


def test_the_manager_chooses_the_birthday_coupon_and_its_week(
    manager: MainWindow,  # noqa: F811
    sqlite_shop: Shop,
    qtbot: QtBot,
) -> None:
    form = coupons.TemplateForm(
        name="生日券", kind=CouponKind.AMOUNT_OFF, amount="50", valid_days=30, purpose=CouponPurpose.BIRTHDAY
    )
    tid = coupons.create_template(sqlite_shop.db, sqlite_shop.manager, form)
    section = _section(qtbot, manager)
    assert section.coupons_box.isEnabled() and section.birthday_coupon.currentText() == "不发券"
    section.birthday_coupon.setFocus()
    qtbot.waitUntil(lambda: focused() is section.birthday_coupon)
    press(qtbot, Qt.Key.Key_Down)  # a closed combo box steps to the next choice
    assert section.birthday_coupon.currentText() == "生日券"
    section.birthday_window.setFocus()
    qtbot.waitUntil(lambda: focused() is section.birthday_window)
    press(qtbot, Qt.Key.Key_Down)
    click(qtbot, section.coupons_save)
    assert section.coupons_state.text() == "已保存。"
    with sqlite_shop.db.read() as s:
        stored = json.loads(s.scalar(select(Setting.value).where(Setting.key == care_coupons.KEY)) or "{}")
    assert (stored["birthday_template"], stored["birthday_window"], stored["welcome_template"]) == (
        tid,
        "week",
        0,
    )


def test_the_manager_sets_when_a_member_has_lapsed(
    manager: MainWindow,  # noqa: F811
    sqlite_shop: Shop,
    qtbot: QtBot,
) -> None:
    from memberdesk.services.analytics import churn

    section = _section(qtbot, manager)
    assert section.lapse_box.isEnabled() and section.lapse_days.value() == 180
    section.lapse_days.setFocus()
    qtbot.waitUntil(lambda: focused() is section.lapse_days)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "365")
    click(qtbot, section.lapse_save)
    assert section.lapse_state.text() == "已保存。"
    assert churn.get_lapse_days(sqlite_shop.db, sqlite_shop.store_id) == 365
