"""Recording a member's suggestion (建议) from the card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from memberdesk.services.errors import ServiceError
from memberdesk.services.suggestions import record_suggestion
from memberdesk.ui.context import AppContext, translate_error


class SuggestionDialog(QDialog):
    """One text box and a save button."""

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.setWindowTitle(self.tr("Suggestion"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What does the member suggest?"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.save = QPushButton(self.tr("Save suggestion"))
        self.save.clicked.connect(self.record)
        layout = QVBoxLayout(self)
        for w in (self.text, self.error, self.save):
            layout.addWidget(w)

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None
    ) -> SuggestionDialog:
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.text.setFocus()
        return dialog

    def record(self) -> None:
        try:
            record_suggestion(self.ctx.db, self.ctx.actor, self.member_id, self.text.toPlainText())
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return
        self.ctx.data_changed.emit("suggestions")
        self.ctx.info(self.tr("Suggestion saved. Thank the member for it."))
        self.close()
