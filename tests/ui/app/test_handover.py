"""F12 hands the counter over: every page starts fresh for the next person (each page's
``reset_for_next_user``), and the navigation offers each role the pages it may use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from memberdesk.store.database import Database
from memberdesk.ui.app.main_window import PAGES, MainWindow
from memberdesk.ui.members.members_page import MembersPage
from memberdesk.ui.settings.settings_page import SettingsPage
from tests.ui.counter_steps import demo_window, focused, press, sign_in, type_text
from tests.ui.page_steps import click, go_to

REPORTS = 4


@pytest.fixture
def win(demo_db: Database, qtbot: QtBot) -> MainWindow:
    return demo_window(demo_db, qtbot)


def test_the_next_person_finds_no_search_no_ticked_box_and_no_report_of_the_last(
    win: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = tmp_path / "members.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(exported), "")))
    sign_in(qtbot, win, "M01", "8888")
    members = go_to(qtbot, win, "members")
    assert isinstance(members, MembersPage)
    qtbot.waitUntil(lambda: focused() is members.search and members.model.total is not None)
    total = members.count.text()  # counted on a worker: once it has arrived
    type_text(qtbot, "138")
    qtbot.waitUntil(lambda: members.model.member_filter.text == "138")
    click(qtbot, members.sensitive)
    assert members.sensitive.isChecked()
    click(qtbot, members.export_button)  # whole phone numbers: the manager's PIN approves the file
    dialog = members.approval_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.pin)
    type_text(qtbot, "8888")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(members.report.text()), timeout=20_000)
    assert exported.exists()
    settings = go_to(qtbot, win, "settings")
    assert isinstance(settings, SettingsPage)
    click(qtbot, settings.staff.old_pin)
    type_text(qtbot, "8888")
    settings.staff.status.setText("Your PIN is changed.")  # as a message left on screen

    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.signin)
    sign_in(qtbot, win, "C01", "1111")
    assert win.pages.currentIndex() == 0  # the next person starts at the counter

    go_to(qtbot, win, "members")
    assert members.search.text() == "" and not members.sensitive.isChecked()
    assert members.report.text() == ""
    assert members.model.member_filter.text == ""
    qtbot.waitUntil(lambda: members.count.text() == total)
    go_to(qtbot, win, "settings")
    assert settings.staff.old_pin.text() == "" and settings.staff.status.text() == ""


def test_every_page_can_be_reset_for_the_next_person(win: MainWindow, qtbot: QtBot) -> None:
    sign_in(qtbot, win, "M01", "8888")
    for page in win.page_widgets:
        assert callable(getattr(page, "reset_for_next_user", None)), type(page).__name__


def test_a_clerk_is_not_offered_the_reports_and_alt_5_says_why(win: MainWindow, qtbot: QtBot) -> None:
    sign_in(qtbot, win, "C01", "1111")
    assert PAGES[REPORTS].cls == "ReportsPage"
    assert win.nav.item(REPORTS).isHidden()
    assert not any(win.nav.item(i).isHidden() for i in range(len(PAGES)) if i != REPORTS)
    press(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    message = win.statusBar().currentMessage()
    assert "Reports" in message and "supervisor" in message
    shown = win.findChild(QLabel, "status_message")  # where the bar shows it, with room to read
    assert shown is not None and shown.isVisible() and shown.text() == message
    assert shown.width() >= shown.fontMetrics().horizontalAdvance(message) // 2
    assert win.pages.currentIndex() == 0 and QApplication.focusWidget() is win.counter.search_box

    press(qtbot, Qt.Key.Key_F12)
    sign_in(qtbot, win, "M01", "8888")
    assert not win.nav.item(REPORTS).isHidden()
    press(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: win.pages.currentIndex() == REPORTS)
