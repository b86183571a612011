"""The customer display's GUI tests: the real main window on the demo store, with the display
turned on for the screen the tests have (the offscreen platform's one screen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.store.database import Database
from memberdesk.store.models import Store
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.display import choice as choices
from memberdesk.ui.display.choice import DisplayChoice
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


def the_screen() -> str:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    return screen.name()


@pytest.fixture
def display_on(qapp: object) -> DisplayChoice:
    """Settings of this counter: the customer display on, on the screen there is."""
    chosen = DisplayChoice(enabled=True, screen=the_screen())
    choices.save(chosen)
    return chosen


@pytest.fixture
def demo_window(demo_db: Database, qtbot: QtBot) -> Iterator[MainWindow]:
    with demo_db.read() as s:
        store = s.scalars(select(Store)).one()
        ctx = AppContext(demo_db, store.id, store.name)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    for dialog in win.findChildren(GuardedDialog):
        dialog.discard()
