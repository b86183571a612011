"""The reception workflow walked by keyboard only: F2, Ctrl+Enter, typing, Ctrl+Shift+Enter, Ctrl+L."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import (
    ComplaintCategory,
    Gender,
    PaymentMethod,
    Severity,
    SizeCategory,
    StepStatus,
    WorkflowOutcome,
)
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.services.service.complaints import ComplaintForm, open_complaint
from memberdesk.store.models import Member, WorkflowRun, WorkflowStepRecord
from memberdesk.ui.counter.counter_page import CounterPage
from memberdesk.ui.service import workflow_facts
from memberdesk.ui.service.workflow_panel import WorkflowPanel
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import Shop

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TODAY = dt.date(2026, 3, 10)  # the counter's clock, held for these tests
AT_NOON = dt.datetime(2026, 3, 10, 12, 0).astimezone()  # local noon of TODAY, aware


@pytest.fixture(autouse=True)
def _the_counters_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workflow_facts, "local_today", lambda: TODAY)


def buy(shop: Shop, member: int, description: str, size: str, at: dt.datetime) -> None:
    line = LineForm(description=description, category="dresses", size=size, unit_price="399", quantity=1)
    form = SaleForm(member, [line], [PaymentForm(PaymentMethod.CASH, "399")])
    record_sale(shop.db, shop.clerk, form, now=at)


@pytest.fixture
def page(ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot, chinese: None) -> Iterator[CounterPage]:
    ctx.set_actor(sqlite_shop.clerk)
    member = enrol(
        sqlite_shop.db,
        sqlite_shop.clerk,
        MemberForm(phone="13812345678", name="张丽", gender=Gender.FEMALE, sizes={SizeCategory.DRESSES: "M"}),
    )
    buy(sqlite_shop, member, "连衣裙", "M", AT_NOON - dt.timedelta(days=3))  # at an earlier visit
    widget = CounterPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.search_box.hasFocus)
    yield widget
    widget.scanner.uninstall()


def panel_of(page: CounterPage) -> WorkflowPanel:
    assert isinstance(page.side_panel, WorkflowPanel)
    return page.side_panel


def test_reception_by_keyboard_fills_in_the_member_and_records_every_step(
    page: CounterPage, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    qtbot.keyClick(page.search_box, Qt.Key.Key_F2)  # the customer walks up
    panel = panel_of(page)
    assert panel.isVisible() and panel.workflow_key == "reception"
    assert "您好，欢迎光临" in panel.phrases.text()
    assert "张女士" not in panel.phrases.text()

    qtbot.keyClick(page.search_box, Qt.Key.Key_Return, CTRL)  # greeted
    qtbot.keyClicks(page.search_box, "13812345678")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)  # the member is recognised
    assert "张女士" in panel.who.text()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return, CTRL)  # recognise: done

    assert panel.choice.isVisible()  # needs: what are they here for?
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return, CTRL)
    assert panel.error.text()  # a choice must be made; the step stays
    panel.choice.setFocus()
    qtbot.keyClick(panel.choice, Qt.Key.Key_Down)
    qtbot.keyClick(panel.choice, Qt.Key.Key_Down)  # "a gift"
    qtbot.keyClick(panel.choice, Qt.Key.Key_Return, CTRL)

    assert "张女士，上次买的M码连衣裙穿着还合适吗？" in panel.phrases.text().replace("&quot;", "")
    assert "M" in panel.prompt.text()
    qtbot.keyClick(panel, Qt.Key.Key_Return, CTRL)  # preferences used
    qtbot.keyClick(panel, Qt.Key.Key_Return, CTRL | SHIFT)  # recommend: skipped
    qtbot.keyClick(panel, Qt.Key.Key_L, CTRL)  # the customer leaves before paying

    assert page.side_panel is None
    with sqlite_shop.db.read() as s:
        run = s.scalars(select(WorkflowRun)).one()
        steps = s.scalars(select(WorkflowStepRecord).order_by(WorkflowStepRecord.id)).all()
        assert (run.outcome, run.staff_id, run.ended_at is not None) == (
            WorkflowOutcome.LEFT,
            sqlite_shop.clerk.staff_id,
            True,
        )
        assert run.member_id is not None
        assert [(x.step_key, x.status, x.value) for x in steps] == [
            ("greet", StepStatus.DONE, ""),
            ("recognise", StepStatus.DONE, ""),
            ("needs", StepStatus.DONE, "gift"),
            ("preferences", StepStatus.DONE, ""),
            ("recommend", StepStatus.SKIPPED, ""),
        ]
        assert all(x.duration_ms >= 0 for x in steps)


def test_f2_on_a_card_starts_reception_for_that_member_and_runs_to_the_end(
    page: CounterPage, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    with sqlite_shop.db.read() as s:
        member = s.scalars(select(Member.id)).one()
    form = ComplaintForm(member, ComplaintCategory.PRODUCT_QUALITY, Severity.LOW, "拉链坏了")
    open_complaint(sqlite_shop.db, sqlite_shop.clerk, form)
    qtbot.keyClicks(page.search_box, "5678")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(page.search_box, Qt.Key.Key_F2)
    panel = panel_of(page)
    assert "张女士，您好！欢迎您再次光临！" in panel.phrases.text()
    assert "1 条未结投诉" in panel.who.text()  # known before the greeting
    qtbot.keyClick(page.search_box, Qt.Key.Key_F2)  # a second F2 keeps the running reception
    assert panel_of(page) is panel
    for _ in panel.workflow.steps if panel.workflow else ():
        qtbot.keyClick(page.search_box, Qt.Key.Key_Return, CTRL | SHIFT)
    assert not panel.done_button.isEnabled()
    with sqlite_shop.db.read() as s:
        run = s.scalars(select(WorkflowRun)).one()
        assert run.outcome is WorkflowOutcome.COMPLETED and run.member_id is not None


def test_the_actions_a_workflow_may_name_are_the_apps_actions() -> None:
    from memberdesk.ui.widgets import actions
    from memberdesk.workflows.definition import ACTIONS

    assert {a.name for a in actions.ACTIONS} - {"start_workflow"} == ACTIONS
    assert all(actions.available(name) for name in ACTIONS | {"start_workflow"})


def _return_the_dress(sqlite_shop: Shop) -> None:
    from memberdesk.domain.vocab import ReturnType
    from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, record_return
    from memberdesk.store.models import Sale, SaleLine

    with sqlite_shop.db.read() as s:
        line_id, receipt = s.execute(select(SaleLine.id, Sale.receipt_no).join(Sale)).one()
    form = ReturnForm(receipt, [ReturnLineForm(line_id, 1)], ReturnType.SIZE_FIT, "偏小")
    record_return(sqlite_shop.db, sqlite_shop.supervisor, form, now=AT_NOON - dt.timedelta(days=1))


def _walk_to_preferences(page: CounterPage, qtbot: QtBot) -> WorkflowPanel:
    qtbot.keyClicks(page.search_box, "5678")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(page.search_box, Qt.Key.Key_F2)
    panel = panel_of(page)
    assert panel.workflow is not None
    keys = [step.key for step in panel.workflow.steps]
    for _ in range(keys.index("preferences")):
        qtbot.keyClick(page.search_box, Qt.Key.Key_Return, CTRL | SHIFT)
    assert panel.step is not None and panel.step.key == "preferences"
    return panel


def test_reception_never_asks_how_a_returned_item_is_wearing(
    page: CounterPage, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    _return_the_dress(sqlite_shop)
    panel = _walk_to_preferences(page, qtbot)
    assert "连衣裙" not in panel.phrases.text()
    assert "连衣裙" not in panel.prompt.text()


def test_facts_not_on_file_say_so_instead_of_a_bare_placeholder(
    page: CounterPage, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    panel = _walk_to_preferences(page, qtbot)  # 张丽 has no skin, hair or children on file
    prompt = panel.prompt.text()
    assert "…" not in prompt
    assert QCoreApplication.translate("WorkflowPanel", "not on file") in prompt
    assert "M码连衣裙" in prompt  # what is on file is still there


def test_leaving_the_workflow_puts_the_keyboard_back_in_the_box(page: CounterPage, qtbot: QtBot) -> None:
    qtbot.keyClick(page.search_box, Qt.Key.Key_F2)
    panel = panel_of(page)
    panel.done_button.setFocus()  # the clerk clicked in the panel
    qtbot.keyClick(panel.done_button, Qt.Key.Key_L, CTRL)
    assert page.side_panel is None
    qtbot.waitUntil(page.search_box.hasFocus)


def test_start_of_shift_is_offered_once_a_day_and_records_each_answer(
    page: CounterPage, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    page.offer_shift_checklist()
    assert page.shift_offer.isVisible()
    qtbot.mouseClick(page.shift_offer.start_button, Qt.MouseButton.LeftButton)
    panel = panel_of(page)
    assert panel.workflow_key == "start_of_shift" and not page.shift_offer.isVisible()
    assert "仪容" in panel.prompt.text()
    while panel.step is not None:
        if panel.choice.isVisible():
            panel.choice.setFocus()
            qtbot.keyClick(panel.choice, Qt.Key.Key_Down)  # the first answer: in order
        qtbot.keyClick(panel, Qt.Key.Key_Return, CTRL)
    with sqlite_shop.db.read() as s:
        run = s.scalars(select(WorkflowRun).where(WorkflowRun.workflow_key == "start_of_shift")).one()
        steps = s.scalars(select(WorkflowStepRecord).where(WorkflowStepRecord.run_id == run.id)).all()
    assert run.outcome is WorkflowOutcome.COMPLETED and run.staff_id == sqlite_shop.clerk.staff_id
    assert [x.value for x in steps][:4] == ["ok", "ok", "ok", "ok"]
    page.offer_shift_checklist()  # signing in again the same day: not offered again
    assert not page.shift_offer.isVisible()


def test_start_of_shift_can_be_skipped_for_the_day(
    page: CounterPage, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    page.offer_shift_checklist()
    qtbot.mouseClick(page.shift_offer.skip_button, Qt.MouseButton.LeftButton)
    assert not page.shift_offer.isVisible() and page.side_panel is None
    page.offer_shift_checklist()
    assert not page.shift_offer.isVisible()
    page.ctx.set_actor(sqlite_shop.supervisor)  # another staff member still gets it
    page.offer_shift_checklist()
    assert page.shift_offer.isVisible()
    with sqlite_shop.db.read() as s:
        run = s.scalars(select(WorkflowRun).where(WorkflowRun.workflow_key == "start_of_shift")).one()
    assert run.outcome is WorkflowOutcome.LEFT


# --- what the reception asks about purchases ----------------------------------------------------


def _walk_member_to_preferences(page: CounterPage, qtbot: QtBot, phone: str) -> WorkflowPanel:
    qtbot.keyClicks(page.search_box, phone)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.card.member_id is not None)
    qtbot.keyClick(page.search_box, Qt.Key.Key_F2)
    panel = panel_of(page)
    assert panel.workflow is not None
    keys = [step.key for step in panel.workflow.steps]
    for _ in range(keys.index("preferences")):
        qtbot.keyClick(page.search_box, Qt.Key.Key_Return, CTRL | SHIFT)
    assert panel.step is not None and panel.step.key == "preferences"
    return panel


def _new_member(shop: Shop, phone: str, name: str) -> int:
    return enrol(shop.db, shop.clerk, MemberForm(phone=phone, name=name, gender=Gender.FEMALE))


def test_a_purchase_made_minutes_ago_is_not_asked_about(
    page: CounterPage, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    member = _new_member(sqlite_shop, "13912340001", "李娜")
    buy(sqlite_shop, member, "真丝衬衫", "S", AT_NOON - dt.timedelta(minutes=5))  # this same visit
    panel = _walk_member_to_preferences(page, qtbot, "13912340001")
    assert "上次" not in panel.phrases.text() and "衬衫" not in panel.phrases.text()
    assert "上次" not in panel.prompt.text()
    assert "今天刚买了S码真丝衬衫" in panel.prompt.text()  # the clerk still knows, without asking


def test_the_question_is_about_the_last_visit_when_she_bought_again_today(
    page: CounterPage, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    with sqlite_shop.db.read() as s:
        member = s.scalars(select(Member.id)).one()
    buy(sqlite_shop, member, "真丝衬衫", "S", AT_NOON - dt.timedelta(minutes=5))
    panel = _walk_to_preferences(page, qtbot)
    phrases = panel.phrases.text().replace("&quot;", "")
    assert "张女士，上次买的M码连衣裙穿着还合适吗？" in phrases  # three days ago
    assert "衬衫" not in phrases
    assert "上次（2026-03-07）买了M码连衣裙" in panel.prompt.text()


def test_a_member_with_no_purchase_is_welcomed_instead_of_not_on_file(
    page: CounterPage, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    _new_member(sqlite_shop, "13912340002", "王芳")
    panel = _walk_member_to_preferences(page, qtbot, "13912340002")
    prompt = panel.prompt.text()
    not_on_file = QCoreApplication.translate("WorkflowPanel", "not on file")
    assert "上次" not in prompt and f"购物 {not_on_file}" not in prompt
    assert "购物 还没有，欢迎首次选购" in prompt
    phrases = panel.phrases.text()
    assert "上次" not in phrases and "王女士，欢迎您来选购" in phrases


# --- the start of the shift is about the staff member, not a customer -------------------------


def test_the_start_of_shift_checklist_never_speaks_of_a_customer(
    page: CounterPage, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    page.offer_shift_checklist()
    qtbot.mouseClick(page.shift_offer.start_button, Qt.MouseButton.LeftButton)
    panel = panel_of(page)
    customer_words = (
        QCoreApplication.translate(
            "WorkflowPanel", "Customer not recognised yet: find them in the box on the left."
        ),
        "顾客",
        "F2",
    )
    assert sqlite_shop.clerk.name in panel.who.text()
    assert not any(w in panel.who.text() for w in customer_words)
    qtbot.keyClicks(page.search_box, "5678")  # a customer walks up meanwhile and is found
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.card.member_id is not None)
    assert "张女士" not in panel.who.text() and sqlite_shop.clerk.name in panel.who.text()
    while panel.step is not None:
        if panel.choice.isVisible():
            panel.choice.setFocus()
            qtbot.keyClick(panel.choice, Qt.Key.Key_Down)
        qtbot.keyClick(focused_widget(), Qt.Key.Key_Return, CTRL)
    shown = "\n".join((panel.who.text(), panel.progress.text(), panel.prompt.text()))
    assert not any(w in shown for w in customer_words), shown
    assert QCoreApplication.translate("WorkflowPanel", "Checklist finished.") in shown
    with sqlite_shop.db.read() as s:
        run = s.scalars(select(WorkflowRun).where(WorkflowRun.workflow_key == "start_of_shift")).one()
    assert run.outcome is WorkflowOutcome.COMPLETED and run.member_id is None


def focused_widget() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget
