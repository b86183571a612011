"""Members' suggestions (建议) for supervisors: newest first, by period and by member."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.services.service import suggestions
from memberdesk.services.service.suggestions import SuggestionFilter, SuggestionRow
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.service.complaint_queue_model import opened_text
from memberdesk.ui.widgets.context import AppContext, translate_error

_Index = QModelIndex | QPersistentModelIndex
PAGE = 100
WHEN, MEMBER, CARD, STAFF, TEXT = range(5)
SUGGESTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PERIOD_DAYS = (30, 90, 365, None)  # the choices of the period box; None: since the store opened
FILTER_DELAY_MS = 250


class SuggestionsModel(QAbstractTableModel):
    """Suggestions as the service pages them (newest first), fetched as the view scrolls."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[SuggestionRow] = []
        self.wanted = SuggestionFilter()
        self.total = 0
        self._exhausted = True

    def set_filter(self, wanted: SuggestionFilter) -> None:
        self.wanted = wanted
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._exhausted = not self._may_read()
        self.total = (
            suggestions.count_suggestions(self.ctx.db, self.ctx.actor, self.wanted) if self._may_read() else 0
        )
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def _may_read(self) -> bool:
        return self.ctx.signed_in and allowed(self.ctx.actor, Permission.HANDLE_COMPLAINT)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        before = self.rows[-1].id if self.rows else None
        page = suggestions.suggestion_page(self.ctx.db, self.ctx.actor, before, PAGE, self.wanted)
        self._exhausted = len(page) < PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 5:
            return None
        return (
            self.tr("Date"),
            self.tr("Member"),
            self.tr("Card no."),
            self.tr("Recorded by"),
            self.tr("Suggestion"),
        )[section]

    def _text(self, row: SuggestionRow, column: int) -> str:
        if column == WHEN:
            return opened_text(row.created_at)
        if column == MEMBER:
            return row.member_name if row.member_id is not None else self.tr("(walk-in)")
        if column == CARD:
            return row.card_no
        if column == STAFF:
            return row.staff
        return " ".join(row.text.split())  # one line in the table; the whole text below it

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.text if index.column() == TEXT else self._text(row, index.column())
        if role == SUGGESTION_ID_ROLE:
            return row.id
        if role == MEMBER_ID_ROLE:
            return row.member_id
        return None


class SuggestionsView(QWidget):
    """The period, a member search, the list, and the chosen suggestion in full."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = SuggestionsModel(ctx, self)
        self.period = QComboBox()
        self.period.setObjectName("suggestion_period")
        for days in PERIOD_DAYS:
            label = self.tr("Last %n day(s)", "", days) if days else self.tr("All")
            self.period.addItem(label, days or 0)
        self.period.setCurrentIndex(PERIOD_DAYS.index(365))
        self.period.currentIndexChanged.connect(self.refresh)
        self.member = QLineEdit()
        self.member.setObjectName("suggestion_member")
        self.member.setPlaceholderText(self.tr("Member: phone, last 4 digits, card no., name or pinyin"))
        self.member.setClearButtonEnabled(True)
        self.member_timer = QTimer(self)
        self.member_timer.setSingleShot(True)
        self.member_timer.setInterval(FILTER_DELAY_MS)
        self.member_timer.timeout.connect(self.refresh)
        self.member.textChanged.connect(lambda _t: self.member_timer.start())
        self.member.returnPressed.connect(self.refresh)
        self.count = QLabel()

        self.table = QTableView()
        self.table.setObjectName("suggestions_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (WHEN, MEMBER, CARD, STAFF):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.table.activated.connect(self._open_member)
        self.whole = QLabel()  # the chosen suggestion, wrapped, however long
        self.whole.setObjectName("suggestion_text")
        self.whole.setWordWrap(True)
        self.whole.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.whole.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        hint = QLabel(self.tr("Enter or a double click opens the member on the Counter."))
        hint.setStyleSheet("color: #6b7280;")
        hint.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.period)
        bar.addWidget(self.member, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.whole)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        ctx.data_changed.connect(self._data_changed)

    def current_filter(self) -> SuggestionFilter:
        days = int(self.period.currentData() or 0)
        start = dt.date.today() - dt.timedelta(days=days - 1) if days else None
        return SuggestionFilter(start=start, member_text=self.member.text().strip())

    def refresh(self) -> None:
        self.member_timer.stop()
        if not self.ctx.signed_in or not self.isVisible():
            return
        self.problem.clear()
        try:
            self.model.set_filter(self.current_filter())
        except ServiceError as err:
            self.problem.setText(translate_error(err))
        self.count.setText(self.tr("%n suggestion(s)", "", self.model.total))
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.whole.setText(self.tr("No suggestions in this period."))

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.rows[current.row()] if current.isValid() else None
        self.whole.setText(row.text if row else "")

    def _open_member(self, index: QModelIndex) -> None:
        member_id = index.data(MEMBER_ID_ROLE)
        if member_id is not None:
            self.ctx.open_member.emit(int(member_id))

    def _data_changed(self, what: str) -> None:
        if what in ("suggestions", "members"):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
