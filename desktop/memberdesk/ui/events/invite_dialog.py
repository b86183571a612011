"""Inviting members to an event: whole tiers, and phones or card numbers pasted one a line.

Ctrl+Enter (or the button) invites; Enter in the box starts a new line. Nobody is invited
twice, and members without a marketing consent are left out and counted (the service says
how many of each).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import Tier
from memberdesk.services.events.invitations import InviteResult, invite, members_from_lines, members_of_tiers
from memberdesk.services.events.plans import EventFacts
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

INVITE_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class InviteDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, facts: EventFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.facts = ctx, facts
        self.result_of_invite: InviteResult | None = None
        self.setWindowTitle(self.tr("Invite members: %1").replace("%1", facts.title))
        self.tiers: dict[Tier, QCheckBox] = {}
        tiers = QHBoxLayout()
        tiers.addWidget(QLabel(self.tr("Every member of:")))
        for tier in (Tier.VIP, Tier.GOLD, Tier.SILVER, Tier.REGULAR):
            box = QCheckBox(member_labels.tier(tier))
            box.setObjectName(f"invite_tier_{tier.value}")
            self.tiers[tier] = box
            tiers.addWidget(box)
        tiers.addStretch(1)
        self.codes = QPlainTextEdit()
        self.codes.setObjectName("invite_codes")
        self.codes.setTabChangesFocus(True)
        self.codes.setPlaceholderText(self.tr("Phones or card numbers, one a line (pasted from a list)"))
        self.error = QLabel()
        self.error.setObjectName("invite_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.invite_button = QPushButton(self.tr("Invite (Ctrl+Enter)"))
        self.invite_button.setObjectName("invite_go")
        self.invite_button.clicked.connect(self.record)
        for keys in INVITE_KEYS:
            QShortcut(QKeySequence(keys), self, self.record)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.invite_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tiers)
        layout.addWidget(self.codes, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.set_primary(self.invite_button)
        self.resize(520, 360)

    def has_typed_data(self) -> bool:
        return bool(self.codes.toPlainText().strip()) or any(b.isChecked() for b in self.tiers.values())

    @classmethod
    def open_for(cls, ctx: AppContext, facts: EventFacts, parent: QWidget | None = None) -> InviteDialog:
        dialog = cls(ctx, facts, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.codes.setFocus()
        return dialog

    def record(self) -> None:
        chosen = [t for t, box in self.tiers.items() if box.isChecked()]
        text = self.codes.toPlainText()
        if not chosen and not text.strip():
            self.error.setText(self.tr("Tick a tier or paste phones or card numbers first."))
            return
        db, actor = self.ctx.db, self.ctx.actor
        try:
            found = members_from_lines(db, actor, text)
            ids = found.member_ids + (members_of_tiers(db, actor, chosen) if chosen else [])
            result = invite(db, actor, self.facts.id, ids)
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return
        self.result_of_invite = result
        said = [
            self.tr("%n member(s) invited", "", result.new),
            self.tr("%n already invited", "", result.already),
            self.tr("%n left out (no consent)", "", result.no_consent),
        ]
        if found.unknown:
            said.append(self.tr("not a member: %1").replace("%1", "、".join(found.unknown[:5])))
        self.ctx.data_changed.emit("events")
        self.ctx.info(self.tr("; ").join(said))
        self.accept()
