"""Coupons (优惠券) on the Settings page: the manager defines 满200减30 by keys and it is then a
coupon a member can hold; a refused value is said on its field and the form keeps the text; a
clerk reads the list but cannot define or retire."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from memberdesk.domain.vocab import CouponKind, CouponPurpose, Role
from memberdesk.services.money import coupon_templates, coupons
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.care.settings import CareSettingsSection
from memberdesk.ui.money.coupon_templates import CouponTemplatesSection
from memberdesk.ui.settings.settings_page import SettingsPage
from tests.conftest import TEST_PINS, Shop
from tests.services.sales_helpers import add_member
from tests.ui.page_steps import click, focused, go_to, sign_in, type_text

TODAY = dt.date(2026, 5, 20)


def section(window: MainWindow) -> CouponTemplatesSection:
    page = window.page_widgets[5]
    assert isinstance(page, SettingsPage)
    return next(s for s in page.sections if isinstance(s, CouponTemplatesSection))


def open_as(qtbot: QtBot, window: MainWindow, shop: Shop, role: Role) -> CouponTemplatesSection:
    staff = {Role.MANAGER: shop.manager, Role.SUPERVISOR: shop.supervisor, Role.CLERK: shop.clerk}[role]
    sign_in(qtbot, window, staff.staff_id, TEST_PINS[role])
    go_to(qtbot, window, "settings")
    return section(window)


def tab(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def test_the_manager_defines_200_minus_30_by_keys_and_a_member_holds_one(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    form = open_as(qtbot, window, sqlite_shop, Role.MANAGER)
    assert form.table.rowCount() == 0
    click(qtbot, form.name)
    type_text(qtbot, "满200减30")
    tab(qtbot)
    assert focused() is form.kind and form.kind.currentData() == CouponKind.AMOUNT_OFF
    tab(qtbot)
    assert focused() is form.amount
    type_text(qtbot, "30")
    tab(qtbot)  # the percentage and its cap are off for an amount off: the next stop is the minimum
    assert focused() is form.min_spend
    type_text(qtbot, "200")
    tab(qtbot)
    assert focused() is form.validity and form.validity.currentData() == "days"
    tab(qtbot)
    assert focused() is form.days
    type_text(qtbot, "30")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter adds the coupon
    assert form.error.text() == ""
    [row] = coupon_templates.templates(sqlite_shop.db, sqlite_shop.store_id)
    assert (row.name, row.terms.kind, row.terms.amount_fen, row.terms.min_spend_fen) == (
        "满200减30",
        CouponKind.AMOUNT_OFF,
        30_00,
        200_00,
    )
    assert (row.valid_days, row.valid_to, row.purpose, row.active) == (30, None, CouponPurpose.MANUAL, True)
    assert row.terms.categories == frozenset() and row.tiers == () and not row.terms.stackable
    shown = [form.table.item(0, col).text() for col in range(form.table.columnCount())]
    assert shown[:4] == ["满200减30", "¥30.00", "¥200.00", "30 days from issue"]
    assert shown[-1] == "Active"
    assert form.name.text() == "" and form.amount.text() == ""  # ready for the next one
    # the care coupons on the same page offer it at once, and a retired one no longer
    care = next(s for s in window.page_widgets[5].sections if isinstance(s, CareSettingsSection))
    care.welcome_coupon.setCurrentIndex(0)
    assert care.birthday_coupon.findData(row.id) > 0 and care.welcome_coupon.findData(row.id) > 0
    care.birthday_coupon.setCurrentIndex(care.birthday_coupon.findData(row.id))  # chosen, not saved
    form.name.setFocus()
    type_text(qtbot, "满100减10")
    for value, field in (("10", form.amount), ("100", form.min_spend), ("30", form.days)):
        field.setFocus()
        type_text(qtbot, value)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert care.welcome_coupon.findText("满100减10") > 0
    assert care.birthday_coupon.currentData() == row.id  # the unsaved choice stays
    member = add_member(sqlite_shop.db, sqlite_shop.store_id)
    coupons.issue(sqlite_shop.db, sqlite_shop.supervisor, row.id, [member], today=TODAY)
    [held] = coupons.member_coupons(sqlite_shop.db, member, today=TODAY)
    assert (held.name, held.terms.amount_fen, held.valid_to) == (
        "满200减30",
        30_00,
        TODAY + dt.timedelta(days=29),
    )


def test_a_refused_value_is_said_on_its_field_and_what_was_typed_stays(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    form = open_as(qtbot, window, sqlite_shop, Role.MANAGER)
    click(qtbot, form.name)
    type_text(qtbot, "全场九折")
    tab(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # a percentage off
    assert form.kind.currentData() == CouponKind.PERCENT_OFF
    tab(qtbot)
    assert focused() is form.percent
    type_text(qtbot, "110")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert form.error.text() == "The percentage off is a whole number from 1 to 90."
    assert focused() is form.percent and form.percent.text() == "110" and form.name.text() == "全场九折"
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "10")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # no validity given
    assert form.error.text() == "Say how long the coupon is valid: a last day, or a number of days."
    assert focused() is form.days and form.percent.text() == "10" and form.name.text() == "全场九折"
    assert coupon_templates.templates(sqlite_shop.db, sqlite_shop.store_id) == []
    type_text(qtbot, "7")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert form.error.text() == ""
    [row] = coupon_templates.templates(sqlite_shop.db, sqlite_shop.store_id)
    assert (row.terms.percent_off, row.terms.cap_fen, row.valid_days) == (10, 0, 7)


def test_the_manager_retires_a_coupon_from_the_list_after_saying_yes(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [False, True]  # first "No": nothing happens; then "Yes"
    asked: list[str] = []
    monkeypatch.setattr(
        CouponTemplatesSection,
        "confirm_retire",
        classmethod(lambda cls, parent, name: asked.append(name) or answers.pop(0)),
    )
    tid = coupons.create_template(
        sqlite_shop.db,
        sqlite_shop.manager,
        coupons.TemplateForm(name="满200减30", kind=CouponKind.AMOUNT_OFF, amount="30", valid_days=30),
    )
    form = open_as(qtbot, window, sqlite_shop, Role.MANAGER)
    assert not form.retire_button.isEnabled()  # nothing chosen yet
    click(qtbot, form.table.viewport(), form.table.visualItemRect(form.table.item(0, 0)).center())
    click(qtbot, form.retire_button)
    assert asked == ["满200减30"]
    assert [r.active for r in coupon_templates.templates(sqlite_shop.db, sqlite_shop.store_id)] == [True]
    click(qtbot, form.retire_button)
    assert [(r.id, r.active) for r in coupon_templates.templates(sqlite_shop.db, sqlite_shop.store_id)] == [
        (tid, False)
    ]
    assert form.table.item(0, 8).text() == "Retired" and not form.retire_button.isEnabled()


def test_a_clerk_reads_the_coupons_but_cannot_define_or_retire_them(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    coupons.create_template(
        sqlite_shop.db,
        sqlite_shop.manager,
        coupons.TemplateForm(name="满200减30", kind=CouponKind.AMOUNT_OFF, amount="30", valid_days=30),
    )
    form = open_as(qtbot, window, sqlite_shop, Role.CLERK)
    assert form.table.rowCount() == 1 and form.table.item(0, 0).text() == "满200减30"
    assert not form.box.isEnabled() and not form.save.isVisible() and not form.retire_button.isVisible()
    assert "manager" in form.note.text().lower()
    form.apply()  # even if reached, nothing is saved
    assert len(coupon_templates.templates(sqlite_shop.db, sqlite_shop.store_id)) == 1


def test_in_chinese_the_form_and_its_refusal_speak_the_shops_words(
    chinese: None, window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    coupons.create_template(
        sqlite_shop.db,
        sqlite_shop.manager,
        coupons.TemplateForm(
            name="满200减30", kind=CouponKind.AMOUNT_OFF, amount="30", min_spend="200", valid_days=30
        ),
    )
    form = open_as(qtbot, window, sqlite_shop, Role.MANAGER)
    assert form.table.horizontalHeaderItem(2).text() == "使用门槛"
    assert [form.table.item(0, c).text() for c in (3, 8)] == ["发放后 30 天内有效", "启用中"]
    click(qtbot, form.name)
    type_text(qtbot, "全场九折")
    form.kind.setCurrentIndex(1)
    click(qtbot, form.percent)
    type_text(qtbot, "110")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert form.error.text().startswith("折扣比例须为 1 至 90")
    assert form.percent.text() == "110"
