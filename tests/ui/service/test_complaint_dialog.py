"""The complaint (F7) and farewell (F8) dialogs, driven from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import ReturnType
from memberdesk.services.sales.recording import record_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store.models import Complaint
from memberdesk.ui.service.complaint_dialog import ComplaintDialog
from memberdesk.ui.service.satisfaction_dialog import SatisfactionDialog
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import Shop
from tests.services.sales_helpers import add_member, three_line_sale
from tests.ui.dialog_helpers import discard_answers_fixture, focused  # noqa: F401

pytestmark = pytest.mark.usefixtures("discard_answers")


def test_the_category_message_goes_once_a_category_is_chosen(
    ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    member = add_member(sqlite_shop.db, sqlite_shop.store_id)
    dialog = ComplaintDialog.open_for(ctx, member, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.category.hasFocus)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter records: the category is missing
    assert dialog.isVisible() and dialog.error.text() and focused() is dialog.category
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert dialog.category.currentIndex() == 1
    assert dialog.error.text() == ""


def test_the_member_s_returns_are_offered_beside_the_sales(
    ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    member = add_member(sqlite_shop.db, sqlite_shop.store_id)
    sale = record_sale(sqlite_shop.db, sqlite_shop.clerk, three_line_sale(member))
    _sale_id, lines = find_sale(sqlite_shop.db, sqlite_shop.clerk, sale.receipt_no)
    back = record_return(
        sqlite_shop.db,
        sqlite_shop.clerk,
        ReturnForm(sale.receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.SIZE_FIT, "小了"),
    )
    dialog = ComplaintDialog.open_for(ctx, member, None)
    offered = [dialog.receipt.itemData(i) for i in range(dialog.receipt.count())]
    assert sale.receipt_no in offered and back.return_no in offered
    assert offered.index(back.return_no) < offered.index(sale.receipt_no)  # newest first
    dialog.category.setCurrentIndex(1)
    dialog.severity.setCurrentIndex(1)
    dialog.description.setPlainText("退货时店员不耐烦")
    dialog.receipt.setCurrentIndex(offered.index(back.return_no))
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(Complaint.return_id)).one() == back.return_id


def test_the_farewell_dialog_is_big_enough_for_its_texts(
    ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    member = add_member(sqlite_shop.db, sqlite_shop.store_id)
    dialog = SatisfactionDialog.open_for(ctx, member, None)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    comment = dialog.comment
    assert comment.width() >= comment.fontMetrics().horizontalAdvance(comment.placeholderText())
    assert dialog.width() >= 480 and dialog.height() > 234
    label = dialog.reminder
    assert label.height() >= label.heightForWidth(label.width())  # the goodbye is not cut


def test_farewell_by_keyboard_and_enter_saves(ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    member = add_member(sqlite_shop.db, sqlite_shop.store_id)
    dialog = SatisfactionDialog.open_for(ctx, member, None)
    qtbot.waitUntil(dialog.expected.hasFocus)
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    for _ in range(5):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert "1.25" in dialog.ratio.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "nice")
    with qtbot.waitSignal(ctx.data_changed):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not dialog.isVisible()
