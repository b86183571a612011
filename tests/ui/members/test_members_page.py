"""The Members page: the paged list and an import run on a worker."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.domain.vocab import Role, Tier
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.members.listing import MemberFilter
from memberdesk.store.database import Database
from memberdesk.store.models import Member
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.members import member_list_model
from memberdesk.ui.members.members_page import MembersPage
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import TEST_PINS, Shop, demo_actor
from tests.tools.screens_module import screens
from tests.ui.page_steps import focused, go_to, sign_in, type_text


def test_list_pages_in_and_passes_the_model_tester(
    ctx: AppContext,
    sqlite_shop: Shop,
    qtbot: QtBot,
    qtmodeltester,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(member_list_model, "PAGE", 3)
    for i in range(7):
        enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone=f"1381234560{i}", name=f"会员{i}"))
    ctx.set_actor(sqlite_shop.clerk)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 3 and page.count.text() == page.tr("Counting…")
    qtbot.waitUntil(lambda: page.model.total == 7)
    while page.model.canFetchMore(page.model.index(-1, -1)):
        page.model.fetchMore(page.model.index(-1, -1))
    assert [r.name for r in page.model.rows] == [f"会员{i}" for i in range(7)]
    assert page.model.rows[0].masked_phone == "138****5600"
    assert not page.import_button.isEnabled()  # a clerk may not import
    qtmodeltester.check(page.model)


def test_import_dry_run_then_import(ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([["手机", "姓名"], ["13812345678", "张伟"], ["1", "坏"]])
    ctx.set_actor(sqlite_shop.manager)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.start_import(path, dry_run=True)
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10_000)
    assert page.last_report is not None and page.last_report.added == 1
    assert "Row 3" in page.report.text()  # the rejected row is listed
    with sqlite_shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0
    page.confirm.click()
    qtbot.waitUntil(lambda: page.last_report is not None and not page.last_report.dry_run, timeout=10_000)
    qtbot.waitUntil(lambda: page.model.total == 1)
    page.export_to(tmp_path / "out.csv")
    dialog = page.approval_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.pin)
    qtbot.keyClicks(focused(), TEST_PINS[Role.MANAGER])
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10_000)
    assert "张伟" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")


def test_a_workbook_with_several_sheets_lets_the_clerk_choose_and_says_which_was_read(
    ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    first.title = "说明"
    first.append(["本表第二页是会员名单"])
    for title, rows in (("老会员", [["13812345678", "张伟", 300]]), ("新会员", [["13912345678", "李娜", 0]])):
        sheet = book.create_sheet(title)
        sheet.append(["XX服饰 会员名单（2024年）"])
        sheet.append(["手机", "姓名", "积分"])
        for row in rows:
            sheet.append(row)
    path = tmp_path / "members.xlsx"
    book.save(path)
    ctx.set_actor(sqlite_shop.manager)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.choose_file(path)
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10_000)
    assert page.sheet.isVisible() and page.sheet.count() == 4  # "with a phone column" + 3 sheets
    assert "老会员" in page.report.text()  # the first sheet with a phone column, and it says so
    assert "300" in page.report.text()  # the opening points it would write
    page.last_report = None
    page.sheet.setCurrentIndex(page.sheet.findData("新会员"))
    page.sheet.activated.emit(page.sheet.currentIndex())
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10_000)
    assert page.last_report is not None and page.last_report.sheet == "新会员"
    assert "新会员" in page.report.text()
    page.last_report = None
    page.confirm.click()
    qtbot.waitUntil(lambda: page.last_report is not None and not page.last_report.dry_run, timeout=10_000)
    with sqlite_shop.db.read() as s:
        assert list(s.scalars(select(Member.name))) == ["李娜"]


# --- the page in the main window, on the demo store -----------------------------------------


@pytest.fixture
def demo_window(demo_db: Database, qtbot: QtBot) -> Iterator[MainWindow]:
    ctx = AppContext(demo_db, 1, "demo")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window


def members_page(qtbot: QtBot, window: MainWindow, code: str, pin: str) -> MembersPage:
    sign_in(qtbot, window, demo_actor(window.ctx.db, code).staff_id, pin)
    page = go_to(qtbot, window, "members")
    assert isinstance(page, MembersPage)
    qtbot.waitUntil(lambda: focused() is page.search)
    return page


def some_member(db: Database) -> Member:
    with db.read() as s:
        m = s.scalars(select(Member).order_by(Member.id).offset(123).limit(1)).one()
        s.expunge(m)
        return m


def test_typing_in_the_box_finds_members_and_the_tier_narrows_them(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = members_page(qtbot, demo_window, "C01", "1111")
    qtbot.waitUntil(lambda: page.model.total == 300 and "300" in page.count.text())
    m = some_member(demo_window.ctx.db)
    type_text(qtbot, m.phone_last4)
    qtbot.waitUntil(lambda: (page.model.total or 300) < 300)
    assert m.id in [r.id for r in page.model.rows]
    assert all(r.masked_phone.endswith(m.phone_last4) or m.phone_last4 in r.card_no for r in page.model.rows)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.tier
    while page.tier.currentData() != m.tier.value:
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: all(r.tier is m.tier for r in page.model.rows))
    assert m.id in [r.id for r in page.model.rows]
    others = [t for t in Tier if t is not m.tier]
    qtbot.keyClick(focused(), Qt.Key.Key_Down if others[-1] > m.tier else Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: m.id not in [r.id for r in page.model.rows])


def test_a_name_typed_through_the_input_method_finds_the_member(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = members_page(qtbot, demo_window, "C01", "1111")
    m = some_member(demo_window.ctx.db)
    type_text(qtbot, m.name)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert m.id in [r.id for r in page.model.rows]
    assert all(r.name.startswith(m.name) for r in page.model.rows)


def test_card_numbers_and_headers_show_whole(demo_window: MainWindow, qtbot: QtBot) -> None:
    page = members_page(qtbot, demo_window, "M01", "8888")
    assert [str(o) for o in screens.clipped(page.table, "members")] == []


def test_greyed_import_and_export_say_who_may_use_them(demo_window: MainWindow, qtbot: QtBot) -> None:
    page = members_page(qtbot, demo_window, "C01", "1111")
    assert not page.import_button.isEnabled() and not page.export_button.isEnabled()
    assert "manager" in page.import_button.toolTip()
    assert "supervisor" in page.export_button.toolTip()
    assert page.permission_note.isVisible() and "manager" in page.permission_note.text()


def test_the_manager_sees_no_permission_note(demo_window: MainWindow, qtbot: QtBot) -> None:
    page = members_page(qtbot, demo_window, "M01", "8888")
    assert page.import_button.isEnabled() and not page.permission_note.isVisible()


def test_double_click_or_enter_opens_the_member_on_the_counter(demo_window: MainWindow, qtbot: QtBot) -> None:
    page = members_page(qtbot, demo_window, "C01", "1111")
    m = some_member(demo_window.ctx.db)
    type_text(qtbot, m.card_no)
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows] == [m.id])
    opened: list[int] = []
    demo_window.ctx.open_member.connect(opened.append)
    at = page.table.visualRect(page.model.index(0, 1)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=at)  # a double click's first half
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert opened == [m.id]  # once
    counter = demo_window.page_widgets[0]
    qtbot.waitUntil(counter.isVisible)
    assert counter.card.member_id == m.id  # type: ignore[attr-defined]
    page = go_to(qtbot, demo_window, "members")
    qtbot.waitUntil(lambda: focused() is page.search)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # past the tier and tag choices, into the list
    assert focused() is page.table
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(counter.isVisible)
    assert counter.card.member_id == m.id  # type: ignore[attr-defined]


def test_a_member_opened_from_the_list_does_not_leave_the_counter_on_the_old_search(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = members_page(qtbot, demo_window, "C01", "1111")
    m = some_member(demo_window.ctx.db)
    counter = demo_window.page_widgets[0]
    go_to(qtbot, demo_window, "counter")
    qtbot.waitUntil(lambda: focused() is counter.search_box)  # type: ignore[attr-defined]
    type_text(qtbot, "张")  # the previous customer's search
    qtbot.waitUntil(lambda: counter.model.rowCount() > 0)  # type: ignore[attr-defined]
    page = go_to(qtbot, demo_window, "members")
    qtbot.waitUntil(lambda: focused() is page.search)
    type_text(qtbot, m.card_no)
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows] == [m.id])
    for _ in range(3):  # past the tier and tag choices, into the list
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(counter.isVisible)
    assert counter.card.member_id == m.id  # type: ignore[attr-defined]
    assert counter.search_box.text() == ""  # type: ignore[attr-defined]
    assert counter.model.rowCount() == 0  # type: ignore[attr-defined]


def test_a_count_that_arrives_after_the_clerk_typed_on_is_dropped(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from memberdesk.services.members import listing

    page = members_page(qtbot, demo_window, "C01", "1111")
    qtbot.waitUntil(lambda: page.model.total == 300)
    real_count = listing.count_members
    release = threading.Event()

    def slow_for_one(db: Database, actor: object, member_filter: MemberFilter | None = None) -> int:
        if member_filter is not None and member_filter.text == "1":
            release.wait(10)  # the count of "1" is still on its way when "13" is counted
        return real_count(db, actor, member_filter)  # type: ignore[arg-type]

    monkeypatch.setattr(listing, "count_members", slow_for_one)
    type_text(qtbot, "1")
    qtbot.waitUntil(lambda: page.model.member_filter.text == "1")
    assert page.count.text() == page.tr("Counting…")  # the window took the key, the count waits
    box_width = page.search.width()
    type_text(qtbot, "3")
    qtbot.waitUntil(lambda: page.model.member_filter.text == "13" and page.model.total is not None)
    thirteen = page.count.text()
    QApplication.processEvents()  # the layout takes the new text
    assert page.search.width() == box_width  # the box does not jump as the count comes and goes
    assert page.model.total == real_count(demo_window.ctx.db, page.ctx.actor, MemberFilter("13"))
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()  # the late answer's signal is delivered, and dropped
    assert page.count.text() == thirteen
    assert page.model.total == real_count(demo_window.ctx.db, page.ctx.actor, MemberFilter("13"))
