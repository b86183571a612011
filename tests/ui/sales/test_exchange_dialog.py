"""The exchange (换货) as a clerk does it: from the return window (F6) the lines given back,
then the goods taken, the difference, Enter — one return and one sale recorded together."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import PaymentMethod
from memberdesk.services.devices import setup
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.money import presence, wallet
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import record_sale
from memberdesk.store.models import Payment, Refund, Sale, SaleReturn
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.counter.counter_page import CounterPage
from memberdesk.ui.sales.exchange_dialog import ExchangeDialog
from memberdesk.ui.sales.return_dialog import ReturnDialog
from memberdesk.ui.widgets.windows import top_level_widgets
from tests.conftest import Shop
from tests.services.devices.escpos_reader import read
from tests.services.devices.virtual_printer import virtual_printer
from tests.services.sales_helpers import three_line_sale
from tests.ui.dialog_helpers import DiscardAnswers, discard_answers_fixture, focused  # noqa: F401

pytestmark = pytest.mark.usefixtures("discard_answers")


def shown(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in top_level_widgets() if isinstance(w, kind) and w.isVisible()]


@pytest.fixture
def counter(window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> Iterator[CounterPage]:
    """The member with a three-line sale (two T-shirts at ¥99 among them) is on the card."""
    member_id = enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    record_sale(sqlite_shop.db, sqlite_shop.clerk, three_line_sale(member_id))
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
    yield page
    for dialog in (*shown(ReturnDialog), *shown(ExchangeDialog)):
        dialog.discard()


def open_exchange_for_one_tshirt(qtbot: QtBot) -> ExchangeDialog:
    """F6, the member's last sale, one T-shirt, the type and the reason, then Alt+X."""
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: len(shown(ReturnDialog)) == 1)
    back = shown(ReturnDialog)[0]
    qtbot.waitUntil(lambda: back.isActiveWindow() and back.receipt.hasFocus())
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: back.table.rowCount() == 3)
    qtbot.keyClicks(focused(), "1")
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is back.kind
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "too small")
    qtbot.keyClick(focused(), Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(shown(ExchangeDialog)) == 1 and not shown(ReturnDialog))
    dialog = shown(ExchangeDialog)[0]
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.item.hasFocus())
    assert "¥99.00" in dialog.given_label.text()
    return dialog


def add(qtbot: QtBot, item: str, price: str) -> None:
    qtbot.keyClicks(focused(), item)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), price)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def test_a_dearer_exchange_by_keys_records_one_return_one_sale_and_the_difference(
    counter: CounterPage, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    dialog = open_exchange_for_one_tshirt(qtbot)
    add(qtbot, "T-shirt L", "129")
    qtbot.waitUntil(lambda: dialog.items.count() == 1)
    assert focused() is dialog.item
    assert "¥30.00" in dialog.difference.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # nothing more to add: record
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    with sqlite_shop.db.read() as s:
        ret = s.scalars(select(SaleReturn)).one()
        new = s.scalars(select(Sale).order_by(Sale.id.desc())).first()
        assert new is not None and new.total_fen == 129_00 and ret.reason == "too small"
        pays = s.execute(select(Payment.method, Payment.amount_fen).where(Payment.sale_id == new.id)).all()
        refunds = s.execute(select(Refund.method, Refund.amount_fen)).all()
    assert sorted((PaymentMethod(m), a) for m, a in pays) == [
        (PaymentMethod.CASH, 30_00),
        (PaymentMethod.EXCHANGE, 99_00),
    ]
    assert [(PaymentMethod(m), a) for m, a in refunds] == [(PaymentMethod.EXCHANGE, 99_00)]
    assert check_ledgers(sqlite_shop.db) == []
    assert ret.return_no in dialog.outcome.text() and new.receipt_no in dialog.outcome.text()
    assert dialog.slip_bytes().startswith(b"%PDF")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter again leaves the result on screen
    assert shown(ExchangeDialog) == [dialog]
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shown(ExchangeDialog) == [])
    qtbot.waitUntil(counter.search_box.hasFocus)


def test_a_cheaper_exchange_shows_where_the_difference_goes_back(
    counter: CounterPage, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    dialog = open_exchange_for_one_tshirt(qtbot)
    add(qtbot, "Socks", "20")
    qtbot.waitUntil(lambda: dialog.items.count() == 1)
    assert "¥79.00" in dialog.difference.text() and "WeChat Pay" in dialog.difference.text()
    assert not dialog.method.isEnabled()  # nothing to pay
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    with sqlite_shop.db.read() as s:
        rows = s.execute(select(Refund.method, Refund.amount_fen).order_by(Refund.id))
        refunds = [(PaymentMethod(m), a) for m, a in rows]
    assert refunds == [(PaymentMethod.EXCHANGE, 20_00), (PaymentMethod.WECHAT, 79_00)]
    assert check_ledgers(sqlite_shop.db) == []


def test_esc_asks_before_the_goods_taken_are_thrown_away_and_focus_goes_back(
    counter: CounterPage, qtbot: QtBot, discard_answers: DiscardAnswers, sqlite_shop: Shop
) -> None:
    dialog = open_exchange_for_one_tshirt(qtbot)
    add(qtbot, "Socks", "20")
    qtbot.waitUntil(lambda: dialog.items.count() == 1)
    discard_answers.answer = False
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert discard_answers.asked == [dialog] and dialog.isVisible()
    discard_answers.answer = True
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shown(ExchangeDialog) == [])
    qtbot.waitUntil(counter.search_box.hasFocus)
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(SaleReturn)).first() is None


def test_an_unknown_item_code_is_explained_and_kept_for_correction(
    counter: CounterPage, qtbot: QtBot
) -> None:
    dialog = open_exchange_for_one_tshirt(qtbot)
    qtbot.keyClicks(focused(), "NOSUCH1")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.items.count() == 0 and dialog.message.text() and dialog.item.text() == "NOSUCH1"
    assert dialog.result_ is None


def test_stored_value_pays_the_difference_with_the_member_s_pin(
    counter: CounterPage, qtbot: QtBot, sqlite_shop: Shop
) -> None:
    with sqlite_shop.db.read() as s:
        member = s.scalars(select(Sale.member_id)).first()
    assert member is not None
    wallet.topup(sqlite_shop.db, sqlite_shop.clerk, member, "500", PaymentMethod.CASH)
    presence.set_pin(sqlite_shop.db, sqlite_shop.clerk, member, "135790")
    held = wallet.balance(sqlite_shop.db, member).total_fen
    dialog = open_exchange_for_one_tshirt(qtbot)
    add(qtbot, "Coat", "300")
    qtbot.waitUntil(lambda: dialog.items.count() == 1)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.method
    qtbot.keyClick(focused(), Qt.Key.Key_End)  # stored value, offered last
    assert dialog.method.currentData() == PaymentMethod.STORED_VALUE.value
    qtbot.waitUntil(dialog.member_pin.isVisible)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.member_pin
    qtbot.keyClicks(focused(), "135790")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert wallet.balance(sqlite_shop.db, member).total_fen == held - 201_00
    assert check_ledgers(sqlite_shop.db) == []


def test_the_exchange_slip_prints_on_the_thermal_printer_and_the_drawer_opens_for_cash(
    counter: CounterPage, qtbot: QtBot
) -> None:
    with virtual_printer() as printer:
        setup.save(setup.checked(printer.address, setup.GB18030, drawer=True))
        dialog = open_exchange_for_one_tshirt(qtbot)
        add(qtbot, "T-shirt L", "129")
        qtbot.waitUntil(lambda: dialog.items.count() == 1)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.result_ is not None)
        got = read(printer.wait())
    assert dialog.result_ is not None
    assert got.qr == [dialog.result_.sale.receipt_no]
    assert "Exchange slip" in got.text and "Difference paid" in got.text and "￥30.00" in got.text
    assert got.kicks  # ¥30 in cash went into the drawer
