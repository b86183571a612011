"""The return dialog (F6) as a clerk uses it: opened, filled and closed from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.sales.recording import record_sale
from memberdesk.store.models import SaleReturn
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.counter.counter_page import CounterPage
from memberdesk.ui.sales.return_dialog import ITEM, NOW, PRICE, RETURNED, SOLD, ReturnDialog
from memberdesk.ui.widgets.windows import top_level_widgets
from tests.conftest import Shop
from tests.services.sales_helpers import three_line_sale
from tests.ui.dialog_helpers import DiscardAnswers, discard_answers_fixture, focused  # noqa: F401

pytestmark = pytest.mark.usefixtures("discard_answers")


def return_dialogs() -> list[ReturnDialog]:
    return [w for w in top_level_widgets() if isinstance(w, ReturnDialog) and w.isVisible()]


@pytest.fixture
def counter(window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> Iterator[CounterPage]:
    """The clerk is signed in and has the member with a three-line sale on the card."""
    member_id = enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    record_sale(sqlite_shop.db, sqlite_shop.clerk, three_line_sale(member_id))
    window.ctx.set_actor(sqlite_shop.clerk)  # what the sign-in screen does on a right PIN
    window.signin.signed_in.emit(sqlite_shop.clerk)
    page = window.page_widgets[0]
    assert isinstance(page, CounterPage)
    window.activateWindow()
    qtbot.waitUntil(page.search_box.hasFocus)
    qtbot.keyClicks(focused(), "13812345678")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.card_stack.currentWidget() is page.card)
    qtbot.waitUntil(page.search_box.hasFocus)
    yield page
    for dialog in return_dialogs():
        dialog.discard()


def press_f6(qtbot: QtBot) -> ReturnDialog:
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: len(return_dialogs()) == 1)
    dialog = return_dialogs()[0]
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.receipt.hasFocus())
    return dialog


def test_esc_closes_the_return_window_and_focus_is_back_in_the_box(
    counter: CounterPage, qtbot: QtBot
) -> None:
    press_f6(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: return_dialogs() == [])
    qtbot.waitUntil(counter.search_box.hasFocus)


def test_a_second_f6_does_not_stack_a_second_return_window(counter: CounterPage, qtbot: QtBot) -> None:
    dialog = press_f6(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    counter.window().activateWindow()  # the clerk clicks on the counter behind it
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    qtbot.keyClick(counter.search_box, Qt.Key.Key_F6)
    assert return_dialogs() == [dialog]


def test_typed_receipt_is_not_thrown_away_by_esc(
    counter: CounterPage, qtbot: QtBot, discard_answers: DiscardAnswers
) -> None:
    discard_answers.answer = False
    dialog = press_f6(qtbot)
    qtbot.keyClicks(focused(), "R12")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert discard_answers.asked == [dialog] and dialog.isVisible() and dialog.receipt.text() == "R12"
    discard_answers.answer = True
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: return_dialogs() == [])


def test_a_return_by_keyboard_shows_what_is_now_returned(
    counter: CounterPage, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    dialog = press_f6(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)  # up to the member's recent sales
    assert focused() is dialog.history
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    assert focused() is dialog.spins[0]
    qtbot.keyClicks(focused(), "1")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.kind
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "too small")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    with sqlite_shop.db.read() as s:
        ret = s.scalars(select(SaleReturn)).one()
        assert ret.reason == "too small" and [ln.quantity for ln in ret.lines] == [1]
    assert dialog.result_.return_no in dialog.outcome.text()
    assert dialog.table.item(0, RETURNED).text() == "1"  # 已退 shows the return just made
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter again leaves the result on screen
    assert return_dialogs() == [dialog]
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # the clerk closes it
    qtbot.waitUntil(lambda: return_dialogs() == [])


def test_a_quantity_above_what_was_bought_is_explained_and_kept(
    counter: CounterPage, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    dialog = press_f6(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    qtbot.keyClicks(focused(), "5")  # two T-shirts were bought
    assert dialog.spins[0].value() == 5
    assert "2" in dialog.message.text() and "T恤" in dialog.message.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result_ is None and dialog.spins[0].value() == 5
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(SaleReturn)).first() is None
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(focused(), "2")
    assert dialog.message.text() == ""


def test_only_staff_who_may_approve_are_offered_and_none_is_chosen(
    counter: CounterPage, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    dialog = press_f6(qtbot)
    offered = [dialog.approver.itemData(i) for i in range(dialog.approver.count())]
    assert offered[0] is None and dialog.approver.currentIndex() == 0
    assert set(offered[1:]) == {sqlite_shop.supervisor.staff_id, sqlite_shop.manager.staff_id}


def test_item_names_are_whole_or_in_a_tooltip(counter: CounterPage, qtbot: QtBot) -> None:
    dialog = press_f6(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3)
    header = dialog.table.horizontalHeader()
    for row in range(3):
        item = dialog.table.item(row, ITEM)
        needed = dialog.table.fontMetrics().horizontalAdvance(item.text())
        assert needed <= header.sectionSize(ITEM) or item.toolTip() == item.text()
    for column in (PRICE, SOLD, RETURNED, NOW):
        title = dialog.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= dialog.table.fontMetrics().horizontalAdvance(title)
