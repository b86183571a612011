"""The till's inputs as a clerk meets them, by keys in the real main window on the demo store:
the words to say never show a stale amount, the header shows the points after the sale, a bad
item without a code keeps the focus and never blocks a scan, and a coded item takes a size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.announce import announce_amount
from memberdesk.domain.money import format_fen
from memberdesk.store.models import MemberStats, Product, Sale, SaleLine
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales.cart_model import QTY, SIZE
from memberdesk.ui.sales.sale_dialog import SaleDialog
from tests.ui.sales.test_till import (
    Mod,
    focus,
    open_sale_for_member,
    press,
    two_products,
    type_text,
)


def _scan(qtbot: QtBot, dialog: SaleDialog, code: str) -> None:
    press(qtbot, Qt.Key.Key_C, Mod.AltModifier)  # &Code
    assert focus() is dialog.code
    rows = dialog.model.rowCount()
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.model.rowCount() >= rows


def _sized_product(window: MainWindow) -> Product:
    with window.ctx.db.read() as s:
        product = s.scalars(
            select(Product).where(Product.active, Product.sizes.like("%,%")).order_by(Product.id).limit(1)
        ).one()
        s.expunge_all()
    return product


def test_an_invalid_points_entry_hides_the_amount_to_say(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog, _mid, _points = open_sale_for_member(qtbot, demo_window)
    product = two_products(demo_window.ctx.db)[0]
    _scan(qtbot, dialog, product.sku)
    said = announce_amount(product.price_fen, "en")
    assert said in dialog.announce.text()
    press(qtbot, Qt.Key.Key_P, Mod.AltModifier)  # Redeem &points
    assert focus() is dialog.redeem
    type_text(qtbot, "12x")
    assert dialog.problem.text()  # said why
    assert dialog.announce.text() == ""  # no amount that is no longer true
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "100")  # 100 points = ¥1.00 by the default rule
    assert dialog.problem.text() == ""
    assert announce_amount(product.price_fen - 100, "en") in dialog.announce.text()


def test_after_recording_the_header_shows_the_points_after_the_sale(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    dialog, mid, points = open_sale_for_member(qtbot, demo_window)
    product = two_products(demo_window.ctx.db)[0]
    _scan(qtbot, dialog, product.sku)
    press(qtbot, Qt.Key.Key_P, Mod.AltModifier)
    type_text(qtbot, "500")
    with qtbot.waitSignal(demo_window.ctx.data_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    with demo_window.ctx.db.read() as s:
        after = s.get(MemberStats, mid).points_balance  # type: ignore[union-attr]
    assert after != points
    assert f"{after:,}" in dialog.customer.text() and f"{points:,}" not in dialog.customer.text()


def test_a_bad_price_keeps_the_focus_and_never_blocks_a_scan(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog, _mid, _points = open_sale_for_member(qtbot, demo_window)
    product = two_products(demo_window.ctx.db)[0]
    press(qtbot, Qt.Key.Key_I, Mod.AltModifier)  # Or &item
    assert focus() is dialog.description
    type_text(qtbot, "Jeans")
    while focus() is not dialog.price:
        press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "abc")
    press(qtbot, Qt.Key.Key_Return)
    assert "abc" in dialog.problem.text()
    assert focus() is dialog.price and dialog.price.text() == "abc"  # the clerk fixes it where it is
    assert dialog.model.rowCount() == 0
    _scan(qtbot, dialog, product.sku)  # the customer's next item is scanned meanwhile
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == product.name
    assert "abc" not in dialog.problem.text()
    assert dialog.due_label.text() == format_fen(product.price_fen)
    _scan(qtbot, dialog, product.sku)  # and the next
    assert dialog.model.index(0, QTY).data() == "2"
    assert dialog.description.text() == "Jeans" and dialog.price.text() == "abc"  # kept to fix


def test_a_coded_item_takes_its_size_by_keys(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog, mid, _points = open_sale_for_member(qtbot, demo_window)
    product = _sized_product(demo_window)
    sizes = [s for s in product.sizes.split(",") if s]
    chosen = sizes[-1]
    _scan(qtbot, dialog, product.sku)
    press(qtbot, Qt.Key.Key_Down)  # into the cart, on the line just scanned
    assert focus() is dialog.table and dialog.table.currentIndex().column() == QTY
    while dialog.table.currentIndex().column() != SIZE:
        press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_F2)  # the size box opens on the line
    qtbot.waitUntil(lambda: focus() is not dialog.table)
    type_text(qtbot, chosen[0])
    while focus().currentText() != chosen:  # type: ignore[attr-defined]
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.index(0, SIZE).data() == chosen)
    with qtbot.waitSignal(demo_window.ctx.data_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_Return, Mod.ControlModifier)
    with demo_window.ctx.db.read() as s:
        sale = s.scalars(select(Sale).where(Sale.member_id == mid).order_by(Sale.id.desc()).limit(1)).one()
        line = s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id)).one()
    assert (line.sku, line.size) == (product.sku, chosen)
