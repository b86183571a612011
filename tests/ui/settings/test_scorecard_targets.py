"""Targets and bonuses by role on the Settings page, set by the manager with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from memberdesk.domain.vocab import Role
from memberdesk.services.scorecard.targets import RoleTargets, get_targets
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.settings.scorecard_targets import StaffTargetsSection
from memberdesk.ui.settings.settings_page import SettingsPage
from tests.conftest import TEST_PINS, Shop
from tests.ui.page_steps import click, focused, go_to, sign_in, type_text


def section(window: MainWindow) -> StaffTargetsSection:
    page = window.page_widgets[5]
    assert isinstance(page, SettingsPage)
    return next(s for s in page.sections if isinstance(s, StaffTargetsSection))


def retype(qtbot: QtBot, text: str) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, text)


def test_the_manager_sets_the_clerks_targets_by_keys(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    sign_in(qtbot, window, sqlite_shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    go_to(qtbot, window, "settings")
    targets = section(window)
    targets.role.setFocus()
    qtbot.waitUntil(lambda: focused() is targets.role)
    assert targets.role.currentData() == Role.CLERK
    for text in ("80000", "25", "0.95", "10", "20.5", "500"):  # sales, enrolments, threshold, bonuses
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        retype(qtbot, text)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is targets.save
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert targets.error.text() == ""
    assert get_targets(sqlite_shop.db, sqlite_shop.store_id)[Role.CLERK] == RoleTargets(
        Role.CLERK,
        sales_target_fen=80_000_00,
        enrolment_target=25,
        satisfaction_threshold=95,
        bonus_per_enrolment_fen=10_00,
        bonus_per_referral_fen=20_50,
        sales_bonus_fen=500_00,
    )
    targets.role.setCurrentIndex(targets.role.findData(Role.SUPERVISOR.value))  # another role: its own values
    assert targets.amounts["sales_target_fen"].text() == "0.00"
    targets.role.setCurrentIndex(targets.role.findData(Role.CLERK.value))
    assert targets.amounts["sales_target_fen"].text() == "80,000.00"


def test_a_bad_amount_names_its_field_and_keeps_what_was_typed(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    sign_in(qtbot, window, sqlite_shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    go_to(qtbot, window, "settings")
    targets = section(window)
    click(qtbot, targets.amounts["sales_bonus_fen"])
    retype(qtbot, "200000")
    click(qtbot, targets.save)
    assert targets.error.text().startswith("Sales bonus when the target is reached")
    assert "100,000.00" in targets.error.text()
    assert targets.amounts["sales_bonus_fen"].text() == "200000"
    click(qtbot, targets.amounts["bonus_per_referral_fen"])
    retype(qtbot, "abc")
    click(qtbot, targets.save)
    assert "Bonus per new member referred" in targets.error.text() and "abc" in targets.error.text()
    assert get_targets(sqlite_shop.db, sqlite_shop.store_id)[Role.CLERK] == RoleTargets(Role.CLERK)


def test_a_supervisor_sees_the_targets_but_cannot_change_them(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    sign_in(qtbot, window, sqlite_shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR])
    go_to(qtbot, window, "settings")
    targets = section(window)
    assert not targets.box.isEnabled() and not targets.save.isVisible()
    assert "only the manager" in targets.note.text().lower()


def test_a_clerk_opens_their_own_scorecard_from_settings(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    from memberdesk.services.scorecard.scorecard import scorecard
    from memberdesk.ui.reports.scorecard_dialog import ScorecardDialog
    from tests.services.scorecard.known_store import build

    build(sqlite_shop)  # everyone has figures; the clerk is shown only theirs
    sign_in(qtbot, window, sqlite_shop.clerk.staff_id, TEST_PINS[Role.CLERK])
    go_to(qtbot, window, "settings")
    targets = section(window)
    targets.mine.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    dialog = targets.scorecard
    assert isinstance(dialog, ScorecardDialog) and dialog.isVisible()
    assert dialog.card is not None and not dialog.card.everyone
    assert [r.figures.staff_id for r in dialog.card.rows] == [sqlite_shop.clerk.staff_id]
    assert dialog.card == scorecard(sqlite_shop.db, sqlite_shop.clerk, dialog.card.start, dialog.card.end)
