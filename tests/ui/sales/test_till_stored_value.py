"""Paying from the member's balance (会员余额) at the till, by keys in the real main window on
the demo store: part by the balance with the member's own PIN, the rest in cash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod
from memberdesk.services.money import presence, wallet
from memberdesk.store.models import Payment, Product, Sale
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales.sale_dialog import SaleDialog
from tests.conftest import demo_actor
from tests.ui.sales.test_till import (
    Mod,
    focus,
    member_with_points,
    open_sale_for_member,
    press,
    two_products,
    type_text,
)

PIN = "135790"


def _give_balance(window: MainWindow) -> wallet.Balance:
    """The member of ``open_sale_for_member`` tops up ¥500 and chooses a PIN."""
    db = window.ctx.db
    mid = member_with_points(db)[0]
    wallet.topup(db, demo_actor(db, "C01"), mid, "500", PaymentMethod.CASH)
    presence.set_pin(db, demo_actor(db, "S01"), mid, PIN)  # a supervisor resets any old one
    return wallet.balance(db, mid)


def _dear_product(window: MainWindow) -> Product:
    with window.ctx.db.read() as s:
        product = s.scalars(
            select(Product).where(Product.active, Product.price_fen > 100_00).order_by(Product.id).limit(1)
        ).one()
        s.expunge_all()
    return product


def _ring_up_with_balance(qtbot: QtBot, dialog: SaleDialog, product_sku: str, from_balance: str) -> None:
    type_text(qtbot, product_sku)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_B, Mod.AltModifier)  # Pay &by: the member's balance is the last
    assert focus() is dialog.method
    press(qtbot, Qt.Key.Key_End)
    assert dialog.method.currentData() == PaymentMethod.STORED_VALUE.value
    press(qtbot, Qt.Key.Key_M, Mod.AltModifier)  # A&mount
    type_text(qtbot, from_balance)
    press(qtbot, Qt.Key.Key_S, Mod.AltModifier)  # &Second payment: cash, the rest
    assert focus() is dialog.second_method
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.second_method.currentData() == PaymentMethod.CASH.value


def test_part_paid_from_the_balance_with_the_members_pin(qtbot: QtBot, demo_window: MainWindow) -> None:
    before = _give_balance(demo_window)
    dialog, mid, _points = open_sale_for_member(qtbot, demo_window)
    product = _dear_product(demo_window)
    _ring_up_with_balance(qtbot, dialog, product.sku, "100")
    assert format_fen(before.total_fen) in dialog.balance_label.text()  # principal + bonus in view
    assert format_fen(before.bonus_fen) in dialog.balance_label.text()
    assert format_fen(before.total_fen - 100_00) in dialog.balance_label.text()  # and after the sale

    press(qtbot, Qt.Key.Key_N, Mod.AltModifier)  # Member PI&N: the member types it
    assert focus() is dialog.member_proof
    type_text(qtbot, "000000")
    if (shots := Path("/tmp/till-money-papers")).is_dir():
        dialog.grab().save(str(shots / "till-balance.png"))
    press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    assert "Wrong member PIN" in dialog.problem.text() and "4" in dialog.problem.text()
    assert focus() is dialog.member_proof and dialog.member_proof.text() == ""  # typed again
    with demo_window.ctx.db.read() as s:
        assert (
            s.scalars(select(Sale).where(Sale.member_id == mid, Sale.total_fen == product.price_fen)).first()
            is None
        )

    type_text(qtbot, PIN)
    with qtbot.waitSignal(demo_window.ctx.data_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    with demo_window.ctx.db.read() as s:
        sale = s.scalars(select(Sale).order_by(Sale.id.desc()).limit(1)).one()
        assert (sale.member_id, sale.total_fen) == (mid, product.price_fen)
        pays = s.execute(select(Payment.method, Payment.amount_fen).where(Payment.sale_id == sale.id)).all()
    assert sorted(pays) == sorted(
        [(PaymentMethod.STORED_VALUE, 100_00), (PaymentMethod.CASH, product.price_fen - 100_00)]
    )
    assert wallet.balance(demo_window.ctx.db, mid).total_fen == before.total_fen - 100_00
    assert format_fen(before.total_fen - 100_00) in dialog.checkout.text()  # the balance now, said
    assert not dialog.member_proof.isEnabled()
    if (shots := Path("/tmp/till-money-papers")).is_dir():
        dialog.grab().save(str(shots / "till-balance-done.png"))
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_more_than_the_balance_is_refused_before_anything_is_saved(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    before = _give_balance(demo_window)
    dialog, _mid, _points = open_sale_for_member(qtbot, demo_window)
    product = two_products(demo_window.ctx.db)[0]
    _ring_up_with_balance(qtbot, dialog, product.sku, str(before.total_fen // 100 + 1))
    assert format_fen(before.total_fen) in dialog.problem.text()  # "the balance is only ¥…"
    press(qtbot, Qt.Key.Key_N, Mod.AltModifier)
    type_text(qtbot, PIN)
    press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    assert dialog.result_ is None
    assert wallet.balance(demo_window.ctx.db, _mid).total_fen == before.total_fen


def test_a_store_that_asks_for_the_card_has_it_scanned_at_the_till(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from memberdesk.domain.wallet import Presence, WalletRules
    from memberdesk.services.money import rules as wallet_rules
    from memberdesk.store.models import Member

    db = demo_window.ctx.db
    wallet_rules.save(db, demo_actor(db, "M01"), WalletRules(presence=Presence.CARD))
    before = _give_balance(demo_window)
    dialog, mid, _points = open_sale_for_member(qtbot, demo_window)
    with db.read() as s:
        card = s.get(Member, mid).card_no  # type: ignore[union-attr]
    product = _dear_product(demo_window)
    _ring_up_with_balance(qtbot, dialog, product.sku, "50")
    press(qtbot, Qt.Key.Key_R, Mod.AltModifier)  # Member ca&rd: scanned, shown as scanned
    assert focus() is dialog.member_proof
    assert dialog.member_proof.echoMode() is QLineEdit.EchoMode.Normal
    type_text(qtbot, "NOT-THE-CARD")
    press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    assert "own card" in dialog.problem.text() and dialog.result_ is None
    type_text(qtbot, card)
    with qtbot.waitSignal(demo_window.ctx.data_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    assert wallet.balance(db, mid).total_fen == before.total_fen - 50_00
    dialog.discard()
