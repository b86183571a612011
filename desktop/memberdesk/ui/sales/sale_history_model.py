"""The rows of the sale history (销售记录) as a table: one sale a row, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from memberdesk.domain.money import format_fen
from memberdesk.services.sales.history import SaleRow
from memberdesk.ui.sales.labels import payment_label

RECEIPT, TIME, MEMBER, TOTAL, PAID, STATUS = range(6)
SALE_ROLE = Qt.ItemDataRole.UserRole + 1  # the SaleRow behind a row

_Index = QModelIndex | QPersistentModelIndex


class SaleHistoryModel(QAbstractTableModel):
    """Sales fed by ``services.sales.history``; older pages are appended below."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SaleRow] = []

    def set_rows(self, rows: list[SaleRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def add_rows(self, rows: tuple[SaleRow, ...]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def row_of(self, sale_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.sale_id == sale_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Receipt no."),
            self.tr("Time"),
            self.tr("Member"),
            self.tr("Total"),
            self.tr("Payments"),
            self.tr("Status"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == SALE_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._text(row, index.column())

    def _text(self, row: SaleRow, column: int) -> str:
        if column == RECEIPT:
            return row.receipt_no
        if column == TIME:
            return row.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if column == MEMBER:
            return row.member_name or self.tr("(walk-in)")
        if column == TOTAL:
            return format_fen(row.total_fen)
        if column == PAID:
            return " + ".join(f"{payment_label(m)} {format_fen(a)}" for m, a in row.payments)
        return self.status_text(row)

    def status_text(self, row: SaleRow) -> str:
        if row.voided:
            return self.tr("Voided")
        if row.returns:
            return self.tr("Goods returned, %1 refunded").replace("%1", format_fen(row.returned_fen))
        return self.tr("Completed")
