"""The Care page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from memberdesk.ui.context import AppContext


class CarePage(QWidget):
    """Care: this page is filled by a later issue."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Coming in a later version."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(note)

    def page_title(self) -> str:
        return self.tr("Care")
