"""The approver's name and PIN, typed inside a money dialog when the clerk may not act alone."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from memberdesk.domain.vocab import Role
from memberdesk.services.common.context import Actor
from memberdesk.services.staff import auth
from memberdesk.services.staff.permissions import GRANTS, Permission
from memberdesk.ui.widgets.context import AppContext


class ApproverFields:
    """A box of the staff who may approve ``permission`` and a PIN: the signed-in person first,
    then supervisors before managers (a manager is not called for what a supervisor may do).

    The PIN is checked by ``auth.approve`` with the counted check of sign-in; the approver
    returned is the actor the service runs as, so the audit names who approved.
    """

    def __init__(self, ctx: AppContext, permission: Permission) -> None:
        self.ctx, self.permission = ctx, permission
        self.who = QComboBox()
        self.who.setObjectName("approver")
        staff = [s for s in auth.list_staff(ctx.db, ctx.store_id) if permission in GRANTS[s.role]]
        me = ctx.actor.staff_id if ctx.signed_in else None
        staff.sort(key=lambda s: (s.id != me, s.role is Role.MANAGER, s.code))  # the least senior who may
        for person in staff:
            self.who.addItem(f"{person.name} ({person.code})", person.id)
        self.pin = QLineEdit()
        self.pin.setObjectName("approver_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)

    def approver(self, refused: str) -> Actor:
        """The approving staff member once their PIN is right (raises the service's error)."""
        staff_id = self.who.currentData()
        pin = self.pin.text()
        self.pin.clear()  # a PIN is never kept in a form, right or wrong
        return auth.approve(
            self.ctx.db, self.ctx.actor, int(staff_id or 0), pin, self.permission, refused=refused
        )
