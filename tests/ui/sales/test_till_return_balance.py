"""A return of goods paid from the member's balance, by keys in the real main window: the
window says, before and after recording, that the money goes back to the balance, and the
balance after with its principal and bonus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.money import presence, wallet
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, SaleResult, record_sale
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.counter.counter_page import CounterPage
from tests.conftest import Shop
from tests.ui.dialog_helpers import discard_answers_fixture, focused  # noqa: F401
from tests.ui.sales.test_return_dialog import return_dialogs
from tests.ui.sales.test_return_refund import _one_cardigan, _type_and_reason

pytestmark = pytest.mark.usefixtures("discard_answers")


@pytest.fixture
def balance_sale(window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> Iterator[tuple[SaleResult, int]]:
    """Two cardigans and a scarf, ¥300 from the member's balance (¥1,000 paid in, ¥100 bonus)
    and the rest by WeChat; the member is on the card."""
    db = sqlite_shop.db
    member_id = enrol(db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    wallet.topup(db, sqlite_shop.clerk, member_id, "1000", PaymentMethod.CASH)
    presence.set_pin(db, sqlite_shop.clerk, member_id, "246810")
    sale = record_sale(
        db,
        sqlite_shop.clerk,
        SaleForm(
            member_id,
            [
                LineForm(description="开衫", size="M", unit_price="279", quantity=2, discount="20"),
                LineForm(description="围巾", unit_price="42"),
            ],
            [PaymentForm(PaymentMethod.STORED_VALUE, "300"), PaymentForm(PaymentMethod.WECHAT, "")],
            member_pin="246810",
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
    yield sale, member_id
    for dialog in return_dialogs():
        dialog.discard()


def test_the_money_goes_back_to_the_balance_and_the_window_says_so(
    balance_sale: tuple[SaleResult, int], qtbot: QtBot, sqlite_shop: Shop
) -> None:
    _sale, member_id = balance_sale
    before = wallet.balance(sqlite_shop.db, member_id)
    dialog = _one_cardigan(qtbot)
    assert "Stored value" in dialog.preview.text()  # said before recording
    _type_and_reason(qtbot, dialog)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    result = dialog.result_
    assert result is not None and result.stored_back is not None
    after = wallet.balance(sqlite_shop.db, member_id)
    assert after.total_fen == before.total_fen + result.stored_back.total_fen == before.total_fen + 269_00
    shown = dialog.outcome.text()
    assert f"Back to the member's balance: {format_fen(269_00)}" in shown
    assert format_fen(after.total_fen) in shown
    assert format_fen(after.principal_fen) in shown and format_fen(after.bonus_fen) in shown
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: return_dialogs() == [])
