"""The Members page's table model: fed page by page as the view scrolls (fetchMore).

Each page is a keyset query that stops at its last row, so it may run on the GUI thread; how
many members the filter finds grows with the store and is counted by the page on a worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from memberdesk.services.members import listing as member_list
from memberdesk.services.members.listing import MemberFilter, MemberRow
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.context import AppContext

_Index = QModelIndex | QPersistentModelIndex
PAGE = 200
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MemberListModel(QAbstractTableModel):
    """Card no., name, masked phone, tier, member since, spend, last visit."""

    COLUMNS = 7

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[MemberRow] = []
        self.total: int | None = None  # how many the filter finds; None while it is counted
        self.member_filter = MemberFilter()
        self._exhausted = False

    def set_filter(self, member_filter: MemberFilter) -> None:
        """Show only the members the filter lets through (paged as before)."""
        self.member_filter = member_filter
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._exhausted = False
        self.total = None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted and self.ctx.signed_in

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid():
            return
        after = self.rows[-1].id if self.rows else 0
        page = member_list.member_page(self.ctx.db, self.ctx.actor, after, PAGE, self.member_filter)
        if len(page) < PAGE:
            self._exhausted = True
        if not page:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == MEMBER_ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return r.name  # a long name may be cut; the card number column always fits
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            r.card_no,
            r.name,
            r.masked_phone,
            member_labels.tier(r.tier),
            member_labels.date(r.enrolled_at),
            member_labels.money(r.spend_fen),
            member_labels.date(r.last_visit_at),
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (
            self.tr("Card no."),
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Tier"),
            self.tr("Member since"),
            self.tr("Lifetime spend"),
            self.tr("Last visit"),
        )[section]
