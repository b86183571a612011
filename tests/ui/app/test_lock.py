"""F12 hands the counter over: the previous clerk's windows close and their customer is gone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.store.database import Database
from memberdesk.store.models import Member
from memberdesk.ui.app.main_window import MainWindow
from tests.ui.counter_steps import (
    busiest_member,
    demo_window,
    focused,
    press,
    sign_in,
    type_text,
    visible_dialogs,
)


def recognise(qtbot: QtBot, win: MainWindow, member_id: int) -> None:
    with win.ctx.db.read() as s:
        member = s.get(Member, member_id)
        assert member is not None
        card_no = member.card_no
    type_text(qtbot, card_no)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.counter.card.member_id == member_id)


@pytest.fixture
def win(demo_db: Database, qtbot: QtBot) -> MainWindow:
    window = demo_window(demo_db, qtbot)
    sign_in(qtbot, window, "C01", "1111")
    return window


def assert_nothing_of_the_customer_shows(win: MainWindow) -> None:
    counter = win.counter
    assert counter.search_box.text() == ""
    assert counter.model.rowCount() == 0
    assert counter.card_stack.currentWidget() is counter.empty
    assert counter.side_panel is None


@pytest.mark.parametrize("key", [Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7, Qt.Key.Key_F10])
def test_lock_closes_the_open_dialog_and_forgets_the_customer(
    win: MainWindow, qtbot: QtBot, demo_db: Database, key: Qt.Key
) -> None:
    recognise(qtbot, win, busiest_member(demo_db))
    press(qtbot, key)
    qtbot.waitUntil(lambda: bool(visible_dialogs()))
    qtbot.waitUntil(lambda: win.isAncestorOf(focused()) is False)
    type_text(qtbot, "1")  # something typed in the dialog: locking asks, and the answer is "discard"
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: not visible_dialogs())
    assert not win.ctx.signed_in and win.stack.currentWidget() is win.signin
    assert_nothing_of_the_customer_shows(win)
    sign_in(qtbot, win, "C02", "2222")
    assert win.ctx.actor.code == "C02"
    assert_nothing_of_the_customer_shows(win)
    assert not visible_dialogs()


def test_lock_leaves_a_running_workflow_as_left(win: MainWindow, qtbot: QtBot, demo_db: Database) -> None:
    from memberdesk.domain.vocab import WorkflowOutcome
    from memberdesk.services.service.workflow_runs import get_run

    recognise(qtbot, win, busiest_member(demo_db))
    press(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: win.counter.side_panel is not None)
    panel = win.counter.side_panel
    run_id = panel.run_id  # type: ignore[attr-defined]
    actor = win.ctx.actor
    press(qtbot, Qt.Key.Key_F12)
    assert get_run(demo_db, actor, run_id).outcome is WorkflowOutcome.LEFT
    sign_in(qtbot, win, "C02", "2222")
    assert_nothing_of_the_customer_shows(win)
    assert QApplication.focusWidget() is win.counter.search_box
