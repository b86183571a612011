"""The counter's result list as a Qt table model (a handful of rows, replaced per keystroke)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from memberdesk.ui.widgets import member_labels

if TYPE_CHECKING:  # the search service brings the pinyin tables: loaded after the window shows
    from memberdesk.services.members.search import MemberHit

_Index = QModelIndex | QPersistentModelIndex
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HitsModel(QAbstractTableModel):
    """Name, masked phone, card number, tier, last visit of each hit."""

    NAME, PHONE, CARD, TIER, LAST_VISIT = range(5)

    def __init__(self) -> None:
        super().__init__()
        self.hits: list[MemberHit] = []

    def set_hits(self, hits: list[MemberHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == MEMBER_ID_ROLE:
            return hit.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            hit.name,
            hit.masked_phone,
            hit.card_no,
            member_labels.tier(hit.tier),
            member_labels.date(hit.last_visit_at),
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < 5:
            return None
        return (
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Card no."),
            self.tr("Tier"),
            self.tr("Last visit"),
        )[section]
