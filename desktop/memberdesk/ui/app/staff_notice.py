"""The notice a manager sees at sign-in while an account is held for them.

An account unlocked too often within a day is held (someone may have been trying its PIN
through approvals, services/staff/accounts.py): only a manager can lift it, so every manager
is told, above every page, until it is lifted in Settings → Staff.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from memberdesk.domain.errors import ServiceError
from memberdesk.services.staff import accounts
from memberdesk.ui.widgets import labels
from memberdesk.ui.widgets.context import AppContext


class HeldAccountsNotice(QLabel):
    """Hidden unless the signed-in manager has held accounts to look at."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("held_accounts_notice")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#held_accounts_notice { background: #fef3c7; color: #92400e; padding: 8px 12px;"
            " border-bottom: 1px solid #f59e0b; }"
        )
        self.hide()
        ctx.actor_changed.connect(lambda _actor: self.refresh())
        ctx.data_changed.connect(lambda what: self.refresh() if what == "staff" else None)

    def refresh(self) -> None:
        held = []
        if self.ctx.signed_in:
            try:
                held = accounts.held_accounts(self.ctx.db, self.ctx.actor)
            except ServiceError:
                held = []
        if not held:
            self.clear()
            self.hide()
            return
        lines = [
            self.tr(
                "⚠ {name} ({code}, {role}) was unlocked again and again: locked until you unlock it. "
                "Unlocked by: {who}. Someone may have been trying the PIN; unlock it or reset the PIN "
                "in Settings → Staff."
            ).format(
                name=h.staff.name,
                code=h.staff.code,
                role=labels.role(h.staff.role),
                who="、".join(h.unlocked_by) or "—",
            )
            for h in held
        ]
        self.setText("\n".join(lines))
        self.show()
