"""Taking replies from the guest list by keyboard: Enter on the event opens it, Y / N / 0 on
a member record the reply and move on; a "coming" beyond the places is refused on the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from memberdesk.domain.events import Reply
from memberdesk.services.events.invitations import guests, invite
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.events.guests_dialog import GuestsDialog
from tests.conftest import Shop
from tests.services.events.helpers import NOW, event, member
from tests.ui.counter_steps import focused, press, visible_dialogs
from tests.ui.events.steps import events_page


def _replies(shop: Shop, event_id: int) -> dict[str, Reply]:
    return {g.name: g.reply for g in guests(shop.db, shop.clerk, event_id)}


def test_replies_by_key_and_a_full_event_says_so(window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> None:
    ids = [member(sqlite_shop, f"1381234000{n}", name) for n, name in enumerate(["艾青", "白雪", "陈晨"])]
    event_id = event(sqlite_shop, capacity=1)
    invite(sqlite_shop.db, sqlite_shop.clerk, event_id, ids, now=NOW)
    page = events_page(qtbot, window)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(focused().window(), GuestsDialog))
    dialog = focused().window()
    assert isinstance(dialog, GuestsDialog)
    assert focused() is dialog.table and [g.name for g in dialog.shown] == ["艾青", "白雪", "陈晨"]
    press(qtbot, Qt.Key.Key_Y)  # 艾青 is coming; the list moves on to 白雪
    press(qtbot, Qt.Key.Key_Y)  # 白雪 too: the one place is taken
    assert dialog.error.text() == "The event is full: 1 of 1 places are taken."
    assert _replies(sqlite_shop, event_id) == {
        "艾青": Reply.COMING,
        "白雪": Reply.NO_ANSWER,
        "陈晨": Reply.NO_ANSWER,
    }
    press(qtbot, Qt.Key.Key_N)
    assert dialog.error.text() == ""
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_0)  # 艾青 takes the reply back
    assert _replies(sqlite_shop, event_id) == {
        "艾青": Reply.NO_ANSWER,
        "白雪": Reply.NOT_COMING,
        "陈晨": Reply.NO_ANSWER,
    }
    assert "coming 0 · not coming 1 · no answer 2" in dialog.counts.text()
    press(qtbot, Qt.Key.Key_Escape)  # nothing typed: closes at once
    qtbot.waitUntil(lambda: not visible_dialogs())
    qtbot.waitUntil(lambda: focused() is page.table)
    assert page.table.item(0, 6).text() == "1"  # not coming
