"""The Care page's after-sales list (售后跟进): what was promised, by when, where it stands.

Staff take a record in hand, mark it done, or cancel it (after a question); each move goes
through ``aftersales.set_status``, which keeps who and when. Done and cancelled records leave
the list unless "show done and cancelled" is ticked (a done one can be taken up again).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import ServiceStatus
from memberdesk.services.service import aftersales
from memberdesk.services.service.aftersales import ServiceRow
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.aftersales_labels import kind_label, status_label
from memberdesk.ui.widgets.context import AppContext, translate_error

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#c9302c")


def columns_like_their_cells(table: QTableView, stretch: int | None = None) -> None:
    """Each column as wide as its widest text, the last one (or ``stretch``) taking the rest,
    and each title where its column's text starts: a title centred over a wide column of
    left-aligned text reads as belonging to no column."""
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class AfterSalesModel(QAbstractTableModel):
    """After-sales records, one per row, from ``aftersales.service_list``."""

    PROMISED, STATUS, MEMBER, PHONE, SERVICE, HANDLER, CHANGED = range(7)
    RECORD_ID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ServiceRow] = []

    def set_rows(self, rows: list[ServiceRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Promised for"), self.tr("Status"), self.tr("Member"), self.tr("Phone"),
                  self.tr("Service"), self.tr("Handled by"), self.tr("Last change"))  # fmt: skip
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == self.RECORD_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SERVICE:
            return f"{kind_label(row.kind)}: {row.description}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(row, index.column())

    def _text(self, row: ServiceRow, column: int) -> str:
        if column == self.PROMISED:
            when = member_labels.date(row.promised_date) if row.promised_date else "—"
            return self.tr("%1 (overdue)").replace("%1", when) if row.overdue else when
        texts = {
            self.STATUS: lambda: status_label(row.status),
            self.MEMBER: lambda: (
                row.member_name
                or (self.tr("Walk-in customer") if row.member_id is None else self.tr("(data erased)"))
            ),
            self.PHONE: lambda: row.masked_phone,
            self.SERVICE: lambda: f"{kind_label(row.kind)}: {row.description}",
            self.HANDLER: lambda: row.handler_name,
            self.CHANGED: lambda: (
                f"{row.changed_by} · {member_labels.date(row.changed_at)}" if row.changed_at else ""
            ),
        }
        return texts[column]()


class AfterSalesList(QWidget):
    """The list and its three actions; refreshes itself when after-sales data changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AfterSalesModel(self)
        self.table = QTableView()
        self.table.setObjectName("aftersales_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        columns_like_their_cells(self.table, stretch=AfterSalesModel.SERVICE)
        self.show_closed = QCheckBox(self.tr("Show done and cancelled too"))
        self.show_closed.toggled.connect(self.refresh)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. what was done"))
        self.buttons: dict[ServiceStatus, QPushButton] = {
            ServiceStatus.IN_PROGRESS: QPushButton(self.tr("In progress")),
            ServiceStatus.DONE: QPushButton(self.tr("Done")),
            ServiceStatus.CANCELLED: QPushButton(self.tr("Cancel it…")),
        }
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Mark selected:")))
        for status, button in self.buttons.items():
            button.clicked.connect(lambda _=False, st=status: self.set_status(st))
            actions.addWidget(button)
        actions.addWidget(self.note, 1)
        self.status = QLabel()
        self.status.setObjectName("aftersales_status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.show_closed)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        ctx.data_changed.connect(lambda what: self.refresh() if what in ("service", "members") else None)
        self._selection_changed()

    def refresh(self) -> None:
        if not self.ctx.signed_in:
            return
        chosen = self.selected_record()
        statuses = tuple(ServiceStatus) if self.show_closed.isChecked() else aftersales.OPEN
        try:
            rows = aftersales.service_list(self.ctx.db, self.ctx.actor, statuses=statuses)
        except ServiceError as err:
            self.status.setText(translate_error(err))
            return
        self.model.set_rows(rows)
        for row, item in enumerate(rows):
            if item.id == chosen:
                self.table.selectRow(row)
        self._selection_changed()

    def selected_record(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        current = self.model.rows[rows[0].row()].status if rows else None
        for status, button in self.buttons.items():
            button.setEnabled(current is not None and status in aftersales.NEXT[current])

    @classmethod
    def confirm_cancel(cls, parent: QWidget | None) -> bool:
        """Ask before cancelling a promise made to a customer (tests patch this)."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("AfterSalesList", "Cancel after-sales"),
            QCoreApplication.translate("AfterSalesList", "Cancel this after-sales promise?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def set_status(self, status: ServiceStatus) -> None:
        record_id = self.selected_record()
        if record_id is None:
            self.status.setText(self.tr("Select a record first."))
            return
        if status is ServiceStatus.CANCELLED and not type(self).confirm_cancel(self):
            return
        try:
            aftersales.set_status(self.ctx.db, self.ctx.actor, record_id, status, self.note.text())
        except ServiceError as err:
            self.status.setText(translate_error(err))
            return
        self.note.clear()
        self.status.setText(self.tr("Marked: %1").replace("%1", status_label(status)))
        self.ctx.data_changed.emit("service")
