"""Leaving the counter with a sale open: closing the window, Ctrl+Q and F12 ask first, in the
clerk's language; "keep editing" keeps the app and the sale; when the app does close, the
workflow that was running is recorded as left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.domain.vocab import WorkflowOutcome
from memberdesk.services.service.workflow_runs import get_run
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Product, Sale
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales.sale_dialog import SaleDialog
from tests.ui.counter_steps import busiest_member, demo_window, focused, press, sign_in, type_text
from tests.ui.dialog_helpers import (  # noqa: F401
    DiscardAnswers,
    DiscardBox,
    discard_answers_fixture,
    real_discard_question_fixture,
)

Ctrl = Qt.KeyboardModifier.ControlModifier


def sales(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Sale)) or 0)


def serve_with_a_sale_open(qtbot: QtBot, win: MainWindow, db: Database) -> tuple[SaleDialog, int]:
    """Recognise the customer, start the reception workflow (F2), ring up one item (F5)."""
    member = busiest_member(db)
    with db.read() as s:
        card_no = s.get(Member, member).card_no  # type: ignore[union-attr]
        sku = s.scalars(select(Product.sku).where(Product.active).order_by(Product.id).limit(1)).one()
    type_text(qtbot, card_no)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.counter.card.member_id == member)
    press(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: win.counter.side_panel is not None)
    run_id = win.counter.side_panel.run_id  # type: ignore[union-attr]
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: isinstance(focused().window(), SaleDialog))
    dialog = focused().window()
    assert isinstance(dialog, SaleDialog)
    type_text(qtbot, sku)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 1 and dialog.has_typed_data()
    return dialog, run_id


@pytest.fixture
def win(demo_db: Database, qtbot: QtBot) -> MainWindow:
    window = demo_window(demo_db, qtbot)
    sign_in(qtbot, window, "C01", "1111")
    return window


def test_quitting_with_a_sale_open_asks_and_keep_editing_keeps_the_app_and_the_sale(
    win: MainWindow, qtbot: QtBot, demo_db: Database, discard_answers: DiscardAnswers
) -> None:
    dialog, run_id = serve_with_a_sale_open(qtbot, win, demo_db)
    actor = win.ctx.actor
    discard_answers.answer = False  # "Keep editing"
    press(qtbot, Qt.Key.Key_Q, Ctrl)
    assert discard_answers.asked == [dialog]
    assert win.isVisible() and dialog.isVisible() and dialog.model.rowCount() == 1
    assert focused().window() is dialog  # back to the sale, keys and all
    assert win.ctx.signed_in and get_run(demo_db, actor, run_id).outcome is WorkflowOutcome.RUNNING
    assert not win.close()  # the window's close button asks the same
    assert len(discard_answers.asked) == 2 and win.isVisible() and dialog.model.rowCount() == 1

    before = sales(demo_db)
    discard_answers.answer = True  # "Discard"
    press(qtbot, Qt.Key.Key_Q, Ctrl)
    qtbot.waitUntil(lambda: not win.isVisible())
    assert not dialog.isVisible()
    assert get_run(demo_db, actor, run_id).outcome is WorkflowOutcome.LEFT  # not left running
    assert sales(demo_db) == before


def test_closing_with_nothing_typed_does_not_ask_and_ends_the_running_workflow(
    win: MainWindow, qtbot: QtBot, demo_db: Database, discard_answers: DiscardAnswers
) -> None:
    member = busiest_member(demo_db)
    with demo_db.read() as s:
        card_no = s.get(Member, member).card_no  # type: ignore[union-attr]
    type_text(qtbot, card_no)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: win.counter.side_panel is not None)
    run_id = win.counter.side_panel.run_id  # type: ignore[union-attr]
    actor = win.ctx.actor
    assert win.close()
    assert discard_answers.asked == []
    assert get_run(demo_db, actor, run_id).outcome is WorkflowOutcome.LEFT


def test_f12_with_a_sale_open_asks_and_keep_editing_keeps_the_counter_signed_in(
    win: MainWindow, qtbot: QtBot, demo_db: Database, discard_answers: DiscardAnswers
) -> None:
    dialog, run_id = serve_with_a_sale_open(qtbot, win, demo_db)
    actor = win.ctx.actor
    discard_answers.answer = False
    press(qtbot, Qt.Key.Key_F12)
    assert discard_answers.asked == [dialog]
    assert win.ctx.signed_in and win.stack.currentWidget() is not win.signin
    assert dialog.isVisible() and dialog.model.rowCount() == 1
    assert win.counter.side_panel is not None
    assert get_run(demo_db, actor, run_id).outcome is WorkflowOutcome.RUNNING
    discard_answers.answer = True
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not win.ctx.signed_in and win.stack.currentWidget() is win.signin
    assert get_run(demo_db, actor, run_id).outcome is WorkflowOutcome.LEFT


@pytest.mark.usefixtures("chinese", "real_discard_question")
def test_the_question_is_asked_in_chinese_by_a_real_box(demo_db: Database, qtbot: QtBot) -> None:
    """The box itself (no stand-in): its words are the catalogue's, and its buttons work."""
    win = demo_window(demo_db, qtbot)
    sign_in(qtbot, win, "C01", "1111")
    dialog, _run_id = serve_with_a_sale_open(qtbot, win, demo_db)

    keep = DiscardBox("继续编辑")
    win.close()  # the window's close button
    assert keep.answered
    assert (keep.title, keep.text) == ("放弃输入？", "放弃刚才输入的内容吗？")
    assert sorted(keep.buttons) == sorted(["放弃", "继续编辑"])
    assert win.isVisible() and dialog.isVisible() and dialog.model.rowCount() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is dialog)

    keep_again = DiscardBox("继续编辑")
    press(qtbot, Qt.Key.Key_Escape)  # Esc in the sale asks the same question
    assert keep_again.answered and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is dialog)

    discard = DiscardBox("放弃")
    press(qtbot, Qt.Key.Key_F12)
    assert discard.answered
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not win.ctx.signed_in
