"""Ethnicity, religion and income (PIPL sensitive information): shown on demand, audited.

Opening the dialog is a reveal and is written to the audit log; saving records the member's
consent and the values together. Only roles with REVEAL_SENSITIVE reach it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.services.members import enrolment as member_service
from memberdesk.services.members.enrolment import SensitiveInfo
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


class SensitiveDialog(GuardedDialog):
    """Edit one member's sensitive information and the consent that allows storing it."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self.setWindowTitle(self.tr("Sensitive information"))
        form = QFormLayout(self)
        note = QLabel(
            self.tr("Stored only with the member's consent; every view is recorded in the audit log.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.consent = QCheckBox(self.tr("The member consents to storing this information"))
        self.ethnicity = QLineEdit()
        self.religion = QLineEdit()
        self.income = QLineEdit()
        form.addRow(self.consent)
        form.addRow(self.tr("Ethnicity"), self.ethnicity)
        form.addRow(self.tr("Religion"), self.religion)
        form.addRow(self.tr("Income"), self.income)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c9302c")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.set_primary(save_button)
        self.consent.toggled.connect(self._consent_changed)
        try:
            info = member_service.reveal_sensitive(ctx.db, ctx.actor, member_id)
        except ServiceError as err:
            self.error.setText(translate_error(err))
            info = SensitiveInfo(False, "", "", "")
        self.consent.setChecked(info.consented)
        self.ethnicity.setText(info.ethnicity)
        self.religion.setText(info.religion)
        self.income.setText(info.income_band)
        self._consent_changed(info.consented)
        self._loaded = self._info()

    @classmethod
    def open_for(cls, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> SensitiveDialog:
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _consent_changed(self, granted: bool) -> None:
        for edit in (self.ethnicity, self.religion, self.income):
            edit.setEnabled(granted)
            if not granted:
                edit.clear()  # withdrawing consent erases the values

    def _info(self) -> SensitiveInfo:
        return SensitiveInfo(
            self.consent.isChecked(), self.ethnicity.text(), self.religion.text(), self.income.text()
        )

    def has_typed_data(self) -> bool:
        return self._info() != self._loaded

    def save(self) -> bool:
        info = self._info()
        try:
            member_service.set_sensitive(self.ctx.db, self.ctx.actor, self.member_id, info)
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return False
        self.ctx.data_changed.emit("members")
        self.accept()
        return True
