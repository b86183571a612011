"""Saved segments put to work on screen: invite one to an event, give its members a coupon."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import Role, Tier
from memberdesk.store.models import EventInvitation
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.events.invite_dialog import InviteDialog
from tests.conftest import Shop
from tests.services.campaigns.campaign_data import SEGMENT, add_members, setup_store
from tests.services.events.helpers import event
from tests.ui.counter_steps import focused, press
from tests.ui.events.steps import events_page


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
