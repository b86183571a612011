"""Recording a member's suggestion (建议) from the card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.services.service.suggestions import record_suggestion
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # as in the till: Enter is a new line in the box


class SuggestionDialog(GuardedDialog):
    """One text box and a save button (Tab leaves the box, Enter there starts a new line,
    Ctrl+Enter saves from anywhere in the dialog)."""

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.setWindowTitle(self.tr("Suggestion"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What does the member suggest?"))
        self.text.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        self.save = QPushButton(self.tr("Save suggestion (Ctrl+Enter)"))
        self.save.clicked.connect(self.record)
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self, self.record)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.set_primary(self.save)
        self.resize(480, 300)

    def has_typed_data(self) -> bool:
        return bool(self.text.toPlainText().strip())

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None
    ) -> SuggestionDialog:
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
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
        self.accept()
