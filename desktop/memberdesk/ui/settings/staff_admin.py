"""Staff accounts on the Settings page: each role sees only what it may do.

- everyone: change their own PIN;
- a supervisor: the staff list, and unlocking a clerk's or another supervisor's account;
- the manager: also adding staff, giving someone else a new PIN, and closing a leaver's
  account (they can no longer sign in; what they did keeps their name), and lifting an
  account held after repeated unlocks.

The list is read when the page is shown and whenever someone signs in, so the first visit
after sign-in shows it (the page is built after the sign-in).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import Role
from memberdesk.services.staff import accounts, auth
from memberdesk.services.staff.auth import StaffEntry
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.widgets import labels
from memberdesk.ui.widgets.context import AppContext, translate_error

STAFF_ID = Qt.ItemDataRole.UserRole


class StaffSection(QGroupBox):
    """Who works here, and what the signed-in role may do about their accounts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Staff"), parent)
        self.ctx = ctx
        self.entries: dict[int, StaffEntry] = {}
        self.list = QListWidget()
        self.list.setObjectName("staff_accounts")
        self.list.setMaximumHeight(160)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock_staff")
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.reset_pin = QLineEdit()
        self.reset_pin.setObjectName("reset_pin")
        self.reset_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reset_pin.setPlaceholderText(self.tr("New PIN"))
        self.reset_pin.setMaxLength(auth.PIN_MAX)
        self.reset_pin.returnPressed.connect(self.reset_selected_pin)
        self.reset_button = QPushButton(self.tr("Give a new PIN"))
        self.reset_button.setObjectName("reset_staff_pin")
        self.reset_button.clicked.connect(self.reset_selected_pin)
        self.deactivate_button = QPushButton(self.tr("Close account (left the store)…"))
        self.deactivate_button.setObjectName("deactivate_staff")
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.accounts_box = QWidget()
        side = QVBoxLayout()
        side.addWidget(self.unlock_button)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset_pin, 1)
        reset_row.addWidget(self.reset_button)
        side.addLayout(reset_row)
        side.addWidget(self.deactivate_button)
        side.addStretch(1)
        top = QHBoxLayout(self.accounts_box)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.list, 1)
        top.addLayout(side)

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
        forms = QHBoxLayout()
        forms.addWidget(self.add_box)
        forms.addWidget(pin_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.accounts_box)
        layout.addLayout(forms)
        layout.addWidget(self.status)
        ctx.actor_changed.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # --- what the signed-in person sees -------------------------------------------------------

    def refresh(self, *_: object) -> None:
        """Show the accounts and the actions the signed-in role may use (nothing when locked)."""
        chosen = self.selected_id()
        self.list.clear()
        self.entries = {}
        actor = self.ctx.actor if self.ctx.signed_in else None
        sees_accounts = actor is not None and allowed(actor, Permission.UNLOCK_STAFF)
        manages = actor is not None and allowed(actor, Permission.MANAGE_STAFF)
        self.accounts_box.setVisible(sees_accounts)
        self.add_box.setVisible(manages)
        for w in (self.reset_pin, self.reset_button, self.deactivate_button):
            w.setVisible(manages)
        if not sees_accounts:
            return
        for entry in auth.list_staff(self.ctx.db, self.ctx.store_id):
            if entry.held:
                state = self.tr(" — locked until the manager unlocks it")
            elif entry.locked:
                state = self.tr(" — locked")
            else:
                state = ""
            item = QListWidgetItem(f"{entry.code}  {entry.name}  ·  {labels.role(entry.role)}{state}")
            item.setData(STAFF_ID, entry.id)
            self.entries[entry.id] = entry
            self.list.addItem(item)
            if entry.id == chosen:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(STAFF_ID)) if item is not None else None

    def _update_buttons(self) -> None:
        """Only what may be done to the chosen account is offered (the service still decides)."""
        entry = self.entries.get(self.selected_id() or -1)
        actor = self.ctx.actor if self.ctx.signed_in else None
        if entry is None or actor is None:
            for w in (self.unlock_button, self.reset_button, self.deactivate_button):
                w.setEnabled(False)
            return
        someone_else = entry.id != actor.staff_id
        may_unlock = (
            someone_else
            and entry.locked
            and accounts.RANK[entry.role] <= accounts.RANK[actor.role]
            and (not entry.held or actor.role is Role.MANAGER)
        )
        self.unlock_button.setEnabled(may_unlock)
        self.reset_button.setEnabled(someone_else)
        self.deactivate_button.setEnabled(someone_else)

    def reset_for_next_user(self) -> None:
        """Locked (F12): nothing typed or said here stays for the next person."""
        for w in (self.new_code, self.new_name, self.new_pin, self.old_pin, self.next_pin, self.reset_pin):
            w.clear()
        self.new_role.setCurrentIndex(0)
        self.status.clear()
        self.list.clear()
        self.entries = {}

    # --- acts ---------------------------------------------------------------------------------

    def _run(self, action: object, done_text: str) -> bool:
        try:
            action()  # type: ignore[operator]
        except ServiceError as error:
            self.status.setText(translate_error(error))
            return False
        self.status.setText(done_text)
        self.refresh()
        self.ctx.data_changed.emit("staff")
        return True

    def _chosen(self) -> StaffEntry | None:
        entry = self.entries.get(self.selected_id() or -1)
        if entry is None:
            self.status.setText(self.tr("Pick a staff member first."))
        return entry

    def unlock_selected(self) -> None:
        entry = self._chosen()
        if entry is None:
            return
        outcome: list[bool] = []
        if not self._run(
            lambda: outcome.append(accounts.unlock(self.ctx.db, self.ctx.actor, entry.id)),
            self.tr("{name} is unlocked.").format(name=entry.name),
        ):
            return
        if outcome and not outcome[0]:
            self.status.setText(
                self.tr(
                    "{name} was unlocked {times} times within 24 hours: the account stays locked "
                    "until the manager unlocks it. The manager is told."
                ).format(name=entry.name, times=accounts.UNLOCKS_BEFORE_HOLD)
            )

    def reset_selected_pin(self) -> None:
        entry = self._chosen()
        if entry is None:
            return
        pin = self.reset_pin.text()
        if self._run(
            lambda: accounts.reset_pin(self.ctx.db, self.ctx.actor, entry.id, pin),
            self.tr("{name} has a new PIN; tell it to them in private.").format(name=entry.name),
        ):
            self.reset_pin.clear()

    @classmethod
    def confirm_deactivate(cls, parent: QWidget, name: str) -> bool:
        """Ask before closing an account (a classmethod so that tests can answer it)."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("StaffSection", "Close account"),
            QCoreApplication.translate(
                "StaffSection",
                "Close {name}'s account? They can no longer sign in; what they did keeps their name.",
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def deactivate_selected(self) -> None:
        entry = self._chosen()
        if entry is None or not type(self).confirm_deactivate(self, entry.name):
            return
        self._run(
            lambda: accounts.deactivate(self.ctx.db, self.ctx.actor, entry.id),
            self.tr("{name}'s account is closed.").format(name=entry.name),
        )

    def add(self) -> None:
        role = Role(self.new_role.currentData())
        ok = self._run(
            lambda: accounts.add_staff(
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
