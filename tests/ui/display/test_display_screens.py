"""The customer's screen unplugged and plugged in again, and the choice made in Settings: the
display leaves and comes back, the status bar says so, and the clerk keeps the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from memberdesk.store.database import Database
from memberdesk.ui.display import choice as choices
from memberdesk.ui.display.choice import DisplayChoice
from memberdesk.ui.display.settings import DisplaySection
from memberdesk.ui.sales.sale_dialog import SaleDialog
from tests.conftest import DEMO_PINS
from tests.ui.counter_steps import demo_window, focused, sign_in, type_text
from tests.ui.page_steps import go_to


def status(win: object) -> str:
    label = win.findChild(QLabel, "status_message")  # type: ignore[attr-defined]
    assert label is not None
    return str(label.text())


def test_unplugging_the_customer_screen_takes_the_display_off_and_says_so(
    qtbot: QtBot, demo_db: Database, display_on: DisplayChoice
) -> None:
    win = demo_window(demo_db, qtbot)
    sign_in(qtbot, win, "C01", DEMO_PINS["C01"])
    SaleDialog.open_for(win.ctx, None, win)
    qtbot.waitUntil(lambda: isinstance(focused().window(), SaleDialog))
    till = focused().window()
    assert isinstance(till, SaleDialog)
    display = win.customer_display.window
    assert display is not None and display.isVisible()
    screen = display.screen()
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)

    app.screenRemoved.emit(screen)  # what Qt says when the monitor's cable comes out
    assert not display.isVisible()
    assert "unplugged" in status(win)
    assert focused() is till.code  # the sale goes on at the counter
    type_text(qtbot, "NOPE404")
    assert till.code.text() == "NOPE404"

    app.screenAdded.emit(screen)  # plugged in again
    assert display.isVisible() and display.pages.currentIndex() == 1  # the open sale, not the picture
    assert "back" in status(win)
    assert QApplication.activeWindow() is not display
    assert focused() is till.code


def test_another_screen_going_leaves_the_display_alone(
    qtbot: QtBot, demo_db: Database, display_on: DisplayChoice
) -> None:
    win = demo_window(demo_db, qtbot)
    display = win.customer_display.window
    assert display is not None
    choices.save(DisplayChoice(enabled=True, screen="HDMI-9"))
    win.ctx.data_changed.emit("display")  # as Settings announce a new choice
    assert not display.isVisible()  # its screen is not connected
    assert "HDMI-9" in status(win) and "not connected" in status(win)
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    app.screenRemoved.emit(QGuiApplication.primaryScreen())
    assert "unplugged" not in status(win)


def a_picture(folder: Path) -> Path:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkRed)
    path = folder / "shop.png"
    assert image.save(str(path))
    return path


def section(qtbot: QtBot, win: object) -> DisplaySection:
    page = go_to(qtbot, win, "settings")  # type: ignore[arg-type]
    found = page.findChild(DisplaySection)
    assert isinstance(found, DisplaySection)
    return found


def test_settings_turn_the_display_on_with_a_picture_that_is_one(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    win = demo_window(demo_db, qtbot)
    assert win.customer_display.window is None  # off until Settings turn it on
    sign_in(qtbot, win, "M01", DEMO_PINS["M01"])
    box = section(qtbot, win)
    assert box.screen_box.count() == len(QGuiApplication.screens())
    box.enabled.setChecked(True)
    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("a text, not a picture", encoding="utf-8")
    box.image.setFocus()
    type_text(qtbot, str(not_a_picture))
    box.save_button.click()
    assert "not a picture" in box.status.text()
    assert focused() is box.image
    assert choices.load() == DisplayChoice()  # nothing saved
    assert win.customer_display.window is None

    picture = a_picture(tmp_path)
    box.image.setText(str(picture))
    box.save_button.click()
    assert box.status.text() == "Customer display saved."
    assert choices.load() == DisplayChoice(True, box.screen_box.currentData(), str(picture))
    display = win.customer_display.window
    assert display is not None and display.isVisible()
    shown = display.image.pixmap().toImage()
    assert shown.pixelColor(shown.rect().center()) == QColor(Qt.GlobalColor.darkRed)
    assert QApplication.activeWindow() is not display

    box.enabled.setChecked(False)
    box.save_button.click()
    assert not display.isVisible()


def test_on_the_counters_own_screen_the_display_never_covers_the_counter(
    qtbot: QtBot, demo_db: Database, display_on: DisplayChoice
) -> None:
    win = demo_window(demo_db, qtbot)
    display = win.customer_display.window
    assert display is not None and display.isVisible()
    assert display.screen() is QGuiApplication.primaryScreen()
    assert not display.isFullScreen()
    room = display.screen().availableGeometry()
    assert display.width() <= room.width() // 2 and display.height() <= room.height() // 2
    assert not display.windowFlags() & Qt.WindowType.FramelessWindowHint  # it can be moved aside
    assert display.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus


def test_locking_the_counter_leaves_the_picture_and_quitting_takes_the_display_away(
    qtbot: QtBot, demo_db: Database, display_on: DisplayChoice
) -> None:
    win = demo_window(demo_db, qtbot)
    sign_in(qtbot, win, "C01", DEMO_PINS["C01"])
    SaleDialog.open_for(win.ctx, None, win)
    qtbot.waitUntil(lambda: isinstance(focused().window(), SaleDialog))
    display = win.customer_display.window
    assert display is not None and display.pages.currentIndex() == 1
    qtbot.keyClick(focused(), Qt.Key.Key_F12)  # the clerk steps away: the counter locks
    qtbot.waitUntil(lambda: not win.ctx.signed_in)
    assert display.isVisible() and display.pages.currentIndex() == 0  # the store's picture, no sale
    win.close()
    assert not display.isVisible()
    assert win.customer_display.window is None
