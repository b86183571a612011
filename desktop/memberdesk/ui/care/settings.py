"""Care settings: the store's own card texts and logo, the SMS signature, and the coupons the
care calendar gives (a birthday coupon, a welcome coupon; ``services/care/coupons.py``).

Card texts and logo are files in the data folder, editable without touching the app. The SMS
signature is a store setting (``services/care/signature.py``): a manager types it, it is
checked as providers check it, and a refused one stays in the field with the reason under it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from memberdesk import paths
from memberdesk.documents import card_texts
from memberdesk.domain.churn import LAPSE_DAYS_RANGE
from memberdesk.domain.errors import ServiceError
from memberdesk.services.analytics import churn
from memberdesk.services.care import coupons as care_coupons
from memberdesk.services.care import signature as sms
from memberdesk.services.staff.permissions import Permission
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.settings_sections import COUPON_TEMPLATES_CHANGED, follow_permission, note_label


class CareSettingsSection(QGroupBox):
    """Card texts, logo and the SMS signature of the store's greeting messages."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Greeting cards"), parent)
        self.ctx = ctx
        self.folder = card_texts.store_templates_dir()
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("card_texts_state")
        self.state.setWordWrap(True)
        edit = QPushButton(self.tr("Edit card texts…"))
        edit.setObjectName("edit_card_texts")
        edit.clicked.connect(self.edit_texts)
        logo = QPushButton(self.tr("Choose logo…"))
        logo.clicked.connect(self.choose_logo)
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addWidget(logo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addWidget(self._signature_row())
        layout.addWidget(self._coupons_row())
        layout.addWidget(self._lapse_row())
        self.show_state()
        self._actor_changed()
        ctx.actor_changed.connect(self._actor_changed)

    # --- the SMS signature ---------------------------------------------------------------------

    def _signature_row(self) -> QWidget:
        self.signature = QLineEdit()
        self.signature.setObjectName("sms_signature")
        self.signature.setMaxLength(40)  # room to type a wrong one and be told why
        self.signature.returnPressed.connect(self.save_signature)
        self.signature_save = QPushButton(self.tr("Save signature"))
        self.signature_save.setObjectName("save_sms_signature")
        self.signature_save.clicked.connect(self.save_signature)
        line = QHBoxLayout()
        line.addWidget(self.signature, 1)
        line.addWidget(self.signature_save)
        self.signature_box = QWidget()
        form = QFormLayout(self.signature_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("SMS signature"), line)
        hint = QLabel(
            self.tr(
                "Starts every exported message as 【signature】. 2 to 16 Chinese characters, "
                "letters or digits; no spaces or punctuation (SMS providers refuse them)."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280;")
        form.addRow("", hint)
        self.signature_state = QLabel()
        self.signature_state.setObjectName("sms_signature_state")
        self.signature_state.setWordWrap(True)
        form.addRow("", self.signature_state)
        self.signature_note = note_label()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.signature_box)
        column.addWidget(self.signature_note)
        return box

    def _actor_changed(self, _actor: object = None) -> None:
        follow_permission(self.ctx, Permission.MANAGE_RULES, self.signature_box, self.signature_save,
                          self.signature_note)  # fmt: skip
        follow_permission(self.ctx, Permission.MANAGE_COUPONS, self.coupons_box, self.coupons_save,
                          self.coupons_note)  # fmt: skip
        follow_permission(self.ctx, Permission.MANAGE_RULES, self.lapse_box, self.lapse_save,
                          self.lapse_note)  # fmt: skip
        self.load_signature()
        self.load_coupons()
        self.lapse_days.setValue(churn.get_lapse_days(self.ctx.db, self.ctx.store_id))
        self.lapse_state.clear()

    def load_signature(self) -> None:
        self.signature.setText(sms.stored_signature(self.ctx.db, self.ctx.store_id))
        self.signature.setPlaceholderText(sms.signature(self.ctx.db, self.ctx.store_id))
        self.signature_state.clear()

    def save_signature(self) -> None:
        """Store the signature; a refused one stays as typed, with the reason under it."""
        try:
            saved = sms.save_signature(self.ctx.db, self.ctx.actor, self.signature.text())
        except ServiceError as error:
            self.signature_state.setText(translate_error(error))
            self.signature_state.setStyleSheet("color: #b00020;")
            return
        self.signature.setText(saved)
        self.signature_state.setText(
            self.tr("Saved: messages start with %1.").replace("%1", sms.bracketed(saved))
        )
        self.signature_state.setStyleSheet("color: #15803d;")
        self.ctx.data_changed.emit("settings")

    # --- when a member has lapsed (churn, win-back) ----------------------------------------------

    def _lapse_row(self) -> QWidget:
        self.lapse_days = QSpinBox()
        self.lapse_days.setObjectName("lapse_days")
        self.lapse_days.setRange(*LAPSE_DAYS_RANGE)
        self.lapse_days.setSuffix(self.tr(" days"))
        self.lapse_save = QPushButton(self.tr("Save"))
        self.lapse_save.setObjectName("save_lapse_days")
        self.lapse_save.clicked.connect(self.save_lapse)
        line = QHBoxLayout()
        line.addWidget(self.lapse_days)
        line.addWidget(self.lapse_save)
        line.addStretch(1)
        self.lapse_box = QWidget()
        form = QFormLayout(self.lapse_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Lapsed after, without a purchase"), line)
        self.lapse_state = QLabel()
        self.lapse_state.setObjectName("lapse_state")
        form.addRow("", self.lapse_state)
        self.lapse_note = note_label()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.lapse_box)
        column.addWidget(self.lapse_note)
        return box

    def save_lapse(self) -> None:
        """The churn figures, the win-back list and the apology tasks count from it."""
        try:
            churn.save_lapse_days(self.ctx.db, self.ctx.actor, self.lapse_days.value())
        except ServiceError as error:
            self.lapse_state.setText(translate_error(error))
            self.lapse_state.setStyleSheet("color: #b00020;")
            return
        self.lapse_state.setText(self.tr("Saved."))
        self.lapse_state.setStyleSheet("color: #15803d;")
        self.ctx.data_changed.emit("settings")

    # --- the care calendar's coupons -------------------------------------------------------------

    def _coupons_row(self) -> QWidget:
        self.birthday_coupon = QComboBox()
        self.birthday_coupon.setObjectName("birthday_coupon")
        self.birthday_window = QComboBox()
        self.birthday_window.setObjectName("birthday_coupon_window")
        self.birthday_window.addItem(
            self.tr("in the birthday month"), care_coupons.BirthdayWindow.MONTH.value
        )
        self.birthday_window.addItem(
            self.tr("in the birthday week (3 days either side)"), care_coupons.BirthdayWindow.WEEK.value
        )
        self.welcome_coupon = QComboBox()
        self.welcome_coupon.setObjectName("welcome_coupon")
        self.coupons_save = QPushButton(self.tr("Save coupons"))
        self.coupons_save.setObjectName("save_care_coupons")
        self.coupons_save.clicked.connect(self.save_coupons)
        self.ctx.data_changed.connect(self._templates_changed)
        birthday = QHBoxLayout()
        birthday.addWidget(self.birthday_coupon, 1)
        birthday.addWidget(self.birthday_window)
        self.coupons_box = QWidget()
        form = QFormLayout(self.coupons_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Birthday coupon"), birthday)
        form.addRow(self.tr("Welcome coupon"), self.welcome_coupon)
        hint = QLabel(
            self.tr(
                "Given with the care calendar, once: a birthday coupon each year, a welcome coupon "
                "to each member enrolled from the day it is chosen."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280;")
        form.addRow("", hint)
        self.coupons_state = QLabel()
        self.coupons_state.setObjectName("care_coupons_state")
        self.coupons_state.setWordWrap(True)
        form.addRow("", self.coupons_state)
        self.coupons_note = note_label()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.coupons_box)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.coupons_save)
        column.addLayout(row)
        column.addWidget(self.coupons_note)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        """Templates made since the page was built are offered too."""
        super().showEvent(event)
        self.load_coupons()

    def _templates_changed(self, area: str) -> None:
        """A template added or retired on this page: offer the new list, keeping what the
        manager has chosen here and not yet saved."""
        if area == COUPON_TEMPLATES_CHANGED:
            self.load_coupons(keep_choice=True)

    def load_coupons(self, *, keep_choice: bool = False) -> None:
        chosen = care_coupons.load(self.ctx.db, self.ctx.store_id)
        found = care_coupons.templates(self.ctx.db, self.ctx.actor) if self.ctx.signed_in else []
        for combo, current in (
            (self.birthday_coupon, chosen.birthday_template),
            (self.welcome_coupon, chosen.welcome_template),
        ):
            if keep_choice and combo.count():
                current = int(combo.currentData() or 0)
            combo.clear()
            combo.addItem(self.tr("No coupon"), 0)
            for template in found:
                combo.addItem(template.name, template.id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        if keep_choice:
            return
        self.birthday_window.setCurrentIndex(
            max(self.birthday_window.findData(chosen.birthday_window.value), 0)
        )
        self.coupons_state.clear()

    def save_coupons(self) -> None:
        try:
            care_coupons.save(
                self.ctx.db,
                self.ctx.actor,
                birthday_template=int(self.birthday_coupon.currentData() or 0),
                welcome_template=int(self.welcome_coupon.currentData() or 0),
                birthday_window=str(self.birthday_window.currentData()),
            )
        except ServiceError as error:
            self.coupons_state.setText(translate_error(error))
            self.coupons_state.setStyleSheet("color: #b00020;")
            return
        self.coupons_state.setText(self.tr("Saved."))
        self.coupons_state.setStyleSheet("color: #15803d;")
        self.ctx.data_changed.emit("settings")

    # --- card texts and logo ---------------------------------------------------------------------

    def show_state(self) -> None:
        self.where.setText(self.tr("The store's card texts and logo: {folder}").format(folder=self.folder))
        texts = card_texts.load()
        if texts.problem:
            self.state.setText(
                self.tr(
                    "The store's card texts cannot be read, the shipped texts are used: {problem}"
                ).format(problem=texts.problem)
            )
            self.state.setStyleSheet("color: #b45309;")
        else:
            own = (self.folder / "cards.toml").exists()
            self.state.setText(
                self.tr("Using the store's own texts.") if own else self.tr("Using the shipped texts.")
            )
            self.state.setStyleSheet("")

    def copy_texts(self) -> Path:
        """Put a copy of the shipped texts in the data folder, unless the store has its own."""
        target = self.folder / "cards.toml"
        if not target.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(paths.resource("templates", "cards.toml"), target)
        return target

    def edit_texts(self) -> None:
        target = self.copy_texts()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.show_state()

    def choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "", "PNG / JPEG (*.png *.jpg *.jpeg)")
        if chosen:
            self.folder.mkdir(parents=True, exist_ok=True)
            suffix = ".jpg" if chosen.lower().endswith((".jpg", ".jpeg")) else ".png"
            for old in ("logo.png", "logo.jpg"):
                (self.folder / old).unlink(missing_ok=True)
            shutil.copyfile(chosen, self.folder / f"logo{suffix}")
            self.show_state()
