"""The staff scorecard from the Reports page, used as the manager, a supervisor and a clerk use it."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.domain.vocab import Role
from memberdesk.services.scorecard.scorecard import Scorecard, scorecard
from memberdesk.services.scorecard.targets import RoleTargets, save_targets
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.reports import reports_page, scorecard_dialog
from memberdesk.ui.reports.reports_page import ReportsPage
from memberdesk.ui.reports.scorecard_dialog import ScorecardDialog
from memberdesk.ui.reports.scorecard_model import BONUS, SALES, STAFF, ScorecardModel
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.member_labels import money
from tests.conftest import TEST_PINS, Shop
from tests.reports.pdfcheck import flat, page_texts
from tests.services.scorecard.known_store import END, START, build, shanghai  # noqa: F401
from tests.ui.page_steps import click, focused, go_to, sign_in

pytestmark = pytest.mark.usefixtures("shanghai")
TODAY = dt.date(2026, 11, 20)  # "last month" is the known store's October


@pytest.fixture(autouse=True)
def _a_fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scorecard_dialog, "today", lambda: TODAY)
    monkeypatch.setattr(reports_page, "today", lambda: TODAY)


@pytest.fixture
def store(sqlite_shop: Shop) -> Shop:
    build(sqlite_shop)
    save_targets(
        sqlite_shop.db,
        sqlite_shop.manager,
        RoleTargets(Role.CLERK, sales_target_fen=1_00, bonus_per_enrolment_fen=10_00, sales_bonus_fen=300_00),
    )
    return sqlite_shop


def _page(qtbot: QtBot, window: MainWindow, shop: Shop, role: Role) -> ReportsPage:
    actor = {Role.MANAGER: shop.manager, Role.SUPERVISOR: shop.supervisor}[role]
    sign_in(qtbot, window, actor.staff_id, TEST_PINS[role])
    page = window.page_widgets[4]
    assert isinstance(page, ReportsPage)
    with qtbot.waitSignal(page.figures_shown, timeout=60_000):
        go_to(qtbot, window, "reports")
    return page


def _cells(model: ScorecardModel, column: int) -> list[str]:
    return [model.text(row, column) for row in model.rows]


def test_the_manager_opens_the_scorecard_by_keys_and_prints_it(
    window: MainWindow, store: Shop, qtbot: QtBot
) -> None:
    page = _page(qtbot, window, store, Role.MANAGER)
    page.period.setFocus()
    for _ in range(20):  # Tab along the page's top row to the scorecard's button
        if focused() is page.scorecard_button:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.scorecard_button
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    dialog = page.scorecard
    assert isinstance(dialog, ScorecardDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused() is dialog.period)
    expected: Scorecard = scorecard(store.db, store.manager, START, END)
    assert dialog.card == expected  # last month, shown on opening
    model = dialog.model
    assert _cells(model, STAFF) == ["张店员 (C01)", "王经理 (M01)", "李主管 (S01)"]
    assert _cells(model, SALES) == [money(r.figures.sales_fen) for r in expected.rows]
    clerk = next(r for r in expected.rows if r.figures.code == "C01")
    assert model.text(clerk, BONUS) == money(clerk.figures.enrolments * 10_00 + 300_00)
    assert money(expected.bonus_total_fen) in dialog.summary.text()
    # another period: Custom is the last choice; the first half of October, Enter shows it
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    assert dialog.start.isEnabled()
    dialog.end.setDate(QDate(2026, 10, 15))
    with qtbot.waitSignal(dialog.shown) as shown:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    half: Scorecard = shown.args[0]
    assert (half.start, half.end) == (START, dt.date(2026, 10, 15))
    assert half == scorecard(store.db, store.manager, START, dt.date(2026, 10, 15))
    with qtbot.waitSignal(dialog.pdf_made) as made:
        click(qtbot, dialog.pdf_button)
    text = flat(" ".join(page_texts(made.args[0])))
    assert "张店员(C01)" in text and flat(money(half.bonus_total_fen)) in text
    dialog.preview.discard()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is dialog)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert focused().window() is window


def test_a_supervisor_sees_everyone(window: MainWindow, store: Shop, qtbot: QtBot) -> None:
    page = _page(qtbot, window, store, Role.SUPERVISOR)
    click(qtbot, page.scorecard_button)
    assert len(page.scorecard.model.rows) == 3


def test_a_clerk_sees_only_their_own_row(ctx: AppContext, store: Shop, qtbot: QtBot) -> None:
    ctx.set_actor(store.clerk)
    dialog = ScorecardDialog.open_for(ctx)
    qtbot.addWidget(dialog)
    assert _cells(dialog.model, STAFF) == ["张店员 (C01)"]
    assert "your own figures" in dialog.summary.text()


def test_the_model_passes_the_model_tester(store: Shop, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ScorecardModel()
    model.show_rows(scorecard(store.db, store.manager, START, END).rows)
    qtmodeltester.check(model)
