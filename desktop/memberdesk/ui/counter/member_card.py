"""The member card widget: who stands at the counter, and what to do for them."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import ServiceKind, ServiceStatus, Tier
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.counter import birthday_text, card_money
from memberdesk.ui.widgets import actions, complaint_labels, member_labels
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.wrapping_row import WrappingRow

if TYPE_CHECKING:  # the services below bring the pinyin tables: imported when first used
    from memberdesk.documents.member_card import MemberCard, Purchase, ServiceDue

# Actions whose key the Counter page owns, so it works before any member is recognised.
PAGE_KEYS = ("start_workflow", "sale_history")
CAPTION_MAX_WIDTH = 110


def _has_chinese(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


_FLAG_STYLE = "QLabel { background: %s; color: white; border-radius: 4px; padding: 2px 6px; }"
# The tier badge: a colour per tier, each with its text at a contrast of at least 4.5:1
# (WCAG AA), so the tier is read at a glance from across the counter.
TIER_COLOURS: dict[Tier, tuple[str, str]] = {  # background, text
    Tier.REGULAR: ("#e5e7eb", "#1f2937"),
    Tier.SILVER: ("#64748b", "#ffffff"),
    Tier.GOLD: ("#b45309", "#ffffff"),
    Tier.VIP: ("#6d28d9", "#ffffff"),
}
_TIER_STYLE = "QLabel#memberTier { background: %s; color: %s; border-radius: 6px; padding: 3px 12px; }"


class MemberCardView(QWidget):
    """Shows one member's card; action buttons open the other areas' dialogs and panels.

    Fits a 1024×768 counter beside the result list and the workflow panel: the details
    scroll, and the flags and action buttons wrap onto more rows when the card is narrow.
    """

    edit_requested = Signal(int)
    action_opened = Signal(QWidget)  # a dialog or panel opened from the card

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card: MemberCard | None = None
        self.opened: list[QWidget] = []  # dialogs opened from here (tests look at them)
        self.birthday_button: QPushButton | None = None  # 送生日积分, in the birthday week
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("memberTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title, 1)
        self.tier = QLabel()
        self.tier.setObjectName("memberTier")
        tier_font = self.tier.font()
        tier_font.setPointSize(tier_font.pointSize() + 4)
        tier_font.setBold(True)
        self.tier.setFont(tier_font)
        self.tier.setAlignment(Qt.AlignmentFlag.AlignCenter)
        head.addWidget(self.tier, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(head)

        flag_row = QWidget()
        self.flags = WrappingRow(flag_row)
        layout.addWidget(flag_row)

        details = QWidget()
        grid = QGridLayout(details)
        grid.setContentsMargins(0, 0, 4, 0)
        self.fields: dict[str, QLabel] = {}
        rows = (
            ("phone", self.tr("Phone")),
            ("card_no", self.tr("Card no.")),
            ("wallet", self.tr("Stored value")),
            ("points", self.tr("Points")),
            ("coupons", self.tr("Coupons")),
            ("birthday", self.tr("Birthday")),
            # what the clerk serves by comes first: a narrow card scrolls the rest
            ("sizes", self.tr("Sizes")),
            ("skin_hair", self.tr("Skin / hair")),
            ("children", self.tr("Children")),
            ("purchases", self.tr("Last purchases")),
            ("tags", self.tr("Tags")),
            ("spend", self.tr("Lifetime spend")),
            ("visits", self.tr("Visits")),
            ("last_visit", self.tr("Last visit")),
            ("since", self.tr("Joined")),
            ("channel", self.tr("Came via")),
            ("occupation", self.tr("Occupation")),
            ("hobbies", self.tr("Hobbies")),
            ("services", self.tr("After-sales")),
            ("care", self.tr("Latest care")),
            ("notes", self.tr("Notes")),
        )
        caption_width = 0
        for row, (key, caption) in enumerate(rows):
            cap = QLabel(caption)
            cap.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            cap.setWordWrap(True)  # a long caption takes two lines, not the values' room
            cap.setMaximumWidth(CAPTION_MAX_WIDTH)
            # "Skin / hair" may wrap at its spaces; Chinese breaks anywhere, so it must fit whole.
            words = [caption] if _has_chinese(caption) else caption.split()
            caption_width = max(caption_width, *(cap.fontMetrics().horizontalAdvance(w) + 2 for w in words))
            value = QLabel()
            value.setObjectName(f"card_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(cap, row, 0)
            grid.addWidget(value, row, 1)
            self.fields[key] = value
        # A wrapping label may be squeezed to one character's width by long values: the column
        # keeps room for the widest word of any caption, so a caption breaks only at a space
        # (a Chinese caption broken mid-word, 累计消 / 费, reads wrong).
        grid.setColumnMinimumWidth(0, min(caption_width, CAPTION_MAX_WIDTH))
        self.service_rows = QVBoxLayout()
        self.service_rows.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(self.service_rows, rows.index(("services", self.tr("After-sales"))), 1)
        self.service_buttons: dict[int, tuple[QPushButton, QPushButton]] = {}
        self.reveal_phone_button = QPushButton(self.tr("Show number"))
        self.reveal_phone_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reveal_phone_button.clicked.connect(self.reveal_phone)
        phone_row = QWidget()
        phone_line = WrappingRow(phone_row)  # the button goes under the number on a narrow card
        self.fields["phone"].setWordWrap(False)
        phone_line.addWidget(self.fields["phone"])
        phone_line.addWidget(self.reveal_phone_button)
        grid.addWidget(phone_row, 0, 1)
        self.money_buttons: dict[str, QPushButton] = {}
        keys = [key for key, _caption in rows]
        for key, names in card_money.MONEY_ROWS.items():
            row, buttons = card_money.money_row(self.fields[key], names, self.trigger)
            grid.addWidget(row, keys.index(key), 1)
            self.money_buttons.update(buttons)
        self.tags_button = QPushButton(self.tr("Tags (Ctrl+B)"))
        self.tags_button.setObjectName("card_tags_edit")
        self.tags_button.setShortcut(QKeySequence("Ctrl+B"))
        self.tags_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tags_button.clicked.connect(self.edit_tags)
        tags_row = QWidget()
        tags_line = WrappingRow(tags_row)
        tags_line.addWidget(self.fields["tags"])
        tags_line.addWidget(self.tags_button)
        grid.addWidget(tags_row, keys.index("tags"), 1)
        grid.setColumnStretch(1, 1)

        self.sensitive = QLabel()
        self.sensitive.setWordWrap(True)
        self.reveal_sensitive_button = QPushButton(self.tr("Sensitive information…"))
        self.reveal_sensitive_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reveal_sensitive_button.clicked.connect(self.reveal_sensitive)
        sens = QHBoxLayout()
        sens.addWidget(self.reveal_sensitive_button)
        sens.addWidget(self.sensitive, 1)
        grid.addLayout(sens, len(rows), 0, 1, 2)
        grid.setRowStretch(len(rows) + 1, 1)

        self.details = QScrollArea()
        self.details.setObjectName("cardDetails")
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details.setWidget(details)
        layout.addWidget(self.details, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        button_row = QWidget()
        button_row.setObjectName("cardActions")
        self.buttons = WrappingRow(button_row)
        self.action_buttons: dict[str, QPushButton] = {}
        self.edit_button = QPushButton(self.tr("Edit member (F4)"))
        self.edit_button.setShortcut(QKeySequence("F4"))
        self.edit_button.clicked.connect(self._edit)
        self.buttons.addWidget(self.edit_button)
        for action in actions.ACTIONS:
            if action.name == "enrol" or not actions.available(action.name):
                continue
            text = f"{action.label()} ({action.shortcut})" if action.shortcut else action.label()
            button = QPushButton(text)
            if action.shortcut and action.name not in PAGE_KEYS:
                button.setShortcut(QKeySequence(action.shortcut))
            button.clicked.connect(lambda _=False, name=action.name: self.trigger(name))
            self.buttons.addWidget(button)
            self.action_buttons[action.name] = button
        for button in (self.edit_button, *self.action_buttons.values()):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search box keeps the keyboard
        layout.addWidget(button_row)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        ctx.data_changed.connect(self._data_changed)

    def _data_changed(self, what: str) -> None:
        # a top-up, withdrawal, points adjustment or PIN from the money dialogs; or new rules
        # (what a point pays, the expiry policy) saved in Settings
        if what in ("money", "settings", "tags"):
            self.refresh()

    @property
    def member_id(self) -> int | None:
        return self.card.id if self.card else None

    def show_member(self, member_id: int) -> bool:
        try:
            from memberdesk.services.members import card as card_service

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
        from memberdesk.services.service import complaint_queue

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
        self.birthday_button = None
        if c.birthday_this_week is not None:
            kind = self.tr("lunar") if c.birthday_lunar else self.tr("solar")
            when = member_labels.date(c.birthday_this_week)
            self._flag(
                self.tr("Birthday this week: %1 (%2)").replace("%1", when).replace("%2", kind), "#d9534f"
            )
            self.birthday_button = card_money.birthday_offer(self.ctx, c.id, self.give_birthday_points)
            if self.birthday_button is not None:
                self.flags.addWidget(self.birthday_button)
        for child in c.children:
            if child.birthday_in_days is not None:
                who = child.name or member_labels.child_word(child.gender)
                text = self.tr("%1's birthday in %n day(s)", "", child.birthday_in_days)
                self._flag(text.replace("%1", who), "#f0ad4e")
        expiring = card_money.expiry_flag(c)
        if expiring:
            self._flag(expiring, "#b45309")
        if c.lapsed_days is not None:
            self._flag(self.tr("Not seen for %n day(s)", "", c.lapsed_days), "#777777")
        if c.open_complaints:
            self._complaints_flag(c)
        for due in c.services_due:
            when = member_labels.date(due.promised_date)
            text = self.tr("After-sales overdue since %1") if due.overdue else self.tr("After-sales due %1")
            self._flag(text.replace("%1", when), "#c9302c" if due.overdue else "#5bc0de")

    def give_birthday_points(self, member_id: int) -> None:
        card_money.give_birthday_points(self.ctx, member_id)

    def _fill(self, c: MemberCard) -> None:
        self.title.setText(c.greeting if c.greeting == c.name else f"{c.greeting}  ({c.name})")
        self.tier.setText(member_labels.tier(c.tier))
        self.tier.setStyleSheet(_TIER_STYLE % TIER_COLOURS[c.tier])
        self._fill_flags(c)
        f = self.fields
        f["phone"].setText(c.masked_phone)
        f["card_no"].setText(c.card_no)
        card_money.fill_money(self.fields, self.money_buttons, c)
        f["birthday"].setText(birthday_text.birthday_line(c.next_birthday))
        f["tags"].setText(self._tags_text(c.id))
        f["since"].setText(member_labels.date(c.member_since))
        came = member_labels.channel(c.channel)
        extra = [member_labels.channel_detail(c.channel_detail), c.referrer_name, c.referrer_staff_name]
        extra = [e for e in extra if e]
        f["channel"].setText(came + (self.tr(" (%1)").replace("%1", self._join(extra)) if extra else ""))
        f["sizes"].setText(
            self._join(f"{member_labels.size_category(cat)} {size}" for cat, size in c.sizes) or "—"
        )
        f["skin_hair"].setText(
            " / ".join(member_labels.care_word(v) if v else "—" for v in (c.skin_type, c.hair_type))
        )
        f["occupation"].setText(c.occupation or "—")
        f["hobbies"].setText(c.hobbies or "—")
        f["children"].setText(
            self._join(
                f"{member_labels.child_word(ch.gender)}{(' ' + ch.name) if ch.name else ''} "
                f"{member_labels.age(ch.age) if ch.age else ''}".strip()
                for ch in c.children
            )
            or "—"
        )
        f["spend"].setText(member_labels.money(c.spend_fen))
        f["visits"].setText(str(c.visit_count))
        f["last_visit"].setText(member_labels.date(c.last_visit_at))
        f["purchases"].setText("<br>".join(self._purchase_line(p) for p in c.last_purchases) or "—")
        self._fill_services(c)
        care = c.latest_care
        f["care"].setText(f"{member_labels.date(care.at)} {care.title}" if care else "—")
        f["notes"].setText(c.notes or "—")
        self.reveal_phone_button.setEnabled(allowed(self.ctx.actor, Permission.REVEAL_PHONE))
        self.reveal_sensitive_button.setVisible(allowed(self.ctx.actor, Permission.REVEAL_SENSITIVE))
        self.sensitive.setText(self.tr("On file, hidden") if c.sensitive_on_file else "")

    def _tags_text(self, member_id: int) -> str:
        try:
            from memberdesk.services.segments.tags import tags_of

            return self._join(tags_of(self.ctx.db, self.ctx.actor, member_id)) or "—"
        except ServiceError:
            return "—"

    def _join(self, parts: Iterable[str]) -> str:
        return self.tr(", ").join(parts)

    def _purchase_line(self, p: Purchase) -> str:
        """One line bought, with what came back of it marked (已退 1)."""
        when, money = member_labels.date(p.at), member_labels.money(p.total_fen)
        text = html.escape(f"{when}  {p.description} {p.size} ×{p.quantity}  {money}")
        if not p.returned:
            return text
        mark = html.escape(self.tr("returned %1").replace("%1", str(p.returned)))
        if p.kept <= 0:
            return f"<s>{text}</s> <b style='color:#c9302c'>{mark}</b>"
        return f"{text} <b style='color:#c9302c'>{mark}</b>"

    # --- after-sales ----------------------------------------------------------------------

    def _service_kind(self, kind: ServiceKind) -> str:
        return {
            ServiceKind.ALTERATION: self.tr("Alteration"),
            ServiceKind.REPAIR: self.tr("Repair"),
            ServiceKind.INSTALLATION: self.tr("Installation"),
            ServiceKind.HOME_VISIT: self.tr("Home visit"),
        }[kind]

    def _service_status(self, status: ServiceStatus) -> str:
        return {
            ServiceStatus.PENDING: self.tr("Waiting"),
            ServiceStatus.IN_PROGRESS: self.tr("In progress"),
            ServiceStatus.DONE: self.tr("Done"),
            ServiceStatus.CANCELLED: self.tr("Cancelled"),
        }[status]

    def _service_text(self, due: ServiceDue) -> str:
        parts = [self._service_kind(due.kind), due.description, self._service_status(due.status)]
        if due.is_open and due.promised_date is not None:
            parts.append(self.tr("promised %1").replace("%1", member_labels.date(due.promised_date)))
        return " · ".join(p for p in parts if p)

    def _fill_services(self, c: MemberCard) -> None:
        while self.service_rows.count():
            item = self.service_rows.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.service_buttons.clear()
        records = (*c.services_due, *c.services_closed)
        self.fields["services"].setText("" if records else "—")
        self.fields["services"].setVisible(not records)
        may_change = allowed(self.ctx.actor, Permission.RECORD_SALE)
        for due in records:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(self._service_text(due))
            text.setWordWrap(True)
            if due.overdue:
                text.setStyleSheet("color: #c9302c;")
            line.addWidget(text, 1)
            if due.is_open and may_change:
                finish = QPushButton(self.tr("Mark done"))
                cancel = QPushButton(self.tr("Cancel it"))
                for button, status in ((finish, ServiceStatus.DONE), (cancel, ServiceStatus.CANCELLED)):
                    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                    button.clicked.connect(
                        lambda _=False, rid=due.id, st=status: self.set_service_status(rid, st)
                    )
                    line.addWidget(button)
                self.service_buttons[due.id] = (finish, cancel)
            self.service_rows.addWidget(row)

    def set_service_status(self, record_id: int, status: ServiceStatus) -> None:
        """Close an after-sales record from the card (done, or cancelled after asking)."""
        if status is ServiceStatus.CANCELLED and not type(self).confirm_cancel(self):
            return
        from memberdesk.services.service import aftersales

        try:
            aftersales.set_status(self.ctx.db, self.ctx.actor, record_id, status)
        except ServiceError as err:
            self.ctx.error(err)
            return
        self.ctx.data_changed.emit("service")

    @classmethod
    def confirm_cancel(cls, parent: QWidget | None) -> bool:
        """Ask before cancelling an after-sales promise (tests patch this)."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("MemberCardView", "Cancel after-sales"),
            QCoreApplication.translate("MemberCardView", "Cancel this after-sales promise?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def reveal_phone(self) -> None:
        if self.card is None:
            return
        try:
            from memberdesk.services.members import enrolment as member_service

            phone = member_service.reveal_phone(self.ctx.db, self.ctx.actor, self.card.id)
        except ServiceError as err:
            self.ctx.error(err)
            return
        self.fields["phone"].setText(phone)

    def reveal_sensitive(self) -> QWidget | None:
        """Open the sensitive information (the opening is the audited reveal)."""
        if self.card is None:
            return None
        from memberdesk.ui.counter.sensitive_dialog import SensitiveDialog

        dialog = SensitiveDialog.open_for(self.ctx, self.card.id, self)
        self.opened.append(dialog)
        return dialog

    def edit_tags(self) -> QWidget | None:
        """The member's tags (Ctrl+B), in the tags feature's dialog."""
        if self.card is None:
            return None
        widget = actions.watch(
            self.ctx, actions.widget_class("member_tags").open_for(self.ctx, self.card.id, self)
        )
        self.opened.append(widget)
        return widget

    def _edit(self) -> None:
        if self.card is not None:
            from memberdesk.ui.counter.enrol_dialog import EnrolDialog

            self.opened.append(EnrolDialog.open_for(self.ctx, self.card.id, self))
            self.edit_requested.emit(self.card.id)

    def trigger(self, name: str) -> QWidget | None:
        if self.card is None:
            return None
        widget = actions.trigger(name, self.ctx, self.card.id, self)
        self.opened.append(widget)
        return widget
