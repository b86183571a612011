"""Signing in and handing the counter over: F12, the staff member's number, PIN, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import Role
from memberdesk.store.models import Staff
from memberdesk.ui.main_window import MainWindow
from tests.conftest import TEST_PINS, Shop

# list_staff orders by staff number: C01 clerk, M01 manager, S01 supervisor
CLERK_KEY, SUPERVISOR_KEY = Qt.Key.Key_1, Qt.Key.Key_3


def sign_in_by_keyboard(qtbot: QtBot, window: MainWindow, number_key: Qt.Key, pin: str) -> None:
    qtbot.keyClick(window.signin.staff, number_key)
    assert window.signin.pin.hasFocus()
    qtbot.keyClicks(window.signin.pin, pin)
    qtbot.keyClick(window.signin.pin, Qt.Key.Key_Return)


def test_starts_locked_and_signs_in_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.signin
    assert not window.ctx.signed_in
    sign_in_by_keyboard(qtbot, window, CLERK_KEY, TEST_PINS[Role.CLERK])
    assert window.ctx.actor.role is Role.CLERK
    assert window.stack.currentIndex() == 1
    assert "张店员" in window.staff_label.text()


def test_f12_hands_the_counter_to_a_supervisor(qtbot: QtBot, window: MainWindow) -> None:
    sign_in_by_keyboard(qtbot, window, CLERK_KEY, TEST_PINS[Role.CLERK])
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert window.stack.currentWidget() is window.signin and not window.ctx.signed_in
    assert window.signin.staff.hasFocus()
    sign_in_by_keyboard(qtbot, window, SUPERVISOR_KEY, TEST_PINS[Role.SUPERVISOR])
    assert window.ctx.actor.role is Role.SUPERVISOR
    assert "李主管" in window.staff_label.text()


def test_wrong_pin_is_explained_and_counted(qtbot: QtBot, window: MainWindow, sqlite_shop: Shop) -> None:
    sign_in_by_keyboard(qtbot, window, CLERK_KEY, "0000")
    assert not window.ctx.signed_in
    assert window.signin.error.text()  # the reason, in the clerk's language
    assert window.signin.pin.text() == "" and window.signin.pin.hasFocus()
    with sqlite_shop.db.read() as s:
        assert s.scalar(select(Staff.failed_attempts).where(Staff.id == sqlite_shop.clerk.staff_id)) == 1


def test_pages_are_switched_with_alt_and_a_number(qtbot: QtBot, window: MainWindow) -> None:
    sign_in_by_keyboard(qtbot, window, CLERK_KEY, TEST_PINS[Role.CLERK])
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentIndex() == 5


def test_status_bar_names_store_and_database(window: MainWindow, sqlite_shop: Shop) -> None:
    assert "测试门店" in window.store_label.text()
    assert str(sqlite_shop.db.path) in window.db_label.text()
    assert window.health_label.text()


def test_chinese_catalogue_translates_the_window(qapp, ctx, qtbot: QtBot) -> None:
    from memberdesk.ui import i18n

    i18n.install_translators(qapp, "zh_CN")
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        assert "会员服务台" in win.windowTitle()
        assert win.nav.item(0).text() == "服务台"
    finally:
        i18n.install_translators(qapp, "en")
