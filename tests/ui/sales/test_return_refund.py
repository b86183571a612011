"""The return window says what goes back before the clerk records it, and keeps saying it after:
the refund per payment method and the points, the receipt's own price per unit, the result on
screen until the clerk dismisses it, and a return slip to print. Driven by keys in the real
main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.sales import points as points_svc
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, SaleResult, record_sale
from memberdesk.store.models import Refund, SaleReturn
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.counter.counter_page import CounterPage
from memberdesk.ui.sales.return_dialog import PRICE, ReturnDialog
from tests.conftest import Shop
from tests.reports.test_receipt import text_of
from tests.ui.dialog_helpers import discard_answers_fixture, focused  # noqa: F401
from tests.ui.sales.test_return_dialog import press_f6, return_dialogs

pytestmark = pytest.mark.usefixtures("discard_answers")


@pytest.fixture
def cardigan_sale(window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> Iterator[SaleResult]:
    """Two cardigans at ¥279 with ¥20 off the line and a scarf, 10,000 points redeemed, paid
    ¥300 in cash and the rest by WeChat; the member is on the card."""
    db = sqlite_shop.db
    member_id = enrol(db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    points_svc.adjust(db, sqlite_shop.supervisor, member_id, "10000", "开业礼")
    sale = record_sale(
        db,
        sqlite_shop.clerk,
        SaleForm(
            member_id,
            [
                LineForm(description="开衫", size="M", unit_price="279", quantity=2, discount="20"),
                LineForm(description="围巾", unit_price="42"),
            ],
            [PaymentForm(PaymentMethod.CASH, "300"), PaymentForm(PaymentMethod.WECHAT, "")],
            redeem_points=10_000,
        ),
    )
    window.ctx.set_actor(sqlite_shop.clerk)
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
    yield sale
    for dialog in return_dialogs():
        dialog.discard()


def _one_cardigan(qtbot: QtBot) -> ReturnDialog:
    dialog = press_f6(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)  # the member's recent sales
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    qtbot.keyClicks(focused(), "1")  # one cardigan
    return dialog


def _type_and_reason(qtbot: QtBot, dialog: ReturnDialog) -> None:
    while focused() is not dialog.kind:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "too big")


def test_the_refund_and_the_points_are_shown_before_recording(
    cardigan_sale: SaleResult, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    dialog = _one_cardigan(qtbot)
    # what the customer paid for one cardigan, as the receipt reads: (2 × 279 − 20) / 2
    assert dialog.table.item(0, PRICE).text() == "¥269.00"
    shown = dialog.preview.text()
    # 10,000 points spread by line value: 9,276 on the cardigans (538 of 580), one of them 4,638
    assert "4,638" in shown
    refund = (53800 - 10000 * 53800 // 58000) // 2  # the points' ¥100 share of it is not money
    assert format_fen(refund) in shown and "Cash" in shown
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(SaleReturn)).first() is None  # nothing recorded yet
    qtbot.keyClicks(focused(), "\b0")  # changed the mind: none
    assert "4,638" not in dialog.preview.text()


def test_the_result_stays_until_dismissed_and_a_slip_can_be_printed(
    cardigan_sale: SaleResult, qtbot: QtBot, sqlite_shop: Shop, tmp_path: Path
) -> None:
    dialog = _one_cardigan(qtbot)
    _type_and_reason(qtbot, dialog)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert dialog.result_ is not None
    with sqlite_shop.db.read() as s:
        refunds = s.execute(select(Refund.method, Refund.amount_fen)).all()
    assert refunds == [(PaymentMethod.CASH, dialog.result_.refund_fen)]
    shown = dialog.outcome.text()
    assert format_fen(dialog.result_.refund_fen) in shown and "Cash" in shown
    assert f"{dialog.result_.points_restored:,}" in shown
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a second Enter, pressed by habit
    qtbot.keyClick(focused(), Qt.Key.Key_Enter)
    assert dialog.isVisible() and dialog.outcome.text() == shown  # still there to be read
    slip = tmp_path / "slip.pdf"
    dialog.save_slip_to(slip)
    printed = "\n".join(text_of(slip.read_bytes()))
    assert dialog.result_.return_no in printed and cardigan_sale.receipt_no in printed
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # the clerk dismisses it
    qtbot.waitUntil(lambda: return_dialogs() == [])


def test_the_clerk_recording_is_not_offered_as_approver(
    cardigan_sale: SaleResult, window: MainWindow, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    window.ctx.set_actor(sqlite_shop.supervisor)
    dialog = ReturnDialog.open_for(window.ctx, None, window)
    offered = [dialog.approver.itemData(i) for i in range(1, dialog.approver.count())]
    assert sqlite_shop.supervisor.staff_id not in offered and sqlite_shop.manager.staff_id in offered
