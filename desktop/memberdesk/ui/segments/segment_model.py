"""The members of a segment, page by page (keyset on the member id), for the Segments screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from memberdesk.services.segments import segments
from memberdesk.services.segments.filters import SegmentFilter
from memberdesk.services.segments.segments import SegmentRow
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.context import AppContext

PAGE = 100
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class SegmentMembersModel(QAbstractTableModel):
    """Card no., name, masked phone, tier, lifetime spend; more rows fetched as the list scrolls."""

    COLUMNS = 5

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.segment_filter: SegmentFilter | None = None
        self.rows: list[SegmentRow] = []
        self.more = False

    def show(self, f: SegmentFilter | None) -> None:
        self.beginResetModel()
        self.segment_filter = f
        self.rows = []
        self.more = f is not None
        self.endResetModel()
        if f is not None:
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self.more

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self.segment_filter is None or not self.more:
            return
        after = self.rows[-1].id if self.rows else 0
        found = segments.page(self.ctx.db, self.segment_filter, after, PAGE, store_id=self.ctx.actor.store_id)
        self.more = len(found) == PAGE
        if found:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(found) - 1)
            self.rows += found
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == MEMBER_ID_ROLE:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            row.card_no,
            row.name,
            row.masked_phone,
            member_labels.tier(row.tier),
            member_labels.money(row.spend_fen),
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (
            self.tr("Card no."),
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Tier"),
            self.tr("Lifetime spend"),
        )[section]
