"""The till's GUI tests share the real main window on the demo store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.store.database import Database
from memberdesk.store.models import Store
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


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
