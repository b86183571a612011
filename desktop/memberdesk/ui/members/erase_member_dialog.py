"""The manager erases a member's personal information at the member's request (PIPL).

Opened from the edit form, for managers only. Before confirming, the manager sees every
stored text that names the member (complaints, suggestions, after-sales records, notes) with
the parts that will be removed; typing the member's card number confirms. Sales, points and
complaints stay with the anonymous record.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.services.members import enrolment as member_service
from memberdesk.services.members.erase import FreeText, erase_member, erasure_preview
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


def _marked(item: FreeText) -> str:
    """The text with each part the erase removes struck through in red."""
    text = html.escape(item.text)
    for piece in sorted(item.found, key=len, reverse=True):
        escaped = html.escape(piece)
        text = text.replace(escaped, f'<s style="color:#b91c1c">{escaped}</s>')
    return text


class EraseMemberDialog(GuardedDialog):
    """Confirm and erase one member; emits ``erased(member_id)``."""

    erased = Signal(int)

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.setWindowTitle(self.tr("Erase member data"))
        try:
            who = member_service.member_label(ctx.db, ctx.actor, member_id)
            texts = erasure_preview(ctx.db, ctx.actor, member_id).texts
        except ServiceError as err:
            who, texts = translate_error(err), []
        explain = QLabel(
            self.tr(
                "At the member's request, their name, phone, card number, birthday, contact details, "
                "sizes, children, notes and sensitive information are erased and the membership is "
                "closed. Sales, points and complaints stay, without the person. This cannot be undone."
            )
        )
        explain.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setObjectName("erase_preview")
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setMinimumHeight(90)
        self.preview.setMaximumHeight(180)
        self.preview.setHtml(self._preview_html(texts))
        self.confirm = QLineEdit()
        self.confirm.setObjectName("erase_confirm")
        self.confirm.setPlaceholderText(self.tr("Type the card number shown above"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. written request of 3 May"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #c9302c")
        self.error_label.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("Erase"))
        self.erase_button.setObjectName("erase_now")
        self.erase_button.setStyleSheet("color: #b91c1c;")
        self.erase_button.clicked.connect(self.erase)
        buttons = QDialogButtonBox()
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("Member"), QLabel(who))
        form.addRow(self.preview)
        form.addRow(self.tr("Card no."), self.confirm)
        form.addRow(self.tr("Request"), self.reason)
        form.addRow(self.error_label)
        form.addRow(buttons)
        self.setMinimumWidth(560)
        self.set_primary(self.erase_button)

    def _places(self) -> dict[str, str]:
        """Where a text is kept, as the manager knows it."""
        return {
            "complaint": self.tr("Complaint"),
            "complaint_step": self.tr("Complaint note"),
            "suggestion": self.tr("Suggestion"),
            "service_record": self.tr("After-sales service"),
            "service_step": self.tr("After-sales note"),
            "sale": self.tr("Sale note"),
            "return": self.tr("Return reason"),
            "points": self.tr("Points reason"),
            "care": self.tr("Care note"),
        }

    def _preview_html(self, texts: list[FreeText]) -> str:
        if not texts:
            return html.escape(
                self.tr("No complaint, suggestion, after-sales record or note names the member.")
            )
        head = self.tr("These texts name the member; the struck-out parts are removed ({count}):")
        places = self._places()
        where = self.tr("{place} {reference}:")
        rows = "".join(
            f"<li><b>{html.escape(where.format(place=places.get(t.where, t.where), reference=t.reference))}"
            f"</b> {_marked(t)}</li>"
            for t in texts
        )
        return f"<p>{html.escape(head.format(count=len(texts)))}</p><ul>{rows}</ul>"

    @classmethod
    def open_for(cls, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> EraseMemberDialog:
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.confirm.setFocus()
        return dialog

    def has_typed_data(self) -> bool:
        return bool(self.confirm.text().strip() or self.reason.text().strip())

    def erase(self) -> bool:
        try:
            erase_member(
                self.ctx.db, self.ctx.actor, self.member_id, confirm_card=self.confirm.text(),
                reason=self.reason.text(),
            )  # fmt: skip
        except ServiceError as err:
            self.error_label.setText(translate_error(err))
            self.confirm.setFocus()
            self.confirm.selectAll()
            return False
        self.ctx.info(self.tr("The member's personal information was erased."))
        self.ctx.data_changed.emit("members")
        self.erased.emit(self.member_id)
        self.accept()
        return True
