"""Voiding a sale (作废) from the sale history by keys: a reason, the supervisor and their PIN;
the service's refusals in the clerk's words with the form kept; the ledgers clean after."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.__main__ import main
from memberdesk.domain.vocab import ReturnType, SaleStatus
from memberdesk.services.sales import points as points_svc
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import SaleResult, record_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store.database import Database
from memberdesk.store.models import AuditEntry, Sale, utcnow
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales.void_dialog import VoidSaleDialog
from memberdesk.ui.widgets.windows import top_level_widgets
from tests.conftest import DEMO_PINS
from tests.services.sales_helpers import three_line_sale
from tests.ui.counter_steps import focused, press, type_text
from tests.ui.dialog_helpers import DiscardAnswers, discard_answers_fixture  # noqa: F401
from tests.ui.sales.test_sale_history import member_with_sales, open_member, press_history, window_fixture  # noqa: F401

Mod = Qt.KeyboardModifier


def void_dialogs() -> list[VoidSaleDialog]:
    return [w for w in top_level_widgets() if isinstance(w, VoidSaleDialog) and w.isVisible()]


def sale_today(window: MainWindow, member_id: int) -> SaleResult:
    """The member bought just now (today, the shop's day)."""
    return record_sale(window.ctx.db, window.ctx.actor, three_line_sale(member_id))


def press_void(qtbot: QtBot) -> VoidSaleDialog:
    press(qtbot, Qt.Key.Key_Delete, Mod.ControlModifier)
    qtbot.waitUntil(lambda: len(void_dialogs()) == 1)
    dialog = void_dialogs()[0]
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.reason.hasFocus())
    return dialog


def fill_void(qtbot: QtBot, reason: str, pin: str) -> None:
    """The reason, Tab to the supervisor (the first who may approve), Tab to the PIN, Enter."""
    if reason:
        type_text(qtbot, reason)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, pin)
    press(qtbot, Qt.Key.Key_Return)


def test_a_supervisor_voids_todays_sale_and_everything_comes_back(
    window: MainWindow, demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    member, phone, _receipts = member_with_sales(demo_db)
    points_before = points_svc.balance(demo_db, member)
    sale = sale_today(window, member)
    open_member(qtbot, window, phone)
    history = press_history(qtbot)
    assert history.current() is not None and history.current().receipt_no == sale.receipt_no
    dialog = press_void(qtbot)
    assert dialog.approver.currentText().endswith("(S01)")  # a supervisor, not the clerk signed in
    fill_void(qtbot, "录错金额", "0000")  # a wrong PIN first
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.isVisible() and dialog.reason.text() == "录错金额" and dialog.pin.text() == ""
    assert focused() is dialog.pin
    with demo_db.read() as s:
        assert s.get(Sale, sale.sale_id).status is SaleStatus.COMPLETED
    type_text(qtbot, DEMO_PINS["S01"])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: void_dialogs() == [])
    qtbot.waitUntil(lambda: history.status_shown(sale.sale_id) == "Voided")
    qtbot.waitUntil(lambda: history.isActiveWindow() and history.table.hasFocus())
    with demo_db.read() as s:
        original = s.get(Sale, sale.sale_id)
        assert original is not None and original.status is SaleStatus.VOIDED
        reversal = s.scalars(select(Sale).where(Sale.voids_sale_id == sale.sale_id)).one()
        assert reversal.total_fen == -sale.total_fen and reversal.note == "录错金额"
        assert (
            s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "sale.void"))
            == 1
        )
    assert points_svc.balance(demo_db, member) == points_before
    assert check_ledgers(demo_db) == []
    assert main(["db", "check", "--db", str(tmp_path / "demo.sqlite3")]) == 0
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.counter.search_box)


def test_another_days_sale_is_refused_in_the_clerks_words_and_the_reason_stays(
    window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    member, phone, _receipts = member_with_sales(demo_db)
    yesterday = utcnow() - dt.timedelta(days=1)
    sale = record_sale(demo_db, window.ctx.actor, three_line_sale(member), now=yesterday)
    open_member(qtbot, window, phone)
    history = press_history(qtbot)
    for _ in range(history.model.rowCount()):
        if history.current() is not None and history.current().sale_id == sale.sale_id:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert history.current() is not None and history.current().sale_id == sale.sale_id
    dialog = press_void(qtbot)
    fill_void(qtbot, "顾客反悔", DEMO_PINS["S01"])
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.text() == "Only a sale of today can be voided; record a return."
    assert dialog.isVisible() and dialog.reason.text() == "顾客反悔" and dialog.pin.text() == ""
    with demo_db.read() as s:
        assert s.get(Sale, sale.sale_id).status is SaleStatus.COMPLETED
        assert s.scalar(select(func.count()).select_from(Sale).where(Sale.voids_sale_id.is_not(None))) == 0


def test_a_sale_with_goods_returned_cannot_be_voided(
    window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    member, phone, _receipts = member_with_sales(demo_db)
    sale = sale_today(window, member)
    _sale_id, lines = find_sale(demo_db, window.ctx.actor, sale.receipt_no)
    form = ReturnForm(
        sale.receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.SIZE_FIT, "太小"
    )
    record_return(demo_db, window.ctx.actor, form)
    open_member(qtbot, window, phone)
    history = press_history(qtbot)
    assert history.status_shown(sale.sale_id).startswith("Goods returned")
    dialog = press_void(qtbot)
    fill_void(qtbot, "录错", DEMO_PINS["S01"])
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.text() == "Goods of this sale were returned; it cannot be voided."
    with demo_db.read() as s:
        assert s.get(Sale, sale.sale_id).status is SaleStatus.COMPLETED


def test_without_a_reason_nothing_is_asked_of_the_service(
    window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    member, phone, _receipts = member_with_sales(demo_db)
    sale = sale_today(window, member)
    open_member(qtbot, window, phone)
    press_history(qtbot)
    dialog = press_void(qtbot)
    fill_void(qtbot, "", DEMO_PINS["S01"])
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.text() == "Give a reason." and focused() is dialog.reason
    with demo_db.read() as s:
        assert s.get(Sale, sale.sale_id).status is SaleStatus.COMPLETED


@pytest.mark.usefixtures("chinese")
def test_a_wrong_pin_is_said_in_chinese_and_the_reason_stays(
    window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    member, phone, _receipts = member_with_sales(demo_db)
    sale = sale_today(window, member)
    open_member(qtbot, window, phone)
    press_history(qtbot)
    dialog = press_void(qtbot)
    assert dialog.windowTitle() == "作废销售"
    fill_void(qtbot, "录错", "0000")
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in dialog.message.text())  # the clerk's language
    assert dialog.reason.text() == "录错" and dialog.pin.text() == "" and focused() is dialog.pin
    with demo_db.read() as s:
        assert s.get(Sale, sale.sale_id).status is SaleStatus.COMPLETED


def test_esc_asks_before_throwing_away_a_typed_reason(
    window: MainWindow, demo_db: Database, qtbot: QtBot, discard_answers: DiscardAnswers
) -> None:
    member, phone, _receipts = member_with_sales(demo_db)
    sale_today(window, member)
    open_member(qtbot, window, phone)
    history = press_history(qtbot)
    dialog = press_void(qtbot)
    type_text(qtbot, "录错")
    discard_answers.answer = False
    press(qtbot, Qt.Key.Key_Escape)
    assert discard_answers.asked == [dialog] and dialog.isVisible() and dialog.reason.text() == "录错"
    discard_answers.answer = True
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: void_dialogs() == [])
    qtbot.waitUntil(lambda: history.isActiveWindow() and history.table.hasFocus())
    dialog = press_void(qtbot)  # an empty form closes at once, by its close button too
    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Close")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: void_dialogs() == [])
    assert len(discard_answers.asked) == 2  # only the two Esc presses on a typed reason asked
