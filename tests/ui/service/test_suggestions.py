"""Suggestions (建议) on the Complaints page: supervisors read them by date and member."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.services.service.suggestions import record_suggestion
from memberdesk.store.database import Database
from memberdesk.store.models import Member
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.service.complaints_page import ComplaintsPage
from memberdesk.ui.service.suggestions_view import SuggestionsView
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import demo_actor
from tests.tools.screens_module import screens
from tests.ui.page_steps import click, focused, go_to, sign_in, type_text


@pytest.fixture
def demo_window(demo_db: Database, qtbot: QtBot) -> Iterator[MainWindow]:
    window = MainWindow(AppContext(demo_db, 1, "demo"))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window


def open_suggestions(qtbot: QtBot, window: MainWindow) -> SuggestionsView:
    page = go_to(qtbot, window, "complaints")
    assert isinstance(page, ComplaintsPage)
    bar = page.tabs.tabBar()
    click(qtbot, bar, bar.tabRect(1).center())
    qtbot.waitUntil(page.suggestions.isVisible)
    return page.suggestions


def member(db: Database, offset: int) -> Member:
    with db.read() as s:
        m = s.scalars(select(Member).order_by(Member.id).offset(offset).limit(1)).one()
        s.expunge(m)
        return m


def test_a_supervisor_reads_the_newest_suggestion_first_in_full(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    db = demo_window.ctx.db
    m = member(db, 3)
    long_text = "收银台旁边希望放一排椅子，" * 20
    record_suggestion(db, demo_actor(db, "C01"), m.id, long_text)
    sign_in(qtbot, demo_window, demo_actor(db, "S01").staff_id, "6666")
    view = open_suggestions(qtbot, demo_window)
    first = view.model.rows[0]
    assert (first.member_id, first.text) == (m.id, long_text.strip())
    assert m.name == view.model.index(0, 1).data() and m.card_no == view.model.index(0, 2).data()
    assert view.whole.text() == long_text.strip()  # the whole text, wrapped below the list
    assert "suggestion" in view.count.text()
    lately = view.model.total
    click(qtbot, view.member)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is view.period
    qtbot.keyClick(focused(), Qt.Key.Key_End)  # all of them: the demo store's are older
    assert view.model.total > lately
    QApplication.sendPostedEvents()  # the layout follows the new texts
    QApplication.processEvents()
    assert [str(o) for o in screens.clipped(view, "suggestions")] == []


def test_typing_a_member_narrows_the_list_and_enter_opens_the_member(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    db = demo_window.ctx.db
    clerk = demo_actor(db, "C01")
    a, b = member(db, 7), member(db, 8)
    record_suggestion(db, clerk, a.id, "多进些大码")
    record_suggestion(db, clerk, b.id, "周末多开一个收银台")
    sign_in(qtbot, demo_window, demo_actor(db, "S01").staff_id, "6666")
    view = open_suggestions(qtbot, demo_window)
    click(qtbot, view.member)
    type_text(qtbot, a.phone)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert [r.member_id for r in view.model.rows] == [a.id]
    assert view.whole.text() == "多进些大码"
    click(qtbot, view.table, view.table.visualRect(view.model.index(0, 1)).center())
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    counter = demo_window.page_widgets[0]
    qtbot.waitUntil(counter.isVisible)
    assert counter.card.member_id == a.id  # type: ignore[attr-defined]


def test_a_new_suggestion_appears_without_reopening_the_page(demo_window: MainWindow, qtbot: QtBot) -> None:
    db = demo_window.ctx.db
    sign_in(qtbot, demo_window, demo_actor(db, "M01").staff_id, "8888")
    view = open_suggestions(qtbot, demo_window)
    before = view.model.total
    record_suggestion(db, demo_actor(db, "C01"), None, "洗手间指示牌不清楚")
    demo_window.ctx.data_changed.emit("suggestions")  # as the suggestion dialog announces it
    assert view.model.total == before + 1 and view.model.index(0, 1).data() == "(walk-in)"


def test_clerks_do_not_get_the_suggestions_tab(demo_window: MainWindow, qtbot: QtBot) -> None:
    db = demo_window.ctx.db
    sign_in(qtbot, demo_window, demo_actor(db, "C01").staff_id, "1111")
    page = go_to(qtbot, demo_window, "complaints")
    assert isinstance(page, ComplaintsPage)
    assert not page.tabs.isTabVisible(1) and page.tabs.currentIndex() == 0
