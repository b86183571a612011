"""A clerk plans an event on the Events page by keyboard: Ctrl+N, the fields in order, Enter.
Mistakes are explained on the dialog, the field at fault takes the keys, and nothing is saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.store.models import MemberEvent
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.events.event_dialog import EventDialog, local_start
from tests.conftest import Shop
from tests.ui.counter_steps import focused, press, type_text, visible_dialogs
from tests.ui.events.steps import events_page, select_all_and_type


def leave_date_field(qtbot: QtBot) -> None:
    """Tab walks the date and time field's parts left (year, month, day, hour, minute), then
    leaves it."""
    for _part in range(5):
        if not isinstance(focused(), QDateTimeEdit):
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert not isinstance(focused(), QDateTimeEdit)


def _events(shop: Shop) -> list[MemberEvent]:
    with shop.db.read() as s:
        return list(s.scalars(select(MemberEvent)))


def test_a_clerk_creates_an_event_and_a_mistake_is_explained_first(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    page = events_page(qtbot, window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused().window(), EventDialog))
    dialog = focused().window()
    assert isinstance(dialog, EventDialog)
    type_text(qtbot, "VIP 会员答谢会")
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), QDateTimeEdit)
    starts = local_start(dialog.starts)  # the proposed evening, a week ahead, is kept
    leave_date_field(qtbot)
    type_text(qtbot, "三楼活动厅")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "0")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text() == "An event has at least one place."
    assert focused() is dialog.capacity and _events(sqlite_shop) == []
    select_all_and_type(qtbot, "30")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "王经理 0571-88886666")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (event,) = _events(sqlite_shop)
    assert (event.title, event.starts_at, event.location, event.capacity, event.rsvp_contact) == (
        "VIP 会员答谢会", starts.astimezone(dt.UTC), "三楼活动厅", 30, "王经理 0571-88886666",
    )  # fmt: skip
    qtbot.waitUntil(lambda: focused() is page.table)
    assert page.table.item(0, 1).text() == "VIP 会员答谢会" and page.table.item(0, 3).text() == "30"


def test_a_start_in_the_past_is_refused_and_edit_keeps_the_rest(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    events_page(qtbot, window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused().window(), EventDialog))
    dialog = focused().window()
    assert isinstance(dialog, EventDialog)
    type_text(qtbot, "新品品鉴会")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "2020")  # the year section takes the keys first
    assert dialog.starts.date().year() == 2020
    leave_date_field(qtbot)
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "20")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.error.text() == "The event cannot start in the past."
    assert focused() is dialog.starts and _events(sqlite_shop) == []


def test_esc_asks_before_it_drops_what_was_typed_and_closes_at_once_when_nothing_was(
    window: MainWindow, qtbot: QtBot, _no_blocking_discard_question: list[object]
) -> None:
    page = events_page(qtbot, window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused().window(), EventDialog))
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not visible_dialogs())
    assert _no_blocking_discard_question == []
    qtbot.waitUntil(lambda: focused() is page.table)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused().window(), EventDialog))
    dialog = focused().window()
    type_text(qtbot, "答谢会")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not visible_dialogs())
    assert _no_blocking_discard_question == [dialog]
    qtbot.waitUntil(lambda: focused() is page.table)


def test_f2_edits_the_chosen_event_and_keeps_what_was_not_touched(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    from tests.services.events.helpers import event

    event_id = event(sqlite_shop, capacity=30)
    page = events_page(qtbot, window)
    press(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(focused().window(), EventDialog))
    dialog = focused().window()
    assert isinstance(dialog, EventDialog) and dialog.title.text() == "VIP 会员答谢会"
    assert not dialog.has_typed_data()  # as it was opened: Esc would close it at once
    press(qtbot, Qt.Key.Key_Tab)
    leave_date_field(qtbot)
    press(qtbot, Qt.Key.Key_Tab)  # past the place
    assert focused() is dialog.capacity
    select_all_and_type(qtbot, "45")
    assert dialog.has_typed_data()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (saved,) = _events(sqlite_shop)
    assert (saved.id, saved.capacity, saved.title, saved.location) == (
        event_id,
        45,
        "VIP 会员答谢会",
        "三楼活动厅",
    )
    qtbot.waitUntil(lambda: focused() is page.table)
    assert page.table.item(0, 3).text() == "45"
