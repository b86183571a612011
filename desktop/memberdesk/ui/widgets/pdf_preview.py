"""Previewing a PDF inside the app (QtPdf), printing it through the system's dialog, saving it."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Render each page at the printer's resolution onto its page; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            size = (
                document.pagePointSize(index)
                .scaled(QSize(target.width(), target.height()).toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
                .toSize()
            )
            painter.drawImage(QPoint(0, 0), document.render(index, size))
    finally:
        painter.end()
    return document.pageCount()


class PdfPreviewDialog(GuardedDialog):
    """Shows a PDF; Print… and Save PDF… call ``on_done`` once the document left the app.

    It takes the keyboard when it appears and keeps it while it is open (modal to the window
    it belongs to): no key typed "into the preview" reaches the counter behind it. Esc closes
    it and the window behind gets its keyboard back.
    """

    def __init__(
        self, pdf: bytes, title: str, on_done: Callable[[], None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        room = self.screen().availableGeometry()  # a page as tall as the screen allows
        self.resize(min(720, room.width() - 40), min(860, room.height() - 60, 700))
        self.pdf = pdf
        self.on_done = on_done
        self._file = tempfile.NamedTemporaryFile(prefix="memberdesk-", suffix=".pdf", delete=False)  # noqa: SIM115
        self._file.write(pdf)
        self._file.close()
        self.document = QPdfDocument(self)
        self.document.load(self._file.name)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Up/Down scroll the pages
        self.pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages)
        buttons.addStretch(1)
        for b in (self.print_button, self.save_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.set_primary(self.print_button)
        self.finished.connect(self._cleanup)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.raise_()
        self.activateWindow()
        self.view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _cleanup(self) -> None:
        self.document.close()
        Path(self._file.name).unlink(missing_ok=True)

    @classmethod
    def choose_printer(cls, parent: QWidget) -> QPrinter | None:
        """The system print dialog (a classmethod so tests can stand in for it)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def choose_file(cls, parent: QWidget, suggested: str) -> str:
        name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save PDF"), suggested, "PDF (*.pdf)")
        return name

    def print_document(self) -> None:
        printer = self.choose_printer(self)
        if printer is not None and print_pdf(self.document, printer):
            self._done()

    def save(self) -> None:
        name = self.choose_file(self, str(Path.home() / "cards.pdf"))
        if name:
            Path(name).write_bytes(self.pdf)
            self._done()

    def _done(self) -> None:
        if self.on_done is not None:
            self.on_done()
            self.on_done = None
        self.accept()
