"""The exchange window (换货): opened from the return window with the lines given back, the
return type and the reason chosen there; the clerk adds the goods taken, sees the difference,
chooses how it is paid (when the new goods cost more), and records it all in one step.

Enter in the item field adds the item (a catalogue code, or a description with its price);
Enter elsewhere records the exchange. The slip (换货单) prints on the counter's thermal printer
as soon as it is recorded, and as a PDF with "Print exchange slip".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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

from memberdesk.domain.errors import PermissionDenied, ServiceError, WrongPin
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.reports.exchange_slip import render_exchange_slip
from memberdesk.services.common.inputs import money
from memberdesk.services.sales.exchange import ExchangeForm, ExchangeResult, preview_exchange, record_exchange
from memberdesk.services.sales.pricing import ACCEPTED_METHODS, LineForm, PaymentForm, SaleForm
from memberdesk.services.sales.receipts import exchange_slip
from memberdesk.services.sales.returns import Approval, ReturnLineForm
from memberdesk.services.staff.auth import list_staff
from memberdesk.services.staff.permissions import GRANTS, Permission
from memberdesk.ui.sales.labels import payment_label
from memberdesk.ui.sales.receipt import print_receipt
from memberdesk.ui.sales.slip_buttons import save_slip_as
from memberdesk.ui.sales.till_printer import print_after_exchange
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.i18n import ui_language


class ExchangeDialog(GuardedDialog):
    """Goods given back (chosen in the return window) → goods taken → the difference → record."""

    def __init__(
        self,
        ctx: AppContext,
        receipt_no: str,
        back: list[ReturnLineForm],
        return_type: ReturnType | None,
        reason: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.receipt_no, self.back = ctx, receipt_no, back
        self.return_type, self.reason = return_type, reason
        self.taken: list[LineForm] = []
        self.result_: ExchangeResult | None = None
        self.difference_due = 0  # as last shown: only a difference due is paid (and asks a PIN)
        self.setWindowTitle(self.tr("Exchange"))

        self.given_label = QLabel()
        self.given_label.setWordWrap(True)
        self.item = QLineEdit()
        self.item.setPlaceholderText(self.tr("Item code, or a description with its price; Enter adds it"))
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("Price (empty: the catalogue's)"))
        self.on_enter(self.item, self.add_item)
        self.on_enter(self.price, self.add_item)
        self.items = QListWidget()
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.method = QComboBox()
        for m in (*ACCEPTED_METHODS, PaymentMethod.STORED_VALUE):
            self.method.addItem(payment_label(m), m.value)
        self.method.currentIndexChanged.connect(self._show_member_pin)
        self.member_pin = QLineEdit()
        self.member_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.member_pin_label = QLabel(self.tr("Member's PIN"))
        self.approver = QComboBox()
        self.approver.addItem(self.tr("(choose who approves)"), None)
        for staff in list_staff(ctx.db, ctx.store_id):
            mine = ctx.signed_in and staff.id == ctx.actor.staff_id
            if Permission.APPROVE_RETURN in GRANTS[staff.role] and not staff.locked and not mine:
                self.approver.addItem(f"{staff.name} ({staff.code})", staff.id)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.approval_label = QLabel(self.tr("Supervisor approval"))
        self.pin_label = QLabel(self.tr("Supervisor PIN"))

        form = QFormLayout()
        form.addRow(self.tr("Goods taken"), self.item)
        form.addRow(self.tr("Price"), self.price)
        form.addRow(self.items)
        form.addRow(self.tr("Difference paid by"), self.method)
        form.addRow(self.member_pin_label, self.member_pin)
        form.addRow(self.approval_label, self.approver)
        form.addRow(self.pin_label, self.pin)

        self.difference = QLabel()
        self.difference.setWordWrap(True)
        self.difference.setStyleSheet("font-weight: bold")
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.record_button = QPushButton(self.tr("Record exchange"))
        self.record_button.clicked.connect(self.record)
        self.print_button = QPushButton(self.tr("Print exchange slip"))
        self.print_button.clicked.connect(self._print_slip)
        self.pdf_button = QPushButton(self.tr("Save exchange slip as PDF"))
        self.pdf_button.clicked.connect(self._save_slip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.record_button)
        for button in (self.print_button, self.pdf_button):
            button.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.given_label)
        layout.addLayout(form, 1)
        layout.addWidget(self.difference)
        layout.addWidget(self.message)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.set_primary(self.record_button)
        self._show_approval(False)
        self._show_member_pin()
        self.setMinimumWidth(560)
        self._refresh()

    def has_typed_data(self) -> bool:
        if self.result_ is not None:
            return False
        return bool(self.taken or self.item.text().strip() or self.price.text().strip() or self.pin.text())

    def _show_approval(self, visible: bool) -> None:
        for widget in (self.approval_label, self.approver, self.pin_label, self.pin):
            widget.setVisible(visible)

    def _chosen_method(self) -> PaymentMethod:
        return PaymentMethod(self.method.currentData())

    def _show_member_pin(self) -> None:
        stored = self._chosen_method() is PaymentMethod.STORED_VALUE
        self.member_pin_label.setVisible(stored)
        self.member_pin.setVisible(stored)

    def add_item(self) -> None:
        """The item typed goes on the list of goods taken (checked by pricing it at once)."""
        text, price = self.item.text().strip(), self.price.text().strip()
        if not text:
            self.record()
            return
        line = LineForm(description=text, unit_price=price) if price else LineForm(code=text)
        try:
            preview_exchange(self.ctx.db, self.ctx.actor, self.receipt_no, self.back, self._sale([line]))
        except ServiceError as err:
            self.message.setText(translate_error(err))
            self.item.setFocus()
            return
        self.taken.append(line)
        self.items.addItem(f"{text}  {format_fen(_fen(price))}" if price else text)
        self.item.clear()
        self.price.clear()
        self.message.clear()
        self.item.setFocus()
        self._refresh()

    def _sale(self, lines: list[LineForm], payments: list[PaymentForm] | None = None) -> SaleForm:
        return SaleForm(None, lines, payments or [], member_pin=self.member_pin.text())

    def _refresh(self) -> None:
        """What comes back, what is taken, and the difference, as the lines stand."""
        try:
            found = preview_exchange(
                self.ctx.db, self.ctx.actor, self.receipt_no, self.back, self._sale(self.taken)
            )
        except ServiceError as err:
            self.message.setText(translate_error(err))
            return
        self.given_label.setText(
            self.tr("Receipt %1: goods given back worth %2.")
            .replace("%1", self.receipt_no)
            .replace("%2", format_fen(found.returned_fen))
        )
        diff = self.difference_due = found.difference_fen
        taken = self.tr("Goods taken: %1.").replace("%1", format_fen(found.taken_fen))
        if not self.taken:
            text = self.tr("Add the goods the customer takes.")
        elif diff > 0:
            text = self.tr("The customer pays the difference: %1.").replace("%1", format_fen(diff))
        elif diff < 0:
            parts = " + ".join(f"{payment_label(m)} {format_fen(a)}" for m, a in found.refunds)
            text = (
                self.tr("The difference goes back to the customer: %1 (%2).")
                .replace("%1", format_fen(-diff))
                .replace("%2", parts)
            )
        else:
            text = self.tr("Even exchange: no money changes hands.")
        self.difference.setText(f"{taken} {text}")
        self.method.setEnabled(diff > 0)

    def record(self) -> None:
        if self.result_ is not None:
            return
        if self.item.text().strip():
            self.add_item()
            return
        approval = None
        if self.pin.text():
            if self.approver.currentData() is None:
                self.message.setText(self.tr("Choose the supervisor who approves."))
                self.pin.clear()
                self.approver.setFocus()
                return
            approval = Approval(int(self.approver.currentData()), self.pin.text())
        pays = [PaymentForm(self._chosen_method(), "")] if self.difference_due > 0 else []
        taken = self._sale(self.taken, pays)
        form = ExchangeForm(self.receipt_no, self.back, taken, self.return_type, self.reason, approval)
        try:
            self.result_ = record_exchange(self.ctx.db, self.ctx.actor, form)
        except (PermissionDenied, WrongPin) as err:
            self.message.setText(translate_error(err))
            if err.field == "approval" or isinstance(err, PermissionDenied):
                self._show_approval(True)
                (self.pin if self.approver.currentData() is not None else self.approver).setFocus()
            else:
                self.member_pin.setFocus()
            return
        except ServiceError as err:
            self.message.setText(translate_error(err))
            self.item.setFocus()
            return
        finally:
            self.pin.clear()
            self.member_pin.clear()
        self._recorded()

    def _recorded(self) -> None:
        result = self.result_
        assert result is not None
        self.message.clear()
        lines = [
            self.tr("Recorded %1 and %2.")
            .replace("%1", result.returned.return_no)
            .replace("%2", result.sale.receipt_no),
        ]
        for m, a in result.paid:
            lines.append(self.tr("Paid: %1 %2").replace("%1", payment_label(m)).replace("%2", format_fen(a)))
        for m, a in result.refunded:
            lines.append(
                self.tr("Refunded: %1 %2").replace("%1", payment_label(m)).replace("%2", format_fen(a))
            )
        lines.append(self.tr("Esc closes this window."))
        self.outcome.setText("\n".join(lines))
        for widget in (self.item, self.price, self.method, self.member_pin):
            widget.setEnabled(False)
        self._show_approval(False)
        self.record_button.setEnabled(False)
        for button in (self.print_button, self.pdf_button):
            button.setVisible(True)
        for button in self.findChildren(QPushButton):  # Enter again by habit leaves the result
            button.setDefault(False)
            button.setAutoDefault(False)
        self.close_button.setFocus()
        self.ctx.data_changed.emit("sales")
        print_after_exchange(
            self.ctx, result.returned.return_id, result.sale.sale_id, result.returned.return_no
        )

    def slip_bytes(self) -> bytes:
        assert self.result_ is not None
        data = exchange_slip(
            self.ctx.db, self.ctx.store_id, self.result_.returned.return_id, self.result_.sale.sale_id
        )
        return render_exchange_slip(data, ui_language())

    def save_slip_to(self, path: Path) -> None:
        path.write_bytes(self.slip_bytes())

    def _save_slip(self) -> None:
        if self.result_ is not None:
            save_slip_as(
                self, self.tr("Save exchange slip"), self.result_.returned.return_no, self.save_slip_to
            )

    def _print_slip(self) -> None:
        if self.result_ is not None:
            print_receipt(self, self.slip_bytes())


def _fen(text: str) -> int:
    try:
        return money(text, "price")
    except ServiceError:
        return 0


def open_exchange(
    ctx: AppContext,
    receipt_no: str,
    back: list[ReturnLineForm],
    return_type: ReturnType | None,
    reason: str,
    parent: QWidget | None,
) -> ExchangeDialog:
    """Show the exchange window over the counter (window-modal, closed on its own)."""
    dialog = ExchangeDialog(ctx, receipt_no, back, return_type, reason, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
