"""Receipt PDF from a recorded sale, and printing it through the system printer."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from memberdesk.documents.receipt import ReceiptData, ReceiptLine
from memberdesk.reports.receipt import render_receipt
from memberdesk.services.sales import extras as sale_extras
from memberdesk.ui.sales.labels import payment_label
from memberdesk.ui.widgets.context import AppContext


def receipt_pdf(ctx: AppContext, sale_id: int) -> bytes:
    info = sale_extras.receipt_info(ctx.db, ctx.store_id, sale_id)
    return render_receipt(
        ReceiptData(
            store_name=info.store_name,
            receipt_no=info.receipt_no,
            when=info.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            staff=info.staff,
            member=info.member,
            lines=[ReceiptLine(*ln) for ln in info.lines],
            discount_fen=info.discount_fen,
            total_fen=info.total_fen,
            payments=[(payment_label(m), a) for m, a in info.payments],
            points_earned=info.points_earned,
            invoice_desk=info.invoice_desk,
            labels={
                "receipt_no": QCoreApplication.translate("Receipt", "Receipt"),
                "staff": QCoreApplication.translate("Receipt", "Staff"),
                "member": QCoreApplication.translate("Receipt", "Member"),
                "discount": QCoreApplication.translate("Receipt", "Discount"),
                "total": QCoreApplication.translate("Receipt", "Total"),
                "points": QCoreApplication.translate("Receipt", "Points earned"),
                "invoice": QCoreApplication.translate("Receipt", "Invoices"),
                "check": QCoreApplication.translate("Receipt", "Please check your receipt."),
            },
        )
    )


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
