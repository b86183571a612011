"""Voiding a sale (作废) from the sale history: the reason, the supervisor who approves, their PIN.

The supervisor's PIN is checked with the counted check of sign-in (``auth.approve``); the
void then runs as that supervisor, so the audit and the reversing record name who approved.
The service says what it refuses (another day's sale, goods already returned, already voided)
and the form keeps the reason typed; the PIN never stays in its field.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ServiceError
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import Role
from memberdesk.services.sales.history import SaleRow
from memberdesk.services.sales.recording import void_sale
from memberdesk.services.staff import auth
from memberdesk.services.staff.permissions import GRANTS, Permission
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

REFUSED = QT_TRANSLATE_NOOP("Errors", "Only a supervisor or a manager voids a sale.")


class VoidSaleDialog(GuardedDialog):
    """The reason and the approving supervisor's PIN; emits ``voided(sale_id)`` once done."""

    voided = Signal(int)

    def __init__(self, ctx: AppContext, sale: SaleRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.sale = ctx, sale
        self.setWindowTitle(self.tr("Void sale"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        what = QLabel(
            self.tr(
                "Void %1 (%2): the money goes back as it was paid; "
                "points, coupons and stored value come back."
            )
            .replace("%1", sale.receipt_no)
            .replace("%2", format_fen(sale.total_fen))
        )
        what.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("void_reason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Why, e.g. keyed the wrong amount"))
        self.approver = QComboBox()
        self.approver.setObjectName("void_approver")
        staff = [s for s in auth.list_staff(ctx.db, ctx.store_id) if Permission.VOID_SALE in GRANTS[s.role]]
        me = ctx.actor.staff_id if ctx.signed_in else None
        staff.sort(key=lambda s: (s.id != me, s.role is Role.MANAGER, s.code))  # the least senior who may
        for person in staff:
            if not person.locked:
                self.approver.addItem(f"{person.name} ({person.code})", person.id)
        self.pin = QLineEdit()
        self.pin.setObjectName("void_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Supervisor"), self.approver)
        form.addRow(self.tr("Supervisor PIN"), self.pin)
        self.message = QLabel()
        self.message.setObjectName("void_message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.void_button = QPushButton(self.tr("Void sale"))
        self.void_button.clicked.connect(self.void)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.set_primary(self.void_button)
        self.setMinimumWidth(420)

    def has_typed_data(self) -> bool:
        return bool(self.reason.text().strip() or self.pin.text())

    def void(self) -> None:
        if not self.reason.text().strip():
            self.message.setText(self.tr("Give a reason."))
            self.reason.setFocus()
            return
        pin = self.pin.text()
        self.pin.clear()  # a PIN is never kept in a form, right or wrong
        try:
            supervisor = auth.approve(
                self.ctx.db, self.ctx.actor, int(self.approver.currentData() or 0), pin, Permission.VOID_SALE,
                refused=REFUSED,
            )  # fmt: skip
            void_sale(self.ctx.db, supervisor, self.sale.sale_id, self.reason.text())
        except ServiceError as err:
            self.message.setText(translate_error(err))
            (self.reason if err.field == "reason" else self.pin).setFocus()
            return
        self.ctx.data_changed.emit("sales")
        self.ctx.data_changed.emit("money")
        self.voided.emit(self.sale.sale_id)
        self.accept()
