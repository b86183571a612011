"""A return opened from the sale history (F6): the return window with the chosen sale's receipt
number filled in and its lines loaded; once recorded and closed, the history says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.services.sales.recording import record_sale
from memberdesk.store.database import Database
from memberdesk.store.models import SaleReturn
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales.return_dialog import ReturnDialog
from memberdesk.ui.widgets.windows import top_level_widgets
from tests.services.sales_helpers import three_line_sale
from tests.ui.counter_steps import focused, press, type_text
from tests.ui.sales.test_sale_history import member_with_sales, open_member, press_history, window_fixture  # noqa: F401


def return_dialogs() -> list[ReturnDialog]:
    return [w for w in top_level_widgets() if isinstance(w, ReturnDialog) and w.isVisible()]


def test_f6_opens_the_return_of_the_chosen_sale_with_its_lines(
    window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    member, phone, receipts = member_with_sales(demo_db)
    sale = record_sale(demo_db, window.ctx.actor, three_line_sale(member))
    open_member(qtbot, window, phone)
    history = press_history(qtbot)
    press(qtbot, Qt.Key.Key_Down)  # an older sale first: the one chosen is the one opened
    press(qtbot, Qt.Key.Key_Up)
    assert history.current() is not None and history.current().receipt_no == sale.receipt_no
    press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: len(return_dialogs()) == 1)
    dialog = return_dialogs()[0]
    assert dialog.receipt.text() == sale.receipt_no and dialog.table.rowCount() == 3
    qtbot.waitUntil(lambda: focused() is dialog.spins[0])
    type_text(qtbot, "1")
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.kind
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "太小")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    with demo_db.read() as s:
        returned = s.scalars(select(SaleReturn).where(SaleReturn.sale_id == sale.sale_id)).one()
        assert returned.reason == "太小" and [ln.quantity for ln in returned.lines] == [1]
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: return_dialogs() == [])
    qtbot.waitUntil(lambda: history.status_shown(sale.sale_id).startswith("Goods returned"))
    qtbot.waitUntil(lambda: history.isActiveWindow() and history.table.hasFocus())
    assert history.current() is not None and history.current().sale_id == sale.sale_id
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.counter.search_box)
    assert receipts  # the member had sales before this one
