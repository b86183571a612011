"""Steps a clerk takes at the real main window, by keys sent to whatever has focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from memberdesk.services.staff.setup import first_store_id
from memberdesk.store.database import Database
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.windows import top_level_widgets

# the demo store lists its staff by number: C01, C02, C03, M01, S01, S02
DEMO_KEYS = {"C01": Qt.Key.Key_1, "C02": Qt.Key.Key_2, "C03": Qt.Key.Key_3, "M01": Qt.Key.Key_4}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    """Digits and Latin by key; Chinese as the input method commits it."""
    if text.isascii():
        qtbot.keyClicks(focused(), text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(focused(), event)


def demo_window(db: Database, qtbot: QtBot, size: tuple[int, int] = (1024, 768)) -> MainWindow:
    store_id = first_store_id(db)
    assert store_id is not None
    win = MainWindow(AppContext(db, store_id, "示范店"))
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return win


def sign_in(qtbot: QtBot, win: MainWindow, code: str, pin: str) -> None:
    qtbot.waitUntil(lambda: win.signin.staff.hasFocus())
    press(qtbot, DEMO_KEYS[code])
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    type_text(qtbot, pin)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.ctx.signed_in)
    qtbot.waitUntil(lambda: focused() is win.counter.search_box)


def busiest_member(db: Database) -> int:
    """A member with the most children on file: the card at its fullest."""
    from sqlalchemy import func, select

    from memberdesk.store.models import Child, Member

    with db.read() as s:
        found = s.scalar(
            select(Member.id)
            .join(Child, Child.member_id == Member.id)
            .group_by(Member.id)
            .order_by(func.count().desc(), Member.id)
            .limit(1)
        )
    assert found is not None
    return int(found)


def visible_dialogs() -> list[QWidget]:
    from PySide6.QtWidgets import QDialog

    return [w for w in top_level_widgets() if isinstance(w, QDialog) and w.isVisible()]
