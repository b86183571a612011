"""The Reports page names the churn beside the training material's 10%–30% and lists the
members lost in the period, with their likely causes, a key press away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from memberdesk.ui.reports.reports_page import ReportsPage, cause_label
from tests.ui.reports.test_reports_page import (  # noqa: F401  (fixtures)
    _the_page_counts_from_the_store_s_last_day,
    page,
    store_file,
)


def test_who_stopped_coming_by_keyboard(page: ReportsPage, qtbot: QtBot) -> None:  # noqa: F811
    f = page.figures
    assert f is not None and f.churned_ids and f.churn_rate_year is not None
    text = page.summary.text()
    assert f"churn {f.churn_rate_year:.0%} a year (typical: 10%–30%)" in text
    assert (
        f"stopped coming: {f.churned_count:,} of the members active at the start ({f.churn_base:,})" in text
    )
    assert page.lost_button.isEnabled()
    page.lost_button.setFocus()
    qtbot.keyClick(page.lost_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.members.rowCount() == len(f.churned_ids), timeout=10_000)
    assert [page.members.rows[i].id for i in range(page.members.rowCount())] == f.churned_ids
    title = page.members_title.text()
    assert f"Stopped coming: {len(f.churned_ids)} member" in title
    for cause, n, _ in f.churn_causes:
        assert (f"{cause_label(cause)} {n:,}" in title) == bool(n)
    assert sum(n for _, n, _ in f.churn_causes) == f.churned_count == len(f.churned_ids)
