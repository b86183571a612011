"""The sale history (Ctrl+F5) as a clerk uses it on the demo store: keys sent to whatever has
focus in the real main window; checked against the database and against what the window shows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.services.sales.history import SaleRow
from memberdesk.services.sales.recording import record_sale
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Sale
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales import sale_history
from memberdesk.ui.sales.sale_history import SaleHistoryDialog
from memberdesk.ui.sales.sale_history_model import SaleHistoryModel
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog
from memberdesk.ui.widgets.windows import top_level_widgets
from tests.conftest import DEMO_PINS
from tests.services.sales_helpers import three_line_sale
from tests.ui.counter_steps import demo_window, press, sign_in, type_text

Mod = Qt.KeyboardModifier


def histories() -> list[SaleHistoryDialog]:
    return [w for w in top_level_widgets() if isinstance(w, SaleHistoryDialog) and w.isVisible()]


def previews() -> list[PdfPreviewDialog]:
    return [w for w in top_level_widgets() if isinstance(w, PdfPreviewDialog) and w.isVisible()]


def member_with_sales(db: Database) -> tuple[int, str, list[str]]:
    """The demo member with the most sales at the till, and their receipts newest first."""
    with db.read() as s:
        member_id = s.scalar(
            select(Sale.member_id)
            .where(Sale.member_id.is_not(None), Sale.voids_sale_id.is_(None))
            .group_by(Sale.member_id)
            .order_by(func.count().desc(), Sale.member_id)
            .limit(1)
        )
        assert member_id is not None
        phone = s.scalar(select(Member.phone).where(Member.id == member_id))
        receipts = s.scalars(
            select(Sale.receipt_no)
            .where(Sale.member_id == member_id, Sale.voids_sale_id.is_(None))
            .order_by(Sale.created_at.desc(), Sale.id.desc())
        ).all()
    assert phone and len(receipts) >= 2
    return int(member_id), str(phone), list(receipts)


@pytest.fixture(name="window")
def window_fixture(demo_db: Database, qtbot: QtBot) -> Iterator[MainWindow]:
    """The demo store's main window, the clerk C01 signed in at the counter."""
    win = demo_window(demo_db, qtbot)
    sign_in(qtbot, win, "C01", DEMO_PINS["C01"])
    yield win
    for dialog in histories():
        dialog.discard()


def open_member(qtbot: QtBot, window: MainWindow, phone: str) -> None:
    type_text(qtbot, phone)
    qtbot.waitUntil(lambda: window.counter.model.rowCount() == 1)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.counter.card_stack.currentWidget() is window.counter.card)
    qtbot.waitUntil(window.counter.search_box.hasFocus)


def press_history(qtbot: QtBot) -> SaleHistoryDialog:
    press(qtbot, Qt.Key.Key_F5, Mod.ControlModifier)
    qtbot.waitUntil(lambda: len(histories()) == 1)
    dialog = histories()[0]
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.table.hasFocus())
    return dialog


def shown_receipts(dialog: SaleHistoryDialog) -> list[str]:
    return [str(dialog.model.index(r, 0).data()) for r in range(dialog.model.rowCount())]


def test_the_members_sales_newest_first_enter_shows_the_receipt_esc_goes_back(
    window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    _member, phone, receipts = member_with_sales(demo_db)
    open_member(qtbot, window, phone)
    dialog = press_history(qtbot)
    assert shown_receipts(dialog) == receipts[: dialog.model.rowCount()] and dialog.model.rowCount() >= 2
    assert dialog.current() is not None and dialog.current().receipt_no == receipts[0]
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.current() is not None and dialog.current().receipt_no == receipts[1]
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(previews()) == 1)
    preview = previews()[0]
    assert receipts[1] in preview.windowTitle() and preview.document.pageCount() >= 1
    assert preview.pdf.startswith(b"%PDF")
    qtbot.waitUntil(lambda: preview.isActiveWindow())
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: previews() == [])
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: histories() == [])
    qtbot.waitUntil(window.counter.search_box.hasFocus)


def test_without_a_member_the_counter_lists_todays_sales_at_this_store(
    window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    walk_in = record_sale(demo_db, window.ctx.actor, three_line_sale(None))  # just now, today
    dialog = press_history(qtbot)
    assert shown_receipts(dialog)[0] == walk_in.receipt_no
    assert dialog.model.rows[0].member_name == "" and not dialog.table.isColumnHidden(2)
    today = dialog.day
    assert all(row.created_at.astimezone().date() == today for row in dialog.model.rows)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: histories() == [])
    qtbot.waitUntil(window.counter.search_box.hasFocus)


def test_moving_past_the_last_row_brings_older_sales(
    window: MainWindow, demo_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _member, phone, receipts = member_with_sales(demo_db)
    monkeypatch.setattr(sale_history.history, "PAGE_SIZE", 1)
    real = sale_history.history.member_sales
    monkeypatch.setattr(sale_history.history, "member_sales", lambda *a, **k: real(*a, **{**k, "limit": 1}))
    open_member(qtbot, window, phone)
    dialog = press_history(qtbot)
    assert shown_receipts(dialog) == receipts[:2]  # the first row is the last: the next came in
    for _ in receipts:
        press(qtbot, Qt.Key.Key_Down)
    assert shown_receipts(dialog) == receipts


def test_the_history_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from memberdesk.domain.vocab import PaymentMethod

    model = SaleHistoryModel()
    at = dt.datetime(2026, 3, 5, 9, 30, tzinfo=dt.UTC)
    model.set_rows(
        [
            SaleRow(1, "R00000001", at, None, "", 1000, ((PaymentMethod.CASH, 1000),), False, 0, 0),
            SaleRow(2, "R00000002", at, 7, "张伟", 2000, ((PaymentMethod.WECHAT, 2000),), True, 0, 0),
        ]
    )
    qtmodeltester.check(model)
    assert model.status_text(model.rows[1]) == "Voided"


def test_the_close_button_closes_and_the_counter_box_has_the_keys(
    window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    dialog = press_history(qtbot)
    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Close")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: histories() == [])
    qtbot.waitUntil(window.counter.search_box.hasFocus)
