"""The till's cart as a table: one row per priced line, quantity and discount editable.

The rows are the service's ``PricedLine``s, never figures computed here. An edit is handed
to ``on_edit(row, column, text)``, which reprices the cart; it answers whether the edit was
taken (a quantity of 0 is refused there, and the cell keeps its value).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from memberdesk.domain.money import format_fen
from memberdesk.services.sales.pricing import PricedLine

Index = QModelIndex | QPersistentModelIndex

NO, ITEM, SIZE, PRICE, QTY, DISCOUNT, TOTAL = range(7)
EDITABLE = (QTY, DISCOUNT)


class CartModel(QAbstractTableModel):
    """Lines of the cart as the service priced them."""

    def __init__(self, on_edit: Callable[[int, int, str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_edit = on_edit
        self.priced: tuple[PricedLine, ...] = ()

    def set_lines(self, lines: tuple[PricedLine, ...]) -> None:
        self.beginResetModel()
        self.priced = lines
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.priced)

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
        if index.isValid() and index.column() in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.priced):
            return None
        line, col = self.priced[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (NO, PRICE, QTY, DISCOUNT, TOTAL):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == ITEM:
            return line.sku or line.code or None
        if role == Qt.ItemDataRole.EditRole:
            if col == QTY:
                return str(line.quantity)
            if col == DISCOUNT:
                return format_fen(line.discount_fen, symbol=False) if line.discount_fen else ""
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = {
            NO: str(index.row() + 1),
            ITEM: line.description,
            SIZE: line.size,
            PRICE: format_fen(line.unit_fen),
            QTY: str(line.quantity),
            DISCOUNT: format_fen(-line.discount_fen) if line.discount_fen else "",
            TOTAL: format_fen(line.total_fen),
        }
        return values.get(col)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        return self._on_edit(index.row(), index.column(), "" if value is None else str(value))
