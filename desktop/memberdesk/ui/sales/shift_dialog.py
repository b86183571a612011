"""End of shift (交班) by keys: what each payment method should hold, the cash counted, the
difference and why, the float left for the next shift; then the report prints.

The counted cash has the focus; Tab goes to the reason and the float, Enter closes the shift.
At a till with no open shift the dialog opens one with the float typed (Enter). Esc closes
and asks first when something was typed.
"""

from __future__ import annotations

import datetime as dt

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

from memberdesk.domain.errors import ServiceError, ValidationError
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod
from memberdesk.reports.receipt import METHODS
from memberdesk.reports.shift import shift_bytes, shift_pdf
from memberdesk.reports.thermal import paper_of
from memberdesk.reports.wording import ReportLanguage
from memberdesk.services.common.inputs import money
from memberdesk.services.devices import printer, setup
from memberdesk.services.sales import shift
from memberdesk.ui.sales.receipt import print_receipt
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.workers import Progress, run_in_background


class ShiftDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.devices = setup.load()
        self.till = self.devices.till_name
        self.closed_id: int | None = None
        self.setWindowTitle(self.tr("End of shift"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setObjectName("shift_figures")
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counted = QLineEdit()
        self.counted.setObjectName("shift_counted")
        self.difference = QLabel()
        self.difference.setObjectName("shift_difference")
        self.reason = QLineEdit()
        self.reason.setObjectName("shift_reason")
        self.reason.setMaxLength(shift.MAX_REASON)
        self.next_float = QLineEdit()
        self.next_float.setObjectName("shift_next_float")
        self.form = QFormLayout()
        self.form.addRow(self.tr("Cash counted (yuan):"), self.counted)
        self.form.addRow(self.tr("Difference:"), self.difference)
        self.form.addRow(self.tr("Why it differs:"), self.reason)
        self.form.addRow(self.tr("Float for the next shift (yuan):"), self.next_float)
        self.error = QLabel()
        self.error.setObjectName("shift_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.primary = QPushButton(self.tr("Close the shift"))
        self.primary.clicked.connect(self.run_primary)
        self.print_button = QPushButton(self.tr("Print the report"))
        self.print_button.clicked.connect(self.print_report)
        self.print_button.setVisible(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.past = QComboBox()
        self.past.setObjectName("shift_past")
        self.past_button = QPushButton(self.tr("Print again"))
        self.past_button.clicked.connect(self.print_past)
        past_row = QHBoxLayout()
        past_row.addWidget(QLabel(self.tr("Closed shifts:")))
        past_row.addWidget(self.past, 1)
        past_row.addWidget(self.past_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.figures)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.primary)
        layout.addWidget(self.print_button)
        layout.addWidget(self.close_button)
        layout.addLayout(past_row)
        self.set_primary(self.primary)
        self.counted.textChanged.connect(self._show_difference)
        self.open_shift: tuple[int, dt.datetime, int] | None = None
        self.cash_expected = 0
        self.load()
        self._fill_past()

    @classmethod
    def open_for(
        cls, ctx: AppContext, _member_id: int | None = None, parent: QWidget | None = None
    ) -> ShiftDialog:
        dialog = cls(ctx, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.counted.setFocus()
        return dialog

    def has_typed_data(self) -> bool:
        if self.closed_id is not None:
            return False
        return bool(self.counted.text().strip() or self.reason.text().strip())

    def load(self) -> None:
        """The open shift and what it should hold now; or, with none open, the float to open one."""
        try:
            self.open_shift = shift.current(self.ctx.db, self.ctx.store_id, self.till)
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return
        if self.open_shift is None:
            self.heading.setText(
                self.tr(
                    "No shift is open at till {till}. Type the float in the drawer and press Enter."
                ).format(till=self.till)
            )
            self.figures.clear()
            for row in (self.counted, self.difference, self.reason):
                self.form.setRowVisible(row, False)
            label = self.form.labelForField(self.next_float)
            if isinstance(label, QLabel):
                label.setText(self.tr("Float (yuan):"))
            self.primary.setText(self.tr("Open the shift"))
            return
        _id, opened_at, float_fen = self.open_shift
        self.heading.setText(
            self.tr("Till {till}, shift open since {when}.").format(
                till=self.till,
                when=f"{opened_at.astimezone():%Y-%m-%d %H:%M}",  # type: ignore[attr-defined]
            )
        )
        lines = shift.expected_now(self.ctx.db, self.ctx.store_id, self.till)
        lang = ReportLanguage(ui_language())
        rows = []
        for line in lines:
            rows.append(f"{lang.translate('Receipt', METHODS[line.method])}: {format_fen(line.expected_fen)}")
            if line.method is PaymentMethod.CASH:
                self.cash_expected = line.expected_fen
        self.figures.setText(self.tr("Expected now:") + "\n" + "\n".join(rows))
        self.next_float.setText(format_fen(float_fen, symbol=False))
        self._show_difference()

    def _show_difference(self) -> None:
        try:
            counted = money(self.counted.text(), "counted", allow_zero=True)
        except ValidationError:
            self.difference.setText("")
            return
        diff = counted - self.cash_expected
        self.difference.setText(("+" if diff > 0 else "") + format_fen(diff))

    def run_primary(self) -> None:
        if self.closed_id is not None:
            self.accept()
        elif self.open_shift is None:
            self._open()
        else:
            self._close()

    def _open(self) -> None:
        try:
            shift.open_shift(self.ctx.db, self.ctx.actor, self.till, self.next_float.text())
        except ServiceError as err:
            self.error.setText(translate_error(err))
            self.next_float.setFocus()
            return
        self.ctx.info(self.tr("Shift opened at till {till}.").format(till=self.till))
        self.accept()

    def _close(self) -> None:
        try:
            self.closed_id = shift.close_shift(
                self.ctx.db,
                self.ctx.actor,
                self.till,
                self.counted.text(),
                self.reason.text(),
                self.next_float.text(),
                shift_id=self.open_shift[0] if self.open_shift else None,
            )
        except ServiceError as err:
            self.error.setText(translate_error(err))
            field = {"reason": self.reason, "next_float": self.next_float}.get(err.field or "", self.counted)
            field.setFocus()
            field.selectAll()
            return
        self.error.clear()
        for field in (self.counted, self.reason, self.next_float):
            field.setEnabled(False)
        self.heading.setText(self.tr("Shift closed. The next shift has started with its float."))
        self.primary.setText(self.tr("Done"))
        self.print_button.setVisible(True)
        self.ctx.data_changed.emit("shifts")
        if self.devices.thermal:
            self._send_report(self.closed_id)
        self._fill_past()
        self.primary.setFocus()

    def _send_report(self, shift_id: int) -> None:
        report = shift.report(self.ctx.db, self.ctx.store_id, shift_id)
        data = shift_bytes(report, ui_language(), paper_of(self.devices))
        address, timeout, ctx = self.devices.address, self.devices.timeout_s, self.ctx

        def job(_progress: Progress) -> None:
            printer.send(address, data, timeout)

        def failed(error: Exception) -> None:
            ctx.error(error if isinstance(error, ServiceError) else str(error))

        run_in_background(job, on_error=failed)

    def print_report(self) -> None:
        if self.closed_id is not None:
            self._print(self.closed_id)

    def print_past(self) -> None:
        """The report of the shift chosen in the list of closed shifts, printed again."""
        chosen = self.past.currentData()
        if chosen is not None:
            self._print(int(chosen))

    def _print(self, shift_id: int) -> None:
        if self.devices.thermal:
            self._send_report(shift_id)
            return
        report = shift.report(self.ctx.db, self.ctx.store_id, shift_id)
        print_receipt(self, shift_pdf(report, ui_language()))

    def _fill_past(self) -> None:
        """The store's closed shifts, newest first: till, when, the cash difference."""
        self.past.clear()
        for shift_id, till, closed_at, difference in shift.closed_shifts(self.ctx.db, self.ctx.store_id):
            sign = "+" if difference > 0 else ""
            text = self.tr("{till}, closed {when}, cash {difference}").format(
                till=till,
                when=f"{closed_at.astimezone():%Y-%m-%d %H:%M}",
                difference=sign + format_fen(difference),
            )
            self.past.addItem(f"#{shift_id}  {text}", shift_id)
        self.past_button.setEnabled(self.past.count() > 0)
