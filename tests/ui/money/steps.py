"""Steps at the counter for member money: find the member by phone, open a money dialog by key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.store.database import Database
from memberdesk.store.models import Member
from memberdesk.ui.app.main_window import MainWindow
from tests.ui.counter_steps import focused, press, type_text


def phone_of(db: Database, member_id: int) -> str:
    with db.read() as s:
        phone = s.scalar(select(Member.phone).where(Member.id == member_id))
    assert phone is not None
    return phone


def open_by_phone(qtbot: QtBot, win: MainWindow, db: Database, member_id: int) -> None:
    """Type the member's phone into the counter box and press Enter, as the clerk does."""
    qtbot.waitUntil(lambda: focused() is win.counter.search_box)
    win.counter.search_box.clear()
    type_text(qtbot, phone_of(db, member_id))
    qtbot.waitUntil(lambda: win.counter.model.rowCount() == 1)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.counter.card.member_id == member_id)


def open_by_key(qtbot: QtBot, key: Qt.Key, cls: type[QDialog]) -> QDialog:
    """Shift and an F key, sent to whatever has the keyboard; returns the dialog it opened."""
    press(qtbot, key, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), cls))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, cls)
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog
    )
    return dialog


def back_at_counter(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.counter.search_box)
