"""The Reports page: figures computed off the GUI thread, a click on a bar opens its members."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF, Qt, QThreadPool
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.demo.build import DemoPlan, build_store
from memberdesk.documents.figures import MembershipFigures
from memberdesk.domain.analytics import Segment
from memberdesk.domain.vocab import Role
from memberdesk.services.members.enrolment import system_actor
from memberdesk.services.staff.auth import list_staff
from memberdesk.store.database import connect
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.reports import reports_page
from memberdesk.ui.reports.reports_page import ReportsPage, period_bounds
from memberdesk.ui.widgets.context import AppContext
from memberdesk.ui.widgets.pseudo_locale import install_pseudo_locale, remove_pseudo_locale
from tests.ui.page_steps import click, go_to, sign_in

# The demo store's last day, and the day the page's periods count back from: the same every
# day the tests run (a store built up to the real today, and periods of the real today, gave
# other figures on other days, and none at all in a year without the store's data).
TODAY = dt.date(2026, 11, 30)
# An upper bound only: waitSignal returns as soon as the figures are shown, however loaded the
# machine; the bound is there so that a page that never shows them fails instead of hanging.
SHOWN = 120_000


@pytest.fixture(autouse=True)
def _the_page_counts_from_the_store_s_last_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reports_page, "today", lambda: TODAY)


@pytest.fixture(scope="module")
def store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports") / "demo.sqlite3"
    build_store(str(path), DemoPlan(members=200, seed=5, until=TODAY))
    return path


@pytest.fixture
def page(store_file: Path, qtbot: QtBot) -> ReportsPage:
    """The page on screen with a manager signed in, and the figures it computed for them."""
    db = connect(store_file)
    ctx = AppContext(db, 1, "demo")
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitSignal(widget.figures_shown, timeout=SHOWN):
        ctx.set_actor(system_actor(db))  # signing in on the open page computes its figures
    yield widget
    db.dispose()


def compute_and_wait(qtbot: QtBot, page: ReportsPage) -> MembershipFigures:
    """Press Compute and wait until every chart shows the figures."""
    with qtbot.waitSignal(page.figures_shown, timeout=SHOWN) as shown:
        click(qtbot, page.compute_button)
    figures: MembershipFigures = shown.args[0]
    assert figures is page.figures
    return figures


class FakeClick:
    def __init__(self, scene_pos: QPointF) -> None:
        self._pos = scene_pos

    def scenePos(self) -> QPointF:
        return self._pos


def test_compute_then_click_a_bar(page: ReportsPage, qtbot: QtBot, qtmodeltester) -> None:
    figures = compute_and_wait(qtbot, page)
    assert "%" in page.summary.text()
    index = next(i for i, (_, n, _) in enumerate(figures.rfm) if n)
    segment, count, _ = figures.rfm[index]
    view = page.rfm_plot.getPlotItem().vb
    page.rfm_plot.scene().sigMouseClicked.emit(FakeClick(view.mapViewToScene(QPointF(count / 2, index))))
    assert page.members.rowCount() == min(count, 100)
    assert set(r.id for r in page.members.rows) <= set(figures.rfm_members[segment])
    qtmodeltester.check(page.members)


def test_a_second_compute_replaces_the_first_one_still_running(page: ReportsPage, qtbot: QtBot) -> None:
    """Two computations at once (a new period chosen while the last is still counting): only
    the newest one's figures reach the screen, once."""
    shown: list[MembershipFigures] = []
    page.figures_shown.connect(shown.append)
    page.compute()
    page.period.setCurrentIndex(page.PERIODS.index("this_month"))
    with qtbot.waitSignal(page.figures_shown, timeout=SHOWN):
        page.compute()
    QThreadPool.globalInstance().waitForDone(SHOWN)  # the first computation's jobs have ended
    QApplication.processEvents()  # and what they sent is delivered
    assert [(f.start, f.end) for f in shown] == [page._range()] == [(dt.date(2026, 11, 1), TODAY)]
    assert not page.progress.isVisibleTo(page)


def test_click_between_bars_opens_nothing(page: ReportsPage, qtbot: QtBot) -> None:
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
    # the days a calendar's arithmetic goes wrong on: a month's last day, 29 February, New Year
    assert period_bounds("last_month", dt.date(2027, 3, 31)) == (dt.date(2027, 2, 1), dt.date(2027, 2, 28))
    assert period_bounds("this_quarter", dt.date(2028, 2, 29)) == (dt.date(2028, 1, 1), dt.date(2028, 2, 29))
    assert period_bounds("last_12_months", dt.date(2028, 2, 29)) == (
        dt.date(2027, 3, 2),
        dt.date(2028, 2, 29),
    )
    assert period_bounds("last_month", dt.date(2027, 1, 1)) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert period_bounds("last_quarter", dt.date(2026, 12, 31)) == (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert period_bounds("this_year", dt.date(2026, 12, 31)) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def test_segment_drill_down_directly(page: ReportsPage, qtbot: QtBot) -> None:
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
    """Open the page, which computes its figures, and wait until they are shown."""
    page = _reports(window)
    with qtbot.waitSignal(page.figures_shown, timeout=SHOWN):
        go_to(qtbot, window, "reports")
    QApplication.sendPostedEvents()  # the layouts the new charts asked for
    QApplication.processEvents()
    return page


def test_opening_the_page_draws_the_figures_without_pressing_compute(
    reports_window: MainWindow, qtbot: QtBot
) -> None:
    page = _reports(reports_window)
    assert not page.tiers_plot.getPlotItem().getAxis("left").isVisible()  # no empty 0-1 axes
    with qtbot.waitSignal(page.figures_shown, timeout=SHOWN):
        go_to(qtbot, reports_window, "reports")
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
    assert page.figures is not None and not page.progress.isVisibleTo(page)
    computed, rendered = [], []
    real_membership, real_render = analytics.membership, report.render
    monkeypatch.setattr(
        analytics, "membership", lambda *a, **k: computed.append(a) or real_membership(*a, **k)
    )
    monkeypatch.setattr(
        report, "render", lambda f, lang, *more: rendered.append(f) or real_render(f, lang, *more)
    )
    with qtbot.waitSignal(page.pdf_made, timeout=SHOWN):
        page.save_pdf()
    assert computed == [] and rendered == [page.figures]
    page.preview.close()
    page.preview = None
    page.period.setCurrentIndex(page.PERIODS.index("this_month"))
    with qtbot.waitSignal(page.pdf_made, timeout=SHOWN):
        page.save_pdf()
    assert len(computed) == 1 and rendered[-1] is not page.figures
    assert (rendered[-1].start, rendered[-1].end) == page._range()
    page.preview.close()


# --- the same words on the screen and on paper -----------------------------------------------


def _tick_labels(plot: pg.PlotWidget) -> list[str]:
    shown = []
    for axis in ("left", "bottom"):
        levels = plot.getPlotItem().getAxis(axis)._tickLevels
        shown += [label for _, label in levels[0]] if levels else []
    return shown


# The words of the summary line that name a figure the PDF names too.
SCREEN_WORDS = (
    "会员总数",
    "新会员",
    "活跃会员",
    "流失会员",
    "销售总额",
    "退款总额",
    "净销售额",
    "本期流失的会员",
)


def test_the_screen_and_the_pdf_name_each_figure_alike(
    chinese: None, reports_window: MainWindow, qtbot: QtBot
) -> None:
    """What the manager reads on the Reports page and on the paper they print from it: every
    word that names a figure names the same one in both, and the one the figures model holds."""
    from tests.reports.figure_words import glossary, layout_text, missing, problems

    page = _computed(qtbot, reports_window)
    figures = page.figures
    assert figures is not None
    with qtbot.waitSignal(page.pdf_made, timeout=SHOWN) as made:
        click(qtbot, page.pdf_button)
    pdf_text, screen_text = layout_text(made.args[0]), page.summary.text()
    words = glossary(figures, "zh_CN")
    assert problems([pdf_text, screen_text], words) == []
    assert missing([screen_text], {w: words[w] for w in SCREEN_WORDS}) == []
    assert (
        f"{figures.pareto.top20_share:.1%}" in screen_text and f"{figures.pareto.top20_share:.1%}" in pdf_text
    )
    flat_pdf = "".join(pdf_text.split())
    for plot in (page.tiers_plot, page.channels_plot, page.rfm_plot):
        labels = _tick_labels(plot)
        assert labels and [label for label in labels if "".join(label.split()) not in flat_pdf] == []
    assert "自然到店" in _tick_labels(page.channels_plot)
    page.preview.close()
