"""Recording a sale (收银) at the counter, keyboard first.

Enter in the line row adds the line; Ctrl+Enter records the sale. After the commit the
checkout panel shows the total to announce, asks the clerk to have the customer check the
receipt, says where invoices (发票) are issued, and offers to update sizes on file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.announce import announce_amount
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod, SizeCategory
from memberdesk.services import sale_extras
from memberdesk.services.errors import ServiceError
from memberdesk.services.sales import LineForm, PaymentForm, SaleForm, SaleResult, record_sale
from memberdesk.ui import member_labels
from memberdesk.ui.context import AppContext, translate_error
from memberdesk.ui.sale_receipt import print_receipt, receipt_pdf


def payment_label(method: PaymentMethod) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        PaymentMethod.CASH: QCoreApplication.translate("Sales", "Cash"),
        PaymentMethod.BANK_CARD: QCoreApplication.translate("Sales", "Bank card"),
        PaymentMethod.WECHAT: QCoreApplication.translate("Sales", "WeChat Pay"),
        PaymentMethod.ALIPAY: QCoreApplication.translate("Sales", "Alipay"),
        PaymentMethod.STORED_VALUE: QCoreApplication.translate("Sales", "Stored value"),
        PaymentMethod.OTHER: QCoreApplication.translate("Sales", "Other"),
    }
    return names[method]


class SaleDialog(QDialog):
    """Lines, discounts, points, payments, then the checkout words and the receipt."""

    recorded = Signal(object)  # SaleResult

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.result_: SaleResult | None = None
        self.lines: list[LineForm] = []
        self.setWindowTitle(self.tr("Record sale"))
        self.code, self.description, self.size = QLineEdit(), QLineEdit(), QLineEdit()
        self.category = QComboBox()
        self.category.addItem(self.tr("(none)"), "")
        for cat in SizeCategory:
            self.category.addItem(member_labels.size_category(cat), cat.value)
        self.price, self.quantity, self.line_discount = QLineEdit(), QLineEdit("1"), QLineEdit()
        self.code.setPlaceholderText(self.tr("Scan barcode or type SKU"))
        self.price.setPlaceholderText(self.tr("e.g. 128.50"))
        row = QFormLayout()
        row.addRow(self.tr("Barcode / SKU"), self.code)
        row.addRow(self.tr("Description"), self.description)
        row.addRow(self.tr("Category"), self.category)
        row.addRow(self.tr("Size"), self.size)
        row.addRow(self.tr("Price (yuan)"), self.price)
        row.addRow(self.tr("Quantity"), self.quantity)
        row.addRow(self.tr("Line discount"), self.line_discount)
        for edit in (self.code, self.description, self.size, self.price, self.quantity, self.line_discount):
            edit.returnPressed.connect(self.add_line)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Size"), self.tr("Qty"), self.tr("Price")]
        )
        self.discount, self.redeem, self.amount = QLineEdit(), QLineEdit(), QLineEdit()
        self.method = QComboBox()
        for m in PaymentMethod:
            self.method.addItem(payment_label(m), m.value)
        self.second_method = QComboBox()
        self.second_method.addItem(self.tr("(none)"), "")
        for m in PaymentMethod:
            self.second_method.addItem(payment_label(m), m.value)
        self.second_amount = QLineEdit()
        pay = QFormLayout()
        pay.addRow(self.tr("Sale discount"), self.discount)
        if member_id is not None:
            pay.addRow(self.tr("Redeem points"), self.redeem)
        pay.addRow(self.tr("Payment"), self.method)
        pay.addRow(self.tr("Amount (empty: the rest)"), self.amount)
        pay.addRow(self.tr("Second payment"), self.second_method)
        pay.addRow(self.tr("Second amount"), self.second_amount)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.checkout = QLabel()
        self.checkout.setWordWrap(True)
        self.checkout.setTextFormat(Qt.TextFormat.PlainText)
        self.checkout.setMinimumHeight(110)
        self.checkout.setStyleSheet("font-size: 15px")
        self.record_button = QPushButton(self.tr("Record sale (Ctrl+Enter)"))
        self.record_button.clicked.connect(self.record)
        self.print_button = QPushButton(self.tr("Print receipt"))
        self.pdf_button = QPushButton(self.tr("Save receipt as PDF"))
        self.size_button = QPushButton(self.tr("Update sizes on file"))
        for b in (self.print_button, self.pdf_button, self.size_button):
            b.setEnabled(False)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.size_button.clicked.connect(self.accept_sizes)
        buttons = QHBoxLayout()
        for b in (self.record_button, self.print_button, self.pdf_button, self.size_button):
            b.setAutoDefault(False)  # Return adds a line; only Ctrl+Enter records the sale
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addLayout(pay)
        layout.addWidget(self.error)
        layout.addWidget(self.checkout)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.record)
        # Line edits eat Return themselves, so Ctrl+Enter is caught before they see it.
        for child in self.findChildren(QLineEdit):
            child.installEventFilter(self)
        self.size_offers: list[sale_extras.SizeOffer] = []
        self.resize(640, 760)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.record()
            return True
        return super().eventFilter(watched, event)

    @classmethod
    def open_for(cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> SaleDialog:
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.code.setFocus()
        return dialog

    def add_line(self) -> None:
        """Take the line row into the sale (checked for real when the sale is recorded)."""
        if not (self.code.text().strip() or self.description.text().strip()):
            self.error.setText(self.tr("Scan a product or describe the item."))
            return
        line = LineForm(
            code=self.code.text(),
            description=self.description.text(),
            category=self.category.currentData(),
            size=self.size.text(),
            unit_price=self.price.text(),
            quantity=self.quantity.text(),
            discount=self.line_discount.text(),
        )
        self.lines.append(line)
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate(
            (line.description or line.code, line.size, str(line.quantity), str(line.unit_price))
        ):
            self.table.setItem(r, c, QTableWidgetItem(text))
        for edit in (self.code, self.description, self.size, self.price, self.line_discount):
            edit.clear()
        self.quantity.setText("1")
        self.error.clear()
        self.code.setFocus()

    def _form(self) -> SaleForm:
        text = self.redeem.text().strip()
        redeem = int(text) if text.isascii() and text.isdigit() else 0
        payments = []
        second = self.second_method.currentData()
        if second:
            payments.append(PaymentForm(PaymentMethod(second), self.second_amount.text()))
        first = self.amount.text().strip()
        payments.insert(0, PaymentForm(PaymentMethod(self.method.currentData()), first or "__rest__"))
        return SaleForm(
            self.member_id, list(self.lines), payments, discount=self.discount.text(), redeem_points=redeem
        )

    def record(self) -> None:
        if self.result_ is not None:
            return
        if self.code.text().strip() or self.description.text().strip():
            self.add_line()
        form = self._form()
        if form.payments[0].amount == "__rest__":
            form = self._with_rest(form)
        try:
            self.result_ = record_sale(self.ctx.db, self.ctx.actor, form)
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return
        self.error.clear()
        self.ctx.data_changed.emit("sales")
        self._show_checkout(self.result_)
        self.recorded.emit(self.result_)

    def _with_rest(self, form: SaleForm) -> SaleForm:
        """An empty first amount means: whatever the second payment leaves of the total."""
        from memberdesk.services.sales import preview_total

        try:
            total = preview_total(self.ctx.db, self.ctx.actor, form)
            other = sum(
                int(p.amount) if isinstance(p.amount, int) else _fen(p.amount) for p in form.payments[1:]
            )
        except ServiceError:
            return SaleForm(
                form.member_id,
                form.lines,
                [PaymentForm(form.payments[0].method, ""), *form.payments[1:]],
                form.discount,
                form.redeem_points,
            )
        rest = max(0, total - other)
        return SaleForm(
            form.member_id,
            form.lines,
            [PaymentForm(form.payments[0].method, rest), *form.payments[1:]],
            form.discount,
            form.redeem_points,
        )

    def _show_checkout(self, result: SaleResult) -> None:
        language = QLocale().name()
        amount = announce_amount(result.total_fen, language)
        desk = sale_extras.invoice_desk(self.ctx.db, self.ctx.store_id) or self.tr("the service desk")
        lines = [
            self.tr("Saved: receipt %1.").replace("%1", result.receipt_no),
            self.tr("Say to the customer: “That's %1 in all.”").replace("%1", amount),
            self.tr("Please ask the customer to check the receipt."),
            self.tr("Invoices (发票) are issued at: %1.").replace("%1", desk),
        ]
        if result.points_earned:
            lines.append(self.tr("Points earned: %1").replace("%1", str(result.points_earned)))
        if self.member_id is not None:
            self.size_offers = sale_extras.size_offers(self.ctx.db, self.member_id, result.sale_id)
            for offer in self.size_offers:
                lines.append(
                    self.tr("Size on file for %1 is “%2”, bought “%3”: update?")
                    .replace("%1", member_labels.size_category(offer.category))
                    .replace("%2", offer.on_file or "—")
                    .replace("%3", offer.bought)
                )
        self.checkout.setText("\n".join(lines))
        self.record_button.setEnabled(False)
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.size_button.setEnabled(bool(self.size_offers))
        self.print_button.setFocus()

    def accept_sizes(self) -> None:
        if self.member_id is None:
            return
        try:
            for offer in self.size_offers:
                sale_extras.update_size(
                    self.ctx.db, self.ctx.actor, self.member_id, offer.category, offer.bought
                )
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return
        self.size_offers = []
        self.size_button.setEnabled(False)
        self.ctx.data_changed.emit("members")

    def receipt_bytes(self) -> bytes:
        assert self.result_ is not None
        return receipt_pdf(self.ctx, self.result_.sale_id)

    def save_pdf_to(self, path: Path) -> None:
        path.write_bytes(self.receipt_bytes())

    def _save_pdf(self) -> None:
        if self.result_ is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save receipt"), f"{self.result_.receipt_no}.pdf", "PDF (*.pdf)"
        )
        if name:
            self.save_pdf_to(Path(name))

    def _print(self) -> None:
        if self.result_ is not None:
            print_receipt(self, self.receipt_bytes())


def _fen(text: str) -> int:
    from memberdesk.services.sales import money

    return money(text, "payments.1.amount")


def total_text(fen: int) -> str:
    return format_fen(fen)
