"""A lapsed member's complaint that nobody followed up shows on the Care page as an apology
and a supervisor's call, found and marked by keyboard in the real main window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
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
from memberdesk.services.staff import auth
from memberdesk.store.models import (
    AuditEntry,
    CareAction,
    CareTask,
    Complaint,
    Consent,
    Member,
    MemberStats,
    Sale,
)
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.care.care_page import CarePage, CareTableModel
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import TEST_PINS, Shop
from tests.ui.care.test_care_page import page  # noqa: F401 (the fixture: members with birthdays soon)
from tests.ui.counter_steps import focused, press, type_text
from tests.ui.page_steps import click, go_to

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
    care = go_to(qtbot, window, "care")
    assert isinstance(care, CarePage)
    qtbot.waitUntil(lambda: care.model.rowCount() == 2, timeout=10_000)
    # the keyboard is in the list; back to "Show", pick the supervisor's calls, show them
    qtbot.waitUntil(lambda: focused() is care.table)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(focused(), QComboBox) and focused() is care.kind
    for _ in range(len(CareKind) + 1):
        if care.kind.currentData() == CareKind.SUPERVISOR_CALL.value:
            break
        press(qtbot, Qt.Key.Key_Down)
    assert care.kind.currentText() == "Supervisor call"
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), QPushButton)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: care.model.rowCount() == 1 and care.model.items[0].kind is CareKind.SUPERVISOR_CALL
    )
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is care.table
    press(qtbot, Qt.Key.Key_Down)
    row = care.table.currentIndex().row()
    shown = [care.model.index(row, c).data() for c in range(care.model.columnCount())]
    assert shown[CareTableModel.KIND] == "Supervisor call" and "张" in shown[CareTableModel.MEMBER]
    assert shown[CareTableModel.DETAIL] == "Not followed up: C7: 促销价没生效"
    assert care.table.visualRect(care.table.currentIndex()).intersects(care.table.viewport().rect())
    press(qtbot, Qt.Key.Key_Space)  # the row chosen
    assert care.selected_task_ids() == [care.model.items[0].task_id]
    while focused() is not care.mark_buttons[CareActionKind.CALLED]:  # Tab to "Called"
        assert focused() is care.table or focused() in care.mark_buttons.values()
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: "Called" in (care.model.index(0, CareTableModel.DONE).data() or ""), timeout=10_000
    )
    with sqlite_shop.db.read() as s:
        kinds = (
            s.execute(select(CareTask.kind).join(CareAction, CareAction.task_id == CareTask.id))
            .scalars()
            .all()
        )
    assert kinds == [CareKind.SUPERVISOR_CALL]


def test_the_win_back_messages_go_out_as_an_sms_file_with_the_managers_pin(
    page: CarePage,  # noqa: F811
    ctx: AppContext,
    sqlite_shop: Shop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)
    now = dt.datetime.now(dt.UTC)
    with sqlite_shop.db.write() as s:
        member = Member(store_id=sqlite_shop.store_id, card_no="M0010000009", phone="13900000009",
                        phone_last4="0009", name="赵敏", gender=Gender.FEMALE)  # fmt: skip
        s.add(member)
        s.flush()
        s.add(MemberStats(member_id=member.id, spend_fen=300_00, visit_count=1,
                          first_visit_at=now - dt.timedelta(days=200),
                          last_visit_at=now - dt.timedelta(days=200)))  # lapsed  # fmt: skip
        s.add(Sale(store_id=sqlite_shop.store_id, receipt_no="R9", member_id=member.id,
                   staff_id=sqlite_shop.clerk.staff_id, created_at=now - dt.timedelta(days=200),
                   subtotal_fen=300_00, total_fen=300_00))  # fmt: skip
        s.add(Consent(member_id=member.id, kind="marketing", granted=True))
    ctx.set_actor(sqlite_shop.supervisor)
    out = tmp_path / "winback.csv"
    monkeypatch.setattr(CarePage, "choose_csv", classmethod(lambda cls, parent: str(out)))
    click(qtbot, page.winback_button)
    dialog = page.approval_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.pin)
    type_text(qtbot, TEST_PINS[Role.MANAGER])
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "written" in page.status.text(), timeout=10_000)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("13900000009,赵敏,") and "it has been a while" in lines[1]
    with sqlite_shop.db.read() as s:
        detail = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "care.export_winback")).one()
    assert detail.endswith(f"approved by {sqlite_shop.manager.staff_id}")
