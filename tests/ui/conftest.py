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
def ctx(sqlite_shop: Shop) -> Iterator[AppContext]:
    context = AppContext(sqlite_shop.db, sqlite_shop.store_id, "测试门店")
    yield context
    # The scanner filters the whole application's keys; one left behind by a context that
    # outlives its test would still act on the next test's keys with the real clock.
    from memberdesk.ui.counter.scanner import CardScanner

    for scanner in context.findChildren(CardScanner):
        scanner.uninstall()


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
    the next test's window, and every test starts with the screen as a clerk finds it.

    The windows the test made are then deleted, not only hidden: a main window left alive
    keeps its application-wide key filters (the scanner, F12), so every later test's keys
    would pass through all of them and the run would slow down test by test."""
    from memberdesk.ui.widgets.windows import top_level_widgets

    before = {id(w) for w in top_level_widgets()}
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog

    from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

    for widget in top_level_widgets():
        if widget.isVisible():
            if isinstance(widget, GuardedDialog):
                widget.discard()
            elif isinstance(widget, QDialog):
                QDialog.done(widget, QDialog.DialogCode.Rejected)
            else:
                widget.close()
            widget.hide()
    qapp.processEvents()
    for widget in top_level_widgets():
        if id(widget) not in before:
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qapp.processEvents()
