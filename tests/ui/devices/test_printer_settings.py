"""Settings → the receipt printer, by keys and clicks: choose a network printer, print a test
page to it, save it; an address that is none is refused and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from memberdesk.domain.vocab import Role
from memberdesk.services.devices import printer as printer_svc
from memberdesk.services.devices import setup
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.settings.printer import PrinterSection
from memberdesk.ui.settings.settings_page import SettingsPage
from tests.conftest import TEST_PINS, Shop
from tests.services.devices.escpos_reader import read
from tests.services.devices.virtual_printer import virtual_printer
from tests.ui.page_steps import click, focused, go_to, sign_in, type_text


def printer_section(qtbot: QtBot, window: MainWindow, shop: Shop) -> PrinterSection:
    sign_in(qtbot, window, shop.clerk.staff_id, TEST_PINS[Role.CLERK])
    page = go_to(qtbot, window, "settings")
    assert isinstance(page, SettingsPage)
    section = next(s for s in page.sections if isinstance(s, PrinterSection))
    assert section.kind.currentData() == printer_svc.NONE and not section.address.isEnabled()
    return section


def retype(qtbot: QtBot, section: PrinterSection, text: str) -> None:
    click(qtbot, section.address)
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, text)


def test_a_network_printer_is_chosen_tested_and_saved(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    section = printer_section(qtbot, window, sqlite_shop)
    qtbot.keyClick(section.kind, Qt.Key.Key_Down)  # None → Network
    assert section.kind.currentData() == printer_svc.NETWORK
    assert section.address.isEnabled() and section.address.text() == "tcp://"

    with virtual_printer() as printer:
        retype(qtbot, section, printer.address)
        click(qtbot, section.test_button)
        qtbot.waitUntil(lambda: "went to the printer" in section.status.text(), timeout=10_000)
        page = read(printer.wait())
    assert "测试门店" in page.text and printer.address in page.text and page.cut_at >= 0
    assert setup.load() == setup.DeviceSettings()  # tested, not yet saved

    click(qtbot, section.save_button)
    assert setup.load().printer == printer.address
    assert "saved" in section.status.text().lower()


def test_an_address_that_is_none_is_refused_and_not_saved(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    section = printer_section(qtbot, window, sqlite_shop)
    qtbot.keyClick(section.kind, Qt.Key.Key_Down)
    retype(qtbot, section, "tcp://printer at the till")
    click(qtbot, section.save_button)
    assert "not a printer address" in section.status.text()
    assert focused() is section.address
    assert setup.load() == setup.DeviceSettings()


def test_a_printer_that_does_not_answer_the_test_page_says_so(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    section = printer_section(qtbot, window, sqlite_shop)
    qtbot.keyClick(section.kind, Qt.Key.Key_Down)
    with virtual_printer() as printer:
        address = printer.address  # closed when the block ends: nothing listens there any more
    retype(qtbot, section, address)
    click(qtbot, section.test_button)
    qtbot.waitUntil(lambda: "Nothing answers" in section.status.text(), timeout=10_000)
    assert section.test_button.isEnabled()
