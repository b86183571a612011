"""After-sales service (售后): what is promised on a sale line, by when, who handles it.

The member's open items, with the overdue ones marked, are listed under the form. Once a
promise is saved the dialog says so in green and Enter closes it; typing a new one makes Enter
save again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import ServiceKind, ServiceStatus
from memberdesk.services.sales.returns import find_sale
from memberdesk.services.service import aftersales
from memberdesk.services.staff.auth import list_staff
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.aftersales_labels import kind_label, status_label
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.dates import date_edit
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


class ServiceDialog(GuardedDialog):
    """Record an after-sales promise and see what is due; Enter saves (closes once saved),
    Esc asks if typed."""

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.setWindowTitle(self.tr("After-sales service"))
        self.receipt = QLineEdit()
        self.line = QComboBox()
        self.kind = QComboBox()
        for k in ServiceKind:
            self.kind.addItem(kind_label(k), k.value)
        self.description = QLineEdit()
        self.promised = date_edit(QDate.currentDate().addDays(3))
        self.handler = QComboBox()
        for staff in list_staff(ctx.db, ctx.store_id):
            self.handler.addItem(staff.name, staff.id)
        form = QFormLayout()
        form.addRow(self.tr("Receipt number"), self.receipt)
        form.addRow(self.tr("Item"), self.line)
        form.addRow(self.tr("Service"), self.kind)
        form.addRow(self.tr("What will be done"), self.description)
        form.addRow(self.tr("Promised for"), self.promised)
        form.addRow(self.tr("Handled by"), self.handler)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        self.saved = QLabel()  # what was saved, until the clerk starts another promise
        self.saved.setObjectName("serviceSaved")
        self.saved.setStyleSheet("color: #15803d; font-weight: bold;")
        self.saved.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.record)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        self.due = QListWidget()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.saved)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Due and overdue")))
        layout.addWidget(self.due)
        self.set_primary(self.save_button)
        self.on_enter(self.receipt, self.load_lines)  # Enter in the receipt box finds its lines
        self.receipt.textEdited.connect(self._another)
        self.description.textEdited.connect(self._another)
        self.refresh()

    @classmethod
    def open_for(cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> ServiceDialog:
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.receipt.setFocus()
        return dialog

    def has_typed_data(self) -> bool:
        return bool(self.description.text().strip() or self.receipt.text().strip())

    def load_lines(self) -> None:
        self.line.clear()
        try:
            _sid, lines = find_sale(self.ctx.db, self.ctx.actor, self.receipt.text())
        except ServiceError as err:
            self.error_label.setText(translate_error(err))
            return
        self.error_label.clear()
        for ln in lines:
            self.line.addItem(f"{ln.description} {ln.size}".strip(), ln.sale_line_id)
        self.kind.setFocus()

    def record(self) -> None:
        q = self.promised.date()
        form = aftersales.ServiceForm(
            sale_line_id=self.line.currentData(),
            kind=ServiceKind(self.kind.currentData()),
            description=self.description.text(),
            promised_date=dt.date(q.year(), q.month(), q.day()),
            handler_id=self.handler.currentData(),
            member_id=self.member_id,
        )
        try:
            aftersales.record_service(self.ctx.db, self.ctx.actor, form)
        except ServiceError as err:
            self.error_label.setText(translate_error(err))
            self.saved.clear()
            return
        self.error_label.clear()
        self.saved.setText(
            self.tr("Saved: %1, promised for %2, handled by %3.")
            .replace("%1", f"{kind_label(form.kind)} · {form.description.strip()}" if form.kind else "")
            .replace("%2", member_labels.date(form.promised_date))
            .replace("%3", self.handler.currentText())
        )
        self.description.clear()
        self.receipt.clear()
        self.line.clear()
        self.ctx.data_changed.emit("service")
        self.refresh()
        self.set_primary(self.close_button)  # a second Enter closes instead of saving nothing
        self.close_button.setFocus()

    def _another(self) -> None:
        """The clerk starts another promise: Enter saves again."""
        if self.primary_button() is not self.save_button:
            self.saved.clear()
            self.set_primary(self.save_button)

    def refresh(self) -> None:
        self.due.clear()
        for item in aftersales.due_items(self.ctx.db, self.ctx.store_id, member_id=self.member_id):
            mark = self.tr("OVERDUE") + " " if item.overdue else ""
            if item.status is not ServiceStatus.PENDING:
                mark += f"[{status_label(item.status)}] "
            what = f"{kind_label(item.kind)}: {item.description}"
            self.due.addItem(f"{mark}{item.promised_date} {what} ({item.handler_name})")
