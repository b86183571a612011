"""The Settings page: counter settings validated, backups by hand, staff unlocking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from memberdesk import config
from memberdesk.domain.errors import AccountLocked, WrongPin
from memberdesk.domain.vocab import Role
from memberdesk.services.sales.rules import get_rules
from memberdesk.services.staff import auth
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.sales.settings import SalesRulesSection
from memberdesk.ui.service.complaint_settings import ComplaintRulesSection
from memberdesk.ui.settings.settings_page import SettingsPage
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import TEST_PINS, Shop
from tests.ui.page_steps import click, focused, go_to, sign_in, type_text


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


# --- the page in the main window, as each role sees it ---------------------------------------


def rules_sections(window: MainWindow) -> list[QWidget]:
    page = window.page_widgets[5]
    assert isinstance(page, SettingsPage)
    return [s for s in page.sections if isinstance(s, SalesRulesSection | ComplaintRulesSection)]


def test_the_manager_may_edit_the_rules_though_the_page_was_built_before_sign_in(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    sign_in(qtbot, window, sqlite_shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    go_to(qtbot, window, "settings")
    sales = next(s for s in rules_sections(window) if isinstance(s, SalesRulesSection))
    assert sales.box.isEnabled() and sales.save.isVisible() and not sales.note.isVisible()
    click(qtbot, sales.return_days)
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "15")
    click(qtbot, sales.save)
    assert get_rules(sqlite_shop.db, sqlite_shop.store_id).return_window_days == 15


def test_greyed_rules_say_that_only_the_manager_can_change_them(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    sign_in(qtbot, window, sqlite_shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR])
    go_to(qtbot, window, "settings")
    for section in rules_sections(window):
        assert not section.box.isEnabled() and not section.save.isVisible()
        assert section.note.isVisible() and "only the manager" in section.note.text().lower()
    qtbot.keyClick(focused(), Qt.Key.Key_F12)  # the manager takes over: the same page, editable
    sign_in(qtbot, window, sqlite_shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    go_to(qtbot, window, "settings")
    assert all(s.box.isEnabled() and not s.note.isVisible() for s in rules_sections(window))


def test_number_fields_are_as_wide_as_their_numbers(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    window.resize(1600, 1000)
    sign_in(qtbot, window, sqlite_shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    go_to(qtbot, window, "settings")
    for section in rules_sections(window):
        for field in section.findChildren(QSpinBox) + section.findChildren(QLineEdit):
            if isinstance(field.parent(), QSpinBox):
                continue  # the spin box's own line edit
            assert field.width() <= 2 * field.sizeHint().width() and field.width() < 250, field
