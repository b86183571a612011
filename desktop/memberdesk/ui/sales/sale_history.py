"""The sale history (销售记录, Ctrl+F5): the member's sales, or today's at this store.

Opened from the member card it lists that member's sales; from the counter with no member,
today's sales of the store; from a receipt scanned at the counter box, that sale's day with
the sale chosen. Newest first; the arrows move, and older sales load as the clerk moves past
the last row. On the chosen sale:

- Enter: the receipt as the till printed it (the PDF preview);
- Ctrl+P: print it again, a copy on this counter's thermal printer, else the PDF print path;
- Ctrl+Del: void it (a supervisor's PIN and a reason; the service says what it refuses);
- F6: the return window with this receipt's lines loaded.

Esc closes it and the keyboard goes back to the counter box.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.services.sales import history
from memberdesk.services.sales.history import SaleRow
from memberdesk.ui.sales.receipt import print_receipt, receipt_pdf
from memberdesk.ui.sales.return_dialog import ReturnDialog
from memberdesk.ui.sales.sale_history_model import MEMBER, PAID, SALE_ROLE, STATUS, SaleHistoryModel
from memberdesk.ui.sales.till_printer import print_after_sale
from memberdesk.ui.sales.void_dialog import VoidSaleDialog
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog

REPRINT_KEY = QKeySequence("Ctrl+P")
VOID_KEY = QKeySequence("Ctrl+Del")
RETURN_KEY = QKeySequence("F6")


class SaleHistoryDialog(GuardedDialog):
    """A list of sales and what the counter does with one: see, reprint, void, return."""

    def __init__(
        self,
        ctx: AppContext,
        member_id: int | None,
        parent: QWidget | None = None,
        *,
        day: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.day = day or dt.date.today()
        self.setWindowTitle(self.tr("Sale history"))
        self.model = SaleHistoryModel()
        self.table = QTableView()
        self.table.setObjectName("sale_history")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PAID, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(MEMBER, member_id is not None)  # the member's own list
        self.table.selectionModel().currentRowChanged.connect(self._moved)
        self.table.doubleClicked.connect(lambda _index: self.show_receipt())
        self.on_enter(self.table, self.show_receipt)

        self.heading = QLabel()
        self.message = QLabel()
        self.message.setObjectName("history_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        keys = QLabel(
            self.tr("↑↓: choose · Enter: receipt · Ctrl+P: print again · Ctrl+Del: void · F6: return")
        )
        keys.setStyleSheet("color: #555")
        keys.setWordWrap(True)
        self.receipt_button = QPushButton(self.tr("Receipt"))
        self.receipt_button.clicked.connect(self.show_receipt)
        self.reprint_button = QPushButton(self.tr("Print again"))
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.clicked.connect(self.open_void)
        self.return_button = QPushButton(self.tr("Return…"))
        self.return_button.clicked.connect(self.open_return)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.receipt_button, self.reprint_button, self.void_button, self.return_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list keeps the keyboard
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        QShortcut(REPRINT_KEY, self, self.reprint)
        QShortcut(VOID_KEY, self, self.open_void)
        QShortcut(RETURN_KEY, self, self.open_return)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(keys)
        layout.addLayout(buttons)
        self.set_primary(self.receipt_button)
        self._more = False
        self.resize(860, 520)
        self.reload()

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None, *, receipt_no: str = ""
    ) -> SaleHistoryDialog:
        """Show the history without blocking; with ``receipt_no``, that sale's day, the sale chosen."""
        found: SaleRow | None = None
        if receipt_no:
            found = history.sale_by_receipt(ctx.db, ctx.actor, receipt_no)  # NotFound: the caller says so
        day = history.local_day(found.created_at) if found else None
        dialog = cls(ctx, None if found else member_id, parent, day=day)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        if found is not None:
            dialog.choose(found.sale_id)
        dialog.table.setFocus()
        return dialog

    # -- the list -----------------------------------------------------------------------------
    def _fetch(self, offset: int) -> history.SalePage:
        if self.member_id is not None:
            return history.member_sales(self.ctx.db, self.ctx.actor, self.member_id, offset=offset)
        return history.day_sales(self.ctx.db, self.ctx.actor, self.day, offset=offset)

    def reload(self) -> None:
        """Read the list again (after a void or a return), keeping the chosen sale chosen."""
        chosen = self.current()
        loaded = max(self.model.rowCount(), history.PAGE_SIZE)
        rows: list[SaleRow] = []
        try:
            page = self._fetch(0)
            rows.extend(page.rows)
            while page.more and len(rows) < loaded:
                page = self._fetch(len(rows))
                rows.extend(page.rows)
        except ServiceError as err:
            self.message.setText(translate_error(err))
            return
        self._more = page.more
        self.model.set_rows(rows)
        if self.member_id is not None:
            self.heading.setText(self.tr("The member's sales, newest first"))
        else:
            text = self.tr("Sales of %1 at this store, newest first")
            self.heading.setText(text.replace("%1", self.day.isoformat()))
        self.message.setText("" if rows else self.tr("No sales to show."))
        self.choose(chosen.sale_id if chosen else None)

    def _moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Moving onto the last row brings the next older page in."""
        if self._more and current.row() == self.model.rowCount() - 1:
            try:
                page = self._fetch(self.model.rowCount())
            except ServiceError as err:
                self.message.setText(translate_error(err))
                return
            self._more = page.more
            self.model.add_rows(page.rows)

    def choose(self, sale_id: int | None) -> None:
        row = self.model.row_of(sale_id) if sale_id is not None else -1
        if self.model.rowCount():
            index = self.model.index(max(row, 0), 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def current(self) -> SaleRow | None:
        index = self.table.currentIndex()
        row = index.data(SALE_ROLE) if index.isValid() else None
        return row if isinstance(row, SaleRow) else None

    def status_shown(self, sale_id: int) -> str:
        return str(self.model.index(self.model.row_of(sale_id), STATUS).data())

    # -- what the counter does with a sale ----------------------------------------------------
    def show_receipt(self) -> PdfPreviewDialog | None:
        sale = self.current()
        if sale is None:
            return None
        try:
            pdf = receipt_pdf(self.ctx, sale.sale_id)
        except ServiceError as err:
            self.message.setText(translate_error(err))
            return None
        preview = PdfPreviewDialog(pdf, self.tr("Receipt %1").replace("%1", sale.receipt_no), parent=self)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()
        return preview

    def reprint(self) -> None:
        """A copy on this counter's thermal printer where there is one, else the PDF printed."""
        sale = self.current()
        if sale is None:
            return
        self.message.clear()
        if not print_after_sale(self.ctx, sale.sale_id, sale.receipt_no, copy=True):
            try:
                print_receipt(self, receipt_pdf(self.ctx, sale.sale_id))
            except ServiceError as err:
                self.message.setText(translate_error(err))

    def open_void(self) -> VoidSaleDialog | None:
        sale = self.current()
        if sale is None:
            return None
        if sale.voided:
            self.message.setText(self.tr("This sale is already voided."))
            return None
        dialog = VoidSaleDialog(self.ctx, sale, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.voided.connect(lambda _sale_id: self.reload())
        dialog.open()
        dialog.reason.setFocus()
        return dialog

    def open_return(self) -> ReturnDialog | None:
        """The return window, this sale's receipt number filled in and its lines loaded."""
        sale = self.current()
        if sale is None:
            return None
        dialog = ReturnDialog.open_for(self.ctx, sale.member_id, self)
        dialog.finished.connect(lambda _result: self.reload())
        if not dialog.receipt.text().strip():
            dialog.receipt.setText(sale.receipt_no)
            dialog.find_receipt()
        return dialog
