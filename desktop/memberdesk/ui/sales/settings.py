"""The manager's sales rules on the Settings page: points, tiers, returns, refunds, the member
price per tier, the birthday-week points and the referral reward."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.money import format_fen
from memberdesk.domain.points import TIER_ORDER
from memberdesk.domain.vocab import Tier
from memberdesk.services.sales import member_rules
from memberdesk.services.sales import rules as rules_svc
from memberdesk.services.sales.recording import money
from memberdesk.services.staff.permissions import Permission
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.settings_sections import amount_edit, compact_form, follow_permission, note_label


class SalesRulesSection(QWidget):
    """Edit and save ``SalesRules``; read-only unless the signed-in role may manage rules."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        box = QGroupBox(self.tr("Sales, points and returns"))
        form = QFormLayout(box)
        compact_form(form)
        self.yuan_per_point = amount_edit()
        self.redeem_fen = QSpinBox()
        self.redeem_fen.setRange(0, 10_000)
        self.return_days = QSpinBox()
        self.return_days.setRange(0, 3650)
        self.limit = amount_edit()
        form.addRow(self.tr("Spend per point (yuan)"), self.yuan_per_point)
        form.addRow(self.tr("One point pays (fen)"), self.redeem_fen)
        form.addRow(self.tr("Return window (days)"), self.return_days)
        form.addRow(self.tr("Refund limit without supervisor (yuan)"), self.limit)
        self.multiplier: dict[Tier, QSpinBox] = {}
        self.threshold: dict[Tier, QLineEdit] = {}
        for tier in TIER_ORDER:
            spin = QSpinBox()
            spin.setRange(0, 1000)
            spin.setSuffix(" %")
            self.multiplier[tier] = spin
            form.addRow(self.tr("Points multiplier: %1").replace("%1", member_labels.tier(tier)), spin)
        self.birthday: dict[Tier, QSpinBox] = {}
        for tier in TIER_ORDER:
            spin = QSpinBox()
            spin.setRange(0, 100_000)
            spin.setGroupSeparatorShown(True)
            self.birthday[tier] = spin
            form.addRow(self.tr("Birthday points: %1").replace("%1", member_labels.tier(tier)), spin)
        self.member_pct: dict[Tier, QSpinBox] = {}
        for tier in TIER_ORDER:
            spin = QSpinBox()
            spin.setRange(0, member_rules.MAX_MEMBER_PCT)
            spin.setSuffix(" %")
            self.member_pct[tier] = spin
            form.addRow(
                self.tr("Member price, percent off: %1").replace("%1", member_labels.tier(tier)), spin
            )
        self.birthday_times = QSpinBox()
        self.birthday_times.setRange(0, member_rules.MAX_MULTIPLIER)
        self.birthday_times.setPrefix("× ")
        self.birthday_times.setToolTip(self.tr("0 or 1: no extra points in the birthday week"))
        form.addRow(self.tr("Points in the member's birthday week"), self.birthday_times)
        self.referral = QSpinBox()
        self.referral.setRange(0, member_rules.MAX_REFERRAL_POINTS)
        self.referral.setGroupSeparatorShown(True)
        form.addRow(self.tr("Referral reward (points, on the new member's first sale)"), self.referral)
        for tier in TIER_ORDER[1:]:
            self.threshold[tier] = amount_edit()
            form.addRow(
                self.tr("12-month spend for %1 (yuan)").replace("%1", member_labels.tier(tier)),
                self.threshold[tier],
            )
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.save = QPushButton(self.tr("Save sales rules"))
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

    def load(self) -> None:
        r = rules_svc.get_rules(self.ctx.db, self.ctx.store_id)
        self.yuan_per_point.setText(format_fen(r.fen_per_point, symbol=False))
        self.redeem_fen.setValue(r.redeem_fen_per_point)
        self.return_days.setValue(r.return_window_days)
        self.limit.setText(format_fen(r.refund_limit_fen, symbol=False))
        for tier, spin in self.multiplier.items():
            spin.setValue(r.tier_multiplier_pct[tier])
        for tier, edit in self.threshold.items():
            edit.setText(format_fen(r.tier_threshold_fen[tier], symbol=False))
        for tier, spin in self.birthday.items():
            spin.setValue(r.birthday_points.get(tier, 0))
        m = member_rules.get(self.ctx.db, self.ctx.store_id)
        for tier, spin in self.member_pct.items():
            spin.setValue(m.member_pct.get(tier, 0))
        self.birthday_times.setValue(m.birthday_multiplier)
        self.referral.setValue(m.referral_points)

    def apply(self) -> None:
        try:
            # from the rules on file, so a rule this section does not show is kept as it is
            current = rules_svc.get_rules(self.ctx.db, self.ctx.store_id)
            new = dataclasses.replace(
                current,
                fen_per_point=money(self.yuan_per_point.text(), "fen_per_point"),
                tier_multiplier_pct={t: s.value() for t, s in self.multiplier.items()},
                tier_threshold_fen={
                    t: money(e.text(), "tier_threshold_fen") for t, e in self.threshold.items()
                },
                redeem_fen_per_point=self.redeem_fen.value(),
                return_window_days=self.return_days.value(),
                refund_limit_fen=money(self.limit.text(), "refund_limit_fen", allow_zero=True),
                birthday_points={t: s.value() for t, s in self.birthday.items()},
            )
            rules_svc.save_rules(self.ctx.db, self.ctx.actor, new)
            member_rules.save(
                self.ctx.db,
                self.ctx.actor,
                member_rules.MemberRules(
                    member_pct={t: s.value() for t, s in self.member_pct.items()},
                    birthday_multiplier=self.birthday_times.value(),
                    referral_points=self.referral.value(),
                ),
            )
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return
        self.error.clear()
        self.ctx.data_changed.emit("settings")
        self.ctx.info(self.tr("Sales rules saved."))
