"""积分调整: a supervisor corrects a member's points, with a reason, through the points service."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from memberdesk.domain.errors import QT_TRANSLATE_NOOP
from memberdesk.services.sales import points as points_service
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.money.approval import ApproverFields
from memberdesk.ui.money.base import MoneyDialog
from memberdesk.ui.widgets.context import AppContext

REFUSED = QT_TRANSLATE_NOOP("Errors", "Only a supervisor or a manager adjusts points.")


class PointsAdjustDialog(MoneyDialog):
    """Points to add (+) or take (−) and the reason; a clerk needs a supervisor's PIN.

    A supervisor or manager signed in adjusts as themselves; the audit names who did it.
    """

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, member_id, parent)
        self.setWindowTitle(self.tr("Adjust points"))
        self.balance = QLabel(f"{points_service.balance(ctx.db, member_id):,}")
        self.delta = QLineEdit()
        self.delta.setObjectName("points_delta")
        self.delta.setPlaceholderText(self.tr("e.g. +200 or -50"))
        self.delta.setMaxLength(16)
        self.reason = QLineEdit()
        self.reason.setObjectName("points_reason")
        self.reason.setMaxLength(200)
        self.form.addRow(self.tr("Points now"), self.balance)
        self.form.addRow(self.tr("Add or take"), self.delta)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.approval: ApproverFields | None = None
        if not allowed(ctx.actor, Permission.ADJUST_POINTS):
            self.approval = ApproverFields(ctx, Permission.ADJUST_POINTS)
            self.form.addRow(self.tr("Supervisor"), self.approval.who)
            self.form.addRow(self.tr("Supervisor's PIN"), self.approval.pin)
        self.primary.setText(self.tr("Adjust points"))

    def first_field(self) -> QWidget:
        return self.delta

    def has_typed_data(self) -> bool:
        fields = [self.delta, self.reason] + ([self.approval.pin] if self.approval else [])
        return any(w.text().strip() for w in fields)

    def act(self) -> None:
        actor = self.approval.approver(REFUSED) if self.approval else self.ctx.actor
        points_service.adjust(self.ctx.db, actor, self.member_id, self.delta.text(), self.reason.text())
        self.ctx.info(self.tr("Points adjusted for %1.").replace("%1", self.member_name))
