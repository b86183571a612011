"""Member money on the Settings page (manager only): top-up bonus tiers, how a balance is
spent, how the member shows they are present, and when points expire, with a preview."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.expiry import ExpiryPolicy, ExpiryRule
from memberdesk.domain.money import format_fen
from memberdesk.domain.wallet import MAX_RULES, Presence, SpendOrder, TopupRule, WalletRules
from memberdesk.services.common.inputs import money
from memberdesk.services.money import rules as wallet_rules
from memberdesk.services.rewards import expiry
from memberdesk.services.staff.permissions import Permission
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.settings_sections import amount_edit, compact_form, follow_permission, note_label


class MoneySettingsSection(QWidget):
    """Edit and save ``WalletRules`` and the points ``ExpiryPolicy``; read-only unless the
    signed-in role may manage rules. A refused save says which rule and keeps what was typed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        box = QGroupBox(self.tr("Member money: stored value and points expiry"))
        form = QFormLayout(box)
        compact_form(form)
        self.enabled = QCheckBox(self.tr("The store takes stored value (储值)"))
        form.addRow(self.enabled)
        self.min_topup = amount_edit()
        form.addRow(self.tr("Smallest top-up (yuan)"), self.min_topup)
        tiers = QWidget()
        grid = QGridLayout(tiers)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Pay (yuan)")), 0, 0)
        grid.addWidget(QLabel(self.tr("Get (yuan)")), 0, 1)
        self.tiers: list[tuple[QLineEdit, QLineEdit]] = []
        for row in range(MAX_RULES):
            pay, get = amount_edit(), amount_edit()
            grid.addWidget(pay, row + 1, 0)
            grid.addWidget(get, row + 1, 1)
            self.tiers.append((pay, get))
        form.addRow(self.tr("Top-up bonus (充值送): the highest tier reached"), tiers)
        self.spend_order = QComboBox()
        self.spend_order.addItem(
            self.tr("In proportion: principal and bonus together"), SpendOrder.PROPORTIONAL
        )
        self.spend_order.addItem(self.tr("Principal first, the bonus last"), SpendOrder.BONUS_LAST)
        form.addRow(self.tr("A sale spends"), self.spend_order)
        self.chosen = QLabel()
        self.chosen.setObjectName("money_spend_order_chosen")
        self.chosen.setWordWrap(False)  # a wrapped label in a compact form overlaps the next row
        form.addRow("", self.chosen)
        self.presence = QComboBox()
        self.presence.addItem(self.tr("The member types their PIN"), Presence.PIN)
        self.presence.addItem(self.tr("The member's card is scanned"), Presence.CARD)
        form.addRow(self.tr("Before the balance pays"), self.presence)
        self.expiry_rule = QComboBox()
        self.expiry_rule.addItem(self.tr("Never"), ExpiryRule.NEVER)
        self.expiry_rule.addItem(
            self.tr("At the end of the year after they were earned"), ExpiryRule.END_OF_NEXT_YEAR
        )
        self.expiry_rule.addItem(
            self.tr("A number of months after they were earned"), ExpiryRule.ROLLING_MONTHS
        )
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setSuffix(self.tr(" months"))
        self.expiry_rule.currentIndexChanged.connect(self._rule_changed)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expiry_rule)
        expiry_row.addWidget(self.months)
        form.addRow(self.tr("Points expire"), expiry_row)
        self.preview_button = QPushButton(self.tr("Preview the next expiry"))
        self.preview_button.clicked.connect(self.preview)
        self.preview_text = QLabel()
        self.preview_text.setObjectName("money_expiry_preview")
        self.preview_text.setWordWrap(False)
        form.addRow(self.preview_button, self.preview_text)
        self.error = QLabel()
        self.error.setObjectName("money_settings_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.save = QPushButton(self.tr("Save member money rules"))
        self.save.clicked.connect(self.apply)
        self.note = note_label()
        self.box = box
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        self.load()
        self._actor_changed()
        ctx.actor_changed.connect(self._actor_changed)

    def _actor_changed(self, _actor: object = None) -> None:
        follow_permission(self.ctx, Permission.MANAGE_RULES, self.box, self.save, self.note)

    def _rule_changed(self) -> None:
        self.months.setEnabled(self.expiry_rule.currentData() is ExpiryRule.ROLLING_MONTHS)

    def _say_spend_order(self, order: SpendOrder) -> None:
        self.chosen.setText(
            self.tr("The store has chosen: principal and bonus in proportion to the balance.")
            if order is SpendOrder.PROPORTIONAL
            else self.tr("The store has chosen: the principal first, the bonus only when it runs out.")
        )

    def load(self) -> None:
        rules = wallet_rules.get(self.ctx.db, self.ctx.store_id)
        self.enabled.setChecked(rules.enabled)
        self.min_topup.setText(format_fen(rules.min_topup_fen, symbol=False))
        for n, (pay, get) in enumerate(self.tiers):
            rule = rules.topup_rules[n] if n < len(rules.topup_rules) else None
            pay.setText(format_fen(rule.pay_fen, symbol=False) if rule else "")
            get.setText(format_fen(rule.bonus_fen, symbol=False) if rule else "")
        self.spend_order.setCurrentIndex(self.spend_order.findData(rules.spend_order))
        self._say_spend_order(rules.spend_order)
        self.presence.setCurrentIndex(self.presence.findData(rules.presence))
        policy = expiry.load_policy(self.ctx.db, self.ctx.store_id)
        self.expiry_rule.setCurrentIndex(self.expiry_rule.findData(policy.rule))
        self.months.setValue(policy.months)
        self._rule_changed()

    def _policy(self) -> ExpiryPolicy:
        return ExpiryPolicy(ExpiryRule(self.expiry_rule.currentData()), self.months.value())

    def _rules(self) -> WalletRules:
        tiers = []
        for pay, get in self.tiers:
            if not pay.text().strip() and not get.text().strip():
                continue
            paid = money(pay.text(), "topup_rules")
            tiers.append(TopupRule(paid, money(get.text(), "topup_rules", allow_zero=True)))
        return WalletRules(
            enabled=self.enabled.isChecked(),
            topup_rules=tuple(sorted(tiers)),
            spend_order=SpendOrder(self.spend_order.currentData()),
            presence=Presence(self.presence.currentData()),
            min_topup_fen=money(self.min_topup.text(), "min_topup_fen"),
        )

    def _problem(self, field: str | None) -> str:
        """What a rule out of range means, in the manager's words."""
        if field == "topup_rules":
            return self.tr(
                "Each bonus tier pays between ¥0.01 and ¥100,000.00 and gives at most what is paid; "
                "no two tiers pay the same."
            )
        if field == "min_topup_fen":
            return self.tr("The smallest top-up is between ¥0.01 and ¥100,000.00.")
        return ""

    def apply(self) -> None:
        try:
            rules = self._rules()
            bad = rules.problems()
            if bad:  # said here, in the manager's words, before the service refuses it
                self.error.setText(self._problem(bad[0]))
                return
            wallet_rules.save(self.ctx.db, self.ctx.actor, rules)
            expiry.save_policy(self.ctx.db, self.ctx.actor, self._policy())
        except ServiceError as err:
            self.error.setText(self._problem(err.field) or translate_error(err))
            return
        self.error.clear()
        self._say_spend_order(rules.spend_order)
        self.ctx.data_changed.emit("settings")
        self.ctx.info(self.tr("Member money rules saved."))

    def preview(self) -> None:
        """What the next run (the end of today) would expire under the policy shown."""
        try:
            found = expiry.run(
                self.ctx.db, self.ctx.actor, day=dt.date.today(), apply=False, policy=self._policy()
            )
        except ServiceError as err:
            self.preview_text.setText(translate_error(err))
            return
        points = sum(item.points for item in found)
        self.preview_text.setText(
            self.tr("At the end of today %1 points of %n member(s) would expire.", "", len(found)).replace(
                "%1", f"{points:,}"
            )
        )
