"""The till as a clerk uses it: keys sent to whatever has focus in the real main window, on the
demo store; checked against the database and against what the window shows."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.domain.announce import announce_amount
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import MemberStatus, PaymentMethod
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberStats, Payment, Product, Sale, SaleLine, Store
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales.cart_model import ITEM, QTY
from memberdesk.ui.sales.sale_dialog import SaleDialog
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from tests.conftest import DEMO_PINS

Mod = Qt.KeyboardModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def sign_in(qtbot: QtBot, window: MainWindow, code: str = "C01") -> None:
    """The staff member's number key on the lock screen, then the PIN and Enter."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    staff = sorted(DEMO_PINS)  # the lock screen lists staff by number; key 1 is the first
    press(qtbot, getattr(Qt.Key, f"Key_{staff.index(code) + 1}"))
    type_text(qtbot, DEMO_PINS[code])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.signed_in)
    box = window.findChild(QLineEdit, "counterSearch")
    assert box is not None
    try:  # the counter promises the search box has the focus after signing in
        qtbot.waitUntil(box.hasFocus, timeout=2000)
    except TimeoutError:
        box.setFocus()  # until the counter keeps that promise, the clerk clicks into the box


def member_with_points(db: Database) -> tuple[int, str, int]:
    with db.read() as s:
        mid, phone, points = s.execute(
            select(Member.id, Member.phone, MemberStats.points_balance)
            .join(MemberStats, MemberStats.member_id == Member.id)
            .where(Member.status == MemberStatus.ACTIVE, MemberStats.points_balance >= 1000)
            .order_by(Member.id)
            .limit(1)
        ).one()
    return mid, phone, points


def two_products(db: Database) -> list[Product]:
    with db.read() as s:
        rows = list(s.scalars(select(Product).where(Product.active).order_by(Product.id).limit(2)))
        s.expunge_all()
    return rows


def open_sale_for_member(qtbot: QtBot, window: MainWindow) -> tuple[SaleDialog, int, int]:
    sign_in(qtbot, window)
    mid, phone, points = member_with_points(window.ctx.db)
    type_text(qtbot, phone)
    press(qtbot, Qt.Key.Key_Return)  # the member's card opens
    qtbot.waitUntil(lambda: f"{points:,}" in "".join(w.text() for w in window.findChildren(QLabel)))
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: isinstance(focus().window(), SaleDialog))
    dialog = focus().window()
    assert isinstance(dialog, SaleDialog) and dialog.member_id == mid
    return dialog, mid, points


def cell(dialog: SaleDialog, row: int, column: int) -> str:
    return str(dialog.model.index(row, column).data())


def test_a_sale_rung_up_by_keys_alone(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog, mid, points = open_sale_for_member(qtbot, demo_window)
    assert f"{points:,}" in dialog.customer.text()  # points with thousands separators
    first, second = two_products(demo_window.ctx.db)
    with demo_window.ctx.db.read() as s:
        sales_before = s.scalar(select(func.count()).select_from(Sale))

    type_text(qtbot, first.sku)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 1  # at once, with its name and price
    assert cell(dialog, 0, ITEM) == first.name
    assert dialog.due_label.text() == format_fen(first.price_fen)
    assert focus() is dialog.code and dialog.code.text() == ""

    type_text(qtbot, "NOPE404")
    press(qtbot, Qt.Key.Key_Return)
    assert "NOPE404" in dialog.problem.text()  # said at once
    assert dialog.code.text() == "NOPE404" and dialog.model.rowCount() == 1

    type_text(qtbot, second.sku)  # the refused code is selected: the next scan replaces it
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 2 and dialog.problem.text() == ""
    assert dialog.due_label.text() == format_fen(first.price_fen + second.price_fen)

    press(qtbot, Qt.Key.Key_Down)  # into the cart, on the line just added
    assert focus() is dialog.table and dialog.table.currentIndex().row() == 1
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(dialog, 1, QTY) == "3")
    due = first.price_fen + 3 * second.price_fen
    assert dialog.due_label.text() == format_fen(due)

    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Up)
    assert dialog.table.currentIndex().row() == 0
    press(qtbot, Qt.Key.Key_Delete)  # the first line goes
    assert dialog.model.rowCount() == 1 and cell(dialog, 0, ITEM) == second.name
    due = 3 * second.price_fen
    assert dialog.due_label.text() == format_fen(due)
    assert announce_amount(due, "en") in dialog.announce.text()  # the words, before confirming

    press(qtbot, Qt.Key.Key_T, Mod.AltModifier)  # Cash tendered
    assert focus() is dialog.tendered
    tendered = math.ceil((due + 1) / 10000) * 10000
    type_text(qtbot, str(tendered // 100))
    assert dialog.change_label.text() == format_fen(tendered - due)

    with qtbot.waitSignal(demo_window.ctx.data_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    with demo_window.ctx.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == sales_before + 1
        sale = s.scalars(select(Sale).order_by(Sale.id.desc()).limit(1)).one()
        assert (sale.member_id, sale.total_fen) == (mid, due)
        lines = s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id)).all()
        assert [(ln.sku, ln.quantity, ln.total_fen) for ln in lines] == [(second.sku, 3, due)]
        pays = s.execute(select(Payment.method, Payment.amount_fen).where(Payment.sale_id == sale.id)).all()
        assert pays == [(PaymentMethod.CASH, due)]
        receipt = sale.receipt_no
    assert receipt in dialog.checkout.text()
    assert format_fen(tendered - due) in dialog.checkout.text()  # the change to give
    press(qtbot, Qt.Key.Key_Escape)  # saved: closes without asking
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_esc_on_a_sale_with_lines_asks_first(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[bool] = [False, True]
    asked: list[int] = []

    def confirm(_cls: type, _parent: QWidget | None) -> bool:
        asked.append(1)
        return answers.pop(0)

    monkeypatch.setattr(GuardedDialog, "confirm_discard", classmethod(confirm))
    dialog, _mid, _points = open_sale_for_member(qtbot, demo_window)
    product = two_products(demo_window.ctx.db)[0]
    type_text(qtbot, product.sku)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == [1] and dialog.isVisible() and dialog.model.rowCount() == 1  # "keep editing"
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == [1, 1]
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_members_balance_is_offered_to_a_member_and_not_to_a_walk_in(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    dialog, _mid, _points = open_sale_for_member(qtbot, demo_window)
    for combo in (dialog.method, dialog.second_method):
        assert combo.findData(PaymentMethod.STORED_VALUE.value) >= 0
        assert combo.findData(PaymentMethod.CASH.value) >= 0
    walk_in = SaleDialog(demo_window.ctx, None, demo_window)
    qtbot.addWidget(walk_in)
    for combo in (walk_in.method, walk_in.second_method):
        assert combo.findData(PaymentMethod.STORED_VALUE.value) == -1
        assert combo.findData(PaymentMethod.CASH.value) >= 0
    walk_in.discard()


@pytest.mark.parametrize("language", ["en", "zh_CN", "pseudo"])
def test_the_till_fits_a_small_screen(
    qtbot: QtBot, qapp: QApplication, demo_db: Database, language: str
) -> None:
    from memberdesk.ui.widgets import i18n
    from memberdesk.ui.widgets.pseudo_locale import install_pseudo_locale, remove_pseudo_locale

    before = qapp.font()
    i18n.apply_font(qapp, i18n.register_fonts())  # the font the app ships and always uses
    pseudo = install_pseudo_locale(qapp) if language == "pseudo" else None
    if language == "zh_CN":
        i18n.install_translators(qapp, "zh_CN")
    try:
        mid = member_with_points(demo_db)[0]
        with demo_db.read() as s:
            store = s.scalars(select(Store)).one()
            ctx = AppContext(demo_db, store.id, store.name)
        from tests.conftest import demo_actor

        ctx.set_actor(demo_actor(demo_db, "C01"))
        dialog = SaleDialog(ctx, mid)
        qtbot.addWidget(dialog)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 740, (hint.width(), hint.height())
        assert dialog.width() <= 1024 and dialog.height() <= 740
    finally:
        if pseudo is not None:
            remove_pseudo_locale(qapp, pseudo)
        i18n.install_translators(qapp, "en")
        qapp.setFont(before)
