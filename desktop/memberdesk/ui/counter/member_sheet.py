"""The member sheet from the member card: built off the GUI thread, previewed, printed or saved."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.reports import member_sheet as sheet_pdf
from memberdesk.services.members import sheet as member_sheet
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog
from memberdesk.ui.widgets.workers import run_in_background


class MemberSheetDialog(QLabel):
    """A small notice while the sheet is built; the PDF preview replaces it when ready."""

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("Member sheet"))
        if member_id is None:
            self.setText(self.tr("A member sheet needs a member: find the member first."))
            return
        self.setText(self.tr("Preparing the member sheet…"))
        db, actor, language = ctx.db, ctx.actor, ui_language()
        run_in_background(
            lambda _p: sheet_pdf.render(member_sheet.gather(db, actor, member_id), language),
            on_done=self._ready,
            on_error=self._failed,
            owner=self,
        )

    @classmethod
    def open_for(cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> QWidget:
        notice = cls(ctx, member_id, parent)
        notice.show()
        return notice

    def _ready(self, pdf: bytes) -> None:
        self.preview = PdfPreviewDialog(pdf, self.tr("Member sheet"), None, self.parentWidget())
        self.preview.show()
        self.hide()

    def _failed(self, error: Exception) -> None:
        self.setText(translate_error(error) if isinstance(error, ServiceError) else str(error))
