"""Setting up a new store on first start: the store's name and its first manager."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from memberdesk.services.staff import auth
from memberdesk.ui.widgets.context import translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog


@dataclass(frozen=True)
class StoreSetup:
    code: str
    name: str
    manager_name: str
    manager_code: str
    manager_pin: str
    invoice_desk: str


class StoreSetupDialog(GuardedDialog):
    """Asks for what a new store needs before anyone can sign in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up a new store"))
        self.name = QLineEdit()
        self.code = QLineEdit("S001")
        self.invoice_desk = QLineEdit(self.tr("Service desk, ground floor"))
        self.manager_name = QLineEdit()
        self.manager_code = QLineEdit("M01")
        self.pin = QLineEdit()
        self.pin_again = QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Store name:"), self.name)
        form.addRow(self.tr("Store code:"), self.code)
        form.addRow(self.tr("Invoices are issued at:"), self.invoice_desk)
        form.addRow(self.tr("Manager's name:"), self.manager_name)
        form.addRow(self.tr("Manager's staff number:"), self.manager_code)
        form.addRow(self.tr("Manager's PIN:"), self.pin)
        form.addRow(self.tr("PIN again:"), self.pin_again)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Set up the store"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.set_primary(ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def has_typed_data(self) -> bool:
        return bool(self.name.text().strip() or self.manager_name.text().strip() or self.pin.text())

    def values(self) -> StoreSetup:
        """What was typed, validated; raises ValidationError and leaves the form as it is."""
        if not self.name.text().strip() or not self.code.text().strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Store code and name are required."), field="name"
            )
        if not self.manager_name.text().strip() or not self.manager_code.text().strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The manager's name and staff number are required."),
                field="manager_name",
            )
        auth.validate_pin(self.pin.text())
        if self.pin.text() != self.pin_again.text():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The two PINs differ."), field="pin_again")
        return StoreSetup(
            self.code.text().strip(),
            self.name.text().strip(),
            self.manager_name.text().strip(),
            self.manager_code.text().strip(),
            self.pin.text(),
            self.invoice_desk.text().strip(),
        )

    def try_accept(self) -> None:
        try:
            self.values()
        except ServiceError as error:
            self.error.setText(translate_error(error))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> StoreSetup | None:
        dialog = cls(parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
