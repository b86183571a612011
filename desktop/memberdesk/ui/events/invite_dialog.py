"""Inviting members to an event: whole tiers, members found by name one by one, and phones or
card numbers pasted one a line.

Ctrl+Enter (or the button) invites; Enter in the box starts a new line. Nobody is invited
twice, and members without a marketing consent are left out and counted (the service says
how many of each).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.search_keys import name_keys
from memberdesk.domain.vocab import Tier
from memberdesk.services.campaigns.audience import members_of_segment
from memberdesk.services.events.invitations import InviteResult, invite, members_from_lines, members_of_tiers
from memberdesk.services.events.plans import EventFacts
from memberdesk.services.members.search import find
from memberdesk.services.segments.segments import list_segments
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
        self.segment = QComboBox()
        self.segment.setObjectName("invite_segment")
        self.segment.addItem(self.tr("(no saved segment)"), None)
        try:
            for saved in list_segments(ctx.db, ctx.actor):
                self.segment.addItem(saved.name, saved.id)
        except ServiceError:  # a clerk does not see the store's segments
            pass
        segment_row = QHBoxLayout()
        segment_row.addWidget(QLabel(self.tr("Every member of the saved segment:")))
        segment_row.addWidget(self.segment, 1)
        self.pick = QLineEdit()
        self.pick.setObjectName("invite_pick")
        self.pick.setPlaceholderText(
            self.tr("Find a member (name, pinyin, phone, last 4) and Enter to add them")
        )
        self.picked = QLabel()
        self.picked.setObjectName("invite_picked")
        self.picked.setWordWrap(True)
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
        if self.segment.count() > 1:
            layout.addLayout(segment_row)
        else:
            self.segment.hide()
        layout.addWidget(self.pick)
        layout.addWidget(self.picked)
        layout.addWidget(self.codes, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.set_primary(self.invite_button)
        self.on_enter(self.pick, self.add_picked)  # Enter there adds the member, it does not invite
        self.resize(520, 380)

    def has_typed_data(self) -> bool:
        typed = self.codes.toPlainText().strip() or self.pick.text().strip()
        chosen = any(b.isChecked() for b in self.tiers.values()) or self.segment.currentData() is not None
        return bool(typed) or chosen

    @classmethod
    def open_for(cls, ctx: AppContext, facts: EventFacts, parent: QWidget | None = None) -> InviteDialog:
        dialog = cls(ctx, facts, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.codes.setFocus()
        return dialog

    def add_picked(self) -> None:
        """The member found for what was typed goes onto the list (by card number)."""
        typed = self.pick.text().strip()
        if not typed:
            return
        try:
            hits = find(self.ctx.db, self.ctx.actor, typed, limit=6)
        except ServiceError as err:
            self.picked.setText(translate_error(err))
            return
        whole = {f"p:{typed.lower().replace(' ', '')}", f"n:{typed.lower()}"}
        exact = [h for h in hits if whole & name_keys(h.name)]
        if len(hits) > 1 and len(exact) == 1:  # 张伟 typed whole, 张伟强 only begins so
            hits = exact
        if len(hits) != 1:
            names = "、".join(h.name for h in hits[:5])
            self.picked.setText(
                self.tr("No member found for “%1”.").replace("%1", typed)
                if not hits
                else self.tr("Several members match: %1 … type more.").replace("%1", names)
            )
            return
        hit = hits[0]
        listed = self.codes.toPlainText().rstrip("\n")
        self.codes.setPlainText(f"{listed}\n{hit.card_no}" if listed else hit.card_no)
        self.picked.setText(self.tr("Added %1 (%2).").replace("%1", hit.name).replace("%2", hit.masked_phone))
        self.pick.clear()

    def record(self) -> None:
        chosen = [t for t, box in self.tiers.items() if box.isChecked()]
        text = self.codes.toPlainText()
        segment = self.segment.currentData()
        if not chosen and not text.strip() and segment is None:
            self.error.setText(self.tr("Tick a tier or paste phones or card numbers first."))
            return
        db, actor = self.ctx.db, self.ctx.actor
        try:
            found = members_from_lines(db, actor, text)
            ids = found.member_ids + (members_of_tiers(db, actor, chosen) if chosen else [])
            ids += members_of_segment(db, actor, int(segment)) if segment is not None else []
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
