"""Printing one greeting card for the member at the counter (F9 on the member card)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.holidays import Holiday
from memberdesk.reports import cards as card_pdf
from memberdesk.services.care import cards
from memberdesk.ui.care import labels as care_labels
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
        self.kind.addItem(self.tr("Birthday"), "birthday")
        self.kind.addItem(self.tr("Festival"), "festival")
        self.festival = QComboBox()
        for holiday in Holiday:
            self.festival.addItem(care_labels.holiday(holiday.value), holiday.value)
        self.kind.currentIndexChanged.connect(
            lambda _: self.festival.setEnabled(self.kind.currentData() == "festival")
        )
        self.festival.setEnabled(False)
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
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Preview…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.set_primary(ok)
        if member_id is None:  # a walk-in customer has no name to print
            self.error.setText(self.tr("A greeting card needs a member: find the member first."))
            ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.preview_dialog: PdfPreviewDialog | None = None

    @classmethod
    def open_for(cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> QWidget:
        dialog = cls(ctx, member_id, parent)
        dialog.open()
        dialog.kind.setFocus()
        return dialog

    def preview(self) -> None:
        if self.member_id is None:
            return
        kind = str(self.kind.currentData())
        festival = str(self.festival.currentData()) if kind == "festival" else ""
        try:
            card = cards.member_card(
                self.ctx.db, self.ctx.actor, self.member_id, kind, ui_language(), festival=festival
            )
        except ServiceError as error:
            self.error.setText(translate_error(error))
            return
        pdf = card_pdf.render([card], "card")
        self.preview_dialog = PdfPreviewDialog(pdf, self.tr("Greeting card"), None, self.parentWidget())
        self.preview_dialog.show()
        self.accept()
