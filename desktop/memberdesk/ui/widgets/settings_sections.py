"""Sections of the Settings page contributed by each area (points rules, return limits ...).

Each entry names a module and a QWidget class built as ``cls(ctx)``; missing modules are
skipped, so an area adds its section without editing the Settings page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.widgets import labels
from memberdesk.ui.widgets.context import AppContext

SECTIONS: tuple[tuple[str, str], ...] = (
    ("memberdesk.ui.settings.printer", "PrinterSection"),  # this counter's receipt printer, drawer
    ("memberdesk.ui.display.settings", "DisplaySection"),  # this counter's customer display
    ("memberdesk.ui.sales.settings", "SalesRulesSection"),  # points, tiers, return window, refund limit
    (
        "memberdesk.ui.service.complaint_settings",
        "ComplaintRulesSection",
    ),  # response targets, compensation limits
    ("memberdesk.ui.care.settings", "CareSettingsSection"),  # card texts, logo
    ("memberdesk.ui.money.settings", "MoneySettingsSection"),  # top-up bonus, spend order, expiry
    ("memberdesk.ui.money.coupon_templates", "CouponTemplatesSection"),  # coupon templates
    ("memberdesk.ui.settings.scorecard_targets", "StaffTargetsSection"),  # targets and bonuses by role
)


# What ``data_changed`` says when the store's coupon templates changed (the Coupons section
# defines them; the care coupons on the same page offer them).
COUPON_TEMPLATES_CHANGED = "coupon_templates"


def follow_permission(
    ctx: AppContext, permission: Permission, box: QWidget, save: QWidget, note: QLabel
) -> None:
    """Let the signed-in person edit ``box`` only with ``permission``; otherwise say who can.

    Called at start and whenever someone else signs in: the Settings page is built before
    anyone has signed in, so what may be edited is decided per person, not once.
    """
    editable = ctx.signed_in and allowed(ctx.actor, permission)
    box.setEnabled(editable)
    save.setVisible(editable)
    note.setText("" if editable or not ctx.signed_in else labels.who_may_change(permission))
    note.setVisible(bool(note.text()))


def note_label() -> QLabel:
    """The grey line under a section that says who may change it."""
    note = QLabel()
    note.setObjectName("settings_permission_note")
    note.setWordWrap(True)
    note.setStyleSheet("color: #6b7280;")
    return note


def compact_form(form: QFormLayout) -> None:
    """Fields as wide as their content needs (a number of days is not 1,000 px wide)."""
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)


def amount_edit(chars: int = 10) -> QLineEdit:
    """A line edit for an amount in yuan: room for ``chars`` digits, no more."""
    edit = QLineEdit()
    width = edit.fontMetrics().horizontalAdvance("0" * chars) + 16
    edit.setFixedWidth(width)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit
