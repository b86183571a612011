"""The till's cart as a table: one row per priced line; size, quantity and discount editable.

The rows are the service's ``PricedLine``s, never figures computed here. An edit is handed
to ``on_edit(row, column, text)``, which reprices the cart; it answers whether the edit was
taken (a quantity of 0 is refused there, and the cell keeps its value). A catalogue product
that comes in sizes offers them in the size cell (``SIZES_ROLE``; ``SizeDelegate``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from memberdesk.domain.money import format_fen
from memberdesk.services.sales.pricing import PricedLine

Index = QModelIndex | QPersistentModelIndex

NO, ITEM, SIZE, PRICE, QTY, DISCOUNT, TOTAL = range(7)
EDITABLE = (SIZE, QTY, DISCOUNT)
SIZES_ROLE = Qt.ItemDataRole.UserRole + 1  # the sizes a line's product comes in


class CartModel(QAbstractTableModel):
    """Lines of the cart as the service priced them."""

    def __init__(self, on_edit: Callable[[int, int, str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_edit = on_edit
        self.priced: tuple[PricedLine, ...] = ()
        self.savings: tuple[tuple[str, int], ...] = ()  # rows after the goods: a coupon, the member price
        self.offer_sizes = True  # False once the sale is recorded: nothing to choose any more

    def set_lines(
        self, lines: tuple[PricedLine, ...], savings: tuple[tuple[str, int], ...] | None = None
    ) -> None:
        """The goods, then one row per saving (its name and what it takes off the cart)."""
        self.beginResetModel()
        self.priced = lines
        if savings is not None:
            self.savings = savings
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.priced) + len(self.savings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("#"),
            self.tr("Item"),
            self.tr("Size"),
            self.tr("Price"),
            self.tr("Qty"),
            self.tr("Discount"),
            self.tr("Line total"),
        )
        return names[section] if 0 <= section < len(names) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in EDITABLE and index.row() < len(self.priced):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if 0 <= index.row() - len(self.priced) < len(self.savings):
            return self._saving(self.savings[index.row() - len(self.priced)], index.column(), role)
        if not 0 <= index.row() < len(self.priced):
            return None
        return self._line_data(index.row(), index.column(), role)

    def _line_data(self, row: int, col: int, role: int) -> object:
        line = self.priced[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (NO, PRICE, QTY, DISCOUNT, TOTAL):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == ITEM:
            return line.sku or line.code or None
        if col == SIZE and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, SIZES_ROLE):
            return self._size_cell(line, role)
        if role == Qt.ItemDataRole.EditRole:
            if col == SIZE:
                return line.size
            if col == QTY:
                return str(line.quantity)
            if col == DISCOUNT:
                return format_fen(line.discount_fen, symbol=False) if line.discount_fen else ""
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = {
            NO: str(row + 1),
            ITEM: line.description,
            SIZE: line.size or (self.tr("choose") if line.sizes and self.offer_sizes else ""),
            PRICE: format_fen(line.unit_fen),
            QTY: str(line.quantity),
            DISCOUNT: format_fen(-line.discount_fen) if line.discount_fen else "",
            TOTAL: format_fen(line.total_fen),
        }
        return values.get(col)

    def _saving(self, saving: tuple[str, int], col: int, role: int) -> object:
        """A saving's row: its name under the items and what it takes off as the line total."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#1b5e20")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {ITEM: saving[0], TOTAL: format_fen(-saving[1])}.get(col, "")

    def _size_cell(self, line: PricedLine, role: int) -> object:
        """A line whose product comes in sizes and has none chosen says so, in grey."""
        if role == SIZES_ROLE:
            return list(line.sizes)
        if line.size or not line.sizes or not self.offer_sizes:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#999999")
        return self.tr("Comes in %1: go to this cell (←) and press F2 or type the size").replace(
            "%1", " / ".join(line.sizes)
        )

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        if index.row() >= len(self.priced):
            return False
        return self._on_edit(index.row(), index.column(), "" if value is None else str(value))


class SizeDelegate(QStyledItemDelegate):
    """The size cell's editor: the product's sizes to pick from (typing a letter or a digit
    jumps to it; Enter takes it), or a text box for an item without catalogue sizes."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        sizes = index.data(SIZES_ROLE) or []
        if not sizes:
            editor = QLineEdit(parent)
            editor.setMaxLength(16)
            return editor
        combo = QComboBox(parent)
        combo.addItems([str(s) for s in sizes])
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        current = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(current)))
        elif isinstance(editor, QLineEdit):
            editor.setText(current)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
