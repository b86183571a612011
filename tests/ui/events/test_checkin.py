"""At the door: Ctrl+K opens the check-in window; a scanned card checks its member in (the
card does not open), a typed phone and Enter too; a walk-in is let in and marked, a second
scan says so, and the count runs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import ConsentKind
from memberdesk.services.events.invitations import invite
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.store.models import Consent, EventAttendance
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.events.checkin_window import CheckInWindow
from tests.conftest import Shop
from tests.services.events.helpers import NOW, event, member
from tests.ui.counter.test_counter import FakeClock
from tests.ui.counter_steps import focused, press, type_text, visible_dialogs
from tests.ui.events.steps import events_page


def test_scans_and_typed_phones_check_in_with_a_running_count(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    li = enrol(
        sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812340001", name="李娜", card_no="VIP00123")
    )
    with sqlite_shop.db.write() as s:
        s.add(Consent(member_id=li, kind=ConsentKind.MARKETING, granted=True))
    zhao = member(sqlite_shop, "13812340009", "赵敏")
    event_id = event(sqlite_shop)
    invite(sqlite_shop.db, sqlite_shop.clerk, event_id, [li], now=NOW)
    clock = FakeClock()
    window.counter.scanner.clock = clock
    page = events_page(qtbot, window)
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(focused().window(), CheckInWindow))
    door = focused().window()
    assert isinstance(door, CheckInWindow) and focused() is door.code
    assert door.count.text() == "Checked in: 0 (invited 1)"

    clock.step = 0.2  # a person typing
    type_text(qtbot, "13812340009")
    press(qtbot, Qt.Key.Key_Return)
    assert door.said.text() == "Welcome, 赵敏! (not invited: checked in as a walk-in)"
    assert door.count.text() == "Checked in: 1 (invited 1)" and door.code.text() == ""

    clock.step = 0.005  # the scanner
    with qtbot.assertNotEmitted(window.ctx.open_member):
        type_text(qtbot, "VIP00123")
        press(qtbot, Qt.Key.Key_Return)
    assert door.said.text() == "Welcome, 李娜!" and door.count.text() == "Checked in: 2 (invited 1)"
    assert door.code.text() == ""  # the scanned characters do not stay behind
    door.check_button.setFocus()  # the scan lands wherever the keys are
    with qtbot.assertNotEmitted(window.ctx.open_member):
        type_text(qtbot, "VIP00123")
        press(qtbot, Qt.Key.Key_Return)
    assert door.said.text().startswith("李娜 was already checked in at ")
    assert door.count.text() == "Checked in: 2 (invited 1)" and door.code.text() == ""
    with sqlite_shop.db.read() as s:
        came = s.execute(
            select(EventAttendance.member_id, EventAttendance.walk_in).order_by(EventAttendance.id)
        ).all()
    assert came == [(zhao, True), (li, False)]

    clock.step = 0.2
    door.code.setFocus()
    assert focused() is door.code and door.code.text() == ""
    type_text(qtbot, "13899999999")
    press(qtbot, Qt.Key.Key_Return)
    assert door.said.text() == "No member has the card or phone “13899999999”."
    door.code.clear()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not visible_dialogs())
    qtbot.waitUntil(lambda: focused() is page.table)
    assert page.table.item(0, 7).text() == "2"
