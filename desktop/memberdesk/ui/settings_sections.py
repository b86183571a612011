"""Sections of the Settings page contributed by each area (points rules, return limits ...).

Each entry names a module and a QWidget class built as ``cls(ctx)``; missing modules are
skipped, so an area adds its section without editing the Settings page.
"""

from __future__ import annotations

SECTIONS: tuple[tuple[str, str], ...] = (
    ("memberdesk.ui.sales_settings", "SalesRulesSection"),  # points, tiers, return window, refund limit
    ("memberdesk.ui.complaint_settings", "ComplaintRulesSection"),  # response targets, compensation limits
    ("memberdesk.ui.care_settings", "CareSettingsSection"),  # card texts, logo
)
