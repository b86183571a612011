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


def pages_chosen(printer: QPrinter, count: int) -> list[int]:
    """The pages (from 0) the print dialog asked for: all, or the range typed."""
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, min(printer.toPage() or count, count) - 1
    return list(range(first, last + 1))


def to_paper(printer: QPrinter) -> bool:
    """False when the print dialog's "print to file" was chosen: a file is not a printed page."""
    return not printer.outputFileName()


def print_pdf(document: QPdfDocument, printer: QPrinter) -> list[int]:
    """Render the chosen pages at the printer's resolution; returns those printed (from 0)."""
    chosen = pages_chosen(printer, document.pageCount())
    painter = QPainter()
    if not chosen or not painter.begin(printer):
        return []
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for n, index in enumerate(chosen):
            if n:
                printer.newPage()
            size = (
                document.pagePointSize(index)
                .scaled(QSize(target.width(), target.height()).toSizeF(), Qt.AspectRatioMode.KeepAspectRatio)
                .toSize()
            )
            painter.drawImage(QPoint(0, 0), document.render(index, size))
    finally:
        painter.end()
    return chosen


class PdfPreviewDialog(GuardedDialog):
    """Shows a PDF; Print… and Save PDF… take it out of the app.

    ``on_printed(pages)`` is called with the pages (from 0) that went to a printer;
    ``on_saved(path)`` when it was written to a file, by Save PDF… or by the print dialog's
    "print to file": a saved file is not a printed page.

    It takes the keyboard when it appears and keeps it while it is open (modal to the window
    it belongs to): no key typed "into the preview" reaches the counter behind it. Esc closes
    it and the window behind gets its keyboard back.
    """

    def __init__(
        self,
        pdf: bytes,
        title: str,
        on_printed: Callable[[list[int]], None] | None = None,
        parent: QWidget | None = None,
        *,
        on_saved: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        room = self.screen().availableGeometry()  # a page as tall as the screen allows
        self.resize(min(720, room.width() - 40), min(860, room.height() - 60, 700))
        self.pdf = pdf
        self.on_printed = on_printed
        self.on_saved = on_saved
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
        if isinstance(parent, PdfPreviewDialog):  # pages can be chosen: "2-3" reprints a jam
            dialog.setMinMax(1, max(parent.document.pageCount(), 1))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def choose_file(cls, parent: QWidget, suggested: str) -> str:
        name, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save PDF"), suggested, "PDF (*.pdf)")
        return name

    def print_document(self) -> None:
        printer = self.choose_printer(self)
        if printer is None:
            return
        pages = print_pdf(self.document, printer)
        if not pages:
            return
        if not to_paper(printer):
            self._saved(printer.outputFileName())
        elif self.on_printed is not None:
            self.on_printed(pages)
        self.accept()

    def save(self) -> None:
        name = self.choose_file(self, str(Path.home() / "cards.pdf"))
        if name:
            Path(name).write_bytes(self.pdf)
            self._saved(name)
            self.accept()

    def _saved(self, path: str) -> None:
        if self.on_saved is not None:
            self.on_saved(path)
