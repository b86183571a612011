"""Enrolling a member (入会) in seconds, and editing one later: the same form.

Only phone and name are needed; the rest can wait on the other tabs. The dialog never blocks
(``open_for`` shows it and returns), never writes by itself (it calls ``members.enrol`` /
``update_member``) and keeps what was typed when the service refuses, with the message under
the form and the focus on the field it is about. Enter saves; Esc asks before throwing away
what was typed.

Editing sends the service the form as it was opened together with the edited one, and only
fields whose widgets the clerk changed carry new values: a field the form shows differently
from how it is stored (a detail the channel does not use, a long-gone referrer) keeps what is
on file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import Channel, Gender, PartnerKind, Role, SizeCategory, TargetGroup
from memberdesk.services.members import enrolment as member_service
from memberdesk.services.members import search
from memberdesk.services.members.enrolment import ChildForm, DuplicatePhone, LikelyDuplicate, MemberForm
from memberdesk.services.staff import auth
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.actions import widget_class
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.guarded_dialog import GuardedDialog

_PHONEISH = re.compile(r"[+\d][\d\s\-]*")
CHILD_ROWS = 3


def _focus_back_to(widget: QWidget | None) -> Callable[[], None]:
    """Put the focus back where the clerk was (the counter box) once the dialog has closed."""

    def restore() -> None:
        if widget is not None and shiboken6.isValid(widget) and widget.isVisible():
            widget.window().activateWindow()
            widget.setFocus()

    return restore


class EnrolDialog(GuardedDialog):
    """Enrol a new member (``member_id`` None) or edit one; emits ``saved(member_id)``."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, member_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_id = member_id
        self._confirm_duplicate = False
        self._error_about: tuple[QWidget, ...] = ()  # the fields the message on screen is about
        self._loaded: MemberForm | None = None  # the member as stored when the form opened
        self._shown: MemberForm | None = None  # ... and as the widgets showed it
        self._untouched: tuple[Any, ...] = ()
        self.opened: list[QWidget] = []
        self.setWindowTitle(self.tr("Edit member") if member_id else self.tr("Enrol new member"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._basics_tab(ctx), self.tr("Member"))
        self.tabs.addTab(self._details_tab(), self.tr("Details and sizes"))
        self.tabs.addTab(self._children_tab(), self.tr("Children"))
        self.error_label = QLabel()
        self.error_label.setObjectName("enrol_error")
        self.error_label.setStyleSheet("color: #c9302c")
        self.error_label.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.sensitive_button = QPushButton(self.tr("Sensitive information…"))
        self.sensitive_button.clicked.connect(self.open_sensitive)
        self.erase_button = QPushButton(self.tr("Erase member data…"))
        self.erase_button.setObjectName("erase_member")
        self.erase_button.clicked.connect(self.open_erase)
        actions = QHBoxLayout()
        actions.addWidget(self.sensitive_button)
        actions.addWidget(self.erase_button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        editing = member_id is not None
        self.sensitive_button.setVisible(editing and allowed(ctx.actor, Permission.REVEAL_SENSITIVE))
        self.erase_button.setVisible(editing and ctx.actor.role is Role.MANAGER)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(actions)
        self.set_primary(self.save_button)
        self.on_enter(self.referrer_search, self.find_referrer)

        self._field_widgets: dict[str, QWidget] = {
            "phone": self.phone, "name": self.name, "card_no": self.card_no, "birthday": self.birthday,
            "referrer": self.referrer_search, "referrer_staff": self.referrer_staff,
            "channel_detail": self.detail, "email": self.email, "address": self.address,
            "occupation": self.occupation, "hobbies": self.hobbies, "hair_type": self.hair,
            "skin_type": self.skin, "sizes": next(iter(self.sizes.values())),
            "children": self.child_rows[0][0], "notes": self.notes,
        }  # fmt: skip
        for widget in self._field_widgets.values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _text, w=widget: self._field_edited(w))
        self._channel_changed()
        if member_id is not None:
            self._load(member_id)
        self._untouched = self._widget_state()

    # --- building ----------------------------------------------------------------------------
    def _basics_tab(self, ctx: AppContext) -> QWidget:
        self.phone = QLineEdit()
        self.phone.setObjectName("enrol_phone")
        self.name = QLineEdit()
        self.name.setObjectName("enrol_name")
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
        self.referrer_search.setPlaceholderText(self.tr("Find the referrer"))
        self.referrer_search.setToolTip(self.tr("Referrer: phone, last 4, card no. or name, then Enter"))
        self.referrer = QComboBox()
        self.referrer_staff = QComboBox()
        self.referrer_staff.addItem("—", None)
        for staff in auth.list_staff(ctx.db, ctx.store_id):
            self.referrer_staff.addItem(f"{staff.name} ({staff.code})", staff.id)
        self.consent = QCheckBox(self.tr("Agrees to receive greetings and promotion news"))

        page = QWidget()
        form = QFormLayout(page)
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
        form.addRow("", self.consent)
        return page

    def _details_tab(self) -> QWidget:
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.occupation = QLineEdit()
        self.hobbies = QLineEdit()
        self.skin = QLineEdit()
        self.hair = QLineEdit()
        self.sizes: dict[SizeCategory, QLineEdit] = {}
        sizes = QGridLayout()
        for i, cat in enumerate(SizeCategory):
            edit = QLineEdit()
            edit.setMaximumWidth(90)
            self.sizes[cat] = edit
            label = QLabel(member_labels.size_category(cat))
            label.setBuddy(edit)
            sizes.addWidget(label, i // 3, (i % 3) * 2)
            sizes.addWidget(edit, i // 3, (i % 3) * 2 + 1)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)

        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Occupation"), self.occupation)
        form.addRow(self.tr("Hobbies"), self.hobbies)
        form.addRow(self.tr("Skin type"), self.skin)
        form.addRow(self.tr("Hair type"), self.hair)
        form.addRow(self.tr("Sizes"), sizes)
        form.addRow(self.tr("Notes"), self.notes)
        return page

    def _children_tab(self) -> QWidget:
        page = QWidget()
        self._kids = QGridLayout(page)
        for col, title in enumerate((self.tr("Name"), self.tr("Boy / girl"), self.tr("Birthday"))):
            self._kids.addWidget(QLabel(title), 0, col)
        self._kids.setRowStretch(CHILD_ROWS + 1, 1)
        self.child_rows: list[tuple[QLineEdit, QComboBox, QLineEdit]] = []
        for _ in range(CHILD_ROWS):
            self._add_child_row()
        return page

    def _add_child_row(self) -> None:
        name, gender, birthday = QLineEdit(), QComboBox(), QLineEdit()
        name.setPlaceholderText(self.tr("Name"))
        for g in (Gender.UNKNOWN, Gender.FEMALE, Gender.MALE):
            gender.addItem(member_labels.child_word(g), g)
        birthday.setPlaceholderText(self.tr("Birthday YYYY-MM-DD"))
        row = len(self.child_rows) + 1
        for col, w in enumerate((name, gender, birthday)):
            self._kids.addWidget(w, row, col)
        self.child_rows.append((name, gender, birthday))

    @classmethod
    def open_for(
        cls, ctx: AppContext, member_id: int | None, parent: QWidget | None = None, prefill: str = ""
    ) -> EnrolDialog:
        """Show the dialog without blocking; ``prefill`` is what was typed in the counter box."""
        dialog = cls(ctx, member_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(_focus_back_to(QApplication.focusWidget()))
        if prefill:
            dialog.prefill(prefill)
        dialog.show()
        (dialog.name if dialog.phone.text() else dialog.phone).setFocus()
        return dialog

    def prefill(self, typed: str) -> None:
        """Put a typed phone number into Phone, anything else into Name (it is still in the box)."""
        typed = typed.strip()
        if _PHONEISH.fullmatch(typed):
            self.phone.setText(typed)
        elif search.is_card_number(typed) and any(c.isdigit() for c in typed):
            self.card_no.setText(typed)
        else:
            self.name.setText(typed)
        self._untouched = self._widget_state()

    # --- what was typed ----------------------------------------------------------------------
    def _widget_state(self) -> tuple[Any, ...]:
        lines = (self.phone, self.name, self.card_no, self.birthday, *self._text_fields().values())
        texts: list[Any] = [w.text() for w in lines]
        texts += [e.text() for e in self.sizes.values()]
        texts += [(n.text(), g.currentIndex(), b.text()) for n, g, b in self.child_rows]
        combos = [c.currentIndex() for c in (self.gender, self.channel, self.referrer, self.referrer_staff)]
        return (*texts, *combos, self.detail.currentText(), self.lunar.isChecked(),
                self.consent.isChecked(), self.notes.toPlainText())  # fmt: skip

    def _text_fields(self) -> dict[str, QLineEdit]:
        """The free-text fields of the details tab, by the form field they fill."""
        return {"email": self.email, "address": self.address, "occupation": self.occupation,
                "hobbies": self.hobbies, "skin_type": self.skin, "hair_type": self.hair}  # fmt: skip

    def has_typed_data(self) -> bool:
        return self._widget_state() != self._untouched

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
            referrer = (
                member_service.member_label(self.ctx.db, self.ctx.actor, f.referrer_member_id)
                if f.referrer_member_id is not None
                else ""
            )
        except ServiceError as err:
            self.show_error(err)
            self.save_button.setEnabled(False)
            return
        self.phone.setText(f.phone)
        self.name.setText(f.name)
        self.gender.setCurrentIndex(max(self.gender.findData(f.gender), 0))
        self.card_no.setText(f.card_no)
        self.birthday.setText(f.birthday.isoformat() if f.birthday else "")
        self.lunar.setChecked(f.birthday_lunar)
        self.channel.setCurrentIndex(max(self.channel.findData(f.channel), 0))
        index = self.detail.findData(f.channel_detail)
        if index >= 0:
            self.detail.setCurrentIndex(index)
        else:
            self.detail.setEditText(f.channel_detail)
        if f.referrer_member_id is not None:
            self.referrer.addItem(referrer, f.referrer_member_id)
        self.referrer_staff.setCurrentIndex(max(self.referrer_staff.findData(f.referrer_staff_id), 0))
        for column, edit in self._text_fields().items():
            edit.setText(getattr(f, column))
            edit.setCursorPosition(0)
        for cat, size in f.sizes.items():
            self.sizes[cat].setText(size)
        while len(self.child_rows) < len(f.children) + 1:
            self._add_child_row()
        for (name, gender, birthday), child in zip(self.child_rows, f.children, strict=False):
            name.setText(child.name)
            gender.setCurrentIndex(max(gender.findData(child.gender), 0))
            birthday.setText(child.birthday.isoformat() if child.birthday else "")
        self.notes.setPlainText(f.notes)
        self.consent.setChecked(bool(f.marketing_consent))
        self._loaded = f
        try:
            self._shown = self._typed_form()
        except ValueError:  # a stored date the form cannot show; keep what is on file
            self._shown = f
        self.error_label.clear()

    def _date(self, edit: QLineEdit, what: str) -> dt.date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            self.error_label.setText(self.tr("%1: write the date as YYYY-MM-DD.").replace("%1", what))
            self._error_about = (edit,)
            self._focus(edit)
            raise

    def _typed_form(self) -> MemberForm:
        """The widgets as a form; raises ValueError (already shown) for an unreadable date."""
        channel = Channel(self.channel.currentData())
        detail = self.detail.currentData() if self.detail.currentText() == self.detail.itemText(
            self.detail.currentIndex()) else None  # fmt: skip
        children = []
        for name, gender, birthday in self.child_rows:
            if name.text().strip() or birthday.text().strip():
                children.append(
                    ChildForm(
                        name.text().strip(),
                        Gender(gender.currentData()),
                        self._date(birthday, self.tr("Child")),
                    )
                )
        return MemberForm(
            phone=self.phone.text(),
            name=self.name.text(),
            gender=Gender(self.gender.currentData()),
            card_no=self.card_no.text(),
            birthday=self._date(self.birthday, self.tr("Birthday")),
            birthday_lunar=self.lunar.isChecked(),
            channel=channel,
            channel_detail=(detail or self.detail.currentText()) if self.detail.isEnabled() else "",
            referrer_member_id=self.referrer.currentData() if channel == Channel.MEMBER_REFERRAL else None,
            referrer_staff_id=self.referrer_staff.currentData()
            if channel == Channel.STAFF_REFERRAL
            else None,
            email=self.email.text(),
            address=self.address.text(),
            occupation=self.occupation.text(),
            hobbies=self.hobbies.text(),
            skin_type=self.skin.text(),
            hair_type=self.hair.text(),
            notes=self.notes.toPlainText(),
            sizes={cat: e.text().strip() for cat, e in self.sizes.items() if e.text().strip()},
            children=tuple(children),
            marketing_consent=self.consent.isChecked(),
        )

    def form(self) -> MemberForm:
        """What to save: on an edit, the stored value of every field the clerk left alone."""
        typed = self._typed_form()
        if self._loaded is None or self._shown is None:
            return typed
        values = {
            f.name: getattr(typed, f.name)
            if getattr(typed, f.name) != getattr(self._shown, f.name)
            else getattr(self._loaded, f.name)
            for f in dataclasses.fields(MemberForm)
        }
        return MemberForm(**values)

    # --- errors --------------------------------------------------------------------------------
    def _focus(self, widget: QWidget) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
        widget.setFocus()

    def show_error(self, err: ServiceError) -> None:
        self.error_label.setText(translate_error(err))
        widget = self._field_widgets.get(err.field or "")
        # "same name, same phone ending" is about the name as much as about the phone
        self._error_about = (
            (self.phone, self.name) if isinstance(err, LikelyDuplicate) else (widget,) if widget else ()
        )
        if widget is not None:
            self._focus(widget)

    def _field_edited(self, widget: QWidget) -> None:
        """A message about a field goes as soon as the clerk changes that field: "this phone
        belongs to 张伟" stays true only of the number it was said about. A "save anyway" given
        for one phone and name is not given for another: it is asked again."""
        if widget in self._error_about:
            self.error_label.clear()
            self._error_about = ()
        if self._confirm_duplicate and widget in (self.phone, self.name):
            self._confirm_duplicate = False
            self.save_button.setText(self.tr("Save"))

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save through the service; True when saved (the dialog then closes)."""
        self.error_label.clear()
        self._error_about = ()
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
                member_service.update_member(
                    self.ctx.db, self.ctx.actor, self.member_id, form, loaded=self._loaded
                )
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

    # --- the member's other records ------------------------------------------------------------
    def open_sensitive(self) -> QWidget | None:
        """Ethnicity, religion and income, in their own audited dialog."""
        if self.member_id is None:
            return None
        from memberdesk.ui.counter.sensitive_dialog import SensitiveDialog

        dialog = SensitiveDialog.open_for(self.ctx, self.member_id, self)
        self.opened.append(dialog)
        return dialog

    def open_erase(self) -> QWidget | None:
        """The manager erases the member's personal data at the member's request."""
        if self.member_id is None:
            return None
        dialog = widget_class("erase_member").open_for(self.ctx, self.member_id, self)
        dialog.erased.connect(lambda _id: self.discard())
        self.opened.append(dialog)
        return dialog
