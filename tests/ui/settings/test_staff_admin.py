"""Settings → Staff in the real main window: the list is there on the first visit after
signing in, and each role sees only what it may do (keys and clicks only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.errors import AccountLocked, NotFound, WrongPin
from memberdesk.domain.vocab import Role
from memberdesk.services.staff import accounts, auth
from memberdesk.store.database import Database
from memberdesk.store.models import AuditEntry, Staff
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.settings.settings_page import SettingsPage
from memberdesk.ui.settings.staff_admin import StaffSection
from tests.conftest import TEST_PINS, Shop
from tests.ui.page_steps import click, focused, go_to, type_text

# the sign-in screen lists the test shop's staff by number: C01, M01, S01
KEYS = {"C01": Qt.Key.Key_1, "M01": Qt.Key.Key_2, "S01": Qt.Key.Key_3}
PINS = {"C01": TEST_PINS[Role.CLERK], "M01": TEST_PINS[Role.MANAGER], "S01": TEST_PINS[Role.SUPERVISOR]}


def sign_in_by_keys(qtbot: QtBot, window: MainWindow, code: str) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.signin.staff.hasFocus())
    qtbot.keyClick(focused(), KEYS[code])
    qtbot.waitUntil(lambda: window.signin.pin.hasFocus())
    type_text(qtbot, PINS[code])
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.signed_in and QApplication.focusWidget() is not None)


def staff_section(qtbot: QtBot, window: MainWindow) -> StaffSection:
    page = go_to(qtbot, window, "settings")
    assert isinstance(page, SettingsPage)
    return page.staff


def rows(section: StaffSection) -> list[str]:
    return [section.list.item(i).text() for i in range(section.list.count())]


def choose(qtbot: QtBot, listing: QListWidget, code: str) -> None:
    item: QListWidgetItem = next(
        listing.item(i) for i in range(listing.count()) if listing.item(i).text().startswith(code)
    )
    listing.scrollToItem(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())
    assert listing.currentItem() is item


def lock(db: Database, staff_id: int) -> None:
    for _ in range(auth.MAX_ATTEMPTS - 1):
        with pytest.raises(WrongPin):
            auth.sign_in(db, staff_id, "0000")
    with pytest.raises(AccountLocked):
        auth.sign_in(db, staff_id, "0000")


def test_a_supervisor_finds_the_locked_clerk_on_the_first_visit_and_unlocks_them(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    lock(sqlite_shop.db, sqlite_shop.clerk.staff_id)
    sign_in_by_keys(qtbot, window, "S01")
    section = staff_section(qtbot, window)
    listed = rows(section)
    assert len(listed) == 3 and any(r.startswith("C01") and "locked" in r for r in listed)
    assert section.unlock_button.isVisible()
    for hidden in (section.add_box, section.reset_button, section.reset_pin, section.deactivate_button):
        assert not hidden.isVisible()

    choose(qtbot, section.list, "S01")  # oneself: nothing to offer
    assert not section.unlock_button.isEnabled()
    choose(qtbot, section.list, "C01")
    assert section.unlock_button.isEnabled()
    click(qtbot, section.unlock_button)
    assert "张店员" in section.status.text()
    assert auth.sign_in(sqlite_shop.db, sqlite_shop.clerk.staff_id, PINS["C01"]) == sqlite_shop.clerk
    assert not any("locked" in r for r in rows(section))
    with sqlite_shop.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "staff.unlock")).one()
    assert (entry.staff_id, entry.entity_id) == (sqlite_shop.supervisor.staff_id, sqlite_shop.clerk.staff_id)


def test_a_supervisor_is_not_offered_to_unlock_the_manager(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    lock(sqlite_shop.db, sqlite_shop.manager.staff_id)
    sign_in_by_keys(qtbot, window, "S01")
    section = staff_section(qtbot, window)
    choose(qtbot, section.list, "M01")
    assert not section.unlock_button.isEnabled()


def test_a_clerk_sees_only_their_own_pin(window: MainWindow, qtbot: QtBot) -> None:
    sign_in_by_keys(qtbot, window, "C01")
    section = staff_section(qtbot, window)
    assert not section.accounts_box.isVisible() and not section.add_box.isVisible()
    assert not section.unlock_button.isVisible()
    assert section.old_pin.isVisible() and section.next_pin.isVisible()


def test_the_manager_gives_a_new_pin_and_closes_a_leavers_account(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        StaffSection, "confirm_deactivate", classmethod(lambda cls, parent, name: asked.append(name) or True)
    )
    sign_in_by_keys(qtbot, window, "M01")
    section = staff_section(qtbot, window)
    assert section.add_box.isVisible() and section.deactivate_button.isVisible()
    choose(qtbot, section.list, "M01")
    assert not section.reset_button.isEnabled() and not section.deactivate_button.isEnabled()

    choose(qtbot, section.list, "C01")
    click(qtbot, section.reset_pin)
    type_text(qtbot, "2468")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert section.reset_pin.text() == "" and "张店员" in section.status.text()
    assert auth.sign_in(sqlite_shop.db, sqlite_shop.clerk.staff_id, "2468") == sqlite_shop.clerk

    choose(qtbot, section.list, "C01")
    click(qtbot, section.deactivate_button)
    assert asked == ["张店员"]
    assert not any(r.startswith("C01") for r in rows(section))
    with pytest.raises(NotFound):
        auth.sign_in(sqlite_shop.db, sqlite_shop.clerk.staff_id, "2468")
    with sqlite_shop.db.read() as s:
        acts = s.execute(
            select(AuditEntry.action, AuditEntry.staff_id, AuditEntry.entity_id).where(
                AuditEntry.action.in_(("staff.reset_pin", "staff.deactivate"))
            )
        ).all()
        assert s.get(Staff, sqlite_shop.clerk.staff_id) is not None  # the record stays
    assert sorted(acts) == [
        ("staff.deactivate", sqlite_shop.manager.staff_id, sqlite_shop.clerk.staff_id),
        ("staff.reset_pin", sqlite_shop.manager.staff_id, sqlite_shop.clerk.staff_id),
    ]
    qtbot.keyClick(focused(), Qt.Key.Key_F12)  # the sign-in screen no longer offers the leaver
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.signin)
    names = [window.signin.staff.item(i).text() for i in range(window.signin.staff.count())]
    assert len(names) == 2 and not any("C01" in n for n in names)


def test_the_manager_is_told_at_sign_in_about_an_account_held_after_repeated_unlocks(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    clerk = sqlite_shop.clerk.staff_id
    for _ in range(accounts.UNLOCKS_BEFORE_HOLD):
        lock(sqlite_shop.db, clerk)
        accounts.unlock(sqlite_shop.db, sqlite_shop.supervisor, clerk)
    sign_in_by_keys(qtbot, window, "S01")
    assert not window.notice.isVisible()  # only the manager can lift it
    qtbot.keyClick(focused(), Qt.Key.Key_F12)

    sign_in_by_keys(qtbot, window, "M01")
    assert window.notice.isVisible()
    assert "张店员" in window.notice.text() and "李主管" in window.notice.text()
    section = staff_section(qtbot, window)
    choose(qtbot, section.list, "C01")
    assert "manager" in section.list.currentItem().text()
    click(qtbot, section.unlock_button)
    assert not window.notice.isVisible()
    assert auth.sign_in(sqlite_shop.db, clerk, PINS["C01"]) == sqlite_shop.clerk
