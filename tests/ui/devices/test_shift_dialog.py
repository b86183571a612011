"""End of shift by keys, in the real main window: open a shift with its float, count the cash
against what the ledger expects, a difference refused without its reason, the shift closed
and the next one started; Esc with a count typed asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import PaymentMethod, Role
from memberdesk.services.devices import setup
from memberdesk.services.sales import shift
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.store.models import ShiftCount
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales.shift_dialog import ShiftDialog
from memberdesk.ui.settings.printer import PrinterSection
from memberdesk.ui.settings.settings_page import SettingsPage
from tests.conftest import TEST_PINS, Shop
from tests.services.devices.escpos_reader import read
from tests.services.devices.virtual_printer import virtual_printer
from tests.ui.dialog_helpers import DiscardAnswers, discard_answers_fixture, focused
from tests.ui.page_steps import click, go_to, sign_in, type_text

__all__ = ["discard_answers_fixture"]
TILL = "前台1"


def open_dialog(qtbot: QtBot, window: MainWindow) -> ShiftDialog:
    page = window.page_widgets[5]
    assert isinstance(page, SettingsPage)
    section = next(s for s in page.sections if isinstance(s, PrinterSection))
    click(qtbot, section.shift_button)
    qtbot.waitUntil(
        lambda: isinstance(getattr(QApplication.focusWidget(), "window", lambda: None)(), ShiftDialog)
    )
    dialog = focused().window()
    assert isinstance(dialog, ShiftDialog)
    return dialog


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def cash_sale(shop: Shop, price: str) -> None:
    form = SaleForm(
        None,
        [LineForm(description="围巾", category="other", unit_price=price)],
        [PaymentForm(PaymentMethod.CASH, "")],
    )
    record_sale(shop.db, shop.clerk, form)


def test_a_shift_opened_and_counted_by_keys(window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> None:
    setup.save(setup.checked("none", setup.GB18030, drawer=True, till=TILL))
    sign_in(qtbot, window, sqlite_shop.clerk.staff_id, TEST_PINS[Role.CLERK])
    go_to(qtbot, window, "settings")

    dialog = open_dialog(qtbot, window)  # no shift yet: the float first
    assert focused() is dialog.next_float
    type_text(qtbot, "500")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    current = shift.current(sqlite_shop.db, sqlite_shop.store_id, TILL)
    assert current is not None and current[2] == 500_00

    cash_sale(sqlite_shop, "128")
    dialog = open_dialog(qtbot, window)
    assert focused() is dialog.counted and "¥628.00" in dialog.figures.text()
    type_text(qtbot, "620")
    assert dialog.difference.text() == "-¥8.00"
    press(qtbot, Qt.Key.Key_Return)  # a difference: its reason is asked for
    assert focused() is dialog.reason and "say why" in dialog.error.text()
    type_text(qtbot, "找零多给了8元")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.next_float and dialog.next_float.text() == "500.00"
    press(qtbot, Qt.Key.Key_Return)

    with sqlite_shop.db.read() as s:
        cash = s.scalars(select(ShiftCount).where(ShiftCount.method == PaymentMethod.CASH)).one()
    assert (cash.expected_fen, cash.counted_fen, cash.difference_fen) == (628_00, 620_00, -8_00)
    assert cash.reason == "找零多给了8元"
    assert focused() is dialog.primary and "closed" in dialog.heading.text()
    press(qtbot, Qt.Key.Key_Return)  # Done
    qtbot.waitUntil(lambda: not dialog.isVisible())
    following = shift.current(sqlite_shop.db, sqlite_shop.store_id, TILL)
    assert following is not None and following[2] == 500_00


def test_the_report_prints_on_the_thermal_printer(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    with virtual_printer() as printer:
        setup.save(setup.checked(printer.address, setup.GB18030, drawer=True, till=TILL))
        shift.open_shift(sqlite_shop.db, sqlite_shop.clerk, TILL, "200")
        sign_in(qtbot, window, sqlite_shop.clerk.staff_id, TEST_PINS[Role.CLERK])
        go_to(qtbot, window, "settings")
        dialog = open_dialog(qtbot, window)
        type_text(qtbot, "200")
        press(qtbot, Qt.Key.Key_Return)
        got = read(printer.wait())
    assert TILL in got.text and "￥200.00" in got.text and got.cut_at >= 0 and got.kicks == []
    assert "closed" in dialog.heading.text()


def test_esc_with_a_count_typed_asks_first(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, discard_answers: DiscardAnswers
) -> None:
    setup.save(setup.checked("none", setup.GB18030, drawer=True, till=TILL))
    shift.open_shift(sqlite_shop.db, sqlite_shop.clerk, TILL, "0")
    sign_in(qtbot, window, sqlite_shop.clerk.staff_id, TEST_PINS[Role.CLERK])
    go_to(qtbot, window, "settings")
    dialog = open_dialog(qtbot, window)
    type_text(qtbot, "35")
    discard_answers.answer = False
    press(qtbot, Qt.Key.Key_Escape)
    assert discard_answers.asked and dialog.isVisible() and dialog.counted.text() == "35"
    discard_answers.answer = True
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(ShiftCount)).first() is None


def test_a_closed_shifts_report_is_printed_again_later(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    first = shift.open_shift(sqlite_shop.db, sqlite_shop.clerk, TILL, "100")
    shift.close_shift(sqlite_shop.db, sqlite_shop.clerk, TILL, "90", "少10元", "90")
    second = shift.close_shift(sqlite_shop.db, sqlite_shop.clerk, TILL, "90", "", "90")
    with virtual_printer() as printer:
        setup.save(setup.checked(printer.address, setup.GB18030, drawer=True, till=TILL))
        sign_in(qtbot, window, sqlite_shop.manager.staff_id, TEST_PINS[Role.MANAGER])
        go_to(qtbot, window, "settings")
        dialog = open_dialog(qtbot, window)
        assert [dialog.past.itemData(i) for i in range(dialog.past.count())] == [
            second,
            first,
        ]  # newest first
        assert "-¥10.00" in dialog.past.itemText(1)
        qtbot.keyClick(dialog.past, Qt.Key.Key_Down)
        click(qtbot, dialog.past_button)
        got = read(printer.wait())
    assert f"Shift report {first}" in got.text and "少10元" in got.text
