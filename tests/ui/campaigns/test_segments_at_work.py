"""Saved segments put to work on screen: invite one to an event, give its members a coupon."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import Role, Tier
from memberdesk.store.models import Coupon, EventInvitation
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.campaigns.segment_coupon_dialog import SegmentCouponDialog
from memberdesk.ui.events.invite_dialog import InviteDialog
from memberdesk.ui.segments.segments_dialog import SegmentsDialog
from tests.conftest import TEST_PINS, Shop
from tests.services.campaigns.campaign_data import SEGMENT, add_members, setup_store
from tests.services.events.helpers import event
from tests.ui.counter_steps import focused, press, visible_dialogs
from tests.ui.events.steps import events_page
from tests.ui.page_steps import go_to, sign_in

GIVE = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def visible(cls: type) -> bool:
    return any(isinstance(d, cls) for d in visible_dialogs())


def _invite_dialog(qtbot: QtBot) -> InviteDialog:
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused().window(), InviteDialog))
    dialog = focused().window()
    assert isinstance(dialog, InviteDialog)
    return dialog


def test_the_manager_invites_a_saved_segment_to_an_event(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    setup_store(sqlite_shop)
    gold = add_members(sqlite_shop, 6)
    refused = add_members(sqlite_shop, 2, first=50, consent=False)
    add_members(sqlite_shop, 3, first=80, tier=Tier.SILVER)
    event_id = event(sqlite_shop)
    events_page(qtbot, window, Role.MANAGER)
    dialog = _invite_dialog(qtbot)
    assert dialog.segment.isVisible()
    dialog.segment.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.segment.currentText() == SEGMENT and dialog.has_typed_data()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with sqlite_shop.db.read() as s:
        invited = set(
            s.scalars(select(EventInvitation.member_id).where(EventInvitation.event_id == event_id))
        )
    assert invited == set(gold) and not invited & set(refused)
    assert dialog.result_of_invite is not None and dialog.result_of_invite.no_consent == len(refused)


def test_a_clerk_sees_no_segments_in_the_invitation(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    setup_store(sqlite_shop)
    event(sqlite_shop)
    events_page(qtbot, window, Role.CLERK)
    dialog = _invite_dialog(qtbot)
    assert not dialog.segment.isVisible() and dialog.segment.count() == 1
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_manager_gives_a_saved_segment_a_coupon_once(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    template = setup_store(sqlite_shop)
    gold = add_members(sqlite_shop, 5)
    add_members(sqlite_shop, 2, first=80, tier=Tier.SILVER)
    sign_in(qtbot, window, sqlite_shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    go_to(qtbot, window, "members")
    qtbot.keyClick(
        focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: any(isinstance(d, SegmentsDialog) for d in visible_dialogs()))
    segments_screen = next(d for d in visible_dialogs() if isinstance(d, SegmentsDialog))
    qtbot.waitUntil(lambda: focused() is segments_screen.editor.tags_any)
    qtbot.keyClick(focused(), Qt.Key.Key_G, GIVE)
    qtbot.waitUntil(lambda: "Save the segment first" in segments_screen.outcome.text())
    segments_screen.saved.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: segments_screen.saved_name == SEGMENT)
    for _round in range(2):
        segments_screen.activateWindow()
        segments_screen.saved.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is segments_screen.saved)
        qtbot.keyClick(focused(), Qt.Key.Key_G, GIVE)
        qtbot.waitUntil(lambda: isinstance(focused().window(), SegmentCouponDialog))
        dialog = focused().window()
        assert isinstance(dialog, SegmentCouponDialog) and dialog.template.currentData() == template
        with qtbot.waitSignal(dialog.given):
            press(qtbot, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not visible(SegmentCouponDialog))
    with sqlite_shop.db.read() as s:
        holders = list(s.scalars(select(Coupon.member_id)))
    assert sorted(holders) == sorted(gold)  # the second time gave nobody a second one
