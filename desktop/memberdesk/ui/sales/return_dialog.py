"""A return (退货): find the sale by receipt number, choose quantities, type and reason.

The price shown per unit is the receipt's (the line total over its quantity). Before the
clerk records, the window says what the return gives back: the money to each payment method
and the points given back and taken back. Past the return window or above the refund limit
the service asks for a supervisor's PIN; the dialog then shows the approval fields (only
staff who may approve are offered, never the one recording) and the clerk records again.
Once recorded, the result stays on screen until the clerk closes the window (Esc or the
button): Enter does nothing more, so a second press never dismisses it unread. A return slip
can be printed or saved. One return window at a time: it is window-modal, and a second F6
brings the open one forward instead of stacking another.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import PermissionDenied, ServiceError, WrongPin
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import ReturnType
from memberdesk.services.sales.returns import (
    Approval,
    ReturnableLine,
    ReturnForm,
    ReturnLineForm,
    ReturnResult,
    find_sale,
    preview_return,
    recent_sales,
    record_return,
)
from memberdesk.services.staff.auth import list_staff
from memberdesk.services.staff.permissions import GRANTS, Permission
from memberdesk.ui.sales.exchange_dialog import open_exchange
from memberdesk.ui.sales.labels import payment_label, points_text
from memberdesk.ui.sales.no_receipt_dialog import open_no_receipt
from memberdesk.ui.sales.receipt import print_receipt, return_slip_pdf
from memberdesk.ui.sales.slip_buttons import save_slip_as, show_recorded
from memberdesk.ui.sales.till_printer import print_after_return
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

ITEM, PRICE, SOLD, RETURNED, NOW = range(5)
MAX_TYPED = 999  # the box keeps what the clerk typed; the message says what is allowed


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


def too_many_text(left: int, item: str) -> str:
    """The service's own words for a quantity above what can still be returned."""
    text = QCoreApplication.translate("Errors", "Only {left} of “{item}” can still be returned.")
    return text.format(left=left, item=item)


class ReturnDialog(GuardedDialog):
    """Receipt number → returnable lines → quantities, type, reason → refund."""

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.result_: ReturnResult | None = None
        self.returnable: list[ReturnableLine] = []
        self.spins: list[QSpinBox] = []
        self._quantity_problem = ""
        self.setWindowTitle(self.tr("Return"))

        top = QFormLayout()
        self.history = QComboBox()
        if member_id is not None:
            self.history.addItem(self.tr("(the member's recent sales)"), "")
            for sale in recent_sales(ctx.db, ctx.actor, member_id):
                when = sale.created_at.astimezone().strftime("%Y-%m-%d")
                self.history.addItem(
                    f"{sale.receipt_no}  {when}  {format_fen(sale.total_fen)}", sale.receipt_no
                )
            self.history.activated.connect(self._pick_history)
            top.addRow(self.tr("From history"), self.history)
        self.receipt = QLineEdit()
        self.receipt.setPlaceholderText(self.tr("Scan or type the receipt number, then Enter"))
        self.on_enter(self.receipt, self.find_receipt)
        top.addRow(self.tr("Receipt number"), self.receipt)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Price"),
                self.tr("Sold"),
                self.tr("Already returned"),
                self.tr("Return now"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the quantities
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for column in (PRICE, SOLD, RETURNED, NOW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        bottom = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("(choose)"), "")
        for t in ReturnType:
            self.kind.addItem(return_type_label(t), t.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("What is wrong with it, in the customer's words"))
        self.approver = QComboBox()
        self.approver.addItem(self.tr("(choose who approves)"), None)
        for staff in list_staff(ctx.db, ctx.store_id):
            mine = ctx.signed_in and staff.id == ctx.actor.staff_id  # nobody approves their own return
            if Permission.APPROVE_RETURN in GRANTS[staff.role] and not staff.locked and not mine:
                self.approver.addItem(f"{staff.name} ({staff.code})", staff.id)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        bottom.addRow(self.tr("Return type"), self.kind)
        bottom.addRow(self.tr("Reason"), self.reason)
        self.approval_label = QLabel(self.tr("Supervisor approval"))
        self.pin_label = QLabel(self.tr("Supervisor PIN"))
        bottom.addRow(self.approval_label, self.approver)
        bottom.addRow(self.pin_label, self.pin)
        self._show_approval(False)  # shown once the service asks for it

        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.preview = QLabel()  # what the return gives back, before it is recorded
        self.preview.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("font-weight: bold")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.record_button = QPushButton(self.tr("Record return and refund"))
        self.record_button.clicked.connect(self.record)
        self.exchange_button = QPushButton(self.tr("E&xchange instead…"))
        self.exchange_button.setToolTip(self.tr("Give these goods back for others (Alt+X)"))
        self.exchange_button.clicked.connect(self.exchange)
        self.no_receipt_button = QPushButton(self.tr("&Without a receipt…"))
        self.no_receipt_button.setToolTip(self.tr("No receipt to find: a supervisor's return (Alt+W)"))
        self.no_receipt_button.clicked.connect(self.without_receipt)
        self.print_button = QPushButton(self.tr("Print return slip"))
        self.print_button.clicked.connect(self._print_slip)
        self.pdf_button = QPushButton(self.tr("Save return slip as PDF"))
        self.pdf_button.clicked.connect(self._save_slip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.no_receipt_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.exchange_button)
        buttons.addWidget(self.record_button)
        for button in (self.print_button, self.pdf_button):
            button.setVisible(False)  # once there is a return to print

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)
        layout.addWidget(self.preview)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.set_primary(self.record_button)
        self.setMinimumWidth(640)
        self.resize(760, 560)

    @classmethod
    def open_for(cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> ReturnDialog:
        """Show the return window over ``parent``'s window; the one already open, if any."""
        window = parent.window() if parent is not None else None
        if window is not None:
            for existing in window.findChildren(ReturnDialog):
                if existing.isVisible():
                    existing.raise_()
                    existing.activateWindow()
                    return existing
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal: the counter waits until the return is done or closed
        dialog.receipt.setFocus()
        return dialog

    def has_typed_data(self) -> bool:
        if self.result_ is not None:
            return False
        return bool(
            self.receipt.text().strip()
            or self.reason.text().strip()
            or self.kind.currentIndex() > 0
            or self.pin.text()
            or any(spin.value() for spin in self.spins)
        )

    def _show_approval(self, visible: bool) -> None:
        for widget in (self.approval_label, self.approver, self.pin_label, self.pin):
            widget.setVisible(visible)

    def _pick_history(self) -> None:
        receipt = self.history.currentData()
        if receipt:
            self.receipt.setText(receipt)
            self.find_receipt()

    def find_receipt(self) -> None:
        try:
            _sale_id, self.returnable = find_sale(self.ctx.db, self.ctx.actor, self.receipt.text())
        except ServiceError as err:
            hint = self.tr("No receipt? Alt+W records a return without one.")
            self.message.setText(f"{translate_error(err)} {hint}")
            self.receipt.setFocus()
            self.receipt.selectAll()
            return
        self.message.clear()
        self._fill_lines()
        if self.spins:
            self.spins[0].setFocus()
            self.spins[0].selectAll()

    def _fill_lines(self) -> None:
        self.table.setRowCount(len(self.returnable))
        self.spins = []
        previous: QWidget = self.receipt
        for r, ln in enumerate(self.returnable):
            name = f"{ln.description} {ln.size}".strip()
            item = QTableWidgetItem(name)
            item.setToolTip(name)
            self.table.setItem(r, ITEM, item)
            for column, value in (
                (PRICE, format_fen(ln.unit_paid_fen)),
                (SOLD, str(ln.sold)),
                (RETURNED, str(ln.returned)),
            ):
                cell = QTableWidgetItem(value)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, column, cell)
            spin = QSpinBox()
            spin.setRange(0, MAX_TYPED)
            spin.setEnabled(ln.sold > ln.returned)
            spin.valueChanged.connect(self._check_quantities)
            self.table.setCellWidget(r, NOW, spin)
            QWidget.setTabOrder(previous, spin)
            previous = spin
            self.spins.append(spin)
        QWidget.setTabOrder(previous, self.kind)
        self._check_quantities()

    def _check_quantities(self) -> bool:
        """Say at once when a quantity is above what can still be returned; keep what was typed."""
        problem = ""
        for ln, spin in zip(self.returnable, self.spins, strict=True):
            left = ln.sold - ln.returned
            too_many = spin.value() > left
            if too_many and not problem:
                problem = too_many_text(left, ln.description)
            spin.setStyleSheet("color: #b00020; font-weight: bold" if too_many else "")
        if problem:
            self.message.setText(problem)
        elif self.message.text() == self._quantity_problem:
            self.message.clear()
        self._quantity_problem = problem
        self._show_preview(problem == "")
        return not problem

    def _wanted(self) -> list[ReturnLineForm]:
        return [
            ReturnLineForm(ln.sale_line_id, spin.value())
            for ln, spin in zip(self.returnable, self.spins, strict=True)
            if spin.value()
        ]

    def _show_preview(self, valid: bool) -> None:
        """The refund per payment method and the points, for the quantities as they stand."""
        wanted = self._wanted() if valid and self.result_ is None else []
        if not wanted:
            self.preview.clear()
            return
        try:
            found = preview_return(self.ctx.db, self.ctx.actor, self.receipt.text(), wanted)
        except ServiceError as err:
            self.preview.setText(translate_error(err))
            return
        given = found.given
        lines = [self._refund_text(given.refund_fen, given.refunds)]
        lines += self._points_text(given.points_restored, given.points_reversed, found.points_owed)
        self.preview.setText("\n".join(lines))

    def _refund_text(self, total: int, refunds: tuple[tuple[object, int], ...]) -> str:
        parts = " + ".join(f"{payment_label(m)} {format_fen(a)}" for m, a in refunds)  # type: ignore[arg-type]
        return self.tr("Refund %1: %2").replace("%1", format_fen(total)).replace("%2", parts or "—")

    def _points_text(self, restored: int, reversed_: int, owed: int) -> list[str]:
        out: list[str] = []
        if restored:
            out.append(self.tr("Redeemed points given back: %1").replace("%1", points_text(restored)))
        if reversed_:
            out.append(self.tr("Earned points taken back: %1").replace("%1", points_text(reversed_)))
        if owed:
            text = self.tr("The card holds fewer: %1 points are owed, paid off from the next points earned.")
            out.append(text.replace("%1", points_text(owed)))
        return out

    def set_quantity(self, row: int, qty: int) -> None:
        self.spins[row].setValue(qty)

    def record(self) -> None:
        if self.result_ is not None:
            return  # recorded: the result stays until the clerk closes the window
        if not self.returnable:
            self.find_receipt()
            return
        if not self._check_quantities():
            return
        lines = self._wanted()
        kind = self.kind.currentData()
        approval = None
        if self.pin.text():
            if self.approver.currentData() is None:
                self.message.setText(self.tr("Choose the supervisor who approves."))
                self.pin.clear()
                self.approver.setFocus()
                return
            approval = Approval(int(self.approver.currentData()), self.pin.text())
        form = ReturnForm(
            self.receipt.text(), lines, ReturnType(kind) if kind else None, self.reason.text(), approval
        )
        try:
            self.result_ = record_return(self.ctx.db, self.ctx.actor, form)
        except (PermissionDenied, WrongPin) as err:
            self.message.setText(translate_error(err))
            self._show_approval(True)
            (self.pin if self.approver.currentData() is not None else self.approver).setFocus()
            return
        except ServiceError as err:
            self.message.setText(translate_error(err))
            self._focus_field(err.field or "")
            return
        finally:
            self.pin.clear()  # a PIN never stays in a field
        self._recorded()

    def without_receipt(self) -> None:
        """Hand over to the window for a return without a receipt, which takes this one's place."""
        if self.result_ is not None:
            return
        kinds = [(self.kind.itemText(i), str(self.kind.itemData(i))) for i in range(self.kind.count())]
        self.no_receipt_dialog = open_no_receipt(self.ctx, self.member_id, kinds, self.parentWidget())
        self.accept()
        self.no_receipt_dialog.description.setFocus()

    def exchange(self) -> None:
        """Hand the lines, the type and the reason over to the exchange window, which takes this
        window's place over the counter."""
        if self.result_ is not None:
            return
        if not self.returnable:
            self.find_receipt()
            return
        if not self._check_quantities():
            return
        lines = self._wanted()
        if not lines:
            self.message.setText(self.tr("Choose what is given back first."))
            if self.spins:
                self.spins[0].setFocus()
            return
        kind = self.kind.currentData()
        dialog = open_exchange(
            self.ctx,
            self.receipt.text(),
            lines,
            ReturnType(kind) if kind else None,
            self.reason.text(),
            self.parentWidget(),
        )
        self.exchange_dialog = dialog
        self.accept()  # nothing is lost: the exchange window holds it now
        dialog.item.setFocus()

    def _focus_field(self, field: str) -> None:
        widget: QWidget | None = {
            "return_type": self.kind,
            "reason": self.reason,
            "receipt_no": self.receipt,
        }.get(field)
        if widget is None and field.startswith("lines") and self.spins:
            widget = self.spins[0]
        if widget is not None:
            widget.setFocus()

    def _recorded(self) -> None:
        result = self.result_
        assert result is not None
        self.message.clear()
        self.preview.clear()
        lines = [
            self.tr("Recorded %1.").replace("%1", result.return_no),
            self._refund_text(result.refund_fen, result.refunds),
            *self._points_text(result.points_restored, result.points_reversed, result.points_owed),
        ]
        if result.stored_back is not None and result.stored_after is not None:
            lines.append(
                self.tr("Back to the member's balance: %1; balance now %2 (principal %3 + bonus %4).")
                .replace("%1", format_fen(result.stored_back.total_fen))
                .replace("%2", format_fen(result.stored_after.total_fen))
                .replace("%3", format_fen(result.stored_after.principal_fen))
                .replace("%4", format_fen(result.stored_after.bonus_fen))
            )
        lines.append(self.tr("Esc closes this window."))
        self.outcome.setText("\n".join(lines))
        try:  # show what has now been returned of each line
            _sale_id, self.returnable = find_sale(self.ctx.db, self.ctx.actor, self.receipt.text())
            self._fill_lines()
        except ServiceError:
            pass
        for widget in (self.receipt, self.history, self.kind, self.reason, *self.spins):
            widget.setEnabled(False)
        self._show_approval(False)
        self.record_button.setEnabled(False)
        self.exchange_button.setEnabled(False)
        self.no_receipt_button.setEnabled(False)
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
