"""The Members page never has the GUI thread wait on a query that grows with the store.

The store here is big enough (60,000 members) that counting the whole member table costs the
database many times the instructions of one keyset page; the clerk types into the page's box
("w", "zh", "王", a phone's beginning) and the instructions the GUI thread ran for each key
stay under a bound that such a count exceeds (counted by SQLite, see ``gui_thread.py``).
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from memberdesk.services.members import listing
from memberdesk.services.members.listing import MemberFilter, count_members
from memberdesk.store.database import Database, connect
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.members.members_page import MembersPage
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import DEMO_PINS, demo_actor
from tests.ui.gui_thread import GuiThreadSteps
from tests.ui.page_steps import focused, go_to, sign_in, type_text

GENERATED = 4000
COPIES = 15  # the generated members and copies of them: the same names, other numbers
MEMBERS = GENERATED * COPIES


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from memberdesk.demo.build import DemoPlan, build_store

    path = tmp_path_factory.mktemp("big-store") / "demo.sqlite3"
    plan = DemoPlan(members=GENERATED, seed=11, until=dt.date(2026, 11, 30), sales_per_member=1.0)
    build_store(str(path), plan)
    with sqlite3.connect(path) as conn:
        for copy in range(1, COPIES):
            # a copy's phone keeps its first three digits (the carrier's) and takes eight of its
            # own, one per id; its card number's series is the copy's: nobody's number twice
            new_id = f"(id + {copy * GENERATED})"
            phone = f"substr(phone, 1, 3) || printf('%08d', {new_id} * 1237 % 100000000)"
            conn.execute(
                f"""INSERT INTO members SELECT {new_id}, store_id,
                'M' || printf('%03d', {copy + 1}) || substr(card_no, 5), {phone}, substr({phone}, -4),
                name, gender, birthday, birth_mmdd, birthday_lunar, lunar_mmdd, lunar_leap, email,
                address, occupation, hobbies, hair_type, skin_type, notes, ethnicity, religion,
                income_band, tier, status, channel, channel_detail, NULL, referrer_staff_id,
                enrolled_by_id, enrolled_at, updated_at, randomblob(16)
                FROM members WHERE id <= {GENERATED}"""
            )
            conn.execute(
                f"INSERT INTO member_keys SELECT key, member_id + {copy * GENERATED} FROM member_keys"
                f" WHERE member_id <= {GENERATED}"
            )
    return path


@pytest.fixture
def big_db(big_store: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(big_store, path)
    db = connect(path)
    yield db
    db.dispose()


@pytest.fixture
def steps(big_db: Database) -> Iterator[GuiThreadSteps]:
    counter = GuiThreadSteps(big_db)
    yield counter
    counter.remove()


@pytest.fixture
def window(big_db: Database, qtbot: QtBot) -> MainWindow:
    win = MainWindow(AppContext(big_db, 1, "demo"))
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def whole_table_count(db: Database, steps: GuiThreadSteps) -> int:
    """The instructions a count over every member costs when the GUI thread runs it."""
    steps.take()
    assert count_members(db, demo_actor(db, "M01"), MemberFilter()) == MEMBERS
    return steps.take()


def settled(page: MembersPage) -> bool:
    """The list shows what the box says, and the count is no longer on its way."""
    return page.model.member_filter.text == page.search.text().strip() and page.count.text() not in (
        "",
        page.tr("Counting…"),
    )


def test_typing_in_the_members_box_never_runs_a_whole_table_query_on_the_gui_thread(
    window: MainWindow, big_db: Database, steps: GuiThreadSteps, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what a broad filter is, scaled with the store: 5,000 index entries of 1M members are 300 of 60,000
    monkeypatch.setattr(listing, "BROAD", 5000 * MEMBERS // 1_000_000, raising=False)
    whole = whole_table_count(big_db, steps)
    bound = whole // 2
    sign_in(qtbot, window, demo_actor(big_db, "M01").staff_id, DEMO_PINS["M01"])
    steps.take()
    page = go_to(qtbot, window, "members")
    assert isinstance(page, MembersPage)
    qtbot.waitUntil(lambda: focused() is page.search and settled(page))
    shown = {"opening the page": steps.take()}
    for text in ("w", "zh", "王", "138"):
        qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
        qtbot.waitUntil(lambda: settled(page))
        shown[f"clearing before {text}"] = steps.take()
        for i in range(1, len(text) + 1):
            type_text(qtbot, text[i - 1])
            qtbot.waitUntil(lambda: settled(page))
            assert page.model.rowCount() > 0
            shown[text[:i]] = steps.take()
    print(f"whole-table count: {whole} steps; per key: {shown}")
    assert max(shown.values()) < bound, (whole, shown)
    assert whole_table_count(big_db, steps) > bound  # the GUI thread was watched to the end
