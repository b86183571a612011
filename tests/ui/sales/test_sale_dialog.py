"""The sale dialog, driven by the keyboard, checked against what the database holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.store.models import MemberSize, Sale, SaleLine
from memberdesk.ui.sales.sale_dialog import SaleDialog
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import Shop
from tests.services.sales_helpers import add_member


def _type_line(
    qtbot: QtBot, dialog: SaleDialog, price: str, qty: str, size: str = "", category: str = ""
) -> None:
    """An item without a code: description, category, size, price, Enter; then the quantity."""
    qtbot.keyClicks(dialog.description, "Jeans")
    if category:
        dialog.category.setCurrentIndex(dialog.category.findData(category))
    qtbot.keyClicks(dialog.size_box, size)
    qtbot.keyClicks(dialog.price, price)
    rows = dialog.model.rowCount()
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return)
    if dialog.model.rowCount() == rows or qty == "1":
        return
    qtbot.keyClick(dialog.code, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.table, qty)
    qtbot.keyClick(dialog.table.focusWidget() or dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.index(rows, 4).data() == qty)


def test_keyboard_sale_for_member(qtbot: QtBot, ctx: AppContext, sqlite_shop: Shop, tmp_path: Path) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    mid = add_member(sqlite_shop.db, sqlite_shop.store_id)
    with sqlite_shop.db.write() as s:
        s.add(MemberSize(member_id=mid, category="bottoms", size="29"))
    dialog = SaleDialog.open_for(ctx, mid)
    qtbot.addWidget(dialog)
    _type_line(qtbot, dialog, "299.5", "2", "30", "bottoms")
    _type_line(qtbot, dialog, "50", "1")
    assert dialog.model.rowCount() == 2
    assert dialog.due_label.text() == "¥649.00"  # shown before anything is saved
    with qtbot.waitSignal(ctx.data_changed, timeout=2000) as changed:
        qtbot.keyClick(dialog.price, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == ["sales"]
    with sqlite_shop.db.read() as s:
        sale = s.scalars(select(Sale)).one()
        assert (sale.total_fen, sale.member_id) == (64900, mid)
        assert len(s.scalars(select(SaleLine)).all()) == 2
    assert "649" in dialog.checkout.text()
    assert dialog.size_button.isEnabled()
    qtbot.mouseClick(dialog.size_button, Qt.MouseButton.LeftButton)
    with sqlite_shop.db.read() as s:
        assert s.get(MemberSize, (mid, "bottoms")).size == "30"  # type: ignore[union-attr]
    pdf = tmp_path / "r.pdf"
    dialog.save_pdf_to(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert dialog.grab().save(str(tmp_path / "sale.png"))
    if (shots := Path("/tmp/sales-bench")).is_dir():
        dialog.grab().save(str(shots / "sale.png"))


def test_bad_price_shows_error_and_saves_nothing(qtbot: QtBot, ctx: AppContext, sqlite_shop: Shop) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    dialog = SaleDialog.open_for(ctx, None)
    qtbot.addWidget(dialog)
    _type_line(qtbot, dialog, "abc", "1")
    assert dialog.problem.text()  # said when the line is added, not at the end
    assert dialog.model.rowCount() == 0 and dialog.price.text() == "abc"
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.problem.text()
    assert dialog.result_ is None
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(Sale)).first() is None
