"""The till with a thermal printer, as the clerk meets it: a cash sale rung up by keys prints
its receipt on the (virtual) network printer with the cut and the drawer's kick; a printer that
hangs mid-receipt leaves the sale recorded, the counter free and a message that says so."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.services.devices import setup
from memberdesk.store.models import Sale
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales.sale_dialog import SaleDialog
from tests.services.devices.escpos_reader import read
from tests.services.devices.virtual_printer import virtual_printer
from tests.ui.sales.test_till import focus, open_sale_for_member, press, two_products, type_text

Mod = Qt.KeyboardModifier


def ring_up_for_cash(qtbot: QtBot, window: MainWindow) -> SaleDialog:
    """One product paid in cash, the tendered amount typed, Ctrl+Enter."""
    dialog, _mid, _points = open_sale_for_member(qtbot, window)
    first, _ = two_products(window.ctx.db)
    type_text(qtbot, first.sku)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_T, Mod.AltModifier)
    type_text(qtbot, str(math.ceil((first.price_fen + 1) / 10000) * 100))
    with qtbot.waitSignal(window.ctx.data_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    return dialog


def sales(window: MainWindow) -> tuple[int, str]:
    with window.ctx.db.read() as s:
        count = s.scalar(select(func.count()).select_from(Sale)) or 0
        last = s.scalars(select(Sale.receipt_no).order_by(Sale.id.desc()).limit(1)).one()
    return count, last


def test_a_cash_sale_prints_its_receipt_cuts_and_opens_the_drawer(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    with virtual_printer() as printer:
        setup.save(setup.checked(printer.address, setup.GB18030, drawer=True))
        dialog = ring_up_for_cash(qtbot, demo_window)
        got = read(printer.wait())
    _count, receipt_no = sales(demo_window)
    assert receipt_no in got.text and got.qr == [receipt_no]
    assert got.cut_at >= 0 and got.kicks == [bytes([0, 50, 50])]
    assert receipt_no in dialog.checkout.text()


def test_print_receipt_after_the_sale_prints_a_copy_on_the_thermal_printer_without_the_drawer(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    with virtual_printer() as printer:
        setup.save(setup.checked(printer.address, setup.GB18030, drawer=True))
        dialog = ring_up_for_cash(qtbot, demo_window)
        printer.wait()
        qtbot.waitUntil(dialog.print_button.isEnabled)
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
        printer.wait(papers=2)
        again = read(printer.received[1])
    _count, receipt_no = sales(demo_window)
    assert receipt_no in again.text and "Copy (reprinted)" in again.text
    assert again.kicks == [] and again.cut_at >= 0


def test_a_printer_that_hangs_mid_receipt_never_blocks_the_counter(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    errors: list[str] = []
    demo_window.ctx.message.connect(lambda level, text: errors.append(text) if level == "error" else None)
    with virtual_printer(stop_after=500) as printer:
        hanging = setup.checked(printer.address, setup.RASTER, drawer=True)
        setup.save(setup.DeviceSettings(hanging.printer, hanging.chinese, hanging.drawer, timeout_s=1.0))
        count_before = sales(demo_window)[0]
        dialog = ring_up_for_cash(qtbot, demo_window)
        # the sale is recorded and the till moved on while the printer still holds the line
        count, receipt_no = sales(demo_window)
        assert count == count_before + 1
        assert focus() is dialog.close_button and not errors
        qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert receipt_no in errors[0] and "did not print" in errors[0] and "stopped answering" in errors[0]
    press(qtbot, Qt.Key.Key_Escape)  # recorded: closes without asking, back to the counter
    qtbot.waitUntil(lambda: not dialog.isVisible())
    box = demo_window.findChild(QLineEdit, "counterSearch")
    qtbot.waitUntil(lambda: focus() is box)


def test_without_a_thermal_printer_nothing_is_sent(qtbot: QtBot, demo_window: MainWindow) -> None:
    with virtual_printer() as printer:
        setup.save(setup.DeviceSettings())  # "none": the PDF path
        ring_up_for_cash(qtbot, demo_window)
    assert printer.received == []
