"""Signing in and handing the counter over: F12, the staff member's number, PIN, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import Role
from memberdesk.store.database import Database
from memberdesk.store.models import Staff
from memberdesk.ui.app.main_window import MainWindow
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
    assert window.signin.error_label.text()  # the reason, in the clerk's language
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
    from memberdesk.ui.widgets import i18n

    i18n.install_translators(qapp, "zh_CN")
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        assert "会员服务台" in win.windowTitle()
        assert win.nav.item(0).text() == "服务台"
    finally:
        i18n.install_translators(qapp, "en")


def failures(shop: Shop, staff_id: int) -> int:
    with shop.db.read() as s:
        return int(s.scalar(select(Staff.failed_attempts).where(Staff.id == staff_id)) or 0)


def test_after_a_wrong_pin_the_screen_says_whose_pin_and_esc_goes_back(
    qtbot: QtBot, window: MainWindow, sqlite_shop: Shop
) -> None:
    sign_in_by_keyboard(qtbot, window, SUPERVISOR_KEY, "0000")
    assert "李主管" in window.signin.who.text() and window.signin.pin.hasFocus()
    # the clerk thinks the screen is back at "press your number": Esc first, then her number
    qtbot.keyClick(window.signin.pin, Qt.Key.Key_Escape)
    assert window.signin.choosing and window.signin.staff.hasFocus()
    sign_in_by_keyboard(qtbot, window, CLERK_KEY, TEST_PINS[Role.CLERK])
    assert window.ctx.actor.role is Role.CLERK
    assert failures(sqlite_shop, sqlite_shop.supervisor.staff_id) == 1
    assert failures(sqlite_shop, sqlite_shop.clerk.staff_id) == 0


def test_clicking_a_name_then_typing_the_pin_signs_that_person_in(
    qtbot: QtBot, window: MainWindow, sqlite_shop: Shop
) -> None:
    staff = window.signin.staff
    row = staff.item(2)  # S01, the supervisor
    qtbot.mouseClick(staff.viewport(), Qt.MouseButton.LeftButton, pos=staff.visualItemRect(row).center())
    assert window.signin.pin.hasFocus()
    qtbot.keyClicks(window.signin.pin, TEST_PINS[Role.SUPERVISOR])  # "5555": no staff member 5 picked
    qtbot.keyClick(window.signin.pin, Qt.Key.Key_Return)
    assert window.ctx.signed_in and window.ctx.actor.role is Role.SUPERVISOR


def test_error_messages_wrap_instead_of_being_clipped(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 768)
    sign_in_by_keyboard(qtbot, window, CLERK_KEY, "0000")
    for _ in range(4):
        qtbot.keyClicks(window.signin.pin, "0000")
        qtbot.keyClick(window.signin.pin, Qt.Key.Key_Return)
    label = window.signin.error_label
    assert label.text() and label.wordWrap()
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.width() <= window.width()


def test_all_six_demo_staff_are_shown_without_scrolling(demo_db: Database, qtbot: QtBot) -> None:
    from memberdesk.services.staff.setup import first_store_id
    from memberdesk.ui.widgets.context import AppContext

    store_id = first_store_id(demo_db)
    assert store_id is not None
    win = MainWindow(AppContext(demo_db, store_id, "示范店"))
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    staff = win.signin.staff
    assert staff.count() == 6
    last = staff.visualItemRect(staff.item(5))
    assert staff.viewport().rect().contains(last), (last, staff.viewport().rect())
