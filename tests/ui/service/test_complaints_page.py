"""The Complaints page and dialogs as a supervisor and a clerk use them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import ComplaintCategory, ComplaintStatus, Role, Severity
from memberdesk.services.service import complaints as svc
from memberdesk.services.service.complaint_queue import QueueView
from memberdesk.store.models import Complaint, Visit, WorkflowRun, WorkflowStepRecord
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.service.complaint_dialog import ComplaintDialog
from memberdesk.ui.service.complaint_queue_model import COMPLAINT_ID_ROLE, LATE_BACKGROUND
from memberdesk.ui.service.complaints_page import ComplaintsPage
from memberdesk.ui.service.satisfaction_dialog import SatisfactionDialog
from memberdesk.ui.service.workflow_panel import WorkflowPanel
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import TEST_PINS, Shop
from tests.services.sales_helpers import add_member
from tests.tools.screens_module import screens
from tests.ui.page_steps import click, focused, go_to, sign_in, type_text

NOW = dt.datetime.now(dt.UTC)


def commit_chinese(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _open(shop: Shop, name: str, severity: Severity, hours_ago: float) -> str:
    form = svc.ComplaintForm(None, ComplaintCategory.WAITING, severity, f"{name}等了很久", customer_name=name)
    return svc.open_complaint(shop.db, shop.clerk, form, now=NOW - dt.timedelta(hours=hours_ago))


@pytest.fixture
def page(ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot) -> Iterator[ComplaintsPage]:
    _open(sqlite_shop, "刚来的急事", Severity.HIGH, 0.2)  # respond within 1 h: 48 min left
    _open(sqlite_shop, "拖了两天的小事", Severity.LOW, 48)  # 24 h target: late by a day
    _open(sqlite_shop, "半天的较重", Severity.MEDIUM, 2)  # 4 h target: 2 h left
    ctx.set_actor(sqlite_shop.supervisor)
    widget = ComplaintsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def customers(page: ComplaintsPage) -> list[str]:
    return [r.customer for r in page.model.rows]


def test_the_queue_shows_the_most_urgent_first_and_highlights_late_ones(
    page: ComplaintsPage, qtmodeltester
) -> None:
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert customers(page) == ["拖了两天的小事", "刚来的急事", "半天的较重"]
    late = page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert late is not None and late.color() == LATE_BACKGROUND
    assert page.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1" in page.count.text() and "3" in page.count.text()
    assert page.detail.complaint is not None and page.detail.complaint.customer == "拖了两天的小事"


def test_a_supervisor_takes_and_resolves_with_the_managers_pin_above_the_limit(
    page: ComplaintsPage, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    detail = page.detail
    assert detail.take_button.isVisible()
    qtbot.mouseClick(detail.take_button, Qt.MouseButton.LeftButton)
    assert detail.complaint is not None and detail.complaint.status is ComplaintStatus.HANDLING
    commit_chinese(detail.resolution, "赠送购物券致歉")
    detail.compensation.setText("800")
    qtbot.mouseClick(detail.resolve_button, Qt.MouseButton.LeftButton)
    assert detail.problem.text()  # above ¥500: the manager must approve
    assert detail.resolution.text() == "赠送购物券致歉"  # what was typed stays
    detail.approver.setCurrentIndex(detail.approver.findData(sqlite_shop.manager.staff_id))
    detail.approver_pin.setText(TEST_PINS[Role.MANAGER])
    qtbot.mouseClick(detail.resolve_button, Qt.MouseButton.LeftButton)
    assert "王经理" in detail.confirm_text.text()  # who approves is read back before recording
    qtbot.mouseClick(detail.confirm_button, Qt.MouseButton.LeftButton)
    with sqlite_shop.db.read() as s:
        c = s.scalars(select(Complaint).where(Complaint.customer_name == "拖了两天的小事")).one()
        assert (c.status, c.compensation_fen, c.handler_id) == (
            ComplaintStatus.RESOLVED,
            80000,
            sqlite_shop.supervisor.staff_id,
        )
        assert c.steps[-1].approved_by_id == sqlite_shop.manager.staff_id
    assert customers(page) == ["刚来的急事", "半天的较重"]  # the resolved one left the to-handle list
    page.view_choice.setCurrentIndex(page.view_choice.findData(QueueView.TO_FOLLOW_UP.value))
    assert customers(page) == ["拖了两天的小事"]
    assert page.detail.follow_box.isVisible()


def test_guide_me_opens_the_handling_workflow_beside_the_complaint(
    page: ComplaintsPage, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    qtbot.mouseClick(page.detail.workflow_button, Qt.MouseButton.LeftButton)
    panel = page.side_panel
    assert isinstance(panel, WorkflowPanel) and panel.isVisible()
    assert panel.workflow_key == "complaint_handling"
    assert "C0000002" in panel.prompt.text()
    qtbot.keyClick(panel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with sqlite_shop.db.read() as s:
        run = s.scalars(select(WorkflowRun)).one()
        assert run.complaint_id == page.detail.complaint.id if page.detail.complaint else False
        assert s.scalars(select(WorkflowStepRecord.step_key)).all() == ["receive"]


def test_a_clerk_records_a_complaint_from_the_card_and_it_joins_the_queue(
    ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    member = add_member(sqlite_shop.db, sqlite_shop.store_id)
    dialog = ComplaintDialog(ctx, member)
    qtbot.addWidget(dialog)
    dialog.show()
    commit_chinese(dialog.description, "店员态度冷淡")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.error.text() and dialog.description.toPlainText() == "店员态度冷淡"
    dialog.category.setCurrentIndex(dialog.category.findData(ComplaintCategory.SERVICE_ATTITUDE.value))
    dialog.severity.setCurrentIndex(dialog.severity.findData(Severity.MEDIUM.value))
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.number == "C0000001"
    with sqlite_shop.db.read() as s:
        c = s.scalars(select(Complaint)).one()
        assert (c.member_id, c.category, c.opened_by_id) == (
            member,
            ComplaintCategory.SERVICE_ATTITUDE,
            sqlite_shop.clerk.staff_id,
        )


def test_a_walk_in_complaint_needs_a_name_or_phone(ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    dialog = ComplaintDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.category.setCurrentIndex(1)
    dialog.severity.setCurrentIndex(1)
    commit_chinese(dialog.description, "试衣间太少")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.error.text() and dialog.focusWidget() is dialog.customer_name
    dialog.customer_phone.setText("139 1234 5678")
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(Complaint.customer_phone)).one() == "13912345678"


def test_farewell_records_expected_and_perceived(ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    member = add_member(sqlite_shop.db, sqlite_shop.store_id)
    dialog = SatisfactionDialog(ctx, member)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert dialog.error.text()
    dialog.expected.setCurrentIndex(dialog.expected.findData(4))
    dialog.perceived.setCurrentIndex(dialog.perceived.findData(5))
    assert "1.25" in dialog.ratio.text()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    with sqlite_shop.db.read() as s:
        visit = s.scalars(select(Visit)).one()
        assert (visit.member_id, visit.expected, visit.perceived, visit.staff_id) == (
            member,
            4,
            5,
            sqlite_shop.clerk.staff_id,
        )


def test_the_manager_sets_limits_and_a_bad_pair_is_refused(
    ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    from memberdesk.services.service.complaint_rules import get_complaint_rules
    from memberdesk.ui.service.complaint_settings import ComplaintRulesSection

    ctx.set_actor(sqlite_shop.manager)
    section = ComplaintRulesSection(ctx)
    qtbot.addWidget(section)
    section.clerk_limit.setText("800")  # above the supervisor's ¥500
    section.apply()
    assert section.error.text() and section.clerk_limit.text() == "800"
    assert get_complaint_rules(sqlite_shop.db, sqlite_shop.store_id).limit_for(Role.CLERK) == 5000
    section.clerk_limit.setText("20")
    section.respond[Severity.HIGH].setValue(2)
    section.apply()
    saved = get_complaint_rules(sqlite_shop.db, sqlite_shop.store_id)
    assert (saved.limit_for(Role.CLERK), saved.respond_hours[Severity.HIGH]) == (2000, 2)


def test_the_cards_complaint_flag_leads_to_the_complaint(
    ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    from memberdesk.ui.app.main_window import MainWindow

    member = add_member(sqlite_shop.db, sqlite_shop.store_id)
    form = svc.ComplaintForm(member, ComplaintCategory.PRODUCT_QUALITY, Severity.LOW, "开线")
    number = svc.open_complaint(sqlite_shop.db, sqlite_shop.clerk, form)
    cid = _id_of(sqlite_shop, number)
    svc.resolve(sqlite_shop.db, sqlite_shop.supervisor, cid, "免费修补", "0")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    ctx.set_actor(sqlite_shop.clerk)
    win._on_signed_in(sqlite_shop.clerk)
    ctx.open_member.emit(member)
    counter = win.page_widgets[0]
    flag = counter.card.complaints_flag  # type: ignore[attr-defined]
    assert number in flag.toolTip()
    flag.linkActivated.emit("complaint")
    page = win.page_widgets[2]
    assert isinstance(page, ComplaintsPage) and page.isVisible()
    assert page.current_view is QueueView.TO_FOLLOW_UP
    assert page.detail.complaint is not None and page.detail.complaint.complaint_no == number


def _id_of(shop: Shop, number: str) -> int:
    with shop.db.read() as s:
        return s.scalars(select(Complaint.id).where(Complaint.complaint_no == number)).one()


# --- the page as a supervisor uses it in the main window ---------------------------------------


@pytest.fixture
def queue_window(window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> MainWindow:
    _open(sqlite_shop, "刚来的急事", Severity.HIGH, 0.2)
    _open(sqlite_shop, "拖了两天的小事", Severity.LOW, 48)
    _open(sqlite_shop, "半天的较重", Severity.MEDIUM, 2)
    sign_in(qtbot, window, sqlite_shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR])
    page = go_to(qtbot, window, "complaints")
    assert isinstance(page, ComplaintsPage)
    qtbot.waitUntil(lambda: page.detail.complaint is not None)
    return window


def complaints_page(window: MainWindow) -> ComplaintsPage:
    page = window.page_widgets[2]
    assert isinstance(page, ComplaintsPage)
    return page


def status_of(shop: Shop, customer: str) -> ComplaintStatus:
    with shop.db.read() as s:
        return s.scalars(select(Complaint.status).where(Complaint.customer_name == customer)).one()


def test_resolving_reads_back_what_will_be_recorded_and_asks_first(
    queue_window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    detail = complaints_page(queue_window).detail
    assert detail.complaint is not None and detail.complaint.customer == "拖了两天的小事"
    click(qtbot, detail.take_button)
    click(qtbot, detail.resolution)
    type_text(qtbot, "赠送购物券致歉")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "20")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert status_of(sqlite_shop, "拖了两天的小事") is ComplaintStatus.HANDLING  # nothing recorded yet
    shown = detail.confirm_text.text()
    assert detail.confirm_text.isVisible() and "赠送购物券致歉" in shown and "¥20.00" in shown
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # back: everything typed is still there
    assert not detail.confirm_text.isVisible() and detail.resolution.text() == "赠送购物券致歉"
    assert status_of(sqlite_shop, "拖了两天的小事") is ComplaintStatus.HANDLING
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is detail.confirm_button
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert status_of(sqlite_shop, "拖了两天的小事") is ComplaintStatus.RESOLVED
    with sqlite_shop.db.read() as s:
        c = s.scalars(select(Complaint).where(Complaint.customer_name == "拖了两天的小事")).one()
        assert (c.resolution, c.compensation_fen) == ("赠送购物券致歉", 2000)


def test_an_empty_resolution_is_refused_before_asking(
    queue_window: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    detail = complaints_page(queue_window).detail
    click(qtbot, detail.resolve_button)
    assert detail.problem.text() and not detail.confirm_text.isVisible()
    assert focused() is detail.resolution
    assert status_of(sqlite_shop, "拖了两天的小事") is ComplaintStatus.OPEN


def test_taking_a_complaint_leaves_everything_else_where_it_was(
    queue_window: MainWindow, qtbot: QtBot
) -> None:
    detail = complaints_page(queue_window).detail
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    take_at = detail.take_button.mapTo(detail, detail.take_button.rect().center())
    before = {w: w.mapTo(detail, w.rect().topLeft()) for w in (detail.workflow_button, detail.resolve_box)}
    widths = {w: w.width() for w in before}
    click(qtbot, detail.take_button)
    assert detail.complaint is not None and detail.complaint.status is ComplaintStatus.HANDLING
    QApplication.sendPostedEvents()  # let the layouts do what they do after the click
    QApplication.processEvents()
    for widget, at in before.items():
        assert widget.mapTo(detail, widget.rect().topLeft()) == at
        assert widget.width() == widths[widget]
    under = detail.childAt(take_at)  # a second click on the same spot must not open something else
    assert under is None or not isinstance(under, QPushButton)


def test_after_resolving_the_list_and_the_detail_show_the_same_complaint(
    queue_window: MainWindow, qtbot: QtBot
) -> None:
    page = complaints_page(queue_window)
    detail = page.detail
    resolved = detail.complaint
    assert resolved is not None
    click(qtbot, detail.resolution)
    type_text(qtbot, "当面道歉")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert resolved.id not in [r.id for r in page.model.rows]
    selected = page.table.selectionModel().selectedRows()
    assert len(selected) == 1 and detail.complaint is not None
    assert selected[0].data(COMPLAINT_ID_ROLE) == detail.complaint.id != resolved.id
    assert resolved.complaint_no in queue_window.statusBar().currentMessage()


def test_queue_columns_show_their_whole_text_or_say_it_in_a_tooltip(
    queue_window: MainWindow, qtbot: QtBot
) -> None:
    queue_window.resize(1024, 768)
    page = complaints_page(queue_window)
    qtbot.waitUntil(lambda: page.table.width() < 600)
    assert not [str(o) for o in screens.clipped(page.table, "queue")]
    header = page.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(page.model.columnCount() - 1):
        text = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert metrics.horizontalAdvance(text) < header.sectionSize(column), text
