"""A return without a receipt (无小票退货), opened from the return window (Alt+W).

A supervisor's act, as ``returns.record_return_without_receipt`` has it: the supervisor signed
in records it up to the store's refund limit; above the limit a second supervisor or the
manager approves with their PIN (never the one recording it). The goods are described, the
refund typed and its method chosen (cash, bank card, WeChat Pay, Alipay or other — never a
balance); the return slip prints as for any return.
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import PermissionDenied, ServiceError, WrongPin
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.services.sales.pricing import ACCEPTED_METHODS
from memberdesk.services.sales.returns import Approval, ReturnResult, record_return_without_receipt
from memberdesk.services.staff.auth import list_staff
from memberdesk.services.staff.permissions import GRANTS, Permission, allowed
from memberdesk.ui.sales.labels import payment_label
from memberdesk.ui.sales.receipt import print_receipt, return_slip_pdf
from memberdesk.ui.sales.slip_buttons import save_slip_as, show_recorded
from memberdesk.ui.sales.till_printer import print_after_return
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


class NoReceiptDialog(GuardedDialog):
    """What was sold, the refund and how it is paid, type and reason → a supervisor's return."""

    def __init__(
        self,
        ctx: AppContext,
        member_id: int | None,
        kinds: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.result_: ReturnResult | None = None
        self.setWindowTitle(self.tr("Return without a receipt"))

        self.rule = QLabel(
            self.tr(
                "A return without a receipt is a supervisor's: the supervisor signed in records it; "
                "above the refund limit a second supervisor or the manager approves with their PIN."
            )
        )
        self.rule.setWordWrap(True)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What was sold, as the customer describes it"))
        self.refund = QLineEdit()
        self.refund.setPlaceholderText(self.tr("e.g. 128.50"))
        self.method = QComboBox()
        for m in ACCEPTED_METHODS:
            self.method.addItem(payment_label(m), m.value)
        self.kind = QComboBox()
        for label, value in kinds:
            self.kind.addItem(label, value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("What is wrong with it, in the customer's words"))
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
        form.addRow(self.tr("Goods"), self.description)
        form.addRow(self.tr("Refund"), self.refund)
        form.addRow(self.tr("Refund by"), self.method)
        form.addRow(self.tr("Return type"), self.kind)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.approval_label, self.approver)
        form.addRow(self.pin_label, self.pin)

        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("font-weight: bold")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.record_button = QPushButton(self.tr("Record return and refund"))
        self.record_button.clicked.connect(self.record)
        self.print_button = QPushButton(self.tr("Print return slip"))
        self.print_button.clicked.connect(self._print_slip)
        self.pdf_button = QPushButton(self.tr("Save return slip as PDF"))
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
        layout.addWidget(self.rule)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.set_primary(self.record_button)
        self._show_approval(False)
        if not (ctx.signed_in and allowed(ctx.actor, Permission.APPROVE_RETURN)):
            self.message.setText(self.tr("Ask a supervisor to sign in at this counter to record it."))
        self.setMinimumWidth(520)

    def has_typed_data(self) -> bool:
        if self.result_ is not None:
            return False
        return bool(
            self.description.text().strip()
            or self.refund.text().strip()
            or self.reason.text().strip()
            or self.kind.currentIndex() > 0
            or self.pin.text()
        )

    def _show_approval(self, visible: bool) -> None:
        for widget in (self.approval_label, self.approver, self.pin_label, self.pin):
            widget.setVisible(visible)

    def record(self) -> None:
        if self.result_ is not None:
            return
        approval = None
        if self.pin.text():
            if self.approver.currentData() is None:
                self.message.setText(self.tr("Choose the supervisor who approves."))
                self.pin.clear()
                self.approver.setFocus()
                return
            approval = Approval(int(self.approver.currentData()), self.pin.text())
        kind = self.kind.currentData()
        try:
            self.result_ = record_return_without_receipt(
                self.ctx.db,
                self.ctx.actor,
                member_id=self.member_id,
                description=self.description.text(),
                refund=self.refund.text(),
                method=PaymentMethod(self.method.currentData()),
                return_type=ReturnType(kind) if kind else None,
                reason=self.reason.text(),
                approval=approval,
            )
        except (PermissionDenied, WrongPin) as err:
            self.message.setText(translate_error(err))
            if err.field == "approval":
                self._show_approval(True)
                (self.pin if self.approver.currentData() is not None else self.approver).setFocus()
            return
        except ServiceError as err:
            self.message.setText(translate_error(err))
            field: QWidget | None = {
                "description": self.description,
                "refund": self.refund,
                "method": self.method,
                "return_type": self.kind,
                "reason": self.reason,
            }.get(err.field or "")
            if field is not None:
                field.setFocus()
            return
        finally:
            self.pin.clear()
        self._recorded()

    def _recorded(self) -> None:
        result = self.result_
        assert result is not None
        self.message.clear()
        parts = " + ".join(f"{payment_label(m)} {format_fen(a)}" for m, a in result.refunds)
        self.outcome.setText(
            "\n".join(
                [
                    self.tr("Recorded %1.").replace("%1", result.return_no),
                    self.tr("Refund %1: %2")
                    .replace("%1", format_fen(result.refund_fen))
                    .replace("%2", parts),
                    self.tr("Esc closes this window."),
                ]
            )
        )
        for widget in (self.description, self.refund, self.method, self.kind, self.reason):
            widget.setEnabled(False)
        self._show_approval(False)
        self.record_button.setEnabled(False)
        show_recorded(self, (self.print_button, self.pdf_button), self.close_button)
        self.ctx.data_changed.emit("sales")
        print_after_return(self.ctx, result.return_id, result.return_no)

    def slip_bytes(self) -> bytes:
        assert self.result_ is not None
        return return_slip_pdf(self.ctx, self.result_.return_id)

    def save_slip_to(self, path: Path) -> None:
        path.write_bytes(self.slip_bytes())

    def _save_slip(self) -> None:
        if self.result_ is not None:
            save_slip_as(self, self.tr("Save return slip"), self.result_.return_no, self.save_slip_to)

    def _print_slip(self) -> None:
        if self.result_ is not None:
            print_receipt(self, self.slip_bytes())


def open_no_receipt(
    ctx: AppContext, member_id: int | None, kinds: list[tuple[str, str]], parent: QWidget | None
) -> NoReceiptDialog:
    dialog = NoReceiptDialog(ctx, member_id, kinds, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.description.setFocus()
    return dialog
