"""The sign-in / lock screen: pick who you are with one key, type your PIN, press Enter.

Handing the counter over is F12 (lock), the staff member's number key, the PIN and Enter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.services import auth
from memberdesk.services.errors import ServiceError
from memberdesk.ui import labels
from memberdesk.ui.context import AppContext, translate_error

STAFF_ID_ROLE = Qt.ItemDataRole.UserRole


class StaffList(QListWidget):
    """Staff numbered 1-9: a digit key picks that person and moves on to the PIN."""

    picked = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text != "0" and int(text) <= self.count():
            self.setCurrentRow(int(text) - 1)
            self.picked.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.picked.emit()
            return
        super().keyPressEvent(event)


class SignInScreen(QWidget):
    """Shown at start and whenever the counter is locked."""

    signed_in = Signal(object)  # Actor

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("signin")
        title = QLabel(self.tr("Who is at the counter?"))
        title.setObjectName("signin_title")
        title.setStyleSheet("font-size: 20pt;")
        hint = QLabel(self.tr("Press your number, type your PIN and press Enter."))
        self.staff = StaffList()
        self.staff.setObjectName("staff_list")
        self.staff.setMinimumWidth(420)
        self.staff.setMaximumHeight(300)
        self.staff.setStyleSheet("QListWidget { font-size: 14pt; } QListWidget::item { padding: 6px; }")
        self.staff.picked.connect(self._focus_pin)
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(auth.PIN_MAX)
        self.pin.setMaximumWidth(200)
        self.pin.setStyleSheet("font-size: 14pt;")
        self.pin.returnPressed.connect(self.submit)
        self.error = QLabel()
        self.error.setObjectName("signin_error")
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.setWordWrap(True)
        button = QPushButton(self.tr("Sign in"))
        button.clicked.connect(self.submit)

        form = QFormLayout()
        form.addRow(self.tr("PIN:"), self.pin)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, hint, self.staff):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(form)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.error, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        form.setFormAlignment(Qt.AlignmentFlag.AlignHCenter)

    def start(self) -> None:
        """Refresh the staff list and wait for a number key."""
        self.staff.clear()
        for number, entry in enumerate(auth.list_staff(self.ctx.db, self.ctx.store_id), start=1):
            state = self.tr(" — locked") if entry.locked else ""
            prefix = f"{number}  " if number <= 9 else "    "
            item = QListWidgetItem(
                f"{prefix}{entry.name}  ·  {labels.role(entry.role)}  ·  {entry.code}{state}"
            )
            item.setData(STAFF_ID_ROLE, entry.id)
            self.staff.addItem(item)
        self.pin.clear()
        self.error.clear()
        self.staff.setFocus()

    def _focus_pin(self) -> None:
        self.pin.clear()
        self.pin.setFocus()

    def submit(self) -> None:
        item = self.staff.currentItem()
        if item is None:
            self.error.setText(self.tr("Pick your name first (press your number)."))
            self.staff.setFocus()
            return
        try:
            actor = auth.sign_in(self.ctx.db, int(item.data(STAFF_ID_ROLE)), self.pin.text())
        except ServiceError as error:
            self.error.setText(translate_error(error))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.pin.clear()
        self.error.clear()
        self.ctx.set_actor(actor)
        self.signed_in.emit(actor)
