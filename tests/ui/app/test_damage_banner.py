"""A damaged page in the middle of the file: the window opens (the counter may have a customer
waiting), checks every page on a worker, and says above everything what to do."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from memberdesk import config
from memberdesk.startup import open_database
from memberdesk.store import backup, health
from memberdesk.store.database import Database
from memberdesk.ui.app.main_window import MainWindow
from tests.conftest import make_shop
from tests.ui.counter_steps import demo_window


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> None:
    """The window speaks English here, whatever an earlier test left installed."""
    from memberdesk.ui.widgets.i18n import install_translators

    install_translators(qapp, "en")


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> Path:
    from memberdesk.store.database import connect

    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = connect(path)
    make_shop(db)
    db.dispose()
    return path


@pytest.fixture
def window_on(qtbot: QtBot) -> Iterator[Callable[[Path], MainWindow]]:
    """The main window on a file, opened as the app's start opens it."""
    opened: list[Database] = []

    def open_window(path: Path) -> MainWindow:
        opened.append(open_database(str(path), daily_backup=False).db)
        return demo_window(opened[-1], qtbot)

    yield open_window
    for db in opened:
        db.dispose()


@pytest.fixture
def checks_on(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads the quick check ran on."""
    threads: list[threading.Thread] = []
    real = health.quick_check

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(health, "quick_check", recorded)
    return threads


def _banner(window: MainWindow) -> QLabel | None:
    return window.findChild(QLabel, "damage_banner")


def test_a_damaged_file_gets_a_banner_saying_what_to_do(
    qtbot: QtBot,
    shop_file: Path,
    window_on: Callable[[Path], MainWindow],
    checks_on: list[threading.Thread],
) -> None:
    from tests.store.test_bad_files import damage_a_middle_page

    taken = backup.take_backup(shop_file, config.load().backup_path())  # yesterday's good copy
    damage_a_middle_page(shop_file)
    window = window_on(shop_file)
    qtbot.waitUntil(lambda: _banner(window) is not None, timeout=60_000)
    banner = _banner(window)
    assert banner is not None and banner.isVisible()
    assert taken.name in banner.text() and "memberdesk restore" in banner.text()
    assert "call for help" in banner.text()
    assert banner.geometry().bottom() < window.height() // 3  # at the top, over the sign-in
    assert "damaged" in window.health_label.text()
    assert checks_on and threading.main_thread() not in checks_on  # never on the GUI thread
    assert backup.list_backups(config.load().backup_path())[0].path == taken  # kept as it was


def test_without_a_backup_the_banner_says_to_call_for_help(
    qtbot: QtBot, shop_file: Path, window_on: Callable[[Path], MainWindow]
) -> None:
    from tests.store.test_bad_files import damage_a_middle_page

    damage_a_middle_page(shop_file)
    window = window_on(shop_file)
    qtbot.waitUntil(lambda: _banner(window) is not None, timeout=60_000)
    text = _banner(window).text()  # type: ignore[union-attr]
    assert "no backup" in text and "call for help" in text


def test_an_intact_file_gets_no_banner(
    shop_file: Path, window_on: Callable[[Path], MainWindow], checks_on: list[threading.Thread]
) -> None:
    window = window_on(shop_file)
    QThreadPool.globalInstance().waitForDone(60_000)  # the check has ended
    QApplication.processEvents()  # and what it found is delivered
    assert checks_on and _banner(window) is None
    assert "OK" in window.health_label.text()
