"""A return without a receipt (无小票退货) from the return window: Alt+W when no receipt is
found, the goods, the refund and its method, type and reason; a supervisor's act, a second PIN
above the limit; the return slip."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import PaymentMethod, Role
from memberdesk.services.common.context import Actor
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.store.models import SaleReturn
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.counter.counter_page import CounterPage
from memberdesk.ui.sales.no_receipt_dialog import NoReceiptDialog
from memberdesk.ui.sales.return_dialog import ReturnDialog
from memberdesk.ui.widgets.windows import top_level_widgets
from tests.conftest import TEST_PINS, Shop
from tests.reports.pdfcheck import flat, page_texts
from tests.ui.dialog_helpers import DiscardAnswers, discard_answers_fixture, focused  # noqa: F401

pytestmark = pytest.mark.usefixtures("discard_answers")


def shown(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in top_level_widgets() if isinstance(w, kind) and w.isVisible()]


def _sign_in(window: MainWindow, actor: Actor, qtbot: QtBot) -> CounterPage:
    enrol(window.ctx.db, actor, MemberForm(phone="13812345678", name="张伟"))
    window.ctx.set_actor(actor)
    window.signin.signed_in.emit(actor)
    page = window.page_widgets[0]
    assert isinstance(page, CounterPage)
    window.activateWindow()
    qtbot.waitUntil(page.search_box.hasFocus)
    qtbot.keyClicks(focused(), "13812345678")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.card_stack.currentWidget() is page.card)
    qtbot.waitUntil(page.search_box.hasFocus)
    return page


@pytest.fixture
def supervisor_counter(window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> Iterator[CounterPage]:
    yield _sign_in(window, sqlite_shop.supervisor, qtbot)
    for dialog in (*shown(ReturnDialog), *shown(NoReceiptDialog)):
        dialog.discard()


@pytest.fixture
def clerk_counter(window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> Iterator[CounterPage]:
    yield _sign_in(window, sqlite_shop.clerk, qtbot)
    for dialog in (*shown(ReturnDialog), *shown(NoReceiptDialog)):
        dialog.discard()


def open_without_receipt(qtbot: QtBot) -> NoReceiptDialog:
    """F6, a receipt that is not found (the window says Alt+W), then Alt+W."""
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: len(shown(ReturnDialog)) == 1)
    back = shown(ReturnDialog)[0]
    qtbot.waitUntil(lambda: back.isActiveWindow() and back.receipt.hasFocus())
    qtbot.keyClicks(focused(), "R999")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "Alt+W" in back.message.text()
    qtbot.keyClick(focused(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(shown(NoReceiptDialog)) == 1 and not shown(ReturnDialog))
    dialog = shown(NoReceiptDialog)[0]
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.description.hasFocus())
    return dialog


def fill(qtbot: QtBot, goods: str, refund: str, reason: str) -> None:
    qtbot.keyClicks(focused(), goods)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), refund)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # the method: cash, as offered first
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # the first return type
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), reason)


def test_a_supervisor_records_a_return_without_a_receipt_by_keys(
    supervisor_counter: CounterPage, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    dialog = open_without_receipt(qtbot)
    fill(qtbot, "Leather shoes", "80", "heel came off")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    with sqlite_shop.db.read() as s:
        ret = s.scalars(select(SaleReturn)).one()
        assert ret.without_receipt and ret.sale_id is None and ret.refund_total_fen == 80_00
        assert ret.staff_id == sqlite_shop.supervisor.staff_id and ret.approved_by_id is None
        assert [(r.method, r.amount_fen) for r in ret.refunds] == [(PaymentMethod.CASH, 80_00)]
        assert ret.member_id is not None  # the member on the card
    assert ret.return_no in dialog.outcome.text()
    assert flat("without a receipt") in flat(" ".join(page_texts(dialog.slip_bytes())))
    assert check_ledgers(sqlite_shop.db) == []
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shown(NoReceiptDialog) == [])
    qtbot.waitUntil(supervisor_counter.search_box.hasFocus)


def test_above_the_limit_a_second_supervisor_approves_with_their_pin(
    supervisor_counter: CounterPage, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    dialog = open_without_receipt(qtbot)
    fill(qtbot, "Wool coat", "2500", "moth holes")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.approver.isVisible)
    assert "¥2,000.00" in dialog.message.text() and dialog.result_ is None
    assert focused() is dialog.approver
    offered = [dialog.approver.itemData(i) for i in range(dialog.approver.count())]
    assert sqlite_shop.supervisor.staff_id not in offered  # never the one recording it
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), TEST_PINS[Role.MANAGER])
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    with sqlite_shop.db.read() as s:
        ret = s.scalars(select(SaleReturn)).one()
    assert ret.approved_by_id == sqlite_shop.manager.staff_id and ret.refund_total_fen == 2500_00


def test_a_clerk_is_told_it_is_a_supervisor_s_and_nothing_is_written(
    clerk_counter: CounterPage, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    dialog = open_without_receipt(qtbot)
    assert "supervisor" in dialog.message.text()
    fill(qtbot, "Socks", "15", "hole")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result_ is None and dialog.message.text()
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(SaleReturn)).first() is None


def test_esc_asks_before_what_was_typed_is_thrown_away(
    supervisor_counter: CounterPage, qtbot: QtBot, discard_answers: DiscardAnswers
) -> None:
    dialog = open_without_receipt(qtbot)
    qtbot.keyClicks(focused(), "Scarf")
    discard_answers.answer = False
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert discard_answers.asked == [dialog] and dialog.isVisible()
    discard_answers.answer = True
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shown(NoReceiptDialog) == [])
    qtbot.waitUntil(supervisor_counter.search_box.hasFocus)
