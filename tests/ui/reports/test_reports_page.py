"""The Reports page: figures computed off the GUI thread, a click on a bar opens its members."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.demo.build import DemoPlan, build_store
from memberdesk.domain.analytics import Segment
from memberdesk.domain.vocab import Role
from memberdesk.services.members.enrolment import system_actor
from memberdesk.services.staff.auth import list_staff
from memberdesk.store.database import connect
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.reports.reports_page import ReportsPage, period_bounds
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.pseudo_locale import install_pseudo_locale, remove_pseudo_locale
from tests.ui.page_steps import click, go_to, sign_in


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
    page.rfm_plot.scene().sigMouseClicked.emit(FakeClick(view.mapViewToScene(QPointF(count / 2, index))))
    assert page.members.rowCount() == min(count, 100)
    assert set(r.id for r in page.members.rows) <= set(page.figures.rfm_members[segment])
    qtmodeltester.check(page.members)


def test_click_between_bars_opens_nothing(page: ReportsPage, qtbot: QtBot) -> None:
    page.compute()
    qtbot.waitUntil(lambda: page.figures is not None, timeout=20_000)
    view = page.rfm_plot.getPlotItem().vb
    page.rfm_plot.scene().sigMouseClicked.emit(FakeClick(view.mapViewToScene(QPointF(1, 0.5))))
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


# --- the page in the main window ------------------------------------------------------------


@pytest.fixture
def reports_window(store_file: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    db = connect(store_file)
    ctx = AppContext(db, 1, "demo")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    manager = next(s for s in list_staff(db, 1) if s.role is Role.MANAGER)
    sign_in(qtbot, window, manager.id, "8888")
    yield window
    db.dispose()


def _reports(window: MainWindow) -> ReportsPage:
    page = window.page_widgets[4]
    assert isinstance(page, ReportsPage)
    return page


def _computed(qtbot: QtBot, window: MainWindow) -> ReportsPage:
    """Open the page and have the figures (pressing Compute if they are not on their way)."""
    page = _reports(window)
    go_to(qtbot, window, "reports")
    if page.compute_button.isEnabled():
        click(qtbot, page.compute_button)
    qtbot.waitUntil(lambda: page.figures is not None, timeout=20_000)
    return page


def test_opening_the_page_draws_the_figures_without_pressing_compute(
    reports_window: MainWindow, qtbot: QtBot
) -> None:
    page = _reports(reports_window)
    assert not page.tiers_plot.getPlotItem().getAxis("left").isVisible()  # no empty 0-1 axes
    go_to(qtbot, reports_window, "reports")
    qtbot.waitUntil(lambda: page.figures is not None, timeout=20_000)
    for plot in (page.tiers_plot, page.channels_plot, page.pareto_plot, page.rfm_plot):
        assert plot.getPlotItem().listDataItems() or plot.getPlotItem().items
        assert plot.getPlotItem().getAxis("left").isVisible()


def _category_labels_fit(plot: pg.PlotWidget) -> list[str]:
    """Labels that run into their neighbours or out of the axis (empty when all fit)."""
    view = plot.getPlotItem().vb
    left = plot.getPlotItem().getAxis("left")
    bottom = plot.getPlotItem().getAxis("bottom")
    horizontal = bool(left._tickLevels)  # the categories are on the left axis
    axis = left if horizontal else bottom
    names = [label for _, label in axis._tickLevels[0]]
    assert names
    metrics = QFontMetrics(axis.style["tickFont"] or QFont())
    one, two = view.mapViewToScene(QPointF(0, 0)), view.mapViewToScene(QPointF(1, 1))
    spacing = abs(two.y() - one.y()) if horizontal else abs(two.x() - one.x())
    bad = []
    for name in names:
        extent = metrics.height() if horizontal else metrics.horizontalAdvance(name)
        if extent + 2 > spacing or (horizontal and metrics.horizontalAdvance(name) > axis.width()):
            bad.append(name)
    return bad


def test_rfm_and_channel_labels_do_not_run_into_each_other(reports_window: MainWindow, qtbot: QtBot) -> None:
    page = _computed(qtbot, reports_window)
    assert _category_labels_fit(page.rfm_plot) == []
    assert _category_labels_fit(page.channels_plot) == []


def test_tiers_and_channels_read_as_words_not_stored_keys(reports_window: MainWindow, qtbot: QtBot) -> None:
    page = _computed(qtbot, reports_window)
    shown = []
    for plot in (page.tiers_plot, page.channels_plot):
        for axis in ("left", "bottom"):
            levels = plot.getPlotItem().getAxis(axis)._tickLevels
            shown += [label for _, label in levels[0]] if levels else []
    keys = {"regular", "silver", "vip", "word of mouth", "walk in", "word_of_mouth"}
    assert shown and not keys & set(shown)
    assert "Regular" in shown or "VIP" in shown


def test_the_drill_down_list_has_room_for_several_members(reports_window: MainWindow, qtbot: QtBot) -> None:
    page = _computed(qtbot, reports_window)
    segment = next(seg for seg, n, _ in page.figures.rfm if n >= 6)
    page.open_segment(segment)
    view = page.members_view
    rows_visible = (view.viewport().height()) / view.verticalHeader().defaultSectionSize()
    assert rows_visible >= 5
    assert view.horizontalHeader().model().headerData(1, Qt.Orientation.Horizontal) == "Phone"
    assert view.horizontalHeader().model().headerData(2, Qt.Orientation.Horizontal) == "Card no."


def test_every_chart_fits_its_cell_even_with_longer_words(
    store_file: Path,
    qtbot: QtBot,
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    translator = install_pseudo_locale(qapp)
    try:
        db = connect(store_file)
        window = MainWindow(AppContext(db, 1, "demo"))
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        manager = next(s for s in list_staff(db, 1) if s.role is Role.MANAGER)
        sign_in(qtbot, window, manager.id, "8888")
        page = _computed(qtbot, window)
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        for plot in (page.tiers_plot, page.channels_plot, page.pareto_plot, page.rfm_plot):
            assert plot.getPlotItem().minimumWidth() <= plot.width(), plot.toolTip()
        db.dispose()
    finally:
        remove_pseudo_locale(qapp, translator)


def test_the_pdf_is_made_from_the_figures_on_the_screen(
    page: ReportsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving the PDF after computing renders those figures; another period computes anew."""
    from memberdesk.reports import membership as report
    from memberdesk.services.analytics import figures as analytics

    # the figures computed on opening the page
    qtbot.waitUntil(lambda: page.figures is not None and not page.progress.isVisibleTo(page), timeout=20_000)
    computed, rendered = [], []
    real_membership, real_render = analytics.membership, report.render
    monkeypatch.setattr(
        analytics, "membership", lambda *a, **k: computed.append(a) or real_membership(*a, **k)
    )
    monkeypatch.setattr(report, "render", lambda f, lang: rendered.append(f) or real_render(f, lang))
    page.save_pdf()
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None, timeout=20_000)
    assert computed == [] and rendered == [page.figures]
    page.preview.close()
    page.preview = None
    page.period.setCurrentIndex(page.PERIODS.index("this_month"))
    page.save_pdf()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20_000)
    assert len(computed) == 1 and rendered[-1] is not page.figures
    assert (rendered[-1].start, rendered[-1].end) == page._range()
    page.preview.close()
