"""Opening a complaint (投诉) at the counter: from the member card (F7) or for a walk-in customer.

Once recorded, the dialog stays open with the complaint's number in large type, for the clerk
to give the customer; the form is locked and Enter (or Esc) closes it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import ComplaintCategory, ServiceGap, Severity
from memberdesk.services.members import card as card_service
from memberdesk.services.service import complaints
from memberdesk.services.service.complaint_links import RecordKind, related_records
from memberdesk.ui.widgets import complaint_labels, member_labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


class ComplaintDialog(GuardedDialog):
    """What happened, what it is about, how serious, what the customer asks for."""

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.number = ""
        self.setWindowTitle(self.tr("Complaint"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.customer = QLabel()
        self.customer_name = QLineEdit()
        self.customer_name.setMaxLength(complaints.MAX_NAME)
        self.customer_phone = QLineEdit()
        if member_id is not None:
            card = card_service.member_card(ctx.db, ctx.actor, member_id)
            self.customer.setText(f"{card.greeting}  {card.masked_phone}")
            form.addRow(self.tr("Member"), self.customer)
        else:
            form.addRow(self.tr("Customer's name"), self.customer_name)
            form.addRow(self.tr("Phone to call back"), self.customer_phone)
        self.category = QComboBox()
        self.category.addItem(self.tr("(choose)"), "")
        for c in ComplaintCategory:
            self.category.addItem(complaint_labels.category(c), c.value)
        self.severity = QComboBox()
        self.severity.addItem(self.tr("(choose)"), "")
        for sev in Severity:
            self.severity.addItem(complaint_labels.severity(sev), sev.value)
        self.gap = QComboBox()
        self.gap.addItem(complaint_labels.gap(None), "")
        for g in ServiceGap:
            self.gap.addItem(complaint_labels.gap(g), g.value)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What happened, in the customer's words"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        self.request = QLineEdit()
        self.request.setPlaceholderText(self.tr("An exchange, a refund, an apology ..."))
        self.receipt = QComboBox()
        self.receipt.setEditable(True)
        self.receipt.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.receipt.addItem("", "")
        if member_id is not None:
            for record in related_records(ctx.db, ctx.actor, member_id, limit=10):
                what = self.tr("Sale") if record.kind is RecordKind.SALE else self.tr("Return")
                when = member_labels.date(record.created_at)
                self.receipt.addItem(
                    f"{record.number}  {what}  {when}  {member_labels.money(record.amount_fen)}",
                    record.number,
                )
        line_edit = self.receipt.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Receipt or return number, if it is about one"))
        form.addRow(self.tr("About"), self.category)
        form.addRow(self.tr("How serious"), self.severity)
        form.addRow(self.tr("Service gap"), self.gap)
        form.addRow(self.tr("What happened"), self.description)
        form.addRow(self.tr("The customer asks for"), self.request)
        form.addRow(self.tr("Sale or return"), self.receipt)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.outcome = QLabel()  # the number to give the customer, once recorded
        self.outcome.setObjectName("complaintRecorded")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setStyleSheet("color: #15803d; font-size: 15pt;")
        self.outcome.hide()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        self.save = QPushButton(self.tr("Record complaint"))
        self.save.clicked.connect(self.record)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.set_primary(self.save)
        self.fields: dict[str, QWidget] = {
            "category": self.category,
            "severity": self.severity,
            "description": self.description,
            "customer_request": self.request,
            "customer_name": self.customer_name,
            "customer_phone": self.customer_phone,
            "receipt_no": self.receipt,
        }
        self._error_field = ""
        self.category.currentIndexChanged.connect(lambda _i: self._field_changed("category"))
        self.severity.currentIndexChanged.connect(lambda _i: self._field_changed("severity"))
        self.description.textChanged.connect(lambda: self._field_changed("description"))
        self.request.textEdited.connect(lambda _t: self._field_changed("customer_request"))
        self.customer_name.textEdited.connect(lambda _t: self._field_changed("customer_name"))
        self.customer_phone.textEdited.connect(lambda _t: self._field_changed("customer_phone"))
        self.receipt.currentTextChanged.connect(lambda _t: self._field_changed("receipt_no"))

    def has_typed_data(self) -> bool:
        if self.number:
            return False  # recorded: nothing is lost by closing
        return bool(
            self.category.currentIndex() > 0
            or self.severity.currentIndex() > 0
            or self.gap.currentIndex() > 0
            or self.description.toPlainText().strip()
            or self.request.text().strip()
            or self.customer_name.text().strip()
            or self.customer_phone.text().strip()
            or self.receipt.currentText().strip()
        )

    def _field_changed(self, field: str) -> None:
        """The message about a field goes as soon as the clerk changes that field."""
        walk_in = {"customer_name", "customer_phone"}
        if field == self._error_field or {field, self._error_field} <= walk_in:
            self.error.clear()
            self._error_field = ""

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None
    ) -> ComplaintDialog:
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        (dialog.customer_name if member_id is None else dialog.category).setFocus()
        return dialog

    def _receipt_no(self) -> str:
        typed = self.receipt.currentText().strip()
        data = self.receipt.currentData()
        return str(data) if data and self.receipt.itemText(self.receipt.currentIndex()) == typed else typed

    def form(self) -> complaints.ComplaintForm:
        category, severity, gap = (
            self.category.currentData(),
            self.severity.currentData(),
            self.gap.currentData(),
        )
        return complaints.ComplaintForm(
            member_id=self.member_id,
            category=ComplaintCategory(category) if category else None,
            severity=Severity(severity) if severity else None,
            description=self.description.toPlainText(),
            customer_request=self.request.text(),
            service_gap=ServiceGap(gap) if gap else None,
            customer_name=self.customer_name.text(),
            customer_phone=self.customer_phone.text(),
            receipt_no=self._receipt_no(),
        )

    def record(self) -> None:
        if self.number:  # already recorded: Enter again closes, never records twice
            self.accept()
            return
        try:
            self.number = complaints.open_complaint(self.ctx.db, self.ctx.actor, self.form())
        except ServiceError as err:
            self.error.setText(translate_error(err))  # everything typed stays in the form
            self._error_field = err.field or ""
            widget = self.fields.get(err.field or "")
            if widget is not None and widget.isVisible():
                widget.setFocus()
            return
        self.ctx.data_changed.emit("complaints")
        self.ctx.info(
            self.tr("Complaint %1 recorded. A supervisor sees it in the Complaints queue.").replace(
                "%1", self.number
            )
        )
        self._recorded()

    def _recorded(self) -> None:
        """Show the number to give the customer; the form is locked, Enter closes."""
        self.error.clear()
        number = f"<b>{html.escape(self.number)}</b>"
        self.outcome.setText(
            html.escape(self.tr("Complaint recorded: number %1.")).replace("%1", number)
            + "<br>"
            + html.escape(self.tr("Give the customer this number; a supervisor will follow it up."))
        )
        self.outcome.show()
        for widget in self.fields.values():
            widget.setEnabled(False)
        self.gap.setEnabled(False)
        self.save.hide()
        self.cancel.setText(self.tr("Close"))
        self.set_primary(self.cancel)
        self.cancel.setFocus()
