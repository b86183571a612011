"""Opening the drawer without a sale, by keys: a clerk types why, picks a supervisor and the
supervisor types the PIN; the opening is audited and the printer kicks the drawer. A wrong PIN
records nothing and keeps the dialog; Esc with a reason typed asks first."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import Role
from memberdesk.services.devices import setup
from memberdesk.store.models import AuditEntry
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales.drawer_dialog import DrawerDialog
from memberdesk.ui.settings.printer import PrinterSection
from memberdesk.ui.settings.settings_page import SettingsPage
from tests.conftest import TEST_PINS, Shop
from tests.services.devices.escpos_reader import read
from tests.services.devices.virtual_printer import virtual_printer
from tests.ui.dialog_helpers import DiscardAnswers, discard_answers_fixture, focused
from tests.ui.page_steps import click, go_to, sign_in, type_text

__all__ = ["discard_answers_fixture"]


def open_dialog(qtbot: QtBot, window: MainWindow, shop: Shop) -> DrawerDialog:
    sign_in(qtbot, window, shop.clerk.staff_id, TEST_PINS[Role.CLERK])
    page = go_to(qtbot, window, "settings")
    assert isinstance(page, SettingsPage)
    section = next(s for s in page.sections if isinstance(s, PrinterSection))
    click(qtbot, section.drawer_button)
    qtbot.waitUntil(
        lambda: isinstance(getattr(QApplication.focusWidget(), "window", lambda: None)(), DrawerDialog)
    )
    dialog = focused().window()
    assert isinstance(dialog, DrawerDialog) and focused() is dialog.reason
    return dialog


def openings(shop: Shop) -> list[tuple[int | None, str, int]]:
    with shop.db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "drawer.open")).all()
        return [(e.staff_id, e.detail, json.loads(e.after)["approved_by"]) for e in rows]


def test_a_clerk_opens_the_drawer_with_a_supervisors_pin(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    with virtual_printer() as printer:
        setup.save(setup.checked(printer.address, setup.GB18030, drawer=True))
        dialog = open_dialog(qtbot, window, sqlite_shop)
        type_text(qtbot, "换零钱")
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.approver
        approver = int(dialog.approver.currentData())
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.pin
        type_text(qtbot, "0000")
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a wrong PIN: nothing recorded
        assert dialog.isVisible() and dialog.error.text() and focused() is dialog.pin
        assert openings(sqlite_shop) == [] and dialog.pin.text() == ""

        pin = (
            TEST_PINS[Role.SUPERVISOR]
            if approver == sqlite_shop.supervisor.staff_id
            else TEST_PINS[Role.MANAGER]
        )
        type_text(qtbot, pin)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        got = read(printer.wait())
    assert got.kicks == [bytes([0, 50, 50])]
    assert openings(sqlite_shop) == [(sqlite_shop.clerk.staff_id, "换零钱", approver)]


def test_esc_with_a_reason_typed_asks_first(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, discard_answers: DiscardAnswers
) -> None:
    dialog = open_dialog(qtbot, window, sqlite_shop)
    type_text(qtbot, "check a note")
    discard_answers.answer = False
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert discard_answers.asked and dialog.isVisible()
    discard_answers.answer = True
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert openings(sqlite_shop) == []


def test_without_a_drawer_it_says_so_and_records_nothing(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    dialog = open_dialog(qtbot, window, sqlite_shop)  # nothing set up: no thermal printer
    type_text(qtbot, "换零钱")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and "printer" in dialog.error.text().lower()
    assert openings(sqlite_shop) == []
