"""The customer display as a counter runs it: keys go to the till in the real main window, the
customer's screen follows the cart, greets the member as the card does, shows the balances
after the sale and the store's picture between customers, and never takes the keyboard."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.members import honorific
from memberdesk.domain.money import format_fen
from memberdesk.domain.phone import last4
from memberdesk.domain.vocab import Gender, MemberStatus
from memberdesk.services.money import wallet
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberStats, Product, Sale
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.display.choice import DisplayChoice
from memberdesk.ui.display.window import CustomerDisplay
from memberdesk.ui.sales.cart_model import SIZE
from memberdesk.ui.sales.sale_dialog import SaleDialog
from tests.conftest import DEMO_PINS
from tests.ui.counter_steps import demo_window, focused, press, sign_in, type_text
from tests.ui.sales.test_till import open_sale_for_member
from tests.ui.sales.test_till_inputs import _scan, _sized_product
from tests.ui.sales.test_till_stored_value import PIN, _dear_product, _give_balance, _ring_up_with_balance

Mod = Qt.KeyboardModifier


def a_lady_with_points(db: Database) -> tuple[int, str, str, int]:
    """A member the card calls 某女士: her id, full name, phone and points."""
    with db.read() as s:
        rows = s.execute(
            select(Member.id, Member.name, Member.phone, MemberStats.points_balance)
            .join(MemberStats, MemberStats.member_id == Member.id)
            .where(
                Member.status == MemberStatus.ACTIVE,
                Member.gender == Gender.FEMALE,
                MemberStats.points_balance >= 100,
            )
            .order_by(Member.id)
        ).all()
    for mid, name, phone, points in rows:
        if honorific(name, Gender.FEMALE).endswith("女士") and len(name) >= 2:
            return mid, name, phone, points
    raise AssertionError("the demo store has no lady with points")


def a_product(db: Database) -> Product:
    with db.read() as s:
        product = s.scalars(select(Product).where(Product.active).order_by(Product.id).limit(1)).one()
        s.expunge_all()
    return product


def shown(display: CustomerDisplay) -> str:
    """Every word on the customer's screen."""
    words = [label.text() for label in display.findChildren(QLabel) if label.isVisibleTo(display)]
    for table in display.findChildren(QTableWidget):
        words += [" ".join(row) for row in display.rows()]
        words += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return "\n".join(words)


def dialog_of_focus() -> SaleDialog:
    dialog = focused().window()
    assert isinstance(dialog, SaleDialog)
    return dialog


def open_sale(qtbot: QtBot, win: MainWindow, phone: str, points: int) -> SaleDialog:
    """Find the member by phone at the counter, then F5: the till opens with her card."""
    type_text(qtbot, phone)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: f"{points:,}" in "".join(w.text() for w in win.findChildren(QLabel)))
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: isinstance(focused().window(), SaleDialog))
    dialog = focused().window()
    assert isinstance(dialog, SaleDialog)
    return dialog


def test_the_display_follows_the_till_and_never_takes_the_keyboard(
    qtbot: QtBot, demo_db: Database, display_on: DisplayChoice
) -> None:
    win = demo_window(demo_db, qtbot)
    display = win.customer_display.window
    assert display is not None and display.isVisible()
    assert display.pages.currentIndex() == 0  # between customers: the picture and the welcome
    assert "示范店" in display.welcome.text()
    assert not display.image.pixmap().isNull()  # the bundled logo by default
    sign_in(qtbot, win, "C01", DEMO_PINS["C01"])
    mid, name, phone, points = a_lady_with_points(demo_db)

    dialog = open_sale(qtbot, win, phone, points)
    assert dialog.member_id == mid
    surname_greeting = honorific(name, Gender.FEMALE)
    assert display.greeting.text() == f"Welcome, {surname_greeting}"

    product = a_product(demo_db)
    type_text(qtbot, product.sku)
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is dialog.code  # the clerk keeps the keyboard
    assert QApplication.activeWindow() is not display
    assert display.rows()[0][0] == product.name
    assert display.due.text() == dialog.due_label.text()
    amounts = [row[3] for row in display.rows()]
    total = sum(int(a.replace("¥", "").replace(",", "").replace(".", "")) for a in amounts)
    assert format_fen(total) == display.due.text()  # the customer's lines add up to what is due
    assert display.points_earned.isVisible() and display.points_earned.text() != ""

    press(qtbot, Qt.Key.Key_T, Mod.AltModifier)  # cash tendered
    assert focused() is dialog.tendered
    due = dialog.cart.total_fen if dialog.cart is not None else 0
    tendered = math.ceil((due + 1) / 10000) * 10000
    type_text(qtbot, str(tendered // 100))
    assert display.tendered.text() == format_fen(tendered)
    assert display.change.text() == format_fen(tendered - due)

    with qtbot.waitSignal(win.ctx.data_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    assert dialog.result_ is not None
    with demo_db.read() as s:
        sale = s.get(Sale, dialog.result_.sale_id)
        assert sale is not None and sale.total_fen == due
        after = s.get(MemberStats, mid)
        assert after is not None
        points_after = after.points_balance
    assert display.thanks.text() == "Thank you!"
    assert display.points_after.text() == f"{points_after:,}"
    if dialog.cart is not None and dialog.cart.stored is not None:
        assert display.balance_after.text() == format_fen(wallet.balance(demo_db, mid).total_fen)
    everything = shown(display)
    assert name not in everything and phone not in everything and last4(phone) not in everything
    assert "Size" not in everything

    press(qtbot, Qt.Key.Key_Escape)  # the sale is done: the next customer sees the store again
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert display.pages.currentIndex() == 0 and display.rows() == []
    assert surname_greeting not in shown(display)
    assert QApplication.activeWindow() is not display


def test_a_walk_in_is_welcomed_without_a_name_or_points(
    qtbot: QtBot, demo_db: Database, display_on: DisplayChoice
) -> None:
    win = demo_window(demo_db, qtbot)
    sign_in(qtbot, win, "C01", DEMO_PINS["C01"])
    SaleDialog.open_for(win.ctx, None, win)  # a customer without membership
    qtbot.waitUntil(lambda: isinstance(focused().window(), SaleDialog))
    display = win.customer_display.window
    assert display is not None
    type_text(qtbot, a_product(demo_db).sku)
    press(qtbot, Qt.Key.Key_Return)
    assert display.greeting.text() == "Welcome"
    assert not display.points_earned.isVisible()
    assert focused() is dialog_of_focus().code
    everything = shown(display)
    assert "Your points" not in everything and "Points to earn" not in everything


def test_the_display_speaks_the_counters_language(
    qtbot: QtBot, chinese: None, demo_db: Database, display_on: DisplayChoice
) -> None:
    win = demo_window(demo_db, qtbot)
    display = win.customer_display.window
    assert display is not None
    assert display.welcome.text() == "欢迎光临示范店"
    sign_in(qtbot, win, "C01", DEMO_PINS["C01"])
    _mid, name, phone, points = a_lady_with_points(demo_db)
    open_sale(qtbot, win, phone, points)
    type_text(qtbot, a_product(demo_db).sku)
    press(qtbot, Qt.Key.Key_Return)
    assert display.greeting.text() == f"{honorific(name, Gender.FEMALE)}，欢迎光临"
    everything = shown(display)
    for words in ("商品", "数量", "单价", "金额", "应付金额", "本次可得积分"):
        assert words in everything
    assert name not in everything and phone not in everything


def test_paid_from_the_balance_the_customer_sees_what_is_left_and_never_the_pin(
    qtbot: QtBot, demo_db: Database, display_on: DisplayChoice
) -> None:
    win = demo_window(demo_db, qtbot)
    before = _give_balance(win)
    dialog, mid, _points = open_sale_for_member(qtbot, win)
    display = win.customer_display.window
    assert display is not None
    _ring_up_with_balance(qtbot, dialog, _dear_product(win).sku, "100")
    press(qtbot, Qt.Key.Key_N, Mod.AltModifier)  # the member types their PIN at the counter
    assert focused() is dialog.member_proof
    type_text(qtbot, PIN)
    assert PIN not in shown(display)
    assert display.balance_after.text() == ""  # the balance after is said once the sale is recorded
    with qtbot.waitSignal(win.ctx.data_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    assert dialog.result_ is not None
    left = wallet.balance(demo_db, mid).total_fen
    assert left == before.total_fen - 100_00
    assert display.balance_after.text() == format_fen(left)
    assert PIN not in shown(display)


def test_the_size_the_clerk_chooses_stays_off_the_customers_screen(
    qtbot: QtBot, demo_db: Database, display_on: DisplayChoice
) -> None:
    win = demo_window(demo_db, qtbot)
    dialog, _mid, _points = open_sale_for_member(qtbot, win)
    display = win.customer_display.window
    assert display is not None
    product = _sized_product(win)
    chosen = [s for s in product.sizes.split(",") if s][-1]
    _scan(qtbot, dialog, product.sku)
    press(qtbot, Qt.Key.Key_Down)  # into the cart, then to the size cell
    while dialog.table.currentIndex().column() != SIZE:
        press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: focused() is not dialog.table)
    type_text(qtbot, chosen[0])
    while focused().currentText() != chosen:  # type: ignore[attr-defined]
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.index(0, SIZE).data() == chosen)
    price = format_fen(product.price_fen)
    qtbot.waitUntil(lambda: display.rows()[:1] == [(product.name, "1", price, price)])
    assert all(chosen not in cell for row in display.rows() for cell in row[:2])
