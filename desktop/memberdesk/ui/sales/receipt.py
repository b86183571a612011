"""The customer's papers as PDFs (the receipt of a sale, the slip of a return) and printing them."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from memberdesk.reports.receipt import render_receipt, render_return_slip
from memberdesk.services.sales.receipts import return_slip, sale_receipt
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.i18n import ui_language


def receipt_pdf(ctx: AppContext, sale_id: int) -> bytes:
    """The recorded sale's receipt, in the language the window speaks."""
    return render_receipt(sale_receipt(ctx.db, ctx.store_id, sale_id), ui_language())


def return_slip_pdf(ctx: AppContext, return_id: int) -> bytes:
    """The recorded return's slip, in the language the window speaks."""
    return render_return_slip(return_slip(ctx.db, ctx.store_id, return_id), ui_language())


def print_pdf(printer: QPrinter, pdf: bytes) -> None:
    """Draw every page of ``pdf`` onto ``printer``."""
    doc = QPdfDocument()
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    painter = QPainter(printer)
    for page in range(doc.pageCount()):
        if page:
            printer.newPage()
        rect = painter.viewport()
        image = doc.render(
            page,
            QSize(
                rect.width(),
                int(
                    rect.width()
                    * doc.pagePointSize(page).height()
                    / max(1.0, doc.pagePointSize(page).width())
                ),
            ),
        )
        painter.drawImage(0, 0, image)
    painter.end()


def print_receipt(parent: QWidget, pdf: bytes, *, ask: bool = True) -> bool:
    """Print through the Qt print dialog, or straight to the default printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if ask and QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    print_pdf(printer, pdf)
    return True
