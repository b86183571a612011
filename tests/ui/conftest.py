"""GUI fixtures: the main window on a fresh shop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import Shop


@pytest.fixture
def ctx(sqlite_shop: Shop) -> AppContext:
    return AppContext(sqlite_shop.db, sqlite_shop.store_id, "测试门店")


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The window speaks Chinese for this test (catalogues and the default locale)."""
    from memberdesk.ui.widgets import i18n

    i18n.install_translators(qapp, "zh_CN")
    try:
        yield
    finally:
        i18n.install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    """Whatever a test left on screen (a preview its print button opened, a dialog built
    without a parent) is closed after it: a window left open would keep the keyboard from
    the next test's window, and every test starts with the screen as a clerk finds it."""
    yield
    from PySide6.QtWidgets import QDialog

    from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
    from memberdesk.ui.widgets.windows import top_level_widgets

    for widget in top_level_widgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, GuardedDialog):
            widget.discard()
        elif isinstance(widget, QDialog):
            QDialog.done(widget, QDialog.DialogCode.Rejected)
        else:
            widget.close()
        widget.hide()
    qapp.processEvents()
