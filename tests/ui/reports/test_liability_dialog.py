"""The stored-value liability on the Reports page, used as a manager uses it."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.domain.vocab import Role
from memberdesk.services.money import wallet
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.reports import liability_dialog, reports_page
from memberdesk.ui.reports.liability_dialog import LiabilityDialog
from memberdesk.ui.reports.reports_page import ReportsPage
from tests.conftest import TEST_PINS, Shop
from tests.services.sales_helpers import add_member
from tests.ui.page_steps import click, focused, go_to, sign_in

TODAY = dt.date(2026, 4, 20)
MARCH = dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC)
APRIL = dt.datetime(2026, 4, 10, 12, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _a_fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(liability_dialog, "today", lambda: TODAY)
    monkeypatch.setattr(reports_page, "today", lambda: TODAY)


def _page(qtbot: QtBot, window: MainWindow, shop: Shop, role: Role) -> ReportsPage:
    actor = {Role.MANAGER: shop.manager, Role.SUPERVISOR: shop.supervisor}[role]
    sign_in(qtbot, window, actor.staff_id, TEST_PINS[role])
    page = window.page_widgets[4]
    assert isinstance(page, ReportsPage)
    with qtbot.waitSignal(page.figures_shown, timeout=60_000):
        go_to(qtbot, window, "reports")
    return page


def test_the_manager_sees_what_is_owed_and_that_it_adds_up(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    member = add_member(sqlite_shop.db, sqlite_shop.store_id)
    wallet.topup(sqlite_shop.db, sqlite_shop.clerk, member, "1000", "cash", now=MARCH)
    wallet.topup(sqlite_shop.db, sqlite_shop.clerk, member, "500", "wechat", now=APRIL)
    page = _page(qtbot, window, sqlite_shop, Role.MANAGER)
    click(qtbot, page.liability_button)
    dialog = page.liability
    assert isinstance(dialog, LiabilityDialog) and dialog.isVisible()
    assert "The store owes ¥1,500.00" in dialog.owed.text()
    assert dialog.table.item(0, 4).text() == "¥1,100.00"  # at the end of March
    assert dialog.table.item(dialog.table.rowCount() - 1, 4).text() == "¥1,630.00"
    assert dialog.check.text() == "Opening ¥1,100.00 + movements ¥530.00 = closing ¥1,630.00."
    # another period, typed into the dates; Enter shows it
    dialog.start.setDate(QDate(2026, 3, 1))
    dialog.end.setDate(QDate(2026, 3, 31))
    # the dialog opens with the keyboard on its first date
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is dialog)
    with qtbot.waitSignal(dialog.shown) as shown:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert (shown.args[0].opening.total_fen, shown.args[0].closing.total_fen) == (0, 1_100_00)
    assert dialog.check.text() == "Opening ¥0.00 + movements ¥1,100.00 = closing ¥1,100.00."
    with qtbot.waitSignal(dialog.pdf_made):
        click(qtbot, dialog.pdf_button)
    dialog.preview.discard()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert focused().window() is window


def test_a_supervisor_sees_reports_but_not_the_stores_debts(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    page = _page(qtbot, window, sqlite_shop, Role.SUPERVISOR)
    assert page.compute_button.isEnabled() and not page.liability_button.isVisible()
