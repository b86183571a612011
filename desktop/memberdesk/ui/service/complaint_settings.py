"""The manager's complaint rules on the Settings page: response targets and compensation limits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from memberdesk.domain.complaints import ComplaintRules
from memberdesk.domain.errors import ServiceError
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import Role, Severity
from memberdesk.services.sales.recording import money
from memberdesk.services.service import complaint_rules as rules_svc
from memberdesk.services.staff.permissions import Permission
from memberdesk.ui.widgets import complaint_labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.settings_sections import amount_edit, compact_form, follow_permission, note_label


class ComplaintRulesSection(QWidget):
    """Edit and save ``ComplaintRules``; read-only unless the signed-in role may manage rules."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        box = QGroupBox(self.tr("Complaints: response targets and compensation limits"))
        form = QFormLayout(box)
        compact_form(form)
        self.respond: dict[Severity, QSpinBox] = {}
        self.resolve: dict[Severity, QSpinBox] = {}
        for sev in (Severity.HIGH, Severity.MEDIUM, Severity.LOW):
            label = complaint_labels.severity(sev)
            self.respond[sev] = self._hours(24 * 30)
            self.resolve[sev] = self._hours(24 * 90)
            form.addRow(self.tr("%1: a supervisor takes it within").replace("%1", label), self.respond[sev])
            form.addRow(self.tr("%1: resolved within").replace("%1", label), self.resolve[sev])
        self.follow_days = QSpinBox()
        self.follow_days.setRange(1, 60)
        form.addRow(self.tr("Follow up within (days)"), self.follow_days)
        self.clerk_limit = amount_edit()
        self.supervisor_limit = amount_edit()
        form.addRow(self.tr("Compensation a clerk may grant (yuan)"), self.clerk_limit)
        form.addRow(self.tr("Compensation a supervisor may grant (yuan)"), self.supervisor_limit)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.save = QPushButton(self.tr("Save complaint rules"))
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

    def _hours(self, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, high)
        spin.setSuffix(self.tr(" h"))
        return spin

    def load(self) -> None:
        r = rules_svc.get_complaint_rules(self.ctx.db, self.ctx.store_id)
        for sev, spin in self.respond.items():
            spin.setValue(r.respond_hours[sev])
        for sev, spin in self.resolve.items():
            spin.setValue(r.resolve_hours[sev])
        self.follow_days.setValue(r.follow_up_days)
        self.clerk_limit.setText(format_fen(r.compensation_limit_fen[Role.CLERK], symbol=False))
        self.supervisor_limit.setText(format_fen(r.compensation_limit_fen[Role.SUPERVISOR], symbol=False))

    def apply(self) -> None:
        try:
            rules = ComplaintRules(
                respond_hours={s: spin.value() for s, spin in self.respond.items()},
                resolve_hours={s: spin.value() for s, spin in self.resolve.items()},
                follow_up_days=self.follow_days.value(),
                compensation_limit_fen={
                    Role.CLERK: money(self.clerk_limit.text(), "clerk_limit", allow_zero=True),
                    Role.SUPERVISOR: money(self.supervisor_limit.text(), "supervisor_limit", allow_zero=True),
                },
            )
            rules_svc.save_complaint_rules(self.ctx.db, self.ctx.actor, rules)
        except ServiceError as err:
            self.error.setText(translate_error(err))
            return
        self.error.clear()
        self.ctx.data_changed.emit("settings")
        self.ctx.info(self.tr("Complaint rules saved."))
