"""A return (退货): find the sale by receipt number, choose quantities, type and reason.

Past the return window or above the refund limit the service asks for a supervisor's PIN;
the dialog then shows the approval fields and the clerk records again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import ReturnType
from memberdesk.services.auth import list_staff
from memberdesk.services.errors import PermissionDenied, ServiceError, WrongPin
from memberdesk.services.returns import (
    Approval,
    ReturnableLine,
    ReturnForm,
    ReturnLineForm,
    ReturnResult,
    find_sale,
    recent_sales,
    record_return,
)
from memberdesk.ui.context import AppContext, translate_error


def return_type_label(value: ReturnType) -> str:
    names = {
        ReturnType.QUALITY: QCoreApplication.translate("Sales", "Quality defect"),
        ReturnType.SIZE_FIT: QCoreApplication.translate("Sales", "Size / fit"),
        ReturnType.COLOUR_STYLE: QCoreApplication.translate("Sales", "Colour / style"),
        ReturnType.CHANGED_MIND: QCoreApplication.translate("Sales", "Changed mind"),
        ReturnType.TRANSIT_DAMAGE: QCoreApplication.translate("Sales", "Damaged in transit"),
        ReturnType.OTHER: QCoreApplication.translate("Sales", "Other"),
    }
    return names[value]


class ReturnDialog(QDialog):
    """Receipt number → returnable lines → quantities, type, reason → refund."""

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.result_: ReturnResult | None = None
        self.returnable: list[ReturnableLine] = []
        self.setWindowTitle(self.tr("Return"))
        self.receipt = QLineEdit()
        self.receipt.setPlaceholderText(self.tr("Scan or type the receipt number"))
        self.receipt.returnPressed.connect(self.find)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Sold"), self.tr("Already returned"), self.tr("Return now")]
        )
        self.kind = QComboBox()
        self.kind.addItem(self.tr("(choose)"), "")
        for t in ReturnType:
            self.kind.addItem(return_type_label(t), t.value)
        self.reason = QLineEdit()
        self.approver = QComboBox()
        for staff in list_staff(ctx.db, ctx.store_id):
            self.approver.addItem(staff.name, staff.id)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        self.history = QComboBox()
        if member_id is not None:
            self.history.addItem(self.tr("(the member's recent sales)"), "")
            for sale in recent_sales(ctx.db, ctx.actor, member_id):
                when = sale.created_at.astimezone().strftime("%Y-%m-%d")
                self.history.addItem(
                    f"{sale.receipt_no}  {when}  {format_fen(sale.total_fen)}", sale.receipt_no
                )
            self.history.activated.connect(self._pick_history)
            form.addRow(self.tr("From history"), self.history)
        form.addRow(self.tr("Receipt number"), self.receipt)
        form.addRow(self.tr("Return type"), self.kind)
        form.addRow(self.tr("Reason"), self.reason)
        self.approval_label = QLabel(self.tr("Supervisor approval"))
        form.addRow(self.approval_label, self.approver)
        form.addRow(self.tr("Supervisor PIN"), self.pin)
        self.error, self.done = QLabel(), QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record return and refund"))
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(self.done)
        layout.addWidget(self.record_button)
        self.resize(600, 520)

    @classmethod
    def open_for(cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> ReturnDialog:
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.receipt.setFocus()
        return dialog

    def _pick_history(self) -> None:
        receipt = self.history.currentData()
        if receipt:
            self.receipt.setText(receipt)
            self.find()

    def find(self) -> None:
        try:
            _sale_id, self.returnable = find_sale(self.ctx.db, self.ctx.actor, self.receipt.text())
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return
        self.error.clear()
        self.table.setRowCount(len(self.returnable))
        for r, ln in enumerate(self.returnable):
            self.table.setItem(
                r, 0, QTableWidgetItem(f"{ln.description} {ln.size}  {format_fen(ln.unit_net_fen)}")
            )
            self.table.setItem(r, 1, QTableWidgetItem(str(ln.sold)))
            self.table.setItem(r, 2, QTableWidgetItem(str(ln.returned)))
            spin = QSpinBox()
            spin.setRange(0, ln.sold - ln.returned)
            self.table.setCellWidget(r, 3, spin)
        self.kind.setFocus()

    def set_quantity(self, row: int, qty: int) -> None:
        spin = self.table.cellWidget(row, 3)
        assert isinstance(spin, QSpinBox)
        spin.setValue(qty)

    def record(self) -> None:
        lines = []
        for r, ln in enumerate(self.returnable):
            spin = self.table.cellWidget(r, 3)
            if isinstance(spin, QSpinBox) and spin.value():
                lines.append(ReturnLineForm(ln.sale_line_id, spin.value()))
        kind = self.kind.currentData()
        approval = Approval(int(self.approver.currentData()), self.pin.text()) if self.pin.text() else None
        form = ReturnForm(
            self.receipt.text(), lines, ReturnType(kind) if kind else None, self.reason.text(), approval
        )
        try:
            self.result_ = record_return(self.ctx.db, self.ctx.actor, form)
        except (PermissionDenied, WrongPin) as err:
            self.error.setText(translate_error(err))
            self.pin.clear()
            self.pin.setFocus()
            return
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return
        finally:
            self.pin.clear()  # a PIN never stays in a field
        self.error.clear()
        self.done.setText(
            self.tr("Recorded %1: refund %2 to the original payment methods.")
            .replace("%1", self.result_.return_no)
            .replace("%2", format_fen(self.result_.refund_fen))
        )
        self.record_button.setEnabled(False)
        self.ctx.data_changed.emit("sales")
