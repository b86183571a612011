"""A gift card (礼品卡) paying at the till, by keys in the real main window on the demo store:
the card's code typed, its balance shown, more than it holds refused, then part by the card
and the rest in cash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod
from memberdesk.services.money import gift_cards
from memberdesk.store.models import Payment, Product, Sale
from memberdesk.ui.app.main_window import MainWindow
from tests.conftest import demo_actor
from tests.ui.sales.test_till import Mod, focus, open_sale_for_member, press, type_text


def test_part_paid_by_a_gift_card_typed_at_the_till(qtbot: QtBot, demo_window: MainWindow) -> None:
    db = demo_window.ctx.db
    card = gift_cards.sell(db, demo_actor(db, "C01"), "200", "cash", code="GC-TEST-0001").code
    dialog, _mid, _points = open_sale_for_member(qtbot, demo_window)
    with db.read() as s:
        product = s.scalars(
            select(Product).where(Product.active, Product.price_fen > 300_00).order_by(Product.id).limit(1)
        ).one()
        sku, price = product.sku, product.price_fen
    type_text(qtbot, sku)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_B, Mod.AltModifier)  # Pay &by: the gift card
    assert focus() is dialog.method
    press(qtbot, Qt.Key.Key_G)
    assert dialog.method.currentData() == PaymentMethod.GIFT_CARD.value
    press(qtbot, Qt.Key.Key_M, Mod.AltModifier)  # A&mount: more than the card holds
    type_text(qtbot, "250")
    press(qtbot, Qt.Key.Key_S, Mod.AltModifier)  # &Second payment: cash, the rest
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.second_method.currentData() == PaymentMethod.CASH.value
    press(qtbot, Qt.Key.Key_G, Mod.AltModifier)  # &Gift card: its code, as a scanner types it
    code_field = dialog.totals.gift_card.code
    assert focus() is code_field
    type_text(qtbot, "gc-test-0001")
    assert "¥200.00" in dialog.problem.text() and card in dialog.problem.text()  # holds only ¥200
    with db.read() as s:
        sales_before = s.scalar(select(func.count()).select_from(Sale))
    press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    assert dialog.result_ is None
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == sales_before  # nothing recorded
    assert gift_cards.balance_of(db, card).balance_fen == 200_00

    press(qtbot, Qt.Key.Key_M, Mod.AltModifier)
    press(qtbot, Qt.Key.Key_A, Mod.ControlModifier)
    type_text(qtbot, "150")
    assert dialog.problem.text() == ""
    shown = dialog.totals.gift_card.balance.text()
    assert format_fen(200_00) in shown and format_fen(50_00) in shown  # holds, and left after
    if (shots := Path("/tmp/till-gift-card")).is_dir():
        dialog.grab().save(str(shots / "till-gift-card.png"))
    with qtbot.waitSignal(demo_window.ctx.data_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    assert dialog.result_ is not None
    with db.read() as s:
        pays = s.execute(
            select(Payment.method, Payment.amount_fen).where(Payment.sale_id == dialog.result_.sale_id)
        ).all()
    assert sorted(pays) == sorted([(PaymentMethod.GIFT_CARD, 150_00), (PaymentMethod.CASH, price - 150_00)])
    assert gift_cards.balance_of(db, card).balance_fen == 50_00
    assert f"{card}" in dialog.checkout.text() and format_fen(50_00) in dialog.checkout.text()
    assert not code_field.isEnabled()
    if shots.is_dir():
        dialog.grab().save(str(shots / "till-gift-card-done.png"))
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_cards_printed_code_scanned_in_the_code_box_pays_the_sale(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    db = demo_window.ctx.db
    card = gift_cards.sell(db, demo_actor(db, "C01"), "5000", "cash").code
    dialog, _mid, _points = open_sale_for_member(qtbot, demo_window)
    with db.read() as s:
        sku, price = s.execute(
            select(Product.sku, Product.price_fen).where(Product.active).order_by(Product.id).limit(1)
        ).one()
    type_text(qtbot, sku)
    press(qtbot, Qt.Key.Key_Return)
    assert focus() is dialog.code
    type_text(qtbot, card)  # the scanner reads the slip's code and sends Enter
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.problem.text() and len(dialog.forms) == 1  # no product was looked up for it
    assert dialog.code.text() == "" and dialog.totals.gift_card.text() == card
    assert dialog.method.currentData() == PaymentMethod.GIFT_CARD.value
    assert format_fen(5000_00 - price) in dialog.totals.gift_card.balance.text()
    with qtbot.waitSignal(demo_window.ctx.data_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    assert gift_cards.balance_of(db, card).balance_fen == 5000_00 - price
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
