"""The manager erases a member's personal information at the member's request (PIPL).

Opened from the edit form, for managers only. The manager types the member's card number to
confirm; sales, points and complaints stay with the anonymous record.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.services.members import enrolment as member_service
from memberdesk.services.members.erase import erase_member
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


class EraseMemberDialog(GuardedDialog):
    """Confirm and erase one member; emits ``erased(member_id)``."""

    erased = Signal(int)

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.setWindowTitle(self.tr("Erase member data"))
        try:
            who = member_service.member_label(ctx.db, ctx.actor, member_id)
        except ServiceError as err:
            who = translate_error(err)
        explain = QLabel(
            self.tr(
                "At the member's request, their name, phone, card number, birthday, contact details, "
                "sizes, children, notes and sensitive information are erased and the membership is "
                "closed. Sales, points and complaints stay, without the person. This cannot be undone."
            )
        )
        explain.setWordWrap(True)
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
        form.addRow(self.tr("Card no."), self.confirm)
        form.addRow(self.tr("Request"), self.reason)
        form.addRow(self.error_label)
        form.addRow(buttons)
        self.setMinimumWidth(520)
        self.set_primary(self.erase_button)

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
