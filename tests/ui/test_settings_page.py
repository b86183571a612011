"""The Settings page: counter settings validated, backups by hand, staff unlocking."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from memberdesk import config
from memberdesk.services import auth
from memberdesk.services.errors import AccountLocked, WrongPin
from memberdesk.ui.context import AppContext
from memberdesk.ui.pages.settings import SettingsPage
from tests.conftest import TEST_PINS, Shop


@pytest.fixture
def page(ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot) -> SettingsPage:
    ctx.set_actor(sqlite_shop.supervisor)
    widget = SettingsPage(ctx)
    qtbot.addWidget(widget)
    widget.staff.refresh()
    return widget


def test_bad_backup_count_keeps_what_was_typed(page: SettingsPage, qtbot: QtBot) -> None:
    page.counter.backup_keep.setText("1000")
    assert page.counter.save() is False
    assert page.counter.backup_keep.text() == "1000"
    assert page.counter.status.text()
    assert config.load().backup_keep == 14


def test_backup_now_writes_a_file_in_the_chosen_folder(
    page: SettingsPage, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    page.counter.backup_dir.setText(str(folder))
    page.counter.backup_now()
    qtbot.waitUntil(lambda: page.counter.backup_button.isEnabled(), timeout=10_000)
    assert len(list(folder.glob("memberdesk-*.sqlite3"))) == 1
    assert config.load().backup_dir == str(folder)


def test_supervisor_unlocks_a_locked_clerk(page: SettingsPage, sqlite_shop: Shop) -> None:
    for _ in range(auth.MAX_ATTEMPTS - 1):
        with pytest.raises(WrongPin):
            auth.sign_in(sqlite_shop.db, sqlite_shop.clerk.staff_id, "0000")
    with pytest.raises(AccountLocked):
        auth.sign_in(sqlite_shop.db, sqlite_shop.clerk.staff_id, "0000")
    page.staff.refresh()
    rows = [page.staff.list.item(i).text() for i in range(page.staff.list.count())]
    clerk_row = next(i for i, text in enumerate(rows) if "C01" in text)
    page.staff.list.setCurrentRow(clerk_row)
    page.staff.unlock_selected()
    assert (
        auth.sign_in(sqlite_shop.db, sqlite_shop.clerk.staff_id, "1234").staff_id
        == sqlite_shop.clerk.staff_id
    )


def test_add_staff_is_only_offered_to_a_manager(
    page: SettingsPage, ctx: AppContext, sqlite_shop: Shop
) -> None:
    assert page.staff.add_box.isHidden()
    ctx.set_actor(sqlite_shop.manager)
    assert not page.staff.add_box.isHidden()


def test_change_my_pin(page: SettingsPage, sqlite_shop: Shop) -> None:
    page.staff.old_pin.setText(TEST_PINS[sqlite_shop.supervisor.role])
    page.staff.next_pin.setText("7777")
    page.staff.change_pin()
    assert auth.sign_in(sqlite_shop.db, sqlite_shop.supervisor.staff_id, "7777").name == "李主管"
