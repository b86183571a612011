"""The member card widget: who stands at the counter, and what to do for them."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from memberdesk.services import complaint_queue
from memberdesk.services import member_card as card_service
from memberdesk.services import members as member_service
from memberdesk.services.errors import ServiceError
from memberdesk.services.member_card import MemberCard
from memberdesk.services.permissions import Permission, allowed
from memberdesk.ui import actions, complaint_labels, member_labels
from memberdesk.ui.context import AppContext

# Actions whose key the Counter page owns, so it works before any member is recognised.
PAGE_KEYS = ("start_workflow",)
_FLAG_STYLE = "QLabel { background: %s; color: white; border-radius: 4px; padding: 2px 6px; }"


class MemberCardView(QWidget):
    """Shows one member's card; action buttons open the other areas' dialogs and panels."""

    edit_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card: MemberCard | None = None
        self.opened: list[QWidget] = []  # dialogs opened from here (tests look at them)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("memberTitle")
        font = self.title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title)
        head.addStretch(1)
        self.tier = QLabel()
        head.addWidget(self.tier)
        layout.addLayout(head)

        self.flags = QHBoxLayout()
        self.flags.setSpacing(6)
        flag_row = QWidget()
        flag_row.setLayout(self.flags)
        layout.addWidget(flag_row)

        grid = QGridLayout()
        self.fields: dict[str, QLabel] = {}
        rows = (
            ("phone", self.tr("Phone")),
            ("card_no", self.tr("Card no.")),
            ("points", self.tr("Points")),
            ("since", self.tr("Member since")),
            ("channel", self.tr("Came through")),
            ("sizes", self.tr("Sizes")),
            ("skin_hair", self.tr("Skin / hair")),
            ("children", self.tr("Children")),
            ("spend", self.tr("Lifetime spend")),
            ("visits", self.tr("Visits / last visit")),
            ("purchases", self.tr("Last purchases")),
            ("care", self.tr("Latest care")),
            ("notes", self.tr("Notes")),
        )
        for row, (key, caption) in enumerate(rows):
            cap = QLabel(caption)
            cap.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(cap, row, 0)
            grid.addWidget(value, row, 1)
            self.fields[key] = value
        self.reveal_phone_button = QPushButton(self.tr("Show number"))
        self.reveal_phone_button.clicked.connect(self.reveal_phone)
        grid.addWidget(self.reveal_phone_button, 0, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.sensitive = QLabel()
        self.reveal_sensitive_button = QPushButton(self.tr("Sensitive information…"))
        self.reveal_sensitive_button.clicked.connect(self.reveal_sensitive)
        sens = QHBoxLayout()
        sens.addWidget(self.reveal_sensitive_button)
        sens.addWidget(self.sensitive, 1)
        layout.addLayout(sens)
        layout.addStretch(1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        self.buttons = QGridLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        self.edit_button = QPushButton(self.tr("Edit member (F4)"))
        self.edit_button.setShortcut(QKeySequence("F4"))
        self.edit_button.clicked.connect(self._edit)
        self.buttons.addWidget(self.edit_button, 0, 0)
        for action in actions.ACTIONS:
            if action.name == "enrol" or not actions.available(action.name):
                continue
            text = f"{action.label()} ({action.shortcut})" if action.shortcut else action.label()
            button = QPushButton(text)
            if action.shortcut and action.name not in PAGE_KEYS:
                button.setShortcut(QKeySequence(action.shortcut))
            button.clicked.connect(lambda _=False, name=action.name: self.trigger(name))
            n = len(self.action_buttons) + 1
            self.buttons.addWidget(button, n // 4, n % 4)
            self.action_buttons[action.name] = button
        layout.addLayout(self.buttons)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def member_id(self) -> int | None:
        return self.card.id if self.card else None

    def show_member(self, member_id: int) -> bool:
        try:
            self.card = card_service.member_card(self.ctx.db, self.ctx.actor, member_id)
        except ServiceError as err:
            self.ctx.error(err)
            return False
        self._fill(self.card)
        return True

    def refresh(self) -> None:
        if self.card is not None:
            self.show_member(self.card.id)

    def _flag(self, text: str, colour: str) -> None:
        label = QLabel(text)
        label.setStyleSheet(_FLAG_STYLE % colour)
        self.flags.addWidget(label)

    def _complaints_flag(self, c: MemberCard) -> None:
        """Red, listing each open complaint; a click shows the oldest on the Complaints page."""
        rows = complaint_queue.open_for_member(self.ctx.db, self.ctx.actor, c.id)
        text = html.escape(self.tr("%n open complaint(s)", "", c.open_complaints))
        label = QLabel(f"<a href='complaint' style='color: white; text-decoration: none'>{text} ›</a>")
        label.setStyleSheet(_FLAG_STYLE % "#c9302c")
        label.setToolTip(
            "<br>".join(
                html.escape(f"{r.complaint_no} · {complaint_labels.category(r.category)} · "
                            f"{complaint_labels.status(r.status)}")
                for r in rows
            )
        )  # fmt: skip
        if rows:
            label.linkActivated.connect(lambda _link, cid=rows[0].id: self.ctx.show_complaint.emit(cid))
        self.flags.addWidget(label)
        self.complaints_flag = label

    def _fill_flags(self, c: MemberCard) -> None:
        while self.flags.count():
            item = self.flags.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        if c.birthday_this_week is not None:
            kind = self.tr("lunar") if c.birthday_lunar else self.tr("solar")
            when = member_labels.date(c.birthday_this_week)
            self._flag(
                self.tr("Birthday this week: %1 (%2)").replace("%1", when).replace("%2", kind), "#d9534f"
            )
        for child in c.children:
            if child.birthday_in_days is not None:
                who = child.name or member_labels.child_word(child.gender)
                text = self.tr("%1's birthday in %n day(s)", "", child.birthday_in_days)
                self._flag(text.replace("%1", who), "#f0ad4e")
        if c.lapsed_days is not None:
            self._flag(self.tr("Not seen for %n day(s)", "", c.lapsed_days), "#777777")
        if c.open_complaints:
            self._complaints_flag(c)
        for due in c.services_due:
            when = member_labels.date(due.promised_date)
            text = self.tr("After-sales overdue since %1") if due.overdue else self.tr("After-sales due %1")
            self._flag(text.replace("%1", when), "#c9302c" if due.overdue else "#5bc0de")
        self.flags.addStretch(1)

    def _fill(self, c: MemberCard) -> None:
        self.title.setText(c.greeting if c.greeting == c.name else f"{c.greeting}  ({c.name})")
        self.tier.setText(member_labels.tier(c.tier))
        self._fill_flags(c)
        f = self.fields
        f["phone"].setText(c.masked_phone)
        f["card_no"].setText(c.card_no)
        f["points"].setText(str(c.points))
        f["since"].setText(member_labels.date(c.member_since))
        came = member_labels.channel(c.channel)
        extra = [member_labels.channel_detail(c.channel_detail), c.referrer_name, c.referrer_staff_name]
        extra = [e for e in extra if e]
        f["channel"].setText(came + (f"（{'，'.join(extra)}）" if extra else ""))
        f["sizes"].setText(
            "，".join(f"{member_labels.size_category(cat)} {size}" for cat, size in c.sizes) or "—"
        )
        f["skin_hair"].setText(" / ".join(v or "—" for v in (c.skin_type, c.hair_type)))
        f["children"].setText(
            "，".join(
                f"{member_labels.child_word(ch.gender)}{(' ' + ch.name) if ch.name else ''} "
                f"{member_labels.age(ch.age) if ch.age else ''}".strip()
                for ch in c.children
            )
            or "—"
        )
        f["spend"].setText(member_labels.money(c.spend_fen))
        f["visits"].setText(f"{c.visit_count} / {member_labels.date(c.last_visit_at)}")
        f["purchases"].setText(
            "<br>".join(
                html.escape(f"{member_labels.date(p.at)}  {p.description} {p.size} ×{p.quantity}  "
                            f"{member_labels.money(p.total_fen)}")
                for p in c.last_purchases
            )
            or "—"
        )  # fmt: skip
        care = c.latest_care
        f["care"].setText(f"{member_labels.date(care.at)} {care.title}" if care else "—")
        f["notes"].setText(c.notes or "—")
        self.reveal_phone_button.setEnabled(allowed(self.ctx.actor, Permission.REVEAL_PHONE))
        self.reveal_sensitive_button.setVisible(allowed(self.ctx.actor, Permission.REVEAL_SENSITIVE))
        self.sensitive.setText(self.tr("On file, hidden") if c.sensitive_on_file else "")

    def reveal_phone(self) -> None:
        if self.card is None:
            return
        try:
            phone = member_service.reveal_phone(self.ctx.db, self.ctx.actor, self.card.id)
        except ServiceError as err:
            self.ctx.error(err)
            return
        self.fields["phone"].setText(phone)

    def reveal_sensitive(self) -> QWidget | None:
        """Open the sensitive information (the opening is the audited reveal)."""
        if self.card is None:
            return None
        from memberdesk.ui.sensitive_dialog import SensitiveDialog

        dialog = SensitiveDialog.open_for(self.ctx, self.card.id, self)
        self.opened.append(dialog)
        return dialog

    def _edit(self) -> None:
        if self.card is not None:
            from memberdesk.ui.enrol_dialog import EnrolDialog

            self.opened.append(EnrolDialog.open_for(self.ctx, self.card.id, self))
            self.edit_requested.emit(self.card.id)

    def trigger(self, name: str) -> QWidget | None:
        if self.card is None:
            return None
        widget = actions.trigger(name, self.ctx, self.card.id, self)
        self.opened.append(widget)
        return widget
