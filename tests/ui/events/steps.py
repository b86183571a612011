"""Steps at the Events page: the clerk signed in by number key and PIN, on the page by Alt+7."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.domain.vocab import Role
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.events.events_page import EventsPage
from tests.conftest import TEST_PINS
from tests.ui.counter_steps import focused, press, type_text
from tests.ui.page_steps import go_to

# staff are listed by number: C01 clerk, M01 manager, S01 supervisor
STAFF_KEYS = {Role.CLERK: Qt.Key.Key_1, Role.MANAGER: Qt.Key.Key_2, Role.SUPERVISOR: Qt.Key.Key_3}


def events_page(qtbot: QtBot, window: MainWindow, role: Role = Role.CLERK) -> EventsPage:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, STAFF_KEYS[role])
    qtbot.waitUntil(lambda: focused().inherits("QLineEdit"))
    type_text(qtbot, TEST_PINS[role])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.signed_in)
    qtbot.waitUntil(lambda: focused() is window.counter.search_box)
    page = go_to(qtbot, window, "events")
    assert isinstance(page, EventsPage)
    qtbot.waitUntil(lambda: focused() is page.table)
    return page


def select_all_and_type(qtbot: QtBot, text: str) -> None:
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, text)
