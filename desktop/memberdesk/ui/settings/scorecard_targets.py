"""Targets per role and the incentive rules on the Settings page (the manager's): what the
staff scorecard measures each member of staff against, and the bonus it computes."""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
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
from memberdesk.domain.vocab import Role
from memberdesk.services.common.inputs import money
from memberdesk.services.scorecard import targets as targets_svc
from memberdesk.services.scorecard.targets import MAX_ENROLMENTS, MAX_THRESHOLD, RoleTargets
from memberdesk.services.staff.permissions import Permission
from memberdesk.ui.widgets import labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.settings_sections import amount_edit, compact_form, follow_permission, note_label

# The screen itself belongs to the Reports feature; reached by name, as features reach each other.
SCORECARD_SCREEN = ("memberdesk.ui.reports.scorecard_dialog", "ScorecardDialog")
AMOUNTS = ("sales_target_fen", "bonus_per_enrolment_fen", "bonus_per_referral_fen", "sales_bonus_fen")


class StaffTargetsSection(QWidget):
    """Edit and save one role's ``RoleTargets`` at a time; read-only unless the signed-in role
    may manage rules. A refused save names the field and keeps what was typed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        box = QGroupBox(self.tr("Staff scorecard: monthly targets and bonuses by role"))
        form = QFormLayout(box)
        compact_form(form)
        self.role = QComboBox()
        self.role.setObjectName("targets_role")
        for role in Role:
            self.role.addItem(labels.role(role), role.value)
        self.role.currentIndexChanged.connect(self.load)
        form.addRow(self.tr("Targets for"), self.role)
        self.amounts: dict[str, QLineEdit] = {name: amount_edit(12) for name in AMOUNTS}
        self.enrolments = QSpinBox()
        self.enrolments.setRange(0, MAX_ENROLMENTS)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0, MAX_THRESHOLD / 100)
        self.threshold.setDecimals(2)
        self.threshold.setSingleStep(0.05)
        self.threshold.setSpecialValueText(self.tr("none"))
        self.names = {
            "sales_target_fen": self.tr("Monthly sales target (yuan)"),
            "enrolment_target": self.tr("New members enrolled a month"),
            "satisfaction_threshold": self.tr(
                "Satisfaction needed for the sales bonus (perceived / expected)"
            ),
            "bonus_per_enrolment_fen": self.tr("Bonus per member enrolled (yuan)"),
            "bonus_per_referral_fen": self.tr("Bonus per new member referred (yuan)"),
            "sales_bonus_fen": self.tr("Sales bonus when the target is reached (yuan)"),
        }
        fields: dict[str, QWidget] = {
            **self.amounts,
            "enrolment_target": self.enrolments,
            "satisfaction_threshold": self.threshold,
        }
        for name, words in self.names.items():
            fields[name].setObjectName(f"targets_{name}")
            form.addRow(words, fields[name])
        self.error = QLabel()
        self.error.setObjectName("targets_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.save = QPushButton(self.tr("Save targets and bonuses"))
        self.save.setObjectName("targets_save")
        self.save.clicked.connect(self.apply)
        self.note = note_label()
        self.box = box
        # everyone may look at their own figures; the Reports page is for supervisors and the manager
        self.mine = QPushButton(self.tr("My scorecard…"))
        self.mine.setObjectName("my_scorecard")
        self.mine.clicked.connect(self.open_scorecard)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.mine, 0, Qt.AlignmentFlag.AlignLeft)
        self.load()
        self._actor_changed()
        ctx.actor_changed.connect(self._actor_changed)

    def _actor_changed(self, _actor: object = None) -> None:
        follow_permission(self.ctx, Permission.MANAGE_RULES, self.box, self.save, self.note)
        self.mine.setVisible(self.ctx.signed_in)

    def open_scorecard(self) -> None:
        """The scorecard screen: the clerk's own row, everyone's for a supervisor or the manager."""
        module, name = SCORECARD_SCREEN
        self.scorecard = getattr(importlib.import_module(module), name).open_for(self.ctx, self)

    def _chosen(self) -> Role:
        return Role(self.role.currentData())

    def load(self) -> None:
        t = targets_svc.get_targets(self.ctx.db, self.ctx.store_id)[self._chosen()]
        for name, edit in self.amounts.items():
            edit.setText(format_fen(getattr(t, name), symbol=False))
        self.enrolments.setValue(t.enrolment_target)
        self.threshold.setValue(t.satisfaction_threshold / 100)
        self.error.clear()

    def _typed(self) -> RoleTargets:
        fen = {name: money(edit.text(), name, allow_zero=True) for name, edit in self.amounts.items()}
        return RoleTargets(
            self._chosen(),
            enrolment_target=self.enrolments.value(),
            satisfaction_threshold=round(self.threshold.value() * 100),
            **fen,
        )

    def apply(self) -> None:
        try:
            targets_svc.save_targets(self.ctx.db, self.ctx.actor, self._typed())
        except ServiceError as err:
            field = self.names.get(err.field or "", "")
            self.error.setText(f"{field}: {translate_error(err)}" if field else translate_error(err))
            return
        self.error.clear()
        self.ctx.data_changed.emit("settings")
        self.ctx.info(self.tr("Targets and bonuses saved."))
