"""A receipt scanned (or typed) into the counter box opens the sale history on that sale, its
day listed, instead of searching members; an unknown receipt number is said under the box."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import MemberStatus
from memberdesk.services.sales.recording import record_sale
from memberdesk.store.database import Database
from memberdesk.store.models import Member, utcnow
from memberdesk.ui.app.main_window import MainWindow
from tests.services.sales_helpers import three_line_sale
from tests.ui.counter_steps import focused, press, type_text
from tests.ui.sales.test_sale_history import histories, window_fixture  # noqa: F401


def test_a_scanned_receipt_opens_the_history_on_its_sale(
    window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    # ten in the morning three days back: both sales on the same shop day
    three_days_ago = dt.datetime.combine(
        utcnow().astimezone().date() - dt.timedelta(days=3), dt.time(10)
    ).astimezone()
    sale = record_sale(demo_db, window.ctx.actor, three_line_sale(None), now=three_days_ago)
    record_sale(
        demo_db, window.ctx.actor, three_line_sale(None), now=three_days_ago + dt.timedelta(minutes=5)
    )
    type_text(qtbot, sale.receipt_no.lower())  # what the scanner types, case and all
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(histories()) == 1)
    history = histories()[0]
    qtbot.waitUntil(lambda: history.isActiveWindow() and history.table.hasFocus())
    assert history.current() is not None and history.current().sale_id == sale.sale_id
    assert history.day == three_days_ago.astimezone().date() and history.model.rowCount() >= 2
    assert window.counter.search_box.text() == ""
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: histories() == [])
    qtbot.waitUntil(lambda: focused() is window.counter.search_box)


def test_an_unknown_receipt_number_is_said_and_nothing_opens(window: MainWindow, qtbot: QtBot) -> None:
    type_text(qtbot, "R99999999")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.counter.status.text() != "")
    assert window.counter.status.text() == "No sale with this receipt number."
    assert histories() == [] and focused() is window.counter.search_box
    assert window.counter.search_box.text() == "R99999999"  # kept, to correct a digit


def test_a_member_whose_card_number_looks_like_a_receipt_is_still_found(
    window: MainWindow, demo_db: Database, qtbot: QtBot
) -> None:
    with demo_db.write() as s:
        member = s.scalars(select(Member).where(Member.status == MemberStatus.ACTIVE).limit(1)).one()
        member.card_no = "R77777777"
        member_id = member.id
    type_text(qtbot, "R77777777")
    qtbot.waitUntil(lambda: window.counter.model.rowCount() == 1)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.counter.card_stack.currentWidget() is window.counter.card)
    assert window.counter.card.member_id == member_id and histories() == []
    assert window.counter.status.text() != "No sale with this receipt number."
