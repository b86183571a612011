"""Steps a person takes in the main window, shared by the page tests (keys and clicks only)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from memberdesk.services.common.context import Actor
from memberdesk.services.staff import auth
from memberdesk.ui.app.main_window import MainWindow

PAGE_KEYS = {"counter": 1, "members": 2, "complaints": 3, "care": 4, "reports": 5, "settings": 6, "events": 7}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def sign_in(qtbot: QtBot, window: MainWindow, staff_id: int, pin: str) -> Actor:
    """Sign in as the sign-in screen does once the staff member and PIN are entered."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    actor = auth.sign_in(window.ctx.db, staff_id, pin)
    window.ctx.set_actor(actor)
    window.signin.signed_in.emit(actor)
    qtbot.waitUntil(lambda: window.pages.isVisible() and QApplication.focusWidget() is not None)
    return actor


def go_to(qtbot: QtBot, window: MainWindow, page: str) -> QWidget:
    """Alt+1 … Alt+7, as the clerk switches pages."""
    number = PAGE_KEYS[page]
    qtbot.keyClick(focused(), Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.AltModifier)
    widget = window.page_widgets[number - 1]
    qtbot.waitUntil(widget.isVisible)
    return widget


def type_text(qtbot: QtBot, text: str, widget: QWidget | None = None) -> None:
    """Type into ``widget`` (default: whatever has focus); Chinese as the input method commits it."""
    target = widget or focused()
    if text.isascii():
        qtbot.keyClicks(target, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(target, event)


def click(qtbot: QtBot, widget: QWidget, at: QPoint | None = None) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at or widget.rect().center())
