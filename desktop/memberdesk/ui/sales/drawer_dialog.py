"""Open the cash drawer without a sale: the reason, and a supervisor's PIN when the person
signed in is not one. The opening is audited before the drawer is kicked; the kick goes to
the printer from a worker thread, and a printer that does not answer is said on the status line.

The reason has the focus; Tab goes to the supervisor and the PIN; Enter opens; Esc closes
(asking first when a reason was typed).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.services.devices import drawer, setup
from memberdesk.services.staff.auth import list_staff
from memberdesk.services.staff.permissions import GRANTS, Permission, allowed
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog
from memberdesk.ui.widgets.workers import Progress, run_in_background


class DrawerDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Open the cash drawer"))
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("drawer_reason")
        self.reason.setMaxLength(drawer.MAX_REASON)
        self.reason.setPlaceholderText(self.tr("e.g. change for the till"))
        form.addRow(self.tr("Why:"), self.reason)
        self.approver = QComboBox()
        self.approver.setObjectName("drawer_approver")
        self.pin = QLineEdit()
        self.pin.setObjectName("drawer_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.needs_approval = ctx.signed_in and not allowed(ctx.actor, Permission.OPEN_DRAWER)
        if self.needs_approval:
            for staff in list_staff(ctx.db, ctx.store_id):
                if Permission.OPEN_DRAWER in GRANTS[staff.role] and not staff.locked:
                    self.approver.addItem(f"{staff.name} ({staff.code})", staff.id)
            form.addRow(self.tr("Supervisor:"), self.approver)
            form.addRow(self.tr("Supervisor PIN:"), self.pin)
        self.error = QLabel()
        self.error.setObjectName("drawer_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the drawer"))
        self.open_button.clicked.connect(self.open_drawer)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.open_button)
        layout.addWidget(cancel)
        self.set_primary(self.open_button)

    @classmethod
    def open_for(
        cls, ctx: AppContext, _member_id: int | None = None, parent: QWidget | None = None
    ) -> DrawerDialog:
        dialog = cls(ctx, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.reason.setFocus()
        return dialog

    def has_typed_data(self) -> bool:
        return bool(self.reason.text().strip() or self.pin.text())

    def open_drawer(self) -> None:
        settings = setup.load()
        approval = None
        if self.needs_approval and self.approver.currentData() is not None:
            approval = drawer.Approval(int(self.approver.currentData()), self.pin.text())
        try:
            if not (settings.thermal and settings.drawer):
                drawer.kick(settings)  # says what is missing, before anything is recorded
            drawer.authorise(self.ctx.db, self.ctx.actor, self.reason.text(), approval=approval)
        except ServiceError as err:
            self.error.setText(translate_error(err))
            (self.pin if err.field == "approval" else self.reason).setFocus()
            return
        finally:
            self.pin.clear()  # a PIN never stays in a field
        ctx = self.ctx

        def job(_progress: Progress) -> None:
            drawer.kick(settings)

        def failed(error: Exception) -> None:
            ctx.error(error if isinstance(error, ServiceError) else str(error))

        run_in_background(job, on_error=failed)
        self.ctx.info(self.tr("The drawer opening is recorded."))
        self.accept()
