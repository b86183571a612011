"""The supervisor's complaint queue as a table: most urgent first, late ones highlighted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from memberdesk.services.service.complaint_queue import QueueRow
from memberdesk.ui.widgets import complaint_labels, member_labels

COMPLAINT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DUE, NUMBER, CUSTOMER, CATEGORY, SEVERITY, STATUS, OPENED, HANDLER = range(8)
LATE_BACKGROUND = QColor("#fde2e1")


def waited(opened_at: dt.datetime, now: dt.datetime) -> str:
    """How long since the complaint was opened: 40 min, 5 h, 3 d."""
    minutes = max(0, int((now - opened_at).total_seconds() // 60))
    if minutes < 60:
        return QCoreApplication.translate("ComplaintQueueModel", "%n min", "", minutes)
    if minutes < 48 * 60:
        return QCoreApplication.translate("ComplaintQueueModel", "%n h", "", minutes // 60)
    return QCoreApplication.translate("ComplaintQueueModel", "%n d", "", minutes // (24 * 60))


class ComplaintQueueModel(QAbstractTableModel):
    """Rows of ``QueueRow`` as the service ordered them."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[QueueRow] = []
        self.now = dt.datetime.now(dt.UTC)

    def set_rows(self, rows: list[QueueRow], now: dt.datetime) -> None:
        self.beginResetModel()
        self.rows, self.now = rows, now
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return (
            self.tr("Target"),
            self.tr("No."),
            self.tr("Customer"),
            self.tr("About"),
            self.tr("Severity"),
            self.tr("Status"),
            self.tr("Open for"),
            self.tr("Handled by"),
        )[section]

    def _text(self, row: QueueRow, column: int) -> str:
        if column == DUE:
            if row.due_at is None:
                return "—"
            if row.overdue:
                return self.tr("late by %1").replace("%1", waited(row.due_at, self.now))
            return self.tr("in %1").replace("%1", waited(self.now, row.due_at))
        if column == OPENED:
            return waited(row.opened_at, self.now)
        return {
            NUMBER: row.complaint_no,
            CUSTOMER: row.customer or self.tr("(walk-in)"),
            CATEGORY: complaint_labels.category(row.category),
            SEVERITY: complaint_labels.severity(row.severity),
            STATUS: complaint_labels.status(row.status),
            HANDLER: row.handler,
        }.get(column, "")

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == COMPLAINT_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(LATE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == SEVERITY:
            return QBrush(QColor(complaint_labels.SEVERITY_COLOUR[row.severity]))
        if role == Qt.ItemDataRole.ToolTipRole:  # a cut cell reads whole here, with the story
            return f"{self._text(row, index.column())}\n{row.description}"
        return None


def opened_text(when: dt.datetime) -> str:
    return member_labels.date(when) + when.astimezone().strftime(" %H:%M")
