"""Building the Reports page for the manager leaves the keys where they were: no part of the
page may show itself as a window of its own before it is in its row."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.reports.reports_page import ReportsPage
from memberdesk.ui.widgets.windows import top_level_widgets
from tests.ui.counter_steps import demo_window, sign_in


def test_building_the_reports_page_for_the_manager_takes_no_focus_and_opens_no_window(
    demo_db: object, qtbot: QtBot
) -> None:
    win: MainWindow = demo_window(demo_db, qtbot)  # type: ignore[arg-type]
    sign_in(qtbot, win, "M01", "8888")
    box = win.counter.search_box
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    page = win.page(4)
    assert isinstance(page, ReportsPage)
    QApplication.processEvents()
    assert QApplication.focusWidget() is box
    assert [w for w in top_level_widgets() if w.isVisible() and w is not win] == []
    assert page.liability_button.isVisibleTo(page)  # the manager's button, in its row
