"""The member's own PIN for spending their balance: set, changed, or reset when forgotten."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.services.money import presence, wallet
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.money.approval import ApproverFields
from memberdesk.ui.money.base import MoneyDialog
from memberdesk.ui.widgets.context import AppContext

REFUSED = QT_TRANSLATE_NOOP("Errors", "Only a supervisor or a manager resets a member's PIN.")
NOT_THE_SAME = QT_TRANSLATE_NOOP("Errors", "The two PINs are not the same.")


def _pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(12)
    return edit


class MemberPinDialog(MoneyDialog):
    """The member types a new PIN twice (and the old one to change it). A forgotten PIN is
    reset by leaving the old one empty: a supervisor does it, or approves it with their PIN."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member_id, parent)
        self.setWindowTitle(self.tr("Member's PIN"))
        self.has_pin = wallet.balance(ctx.db, member_id).has_pin
        self.old = _pin_edit("pin_old")
        self.new = _pin_edit("pin_new")
        self.again = _pin_edit("pin_again")
        self.approval: ApproverFields | None = None
        note = QLabel(
            self.tr("The member types the PIN themselves; it is asked when the balance pays at the till.")
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        if self.has_pin:
            self.form.addRow(self.tr("Old PIN (empty if forgotten)"), self.old)
        self.form.addRow(self.tr("New PIN"), self.new)
        self.form.addRow(self.tr("New PIN again"), self.again)
        if self.has_pin and not allowed(ctx.actor, Permission.UNLOCK_STAFF):
            self.approval = ApproverFields(ctx, Permission.UNLOCK_STAFF)
            self.form.addRow(self.tr("Supervisor (forgotten PIN)"), self.approval.who)
            self.form.addRow(self.tr("Supervisor's PIN"), self.approval.pin)
        self.primary.setText(self.tr("Change PIN") if self.has_pin else self.tr("Set PIN"))

    def first_field(self) -> QWidget:
        return self.old if self.has_pin else self.new

    def has_typed_data(self) -> bool:
        fields = [self.old, self.new, self.again] + ([self.approval.pin] if self.approval else [])
        return any(w.text() for w in fields)

    def act(self) -> None:
        new, again, old = self.new.text(), self.again.text(), self.old.text()
        for edit in (self.old, self.new, self.again):
            edit.clear()  # PINs are never kept in a form
        if new != again:
            raise ValidationError(NOT_THE_SAME, field="member_pin")
        actor = self.ctx.actor
        if self.has_pin and not old and self.approval is not None:
            actor = self.approval.approver(REFUSED)
        presence.set_pin(self.ctx.db, actor, self.member_id, new, old_pin=old or None)
        self.ctx.info(self.tr("The member's PIN is set."))
