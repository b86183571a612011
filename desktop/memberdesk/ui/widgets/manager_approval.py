"""The manager approves a file that takes members' phones or sensitive data out of the app.

Shown by every page that exports such a file (the Members page, the Care page's SMS file)
when ``services/io/export_rule`` says so. The managers of the store are offered (the signed-in
one first when a manager is signed in); the PIN is typed here and checked by the service that
writes the file, with the counted check of sign-in. The dialog never blocks: ``open_for``
shows it and ``approved`` carries the answer, so a test types into it as a person would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.vocab import Role
from memberdesk.services.io.export_rule import ExportApproval
from memberdesk.services.staff import auth
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


class ManagerApprovalDialog(GuardedDialog):
    """Which manager approves, and their PIN; emits ``approved(ExportApproval)``."""

    approved = Signal(object)

    def __init__(self, ctx: AppContext, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Manager approval"))
        explain = QLabel(
            what
            + "\n"
            + self.tr(
                "The file holds members' phone numbers or sensitive data: "
                "the manager approves it with their PIN."
            )
        )
        explain.setWordWrap(True)
        self.manager = QComboBox()
        self.manager.setObjectName("approval_manager")
        managers = [s for s in auth.list_staff(ctx.db, ctx.store_id) if s.role is Role.MANAGER]
        signed_in = ctx.actor.staff_id if ctx.signed_in else None
        managers.sort(key=lambda s: s.id != signed_in)
        for staff in managers:
            self.manager.addItem(f"{staff.name} ({staff.code})", staff.id)
        self.pin = QLineEdit()
        self.pin.setObjectName("approval_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.clicked.connect(self.approve)
        buttons = QDialogButtonBox()
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow(self.tr("Manager's PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)  # outside the form, so its wrapped lines get their height
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        explain.setMinimumWidth(440)
        self.set_primary(self.approve_button)

    @classmethod
    def open_for(cls, ctx: AppContext, what: str, parent: QWidget | None = None) -> ManagerApprovalDialog:
        dialog = cls(ctx, what, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        dialog.pin.setFocus()
        return dialog

    def has_typed_data(self) -> bool:
        return bool(self.pin.text())

    def approve(self) -> None:
        staff_id = self.manager.currentData()
        if staff_id is None or not self.pin.text():
            self.pin.setFocus()
            return
        approval = ExportApproval(int(staff_id), self.pin.text())
        self.pin.clear()  # a PIN is never kept in a form
        self.accept()
        self.approved.emit(approval)
