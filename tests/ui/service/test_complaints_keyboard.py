"""The Complaints page by keyboard only, in the real main window: Tab, the keys of the moves,
Enter in the fields, and what the page shows in the clerk's language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import ComplaintCategory, ComplaintStatus, Role, ServiceGap, Severity
from memberdesk.services.service import complaints as svc
from memberdesk.store.models import Complaint
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.service.complaints_page import ComplaintsPage
from tests.conftest import TEST_PINS, Shop
from tests.ui.page_steps import focused, go_to, sign_in, type_text

NOW = dt.datetime.now(dt.UTC)
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def _open(shop: Shop, name: str, severity: Severity, hours_ago: float, phone: str = "") -> int:
    form = svc.ComplaintForm(
        None, ComplaintCategory.WAITING, severity, f"{name}等了很久", customer_name=name, customer_phone=phone
    )
    number = svc.open_complaint(shop.db, shop.clerk, form, now=NOW - dt.timedelta(hours=hours_ago))
    with shop.db.read() as s:
        return s.scalars(select(Complaint.id).where(Complaint.complaint_no == number)).one()


def status_of(shop: Shop, complaint_id: int) -> ComplaintStatus:
    with shop.db.read() as s:
        return s.scalars(select(Complaint.status).where(Complaint.id == complaint_id)).one()


def open_page(qtbot: QtBot, window: MainWindow, shop: Shop, role: Role) -> ComplaintsPage:
    actor = {Role.MANAGER: shop.manager, Role.SUPERVISOR: shop.supervisor, Role.CLERK: shop.clerk}[role]
    sign_in(qtbot, window, actor.staff_id, TEST_PINS[role])
    page = go_to(qtbot, window, "complaints")
    assert isinstance(page, ComplaintsPage)
    qtbot.waitUntil(lambda: focused() is page.table)
    return page


@pytest.fixture
def queue(sqlite_shop: Shop) -> list[int]:
    """Three complaints, most urgent first: late by a day, 48 min left, 2 h left."""
    return [
        _open(sqlite_shop, "拖了两天的小事", Severity.LOW, 48),
        _open(sqlite_shop, "刚来的急事", Severity.HIGH, 0.2),
        _open(sqlite_shop, "半天的较重", Severity.MEDIUM, 2),
    ]


def test_tab_leaves_the_queue_in_one_stop_and_walks_the_complaints_controls(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, queue: list[int]
) -> None:
    page = open_page(qtbot, window, sqlite_shop, Role.SUPERVISOR)
    detail = page.detail
    assert detail.complaint is not None and detail.complaint.id == queue[0]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is detail.take_button  # out of the table at once
    assert detail.complaint.id == queue[0]  # and the complaint chosen stays chosen
    visited = [focused()]
    for _ in range(8):
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(focused())
    assert visited == [
        detail.take_button,
        detail.workflow_button,
        detail.gap,
        detail.resolution,
        detail.compensation,
        detail.as_coupon,  # the days beside it wait until the box is ticked
        detail.approver,
        detail.approver_pin,
        detail.resolve_button,
    ]
    for _ in range(8):
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is detail.take_button
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is page.table
    assert detail.complaint.id == queue[0] and status_of(sqlite_shop, queue[0]) is ComplaintStatus.OPEN


def test_every_move_has_a_key_shown_on_its_button(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, queue: list[int]
) -> None:
    page = open_page(qtbot, window, sqlite_shop, Role.SUPERVISOR)
    detail = page.detail
    for button, key in (
        (detail.take_button, "Ctrl+T"),
        (detail.resolve_button, "Ctrl+R"),
        (detail.follow_button, "Ctrl+F"),
        (detail.close_button, "Ctrl+D"),
    ):
        assert key in button.text(), button.text()

    press(qtbot, Qt.Key.Key_T, CTRL)  # take it: from the queue, without leaving it
    assert status_of(sqlite_shop, queue[0]) is ComplaintStatus.HANDLING
    assert focused() is detail.resolution  # what a supervisor who took it does next
    type_text(qtbot, "当面道歉")
    press(qtbot, Qt.Key.Key_R, CTRL)  # read back what will be recorded
    assert detail.confirm_text.isVisible() and "当面道歉" in detail.confirm_text.text()
    press(qtbot, Qt.Key.Key_Return)
    assert status_of(sqlite_shop, queue[0]) is ComplaintStatus.RESOLVED
    assert focused() is page.table

    press(qtbot, Qt.Key.Key_Tab, SHIFT)  # back to the choice of list: "to follow up"
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is page.view_choice
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: detail.complaint is not None and detail.complaint.id == queue[0])
    press(qtbot, Qt.Key.Key_F, CTRL)  # nothing written yet: refused, the keyboard where to write
    assert status_of(sqlite_shop, queue[0]) is ComplaintStatus.RESOLVED
    assert detail.problem.text() and focused() is detail.follow_note
    type_text(qtbot, "电话回访，顾客满意")
    press(qtbot, Qt.Key.Key_Return)  # Enter in the follow-up records it
    assert status_of(sqlite_shop, queue[0]) is ComplaintStatus.FOLLOWED_UP
    assert focused() is page.table

    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Down)  # "to close"
    qtbot.waitUntil(lambda: detail.complaint is not None and detail.complaint.id == queue[0])
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert status_of(sqlite_shop, queue[0]) is ComplaintStatus.CLOSED
    assert [status_of(sqlite_shop, c) for c in queue[1:]] == [ComplaintStatus.OPEN] * 2


def test_a_key_whose_button_is_not_shown_does_nothing(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, queue: list[int]
) -> None:
    page = open_page(qtbot, window, sqlite_shop, Role.CLERK)  # a clerk takes nothing
    assert not page.detail.take_button.isVisible()
    press(qtbot, Qt.Key.Key_T, CTRL)
    press(qtbot, Qt.Key.Key_D, CTRL)
    assert [status_of(sqlite_shop, c) for c in queue] == [ComplaintStatus.OPEN] * 3


def test_a_double_enter_on_record_it_records_once_and_leaves_the_next_complaint_alone(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, queue: list[int]
) -> None:
    page = open_page(qtbot, window, sqlite_shop, Role.SUPERVISOR)
    detail = page.detail
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is detail.resolution
    type_text(qtbot, "赠送购物券致歉")
    press(qtbot, Qt.Key.Key_Return)  # read back
    assert focused() is detail.confirm_button
    press(qtbot, Qt.Key.Key_Return)  # 确认记录
    press(qtbot, Qt.Key.Key_Return)  # the finger comes down once more
    assert status_of(sqlite_shop, queue[0]) is ComplaintStatus.RESOLVED
    assert detail.complaint is not None and detail.complaint.id == queue[1]  # the next one, untouched
    assert status_of(sqlite_shop, queue[1]) is ComplaintStatus.OPEN
    assert detail.problem.text() == "" and not detail.confirm_text.isVisible()
    assert focused() is page.table


def test_enter_in_the_managers_pin_runs_the_resolution_and_a_wrong_pin_keeps_the_keyboard_there(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, queue: list[int]
) -> None:
    page = open_page(qtbot, window, sqlite_shop, Role.SUPERVISOR)
    detail = page.detail
    press(qtbot, Qt.Key.Key_T, CTRL)
    type_text(qtbot, "退一半货款")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "800")  # above the supervisor's ¥500
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is detail.as_coupon  # not as a coupon: on to the approval
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # the manager approves
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is detail.approver_pin
    type_text(qtbot, "0000")
    press(qtbot, Qt.Key.Key_Return)  # Enter in the PIN: read back
    assert detail.confirm_text.isVisible() and sqlite_shop.manager.name in detail.confirm_text.text()
    press(qtbot, Qt.Key.Key_Return)
    assert status_of(sqlite_shop, queue[0]) is ComplaintStatus.HANDLING  # a wrong PIN: refused
    assert detail.problem.text() and detail.resolution.text() == "退一半货款"
    assert focused() is detail.approver_pin and detail.approver_pin.text() == ""
    type_text(qtbot, TEST_PINS[Role.MANAGER])
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    with sqlite_shop.db.read() as s:
        c = s.get(Complaint, queue[0])
        assert c is not None and (c.status, c.compensation_fen) == (ComplaintStatus.RESOLVED, 80000)
        assert c.steps[-1].approved_by_id == sqlite_shop.manager.staff_id


def test_the_queue_opens_at_its_first_column(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, queue: list[int]
) -> None:
    window.resize(1024, 768)
    page = open_page(qtbot, window, sqlite_shop, Role.SUPERVISOR)
    bar = page.table.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # at 1024 px the queue is wider than its room
    assert bar.value() == 0
    for _ in range(page.model.columnCount()):
        press(qtbot, Qt.Key.Key_Right)  # looking along the row to who handles it
    assert bar.value() > 0
    go_to(qtbot, window, "counter")
    go_to(qtbot, window, "complaints")
    qtbot.waitUntil(lambda: focused() is page.table)
    assert bar.value() == 0
    assert page.table.horizontalHeader().sectionViewportPosition(0) == 0
    assert page.detail.complaint is not None and page.detail.complaint.id == queue[0]


# --- what the page says, in Chinese --------------------------------------------------------------


def test_the_history_reads_in_chinese_approval_and_service_gap_included(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, chinese: None
) -> None:
    cid = _open(sqlite_shop, "", Severity.LOW, 3, phone="13912345678")  # a walk-in who left a phone
    svc.set_service_gap(sqlite_shop.db, sqlite_shop.supervisor, cid, ServiceGap.BEHAVIOUR)
    svc.set_service_gap(sqlite_shop.db, sqlite_shop.supervisor, cid, ServiceGap.PROMOTION)
    approval = svc.ManagerApproval(sqlite_shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    svc.resolve(sqlite_shop.db, sqlite_shop.supervisor, cid, "退一半货款", "800", approval)
    page = open_page(qtbot, window, sqlite_shop, Role.SUPERVISOR)
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Down)  # the list of those to follow up
    qtbot.waitUntil(lambda: page.detail.complaint is not None and page.detail.complaint.id == cid)
    history = [page.detail.history.item(i).text() for i in range(page.detail.history.count())]
    shown = "\n".join(history) + page.detail.summary.text()
    for english in ("approved by", "service_gap", "behaviour", "promotion", "walk-in"):
        assert english not in shown.lower(), english
    approved = next(line for line in history if "王经理" in line)
    assert "批准" in approved and "退一半货款" in approved
    gap = QCoreApplication.translate("ComplaintLabels", "Promotion gap")
    assert gap != "Promotion gap" and any(gap in line for line in history)
    assert QCoreApplication.translate("ComplaintQueueModel", "(walk-in)") in page.detail.summary.text()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("zh_CN", "店长补偿金额不设上限。"), ("en", "The manager's compensation has no upper limit.")],
)
def test_the_managers_limit_reads_as_no_upper_limit(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, queue: list[int], language: str, expected: str, qapp
) -> None:  # type: ignore[no-untyped-def]
    from memberdesk.ui.widgets import i18n

    i18n.install_translators(qapp, language)
    try:
        page = open_page(qtbot, window, sqlite_shop, Role.MANAGER)
        page.detail.show_complaint(queue[0])
        assert page.detail.limit_label.isVisible()
        assert page.detail.limit_label.text() == expected
    finally:
        i18n.install_translators(qapp, "en")


def test_the_complaint_handling_workflow_ends_without_the_counters_f2_hint(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, queue: list[int]
) -> None:
    from memberdesk.ui.service.workflow_panel import WorkflowPanel

    page = open_page(qtbot, window, sqlite_shop, Role.SUPERVISOR)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.detail.workflow_button
    press(qtbot, Qt.Key.Key_Space)  # "Guide me"
    panel = page.side_panel
    assert isinstance(panel, WorkflowPanel) and panel.workflow is not None
    for _ in panel.workflow.steps:
        press(qtbot, Qt.Key.Key_Return, CTRL | SHIFT)
    assert not panel.done_button.isEnabled()  # finished
    assert "F2" not in panel.progress.text()  # F2 belongs to the Counter page, not this one
    assert panel.progress.text() == QCoreApplication.translate("WorkflowPanel", "Workflow finished.")
