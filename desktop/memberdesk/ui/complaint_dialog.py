"""Opening a complaint (投诉) at the counter: from the member card (F7) or for a walk-in customer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.vocab import ComplaintCategory, ServiceGap, Severity
from memberdesk.services import complaints
from memberdesk.services import member_card as card_service
from memberdesk.services.errors import ServiceError
from memberdesk.services.permissions import Permission, allowed
from memberdesk.services.returns import recent_sales
from memberdesk.ui import complaint_labels, member_labels
from memberdesk.ui.context import AppContext, translate_error


class ComplaintDialog(QDialog):
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
        self.receipt.addItem("", "")
        if member_id is not None and allowed(ctx.actor, Permission.RECORD_RETURN):
            for sale in recent_sales(ctx.db, ctx.actor, member_id, limit=10):
                when = member_labels.date(sale.created_at)
                self.receipt.addItem(
                    f"{sale.receipt_no}  {when}  {member_labels.money(sale.total_fen)}", sale.receipt_no
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
        self.save = QPushButton(self.tr("Record complaint"))
        self.save.setAutoDefault(False)
        self.save.clicked.connect(self.record)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.save)
        self.fields: dict[str, QWidget] = {
            "category": self.category,
            "severity": self.severity,
            "description": self.description,
            "customer_request": self.request,
            "customer_name": self.customer_name,
            "customer_phone": self.customer_phone,
            "receipt_no": self.receipt,
        }

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None
    ) -> ComplaintDialog:
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
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
        try:
            self.number = complaints.open_complaint(self.ctx.db, self.ctx.actor, self.form())
        except ServiceError as err:
            self.error.setText(translate_error(err))  # everything typed stays in the form
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
        self.close()
