"""The Reports page: figures computed off the GUI thread, a click on a bar opens its members."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from memberdesk.demo.build import DemoPlan, build_store
from memberdesk.domain.analytics import Segment
from memberdesk.services.members import system_actor
from memberdesk.store.database import connect
from memberdesk.ui.context import AppContext
from memberdesk.ui.pages.reports import ReportsPage, period_bounds


@pytest.fixture(scope="module")
def store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "demo.sqlite3"
    build_store(str(path), DemoPlan(members=200, seed=5, until=dt.date.today()))
    return path


@pytest.fixture
def page(store_file: Path, qtbot: QtBot) -> ReportsPage:
    db = connect(store_file)
    ctx = AppContext(db, 1, "demo")
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    ctx.set_actor(system_actor(db))
    yield widget
    db.dispose()


class FakeClick:
    def __init__(self, scene_pos: QPointF) -> None:
        self._pos = scene_pos

    def scenePos(self) -> QPointF:
        return self._pos


def test_compute_then_click_a_bar(page: ReportsPage, qtbot: QtBot, qtmodeltester) -> None:
    page.compute()
    qtbot.waitUntil(lambda: page.figures is not None, timeout=20_000)
    assert "%" in page.summary.text()
    index = next(i for i, (_, n, _) in enumerate(page.figures.rfm) if n)
    segment, count, _ = page.figures.rfm[index]
    view = page.rfm_plot.getPlotItem().vb
    page.rfm_plot.scene().sigMouseClicked.emit(FakeClick(view.mapViewToScene(QPointF(index, count / 2))))
    assert page.members.rowCount() == min(count, 100)
    assert set(r.id for r in page.members.rows) <= set(page.figures.rfm_members[segment])
    qtmodeltester.check(page.members)


def test_click_between_bars_opens_nothing(page: ReportsPage, qtbot: QtBot) -> None:
    page.compute()
    qtbot.waitUntil(lambda: page.figures is not None, timeout=20_000)
    view = page.rfm_plot.getPlotItem().vb
    page.rfm_plot.scene().sigMouseClicked.emit(FakeClick(view.mapViewToScene(QPointF(0.5, 1))))
    assert page.members.rowCount() == 0


def test_clerks_cannot_compute(page: ReportsPage, store_file: Path) -> None:
    from dataclasses import replace

    from memberdesk.domain.vocab import Role

    page.ctx.set_actor(replace(page.ctx.actor, role=Role.CLERK))
    assert not page.compute_button.isEnabled() and page.summary.text()


def test_named_periods() -> None:
    today = dt.date(2026, 11, 25)
    assert period_bounds("this_month", today) == (dt.date(2026, 11, 1), today)
    assert period_bounds("last_month", today) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert period_bounds("this_quarter", today) == (dt.date(2026, 10, 1), today)
    assert period_bounds("last_quarter", today) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert period_bounds("last_quarter", dt.date(2026, 2, 3)) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert period_bounds("this_year", today) == (dt.date(2026, 1, 1), today)
    assert period_bounds("last_12_months", today) == (dt.date(2025, 11, 26), today)


def test_segment_drill_down_directly(page: ReportsPage, qtbot: QtBot) -> None:
    page.compute()
    qtbot.waitUntil(lambda: page.figures is not None, timeout=20_000)
    page.open_segment(Segment.GENERAL_RETAIN)
    assert page.members_title.text()
