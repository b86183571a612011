"""A lapsed member's complaint that nobody followed up shows on the Care page as an apology
and a supervisor's call, found and marked by keyboard in the real main window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import (
    CareActionKind,
    CareKind,
    ComplaintCategory,
    ComplaintStatus,
    Gender,
    Role,
    Severity,
)
from memberdesk.store.models import CareAction, CareTask, Complaint, Member, MemberStats
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.care.care_page import CarePage, CareTableModel
from tests.conftest import TEST_PINS, Shop
from tests.ui.counter_steps import focused, press, type_text
from tests.ui.page_steps import go_to

CLERK_KEY = Qt.Key.Key_1


def test_the_apology_and_the_supervisors_call_by_keyboard(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    now = dt.datetime.now(dt.UTC)
    with sqlite_shop.db.write() as s:
        member = Member(store_id=sqlite_shop.store_id, card_no="M0010000001", phone="13900000001",
                        phone_last4="0001", name="张丽", gender=Gender.FEMALE)  # fmt: skip
        s.add(member)
        s.flush()
        s.add(MemberStats(member_id=member.id, spend_fen=800_00, visit_count=3,
                          first_visit_at=now - dt.timedelta(days=400),
                          last_visit_at=now - dt.timedelta(days=200)))  # lapsed  # fmt: skip
        # closed, and nobody called back
        s.add(Complaint(store_id=sqlite_shop.store_id, complaint_no="C7", member_id=member.id,
                        category=ComplaintCategory.PRICE, severity=Severity.MEDIUM,
                        description="促销价没生效", status=ComplaintStatus.CLOSED,
                        opened_by_id=sqlite_shop.clerk.staff_id,
                        opened_at=now - dt.timedelta(days=210)))  # fmt: skip
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, CLERK_KEY)
    qtbot.waitUntil(lambda: focused() is not None and focused().inherits("QLineEdit"))
    type_text(qtbot, TEST_PINS[Role.CLERK])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.signed_in)
    qtbot.waitUntil(lambda: focused().objectName() == "counterSearch")  # the counter, as after sign-in
    page = go_to(qtbot, window, "care")
    assert isinstance(page, CarePage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    # the keyboard is in the list; back to "Show", pick the supervisor's calls, show them
    qtbot.waitUntil(lambda: focused() is page.table)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(focused(), QComboBox) and focused() is page.kind
    for _ in range(len(CareKind) + 1):
        if page.kind.currentData() == CareKind.SUPERVISOR_CALL.value:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert page.kind.currentText() == "Supervisor call"
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), QPushButton)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.items[0].kind is CareKind.SUPERVISOR_CALL
    )
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.table
    press(qtbot, Qt.Key.Key_Down)
    row = page.table.currentIndex().row()
    shown = [page.model.index(row, c).data() for c in range(page.model.columnCount())]
    assert shown[CareTableModel.KIND] == "Supervisor call" and "张" in shown[CareTableModel.MEMBER]
    assert shown[CareTableModel.DETAIL] == "Not followed up: C7: 促销价没生效"
    assert page.table.visualRect(page.table.currentIndex()).intersects(page.table.viewport().rect())
    press(qtbot, Qt.Key.Key_Space)  # the row chosen
    assert page.selected_task_ids() == [page.model.items[0].task_id]
    while focused() is not page.mark_buttons[CareActionKind.CALLED]:  # Tab to "Called"
        assert focused() is page.table or focused() in page.mark_buttons.values()
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: "Called" in (page.model.index(0, CareTableModel.DONE).data() or ""), timeout=10_000
    )
    with sqlite_shop.db.read() as s:
        kinds = (
            s.execute(select(CareTask.kind).join(CareAction, CareAction.task_id == CareTask.id))
            .scalars()
            .all()
        )
    assert kinds == [CareKind.SUPERVISOR_CALL]
