"""GUI fixtures: the main window on a fresh shop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.ui.context import AppContext
from memberdesk.ui.main_window import MainWindow
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
    from memberdesk.ui import i18n

    i18n.install_translators(qapp, "zh_CN")
    try:
        yield
    finally:
        i18n.install_translators(qapp, "en")
