"""Enrolling a member (入会) in seconds, and editing one later: the same form.

Only phone and name are needed; the rest can wait. The dialog never blocks (``open_for``
shows it and returns), never writes by itself (it calls ``members.enrol`` /
``update_member``) and keeps what was typed when the service refuses, with the message
beside the field it is about.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from memberdesk.domain.vocab import Channel, Gender, PartnerKind, SizeCategory, TargetGroup
from memberdesk.services import auth, search
from memberdesk.services import members as member_service
from memberdesk.services.errors import ServiceError
from memberdesk.services.members import ChildForm, DuplicatePhone, LikelyDuplicate, MemberForm
from memberdesk.ui import member_labels
from memberdesk.ui.context import AppContext, translate_error

_PHONEISH = re.compile(r"[+\d][\d\s\-]*")
CHILD_ROWS = 3


class EnrolDialog(QDialog):
    """Enrol a new member (``member_id`` None) or edit one; emits ``saved(member_id)``."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self._confirm_duplicate = False
        self.setWindowTitle(self.tr("Edit member") if member_id else self.tr("Enrol new member"))
        form = QFormLayout(self)
        self.phone = QLineEdit()
        self.name = QLineEdit()
        self.gender = QComboBox()
        for g in (Gender.UNKNOWN, Gender.FEMALE, Gender.MALE):
            self.gender.addItem(member_labels.gender(g), g)
        self.card_no = QLineEdit()
        self.card_no.setPlaceholderText(self.tr("Scan a card, or leave empty to assign the next number"))
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD, optional"))
        self.lunar = QCheckBox(self.tr("Celebrates the lunar birthday"))
        self.channel = QComboBox()
        for ch in Channel:
            self.channel.addItem(member_labels.channel(ch), ch)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.detail = QComboBox()
        self.detail.setEditable(True)
        self.referrer_search = QLineEdit()
        self.referrer_search.setPlaceholderText(self.tr("Referrer: phone, last 4, card or name, then Enter"))
        self.referrer_search.returnPressed.connect(self.find_referrer)
        self.referrer = QComboBox()
        self.referrer_staff = QComboBox()
        self.referrer_staff.addItem("—", None)
        for staff in auth.list_staff(ctx.db, ctx.store_id):
            self.referrer_staff.addItem(f"{staff.name} ({staff.code})", staff.id)
        self.skin = QLineEdit()
        self.hair = QLineEdit()
        self.sizes: dict[SizeCategory, QLineEdit] = {}
        sizes = QGridLayout()
        for i, cat in enumerate(SizeCategory):
            edit = QLineEdit()
            edit.setMaximumWidth(70)
            self.sizes[cat] = edit
            sizes.addWidget(QLabel(member_labels.size_category(cat)), i // 3, (i % 3) * 2)
            sizes.addWidget(edit, i // 3, (i % 3) * 2 + 1)
        self.children: list[tuple[QLineEdit, QComboBox, QLineEdit]] = []
        kids = QGridLayout()
        for row in range(CHILD_ROWS):
            name, gender, birthday = QLineEdit(), QComboBox(), QLineEdit()
            name.setPlaceholderText(self.tr("Name"))
            for g in (Gender.UNKNOWN, Gender.FEMALE, Gender.MALE):
                gender.addItem(member_labels.child_word(g), g)
            birthday.setPlaceholderText(self.tr("Birthday YYYY-MM-DD"))
            for col, w in enumerate((name, gender, birthday)):
                kids.addWidget(w, row, col)
            self.children.append((name, gender, birthday))
        self.consent = QCheckBox(self.tr("Agrees to receive greetings and promotion news"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(60)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c9302c")
        self.error.setWordWrap(True)

        form.addRow(self.tr("Phone *"), self.phone)
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Card no."), self.card_no)
        birth = QHBoxLayout()
        birth.addWidget(self.birthday)
        birth.addWidget(self.lunar)
        form.addRow(self.tr("Birthday"), birth)
        form.addRow(self.tr("Came through"), self.channel)
        form.addRow(self.tr("Partner / group"), self.detail)
        ref = QHBoxLayout()
        ref.addWidget(self.referrer_search)
        ref.addWidget(self.referrer, 1)
        form.addRow(self.tr("Referring member"), ref)
        form.addRow(self.tr("Referring staff"), self.referrer_staff)
        form.addRow(self.tr("Sizes"), sizes)
        skin_hair = QHBoxLayout()
        skin_hair.addWidget(self.skin)
        skin_hair.addWidget(self.hair)
        form.addRow(self.tr("Skin / hair type"), skin_hair)
        form.addRow(self.tr("Children"), kids)
        form.addRow("", self.consent)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._field_widgets = {"phone": self.phone, "name": self.name, "card_no": self.card_no,
                               "birthday": self.birthday, "referrer": self.referrer_search}  # fmt: skip
        self._channel_changed()
        if member_id is not None:
            self._load(member_id)

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None, prefill: str = ""
    ) -> EnrolDialog:
        """Show the dialog without blocking; ``prefill`` is what was typed in the counter box."""
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if prefill:
            dialog.prefill(prefill)
        dialog.show()
        (dialog.name if dialog.phone.text() else dialog.phone).setFocus()
        return dialog

    def prefill(self, typed: str) -> None:
        """Put a typed phone number into Phone, anything else into Name."""
        typed = typed.strip()
        if _PHONEISH.fullmatch(typed):
            self.phone.setText(typed)
        elif search.is_card_number(typed) and any(c.isdigit() for c in typed):
            self.card_no.setText(typed)
        else:
            self.name.setText(typed)

    def _channel_changed(self) -> None:
        channel = self.channel.currentData()
        self.detail.clear()
        if channel == Channel.PARTNER:
            for p in PartnerKind:
                self.detail.addItem(member_labels.partner(p), p.value)
        elif channel == Channel.TARGET_GROUP:
            for g in TargetGroup:
                self.detail.addItem(member_labels.target_group(g), g.value)
        self.detail.setEnabled(channel in (Channel.PARTNER, Channel.TARGET_GROUP, Channel.OTHER,
                                           Channel.STAFF_REFERRAL))  # fmt: skip
        referral = channel == Channel.MEMBER_REFERRAL
        self.referrer_search.setEnabled(referral)
        self.referrer.setEnabled(referral)
        self.referrer_staff.setEnabled(channel == Channel.STAFF_REFERRAL)

    def find_referrer(self) -> None:
        self.referrer.clear()
        try:
            hits = search.find(self.ctx.db, self.ctx.actor, self.referrer_search.text(), limit=10)
        except ServiceError as err:
            self.show_error(err)
            return
        for h in hits:
            if h.id != self.member_id:
                self.referrer.addItem(f"{h.name}  {h.masked_phone}  {h.card_no}", h.id)

    def _load(self, member_id: int) -> None:
        try:
            f = member_service.member_form(self.ctx.db, self.ctx.actor, member_id)
        except ServiceError as err:
            self.show_error(err)
            return
        self.phone.setText(f.phone)
        self.name.setText(f.name)
        self.gender.setCurrentIndex(self.gender.findData(f.gender))
        self.card_no.setText(f.card_no)
        self.birthday.setText(f.birthday.isoformat() if f.birthday else "")
        self.lunar.setChecked(f.birthday_lunar)
        self.channel.setCurrentIndex(self.channel.findData(f.channel))
        index = self.detail.findData(f.channel_detail)
        if index >= 0:
            self.detail.setCurrentIndex(index)
        else:
            self.detail.setEditText(f.channel_detail)
        if f.referrer_member_id is not None:
            self.referrer.addItem(str(f.referrer_member_id), f.referrer_member_id)
        self.referrer_staff.setCurrentIndex(max(self.referrer_staff.findData(f.referrer_staff_id), 0))
        self.skin.setText(f.skin_type)
        self.hair.setText(f.hair_type)
        for cat, size in f.sizes.items():
            self.sizes[cat].setText(size)
        for (name, gender, birthday), child in zip(self.children, f.children, strict=False):
            name.setText(child.name)
            gender.setCurrentIndex(gender.findData(child.gender))
            birthday.setText(child.birthday.isoformat() if child.birthday else "")
        self.notes.setPlainText(f.notes)
        self.consent.setVisible(False)  # consents are recorded on their own, with a date

    def _date(self, edit: QLineEdit, what: str) -> dt.date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            self.error.setText(self.tr("%1: write the date as YYYY-MM-DD.").replace("%1", what))
            edit.setFocus()
            raise

    def form(self) -> MemberForm:
        """The form as typed; raises ValueError (already shown) for an unreadable date."""
        channel = self.channel.currentData()
        detail = self.detail.currentData() if self.detail.currentText() == self.detail.itemText(
            self.detail.currentIndex()) else None  # fmt: skip
        children = []
        for name, gender, birthday in self.children:
            if name.text().strip() or birthday.text().strip():
                children.append(
                    ChildForm(name.text(), gender.currentData(), self._date(birthday, self.tr("Child")))
                )
        return MemberForm(
            phone=self.phone.text(),
            name=self.name.text(),
            gender=self.gender.currentData(),
            card_no=self.card_no.text(),
            birthday=self._date(self.birthday, self.tr("Birthday")),
            birthday_lunar=self.lunar.isChecked(),
            channel=channel,
            channel_detail=(detail or self.detail.currentText()) if self.detail.isEnabled() else "",
            referrer_member_id=self.referrer.currentData() if channel == Channel.MEMBER_REFERRAL else None,
            referrer_staff_id=self.referrer_staff.currentData()
            if channel == Channel.STAFF_REFERRAL
            else None,
            skin_type=self.skin.text(),
            hair_type=self.hair.text(),
            notes=self.notes.toPlainText(),
            sizes={cat: e.text() for cat, e in self.sizes.items() if e.text().strip()},
            children=tuple(children),
            marketing_consent=self.consent.isChecked() if self.member_id is None else None,
        )

    def show_error(self, err: ServiceError) -> None:
        self.error.setText(translate_error(err))
        widget = self._field_widgets.get(err.field or "")
        if widget is not None:
            widget.setFocus()

    def save(self) -> bool:
        """Save through the service; True when saved (the dialog then closes)."""
        self.error.clear()
        try:
            form = self.form()
        except ValueError:
            return False
        try:
            if self.member_id is None:
                member_id = member_service.enrol(
                    self.ctx.db, self.ctx.actor, form, confirm_duplicate=self._confirm_duplicate
                )
            else:
                member_service.update_member(self.ctx.db, self.ctx.actor, self.member_id, form)
                member_id = self.member_id
        except DuplicatePhone as err:
            self.show_error(err)
            if self.member_id is None:  # the customer is a member already: show them
                self.ctx.open_member.emit(err.member_id)
            return False
        except LikelyDuplicate as err:
            self.show_error(err)
            self._confirm_duplicate = True
            self.save_button.setText(self.tr("Save anyway"))
            return False
        except ServiceError as err:
            self.show_error(err)
            return False
        self.ctx.data_changed.emit("members")
        self.saved.emit(member_id)
        self.ctx.open_member.emit(member_id)
        self.accept()
        return True
