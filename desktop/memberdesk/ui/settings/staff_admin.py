"""Staff accounts on the Settings page: unlock, add, change one's own PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import Role
from memberdesk.services.staff import auth
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.widgets import labels
from memberdesk.ui.widgets.context import AppContext, translate_error

STAFF_ID = Qt.ItemDataRole.UserRole


class StaffSection(QGroupBox):
    """Who works here; supervisors unlock, managers add accounts, everyone changes their PIN."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Staff"), parent)
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setObjectName("staff_accounts")
        self.list.setMaximumHeight(160)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock_staff")
        self.unlock_button.clicked.connect(self.unlock_selected)

        self.new_code, self.new_name, self.new_pin = QLineEdit(), QLineEdit(), QLineEdit()
        self.new_code.setObjectName("new_staff_code")
        self.new_name.setObjectName("new_staff_name")
        self.new_pin.setObjectName("new_staff_pin")
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_role = QComboBox()
        for role in Role:
            self.new_role.addItem(labels.role(role), role.value)
        self.add_button = QPushButton(self.tr("Add staff member"))
        self.add_button.setObjectName("add_staff")
        self.add_button.clicked.connect(self.add)
        self.new_pin.returnPressed.connect(self.add)  # Enter in the last field adds
        self.add_box = QGroupBox(self.tr("New staff member"))
        add_form = QFormLayout(self.add_box)
        add_form.addRow(self.tr("Staff number:"), self.new_code)
        add_form.addRow(self.tr("Name:"), self.new_name)
        add_form.addRow(self.tr("Role:"), self.new_role)
        add_form.addRow(self.tr("PIN:"), self.new_pin)
        add_form.addRow(self.add_button)

        self.old_pin, self.next_pin = QLineEdit(), QLineEdit()
        for w, name in ((self.old_pin, "old_pin"), (self.next_pin, "next_pin")):
            w.setEchoMode(QLineEdit.EchoMode.Password)
            w.setObjectName(name)
        change = QPushButton(self.tr("Change my PIN"))
        change.setObjectName("change_pin")
        change.clicked.connect(self.change_pin)
        self.next_pin.returnPressed.connect(self.change_pin)
        pin_box = QGroupBox(self.tr("My PIN"))
        pin_form = QFormLayout(pin_box)
        pin_form.addRow(self.tr("Current PIN:"), self.old_pin)
        pin_form.addRow(self.tr("New PIN:"), self.next_pin)
        pin_form.addRow(change)

        self.status = QLabel()
        self.status.setObjectName("staff_status")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignTop)
        forms = QHBoxLayout()
        forms.addWidget(self.add_box)
        forms.addWidget(pin_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(forms)
        layout.addWidget(self.status)
        ctx.actor_changed.connect(self.refresh)

    def refresh(self, *_: object) -> None:
        self.list.clear()
        if not self.ctx.signed_in:
            return
        actor = self.ctx.actor
        self.unlock_button.setVisible(allowed(actor, Permission.UNLOCK_STAFF))
        self.add_box.setVisible(allowed(actor, Permission.MANAGE_STAFF))
        for entry in auth.list_staff(self.ctx.db, self.ctx.store_id):
            state = self.tr(" — locked") if entry.locked else ""
            item = QListWidgetItem(f"{entry.code}  {entry.name}  ·  {labels.role(entry.role)}{state}")
            item.setData(STAFF_ID, entry.id)
            self.list.addItem(item)

    def _run(self, action: object, done_text: str) -> bool:
        try:
            action()  # type: ignore[operator]
        except ServiceError as error:
            self.status.setText(translate_error(error))
            return False
        self.status.setText(done_text)
        self.refresh()
        return True

    def unlock_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.status.setText(self.tr("Pick a staff member first."))
            return
        staff_id = int(item.data(STAFF_ID))
        self._run(lambda: auth.unlock(self.ctx.db, self.ctx.actor, staff_id), self.tr("Unlocked."))

    def add(self) -> None:
        role = Role(self.new_role.currentData())
        ok = self._run(
            lambda: auth.add_staff(
                self.ctx.db,
                self.ctx.actor,
                code=self.new_code.text(),
                name=self.new_name.text(),
                role=role,
                pin=self.new_pin.text(),
            ),
            self.tr("Staff member added."),
        )
        if ok:
            for w in (self.new_code, self.new_name, self.new_pin):
                w.clear()

    def change_pin(self) -> None:
        ok = self._run(
            lambda: auth.change_pin(self.ctx.db, self.ctx.actor, self.old_pin.text(), self.next_pin.text()),
            self.tr("Your PIN is changed."),
        )
        if ok:
            self.old_pin.clear()
            self.next_pin.clear()
