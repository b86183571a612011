"""Coupons (优惠券) on the Settings page: the store's coupon templates, and the manager's form
to define a new one (满200减30, 九折 up to a cap …) and to retire one.

Anyone signed in reads the list; only a role with MANAGE_COUPONS defines or retires. A value
the service refuses is said in the clerk's language next to the form, the field it concerns
takes the focus, and everything typed stays.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import CouponKind, CouponPurpose, SizeCategory, Tier
from memberdesk.services.money import coupon_templates, coupons
from memberdesk.services.money.coupon_templates import TemplateRow
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.money import labels as money_labels
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.dates import date_edit
from memberdesk.ui.widgets.settings_sections import (
    COUPON_TEMPLATES_CHANGED,
    amount_edit,
    compact_form,
    follow_permission,
    note_label,
)

BAD_FIELD = "border: 1px solid #b00020;"


class CouponTemplatesSection(QWidget):
    """The list of templates and the form that adds one (``coupons.create_template``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[TemplateRow] = []
        outer = QGroupBox(self.tr("Coupons (优惠券)"))
        column = QVBoxLayout(outer)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("coupon_templates")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Takes off"),
                self.tr("Minimum spend"),
                self.tr("Valid"),
                self.tr("Goods"),
                self.tr("Tiers"),
                self.tr("Stackable"),
                self.tr("Given out by"),
                self.tr("State"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # the long texts share the width and wrap; the short ones take what they need, so the
        # list never makes the Settings page wider than the window
        header = self.table.horizontalHeader()
        for col in range(self.table.columnCount()):
            wraps = col in (0, 1, 3, 4, 7)  # name, takes off, valid, goods, given out by
            header.setSectionResizeMode(
                col, QHeaderView.ResizeMode.Stretch if wraps else QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setWordWrap(True)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())  # wrap anew
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumHeight(140)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        column.addWidget(self.table)
        self.retire_button = QPushButton(self.tr("Retire the chosen coupon"))
        self.retire_button.clicked.connect(self.retire)
        column.addWidget(self.retire_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.box = QGroupBox(self.tr("A new coupon"))
        form = QFormLayout(self.box)
        compact_form(form)
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance("满" * 16))
        self.name.setPlaceholderText(self.tr("e.g. 满200减30"))
        form.addRow(self.tr("Name"), self.name)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("An amount off"), CouponKind.AMOUNT_OFF)
        self.kind.addItem(self.tr("A percentage off, up to a cap"), CouponKind.PERCENT_OFF)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("Takes off"), self.kind)
        self.amount = amount_edit()
        form.addRow(self.tr("Amount off (yuan)"), self.amount)
        self.percent = amount_edit(3)
        self.cap = amount_edit()
        self.cap.setPlaceholderText(self.tr("no cap"))
        percent_row = QHBoxLayout()
        percent_row.addWidget(self.percent)
        percent_row.addWidget(QLabel(self.tr("% off, at most (yuan)")))
        percent_row.addWidget(self.cap)
        percent_row.addStretch(1)
        form.addRow(self.tr("Percentage off"), percent_row)
        self.min_spend = amount_edit()
        self.min_spend.setPlaceholderText(self.tr("none"))
        form.addRow(self.tr("Minimum spend (yuan)"), self.min_spend)
        self.validity = QComboBox()
        self.validity.addItem(self.tr("Days from the day it is given"), "days")
        self.validity.addItem(self.tr("Between two dates"), "dates")
        self.validity.currentIndexChanged.connect(self._validity_changed)
        self.days = amount_edit(4)
        self.valid_from = date_edit(QDate.currentDate())
        self.valid_to = date_edit(QDate.currentDate())
        validity_row = QHBoxLayout()
        validity_row.addWidget(self.validity)
        validity_row.addWidget(self.days)
        validity_row.addWidget(QLabel(self.tr("days")))
        validity_row.addWidget(self.valid_from)
        validity_row.addWidget(QLabel("–"))
        validity_row.addWidget(self.valid_to)
        validity_row.addStretch(1)
        form.addRow(self.tr("Valid"), validity_row)
        self.categories: dict[SizeCategory, QCheckBox] = {}
        goods = QHBoxLayout()
        for category in SizeCategory:
            self.categories[category] = QCheckBox(member_labels.size_category(category))
            goods.addWidget(self.categories[category])
        goods.addStretch(1)
        form.addRow(self.tr("Goods (none ticked: all)"), goods)
        self.tiers: dict[Tier, QCheckBox] = {}
        tiers = QHBoxLayout()
        for tier in Tier:
            self.tiers[tier] = QCheckBox(member_labels.tier(tier))
            tiers.addWidget(self.tiers[tier])
        tiers.addStretch(1)
        form.addRow(self.tr("Tiers (none ticked: every tier)"), tiers)
        self.stackable = QCheckBox(self.tr("May be used together with other coupons"))
        form.addRow("", self.stackable)
        self.purpose = QComboBox()
        for purpose in CouponPurpose:
            self.purpose.addItem(money_labels.coupon_purpose(purpose), purpose)
        form.addRow(self.tr("Given out by"), self.purpose)
        for edit in self._edits():
            edit.returnPressed.connect(self.apply)  # Enter saves, as in a dialog
        self.error = QLabel()
        self.error.setObjectName("coupon_template_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.save = QPushButton(self.tr("Add the coupon"))
        self.save.clicked.connect(self.apply)
        self.note = note_label()
        column.addWidget(self.box)
        column.addWidget(self.note)
        column.addWidget(self.error)
        column.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(outer)
        self._kind_changed()
        self._validity_changed()
        self.load()
        self._actor_changed()
        ctx.actor_changed.connect(self._actor_changed)

    # -- who may, what shows ------------------------------------------------------------------

    def _may_manage(self) -> bool:
        return self.ctx.signed_in and allowed(self.ctx.actor, Permission.MANAGE_COUPONS)

    def _actor_changed(self, _actor: object = None) -> None:
        follow_permission(self.ctx, Permission.MANAGE_COUPONS, self.box, self.save, self.note)
        self.retire_button.setVisible(self._may_manage())
        self._selection_changed()

    def _edits(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.amount, self.percent, self.cap, self.min_spend, self.days)

    def _kind_changed(self) -> None:
        percent = self.kind.currentData() == CouponKind.PERCENT_OFF
        self.amount.setEnabled(not percent)
        self.percent.setEnabled(percent)
        self.cap.setEnabled(percent)

    def _validity_changed(self) -> None:
        by_days = self.validity.currentData() == "days"
        self.days.setEnabled(by_days)
        self.valid_from.setEnabled(not by_days)
        self.valid_to.setEnabled(not by_days)

    def _selection_changed(self) -> None:
        row = self._chosen()
        self.retire_button.setEnabled(row is not None and row.active)

    def _chosen(self) -> TemplateRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) and self.table.selectedItems() else None

    def reset_for_next_user(self) -> None:
        """Locked (F12): what the last person typed and was told goes."""
        for edit in self._edits():
            edit.clear()
        for box in (*self.categories.values(), *self.tiers.values(), self.stackable):
            box.setChecked(False)
        self.kind.setCurrentIndex(0)
        self.validity.setCurrentIndex(0)
        self.purpose.setCurrentIndex(0)
        self._show_problem("", None)

    # -- the list ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Each time the page shows: templates another counter added or retired appear."""
        super().showEvent(event)
        self.load()

    def load(self) -> None:
        self.rows = coupon_templates.templates(self.ctx.db, self.ctx.store_id)
        self.table.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            for col, text in enumerate(self._cells(row)):
                self.table.setItem(n, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self._selection_changed()

    def _cells(self, row: TemplateRow) -> list[str]:
        terms = row.terms
        if terms.kind is CouponKind.AMOUNT_OFF:
            takes = format_fen(terms.amount_fen)
        elif terms.cap_fen:
            takes = self.tr("%1 % off, at most %2").replace("%1", str(terms.percent_off))
            takes = takes.replace("%2", format_fen(terms.cap_fen))
        else:
            takes = self.tr("%1 % off").replace("%1", str(terms.percent_off))
        if row.valid_days:
            valid = self.tr("%n day(s) from issue", "", row.valid_days)
        else:
            start = row.valid_from.isoformat() if row.valid_from else ""
            valid = f"{start} – {row.valid_to.isoformat() if row.valid_to else ''}"
        comma = self.tr(", ")  # 、 in Chinese
        goods = comma.join(member_labels.size_category(c) for c in SizeCategory if c in terms.categories)
        tiers = comma.join(member_labels.tier(t) for t in Tier if t in row.tiers)
        return [
            row.name,
            takes,
            format_fen(terms.min_spend_fen) if terms.min_spend_fen else self.tr("None"),
            valid,
            goods or self.tr("All"),
            tiers or self.tr("Every tier"),
            self.tr("Yes") if terms.stackable else self.tr("No"),
            money_labels.coupon_purpose(row.purpose),
            self.tr("Active") if row.active else self.tr("Retired"),
        ]

    # -- saving --------------------------------------------------------------------------------

    def _field_widget(self, field: str | None) -> QWidget | None:
        return {
            "name": self.name,
            "amount": self.amount,
            "amount_fen": self.amount,
            "percent_off": self.percent,
            "cap": self.cap,
            "cap_fen": self.cap,
            "min_spend": self.min_spend,
            "min_spend_fen": self.min_spend,
            "valid_days": self.days,
            "valid_to": self.days if self.validity.currentData() == "days" else self.valid_to,
        }.get(field or "")

    def _problem(self, field: str | None) -> str:
        """What a value out of range means, in the manager's words ("" when the service's own
        message already says it)."""
        if field == "percent_off":
            return self.tr("The percentage off is a whole number from 1 to 90.")
        if field == "amount_fen":
            return self.tr("The amount off is between ¥0.01 and ¥100,000.00.")
        if field == "cap_fen":
            return self.tr("The cap is at most ¥100,000.00; leave it empty for no cap.")
        if field == "min_spend_fen":
            return self.tr("The minimum spend is at most ¥1,000,000.00.")
        if field == "valid_days":
            return self.tr("A coupon is valid for 1 to 3,650 days.")
        return ""

    def _show_problem(self, text: str, field: str | None) -> None:
        for edit in (
            self.name,
            self.amount,
            self.percent,
            self.cap,
            self.min_spend,
            self.days,
            self.valid_to,
        ):
            edit.setStyleSheet("")
        self.error.setText(text)
        widget = self._field_widget(field)
        if widget is not None and text:
            widget.setStyleSheet(BAD_FIELD)
            widget.setFocus()

    def _form(self) -> coupons.TemplateForm | None:
        """The form as typed; None (with the problem shown) when a number is not a number."""
        kind = CouponKind(self.kind.currentData())
        percent = 0
        if kind is CouponKind.PERCENT_OFF:
            typed = self.percent.text().strip().rstrip("%").strip()
            if not typed.isdigit() or len(typed) > 3:
                self._show_problem(self._problem("percent_off"), "percent_off")
                return None
            percent = int(typed)
        days = 0
        by_days = self.validity.currentData() == "days"
        if by_days and self.days.text().strip():
            typed = self.days.text().strip()
            if not typed.isdigit() or len(typed) > 5:
                self._show_problem(self._problem("valid_days"), "valid_days")
                return None
            days = int(typed)
        return coupons.TemplateForm(
            name=self.name.text(),
            kind=kind,
            amount=self.amount.text() if kind is CouponKind.AMOUNT_OFF else "",
            percent_off=percent,
            cap=self.cap.text() if kind is CouponKind.PERCENT_OFF else "",
            min_spend=self.min_spend.text(),
            valid_from=None if by_days else _day(self.valid_from),
            valid_to=None if by_days else _day(self.valid_to),
            valid_days=days,
            categories=tuple(c.value for c, box in self.categories.items() if box.isChecked()),
            tiers=tuple(t for t, box in self.tiers.items() if box.isChecked()),
            stackable=self.stackable.isChecked(),
            purpose=CouponPurpose(self.purpose.currentData()),
        )

    def apply(self) -> None:
        if not self._may_manage():
            return
        form = self._form()
        if form is None:
            return
        try:
            coupons.create_template(self.ctx.db, self.ctx.actor, form)
        except ServiceError as err:
            self._show_problem(self._problem(err.field) or translate_error(err), err.field)
            return
        self.reset_for_next_user()
        self.load()
        self.ctx.data_changed.emit("settings")
        self.ctx.data_changed.emit(COUPON_TEMPLATES_CHANGED)
        self.ctx.info(self.tr("Coupon “%1” added.").replace("%1", form.name.strip()))

    @classmethod
    def confirm_retire(cls, parent: QWidget, name: str) -> bool:
        """Ask before retiring (it cannot be undone; a classmethod so that tests can answer it)."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("CouponTemplatesSection", "Retire the coupon"),
            QCoreApplication.translate(
                "CouponTemplatesSection",
                "Retire “%1”? No more will be given out, and this cannot be undone; "
                "those already given stay valid.",
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def retire(self) -> None:
        row = self._chosen()
        if row is None or not self._may_manage() or not type(self).confirm_retire(self, row.name):
            return
        try:
            coupon_templates.retire(self.ctx.db, self.ctx.actor, row.id)
        except ServiceError as err:
            self._show_problem(translate_error(err), None)
            return
        self.load()
        self.ctx.data_changed.emit("settings")
        self.ctx.data_changed.emit(COUPON_TEMPLATES_CHANGED)
        self.ctx.info(
            self.tr("Coupon “%1” retired: no more are given out; those given stay valid.").replace(
                "%1", row.name
            )
        )


def _day(edit: QDateEdit) -> dt.date:
    day = edit.date()
    return dt.date(day.year(), day.month(), day.day())
