"""Printing one greeting card for the member at the counter (F9 on the member card).

The kinds offered are those the member's record allows: a birthday card only with a birthday
on file (otherwise it is shown greyed out, and the dialog says why and how to add one), a
child's birthday card for each child whose birthday is on file, and festival cards.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.holidays import Holiday
from memberdesk.reports import cards as card_pdf
from memberdesk.services.care import cards
from memberdesk.ui.care import labels as care_labels
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog


class CardPrintDialog(GuardedDialog):
    """Choose the kind of card (and festival); the preview then prints or saves it."""

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.setWindowTitle(self.tr("Greeting card"))
        self.kind = QComboBox()
        self.kind.setObjectName("card_kind")
        self.festival = QComboBox()
        for holiday in Holiday:
            self.festival.addItem(care_labels.holiday(holiday.value), holiday.value)
        self.kind.currentIndexChanged.connect(
            lambda _: self.festival.setEnabled(self.kind.currentData() == ("festival", None))
        )
        self.note = QLabel()
        self.note.setObjectName("card_note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Card:"), self.kind)
        form.addRow(self.tr("Festival:"), self.festival)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.preview)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Preview…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.set_primary(self.ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.preview_dialog: PdfPreviewDialog | None = None
        self._offer_kinds()

    def _offer_kinds(self) -> None:
        """The kinds of card this member's record allows; birthday greyed out without one."""
        self.kind.addItem(self.tr("Birthday"), ("birthday", None))
        if self.member_id is None:  # a walk-in customer has no name to print
            self.kind.addItem(self.tr("Festival"), ("festival", None))
            self.error.setText(self.tr("A greeting card needs a member: find the member first."))
            self.ok.setEnabled(False)
            return
        try:
            choices = cards.card_choices(self.ctx.db, self.ctx.actor, self.member_id)
        except ServiceError as error:
            self.error.setText(translate_error(error))
            self.ok.setEnabled(False)
            return
        for child in choices.children:
            who = child.name or member_labels.child_word(child.gender)
            text = (
                self.tr("Child's birthday: %1, turning %2")
                .replace("%1", who)
                .replace("%2", str(child.turning))
            )
            self.kind.addItem(text, ("child-birthday", child.child_id))
        self.kind.addItem(self.tr("Festival"), ("festival", None))
        if not choices.has_birthday:
            model = self.kind.model()
            assert isinstance(model, QStandardItemModel)
            birthday = model.item(0)
            birthday.setEnabled(False)
            birthday.setText(self.tr("Birthday (no birthday on file)"))
            self.note.setText(
                self.tr("No birthday on file: add it with Edit member (F4), or choose another card.")
            )
            self.note.show()
            self.kind.setCurrentIndex(1)
        self.festival.setEnabled(self.kind.currentData() == ("festival", None))

    @classmethod
    def open_for(cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> QWidget:
        dialog = cls(ctx, member_id, parent)
        dialog.open()
        dialog.kind.setFocus()
        return dialog

    def preview(self) -> None:
        if self.member_id is None:
            return
        kind, child_id = self.kind.currentData()
        festival = str(self.festival.currentData()) if kind == "festival" else ""
        try:
            card = cards.member_card(
                self.ctx.db,
                self.ctx.actor,
                self.member_id,
                kind,
                ui_language(),
                festival=festival,
                child_id=child_id,
            )
        except ServiceError as error:
            self.error.setText(translate_error(error))
            return
        pdf = card_pdf.render([card], "card")
        self.preview_dialog = PdfPreviewDialog(pdf, self.tr("Greeting card"), None, self.parentWidget())
        self.preview_dialog.show()
        self.accept()
