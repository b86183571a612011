"""Printing a receipt again from the sale history (Ctrl+P): a copy on this counter's thermal
printer when there is one (marked, no drawer), else the receipt's PDF through the print path."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from memberdesk.services.devices import setup
from memberdesk.store.database import Database
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales import sale_history
from tests.services.devices.escpos_reader import read
from tests.services.devices.virtual_printer import virtual_printer
from tests.ui.counter_steps import press
from tests.ui.sales.test_sale_history import member_with_sales, open_member, press_history, window_fixture  # noqa: F401

Mod = Qt.KeyboardModifier


def test_ctrl_p_prints_a_copy_on_the_thermal_printer_without_the_drawer(
    window: MainWindow,
    demo_db: Database,
    qtbot: QtBot,
) -> None:
    _member, phone, receipts = member_with_sales(demo_db)
    with virtual_printer() as printer:
        setup.save(setup.checked(printer.address, setup.GB18030, drawer=True))
        open_member(qtbot, window, phone)
        dialog = press_history(qtbot)
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_P, Mod.ControlModifier)
        got = read(printer.wait())
    assert receipts[1] in got.text and "Copy (reprinted)" in got.text
    assert got.kicks == [] and got.qr == [receipts[1]]
    assert dialog.isVisible() and dialog.table.hasFocus()  # the list stays for the next one


def test_without_a_thermal_printer_ctrl_p_prints_the_receipts_pdf(
    window: MainWindow,
    demo_db: Database,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _member, phone, receipts = member_with_sales(demo_db)
    printed: list[tuple[QWidget, bytes]] = []

    # the system's print dialog stands in here: what it is given is what the printer gets
    def print_receipt(parent: QWidget, pdf: bytes) -> bool:
        printed.append((parent, pdf))
        return True

    monkeypatch.setattr(sale_history, "print_receipt", print_receipt)
    with virtual_printer() as printer:
        setup.save(setup.DeviceSettings())  # "none"
        open_member(qtbot, window, phone)
        dialog = press_history(qtbot)
        press(qtbot, Qt.Key.Key_P, Mod.ControlModifier)
    assert printer.received == []
    assert [parent for parent, _pdf in printed] == [dialog]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(printed[0][1])).pages)
    assert receipts[0] in text
