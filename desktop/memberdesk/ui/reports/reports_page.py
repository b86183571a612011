"""The Reports page: the membership figures of a period as charts a manager can click through."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from memberdesk.documents.figures import MembershipFigures
from memberdesk.domain.analytics import Segment
from memberdesk.domain.churn import TYPICAL_YEARLY_CHURN, WinbackCause
from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import Channel, Tier
from memberdesk.services.analytics import figures as analytics
from memberdesk.services.analytics.figures import MemberRow
from memberdesk.services.campaigns import results as campaign_results
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.ui.reports.periods import period_bounds
from memberdesk.ui.widgets import labels, member_labels
from memberdesk.ui.widgets.context import AppContext, translate_error
from memberdesk.ui.widgets.dates import date_edit
from memberdesk.ui.widgets.i18n import ui_language
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog
from memberdesk.ui.widgets.workers import Job, Progress, run_in_background

PAGE = 100
MIN_CHART_HEIGHT = 150
DRILL_DOWN_ROWS = 5  # the members of a segment: room for this many rows at the smallest screen
RED = "#b91c1c"
Index = QModelIndex | QPersistentModelIndex

pg.setConfigOptions(antialias=True, background="w", foreground="#374151")


class SegmentMembersModel(QAbstractTableModel):
    """The members of one chart element, looked up a page of ids at a time."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids: list[int] = []
        self.rows: list[MemberRow] = []

    def show_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids, self.rows = ids, []
        self.endResetModel()
        self.fetchMore()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < len(self.ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self.rows) >= len(self.ids):
            return
        page = analytics.member_rows(
            self.ctx.db, self.ctx.actor, self.ids[len(self.rows) : len(self.rows) + PAGE]
        )
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Card no."),
            self.tr("Tier"),
            self.tr("Lifetime spend"),
            self.tr("Last visit"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        return (
            r.name,
            r.masked_phone,
            r.card_no,
            labels.stored_word(Tier, r.tier),
            member_labels.money(r.spend_fen),
            r.last_visit.isoformat() if r.last_visit else "",
        )[index.column()]


def _bar_plot(title: str) -> pg.PlotWidget:
    plot = pg.PlotWidget()  # the title is a wrapping QLabel above it (see _titled): a long
    plot.setToolTip(title)  # title inside the plot would make the chart wider than its cell
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.setMinimumHeight(MIN_CHART_HEIGHT)
    for side in ("left", "bottom"):  # no empty 0-1 axes: they appear with the figures
        plot.hideAxis(side)
    return plot


def _titled(plot: pg.PlotWidget) -> QWidget:
    """The chart with its title above it, wrapped when the cell is narrow."""
    box = QWidget()
    title = QLabel(plot.toolTip())
    title.setWordWrap(True)
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(title)
    column.addWidget(plot, 1)
    return box


def _tick_font() -> QFont:
    font = QFont()
    font.setPointSize(9)
    return font


def _fill_bars(
    plot: pg.PlotWidget, items: list[tuple[str, float]], colour: str = RED, *, horizontal: bool = False
) -> None:
    """Bars with their labels; long labels (channels, segments) read best beside horizontal bars."""
    plot.clear()
    for side in ("left", "bottom"):
        plot.showAxis(side)
    positions = list(range(len(items)))
    values = [v for _, v in items]
    ticks = [[(i, label) for i, (label, _) in enumerate(items)]]
    font = _tick_font()
    brush = QColor(colour)
    room = (-0.6, max(len(items) - 0.4, 0.6))
    if horizontal:
        plot.addItem(pg.BarGraphItem(x0=0, y=positions, width=values, height=0.6, brush=brush))
        labels = plot.getAxis("left")
        labels.setTicks(ticks)
        labels.setStyle(tickFont=font)
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(label) for label, _ in items), default=20)
        labels.setWidth(widest + 16)
        rows = len(items) + 0.2  # the bars and the room around them
        plot.setMinimumHeight(max(MIN_CHART_HEIGHT, int(rows * (metrics.height() + 4)) + 44))  # no overlap
        plot.getPlotItem().invertY(True)  # the first item on top
        plot.setYRange(*room, padding=0)
        plot.setXRange(0, max(values, default=0) * 1.08 or 1, padding=0)
    else:
        plot.addItem(pg.BarGraphItem(x=positions, height=values, width=0.6, brush=brush))
        labels = plot.getAxis("bottom")
        labels.setTicks(ticks)
        labels.setStyle(tickFont=font)
        plot.setXRange(*room, padding=0)


def today() -> dt.date:
    """The day the named periods count back from (tests set their own)."""
    return dt.date.today()


class ReportsPage(QWidget):
    """Figures for a period; the RFM chart's bars open their members below.

    ``figures_shown`` is emitted with the figures once every chart and the summary show them,
    ``pdf_made`` with the report's bytes when its preview opens.
    """

    figures_shown = Signal(object)
    pdf_made = Signal(bytes)

    PERIODS = (
        "this_month",
        "last_month",
        "this_quarter",
        "last_quarter",
        "this_year",
        "last_12_months",
        "custom",
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.figures: MembershipFigures | None = None
        self.period = QComboBox()
        self.period.setObjectName("report_period")
        period_names = (
            self.tr("This month"),
            self.tr("Last month"),
            self.tr("This quarter"),
            self.tr("Last quarter"),
            self.tr("This year"),
            self.tr("Last 12 months"),
            self.tr("Custom"),
        )
        for key, label in zip(self.PERIODS, period_names, strict=True):
            self.period.addItem(label, key)
        self.period.setCurrentIndex(self.PERIODS.index("last_12_months"))
        self.start, self.end = date_edit(), date_edit()
        self.period.currentIndexChanged.connect(self._period_changed)
        self.compute_button = QPushButton(self.tr("Compute"))
        self.compute_button.setObjectName("compute_report")
        self.compute_button.clicked.connect(self.compute)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.setObjectName("report_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.lost_button = QPushButton(self.tr("Who stopped coming"))
        self.lost_button.setObjectName("lost_members")
        self.lost_button.setToolTip(self.tr("The members lost in the period, with their likely causes"))
        self.lost_button.setEnabled(False)
        self.lost_button.clicked.connect(self.open_lost)
        self.liability_button = QPushButton(self.tr("Stored-value liability…"))
        self.liability_button.setObjectName("liability_report")
        self.liability_button.clicked.connect(self.open_liability)
        self.scorecard_button = QPushButton(self.tr("Staff scorecard…"))
        self.scorecard_button.setObjectName("staff_scorecard")
        self.scorecard_button.clicked.connect(self.open_scorecard)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(lambda: self.job.cancel() if self.job else None)
        self.summary = QLabel()
        self.summary.setObjectName("report_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tiers_plot = _bar_plot(self.tr("Tiers"))
        self.channels_plot = _bar_plot(self.tr("New members by channel"))
        self.pareto_plot = _bar_plot(self.tr("80/20: share of net spend by share of members"))
        self.rfm_plot = _bar_plot(self.tr("RFM segments (click a bar for its members)"))
        self.rfm_plot.scene().sigMouseClicked.connect(self._rfm_clicked)
        grid = QGridLayout()
        grid.addWidget(_titled(self.tiers_plot), 0, 0)
        grid.addWidget(_titled(self.channels_plot), 0, 1)
        grid.addWidget(_titled(self.pareto_plot), 1, 0)
        grid.addWidget(_titled(self.rfm_plot), 1, 1)
        charts = QWidget()
        charts.setLayout(grid)

        self.members_title = QLabel()
        self.members = SegmentMembersModel(ctx, self)
        self.members_view = QTableView()
        self.members_view.setModel(self.members)
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_view.verticalHeader().hide()
        self.members_view.horizontalHeader().setStretchLastSection(True)
        self.members_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.members_view.doubleClicked.connect(self._open_member)
        row_height = self.members_view.verticalHeader().defaultSectionSize()
        header_height = self.members_view.horizontalHeader().sizeHint().height()
        self.members_view.setMinimumHeight(DRILL_DOWN_ROWS * row_height + header_height + 4)
        drill = QWidget()
        drill_layout = QVBoxLayout(drill)
        drill_layout.setContentsMargins(0, 0, 0, 0)
        drill_head = QHBoxLayout()
        drill_head.addWidget(self.members_title, 1)
        drill_head.addWidget(self.lost_button)  # beside the list it fills: the top row has no room
        drill_layout.addLayout(drill_head)
        drill_layout.addWidget(self.members_view)
        self.charts = charts
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(charts)
        split.addWidget(drill)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        top = QHBoxLayout()
        for w in (self.period, self.start, QLabel("–"), self.end, self.compute_button, self.pdf_button):
            top.addWidget(w)
        top.addWidget(self.liability_button)
        top.addStretch(1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        summary_row = QHBoxLayout()  # the top row has no room left at 1024 px in a longer language
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.scorecard_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(summary_row)
        layout.addWidget(split, 1)
        self._period_changed()
        self._offer_liability()  # once on the page: a parentless button shown would be a window
        ctx.actor_changed.connect(self._actor_changed)

    def page_title(self) -> str:
        return self.tr("Reports")

    def reset_for_next_user(self) -> None:
        """Locked (F12): no figures, charts or members of the last person's report stay."""
        if self.job is not None:
            self.job.cancel()
        self._busy(False)
        self.figures = None
        self.lost_button.setEnabled(False)
        self.summary.clear()
        self.members_title.clear()
        self.members.show_ids([])
        for plot in (self.tiers_plot, self.channels_plot, self.pareto_plot, self.rfm_plot):
            plot.clear()
        blocked = self.period.blockSignals(True)
        self.period.setCurrentIndex(self.PERIODS.index("last_12_months"))
        self.period.blockSignals(blocked)
        self._period_changed()

    # --- the period ------------------------------------------------------------------
    def _period_changed(self) -> None:
        key = self.period.currentData()
        custom = key == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            start, end = period_bounds(key, today())
            self.start.setDate(QDate(start.year, start.month, start.day))
            self.end.setDate(QDate(end.year, end.month, end.day))

    def _range(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def _permitted(self) -> bool:
        return self.ctx.signed_in and allowed(self.ctx.actor, Permission.VIEW_REPORTS)

    def _actor_changed(self, actor: object) -> None:
        permitted = actor is not None and self._permitted()
        self._offer_liability()
        self.compute_button.setEnabled(permitted)
        self.pdf_button.setEnabled(permitted)
        self.figures = None  # the next person sees figures computed for them, or none
        if actor is not None and not permitted:
            self.summary.setText(self.tr("Reports are for supervisors and the manager."))
        elif permitted and self.isVisible() and not self.progress.isVisibleTo(self):
            self.compute()

    def _offer_liability(self) -> None:
        """The store's debts are the manager's: the button shows for the manager only."""
        self.liability_button.setVisible(
            self.ctx.signed_in and allowed(self.ctx.actor, Permission.VIEW_LIABILITY)
        )

    def showEvent(self, event: QShowEvent) -> None:
        """The quick figures at once on opening the page (off the GUI thread), then the rest."""
        super().showEvent(event)
        if self.figures is None and self._permitted() and not self.progress.isVisibleTo(self):
            self.compute()

    # --- computing -------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        for w in (self.progress, self.cancel_button):
            w.setVisible(busy)
        self.compute_button.setEnabled(not busy)
        self.pdf_button.setEnabled(not busy)

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.summary.setText(translate_error(error) if isinstance(error, ServiceError) else str(error))

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def compute(self) -> None:
        """Member counts first (the first charts within a second), then everything else.

        One computation at a time: a new one stops the one still running, so the charts
        never show one period's figures and then another's."""
        if self.job is not None:
            self.job.cancel()
        db, actor, (start, end) = self.ctx.db, self.ctx.actor, self._range()
        self._busy(True)
        self.summary.setText(self.tr("Counting…"))

        def first(_p: Progress) -> MembershipFigures:
            return analytics.quick(db, actor, start, end)

        def rest(p: Progress) -> MembershipFigures:
            def step(done: int, total: int) -> None:
                p.check()
                p.report(done, total)

            return analytics.membership(db, actor, start, end, progress=step)

        jobs: list[Job] = []  # this computation's jobs: what ends after a newer one started is dropped

        def current(callback: Any) -> Any:
            return lambda *args: callback(*args) if self.job is jobs[-1] else None

        def quick_done(figures: MembershipFigures) -> None:
            self.show_quick(figures)
            jobs.append(
                run_in_background(
                    rest,
                    on_done=current(self.show_figures),
                    on_error=current(self._failed),
                    on_progress=current(self._progressed),
                    on_cancelled=current(lambda: self._busy(False)),
                    owner=self,
                )
            )
            self.job = jobs[-1]

        jobs.append(
            run_in_background(first, on_done=current(quick_done), on_error=current(self._failed), owner=self)
        )
        self.job = jobs[-1]

    def _give_charts_room(self) -> None:
        """The bars grew taller than the splitter had given the charts: the list gives way."""
        self.charts.layout().activate()
        want = self.charts.minimumSizeHint().height()
        charts, drill = self.split.sizes()
        if charts < want and drill > 0:
            moved = min(want - charts, drill - self.members_view.minimumHeight())
            self.split.setSizes([charts + max(moved, 0), drill - max(moved, 0)])

    def show_quick(self, f: MembershipFigures) -> None:
        _fill_bars(self.tiers_plot, [(labels.stored_word(Tier, k), n) for k, n in f.tiers])
        channels = [(labels.stored_word(Channel, k), n) for k, n in f.by_channel]
        _fill_bars(self.channels_plot, channels, "#b45309", horizontal=True)
        self._give_charts_room()
        self.summary.setText(
            self.tr("Members in all {total:,} · new members {new:,} · computing the rest…").format(
                total=f.members_total, new=f.members_new
            )
        )

    def show_figures(self, f: MembershipFigures) -> None:
        self._busy(False)
        self.job = None
        self.figures = f
        self.show_quick(f)
        self.pareto_plot.clear()
        for side in ("left", "bottom"):
            self.pareto_plot.showAxis(side)
        xs = [x * 100 for x, _ in f.pareto.curve]
        self.pareto_plot.plot(xs, [y * 100 for _, y in f.pareto.curve], pen=pg.mkPen(RED, width=3))
        self.pareto_plot.plot([0, 100], [0, 100], pen=pg.mkPen("#9ca3af", style=Qt.PenStyle.DashLine))
        self.pareto_plot.addItem(pg.InfiniteLine(20, pen=pg.mkPen("#d4a017", style=Qt.PenStyle.DotLine)))
        self.segments = [seg for seg, _, _ in f.rfm]
        _fill_bars(self.rfm_plot, [(labels.segment(seg), n) for seg, n, _ in f.rfm], horizontal=True)
        self._give_charts_room()
        self.summary.setText(
            self.tr(
                "Members in all {total:,} · new members {new:,} · active members {active:,} · "
                "lapsed members {lapsed:,} · net sales {net} (gross sales {gross} less refunds {refunds}) · "
                "the top 20% of members by net spend bring {share:.1%} of it · "
                "stopped coming: {churned:,} of the members active at the start ({base:,}), churn {rate} a "
                "year (typical: {low:.0%}–{high:.0%}); in their last year they bought {risk}"
            ).format(
                total=f.members_total,
                new=f.members_new,
                active=f.members_active,
                lapsed=f.members_lapsed,
                net=member_labels.money(f.net_sales_fen),
                gross=member_labels.money(f.gross_sales_fen),
                refunds=member_labels.money(f.refunds_fen),
                share=f.pareto.top20_share,
                churned=f.churned_count,
                base=f.churn_base,
                rate=f"{f.churn_rate_year:.0%}" if f.churn_rate_year is not None else "—",
                low=TYPICAL_YEARLY_CHURN[0],
                high=TYPICAL_YEARLY_CHURN[1],
                risk=member_labels.money(f.revenue_at_risk_fen),
            )
        )
        self.lost_button.setEnabled(bool(f.churned_ids))
        self.figures_shown.emit(f)

    # --- drilling down ---------------------------------------------------------------
    def _rfm_clicked(self, event: Any) -> None:
        if self.figures is None:
            return
        point = self.rfm_plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        index = round(point.y())  # anywhere in a bar's row: small segments are hard to hit
        if 0 <= index < len(self.segments) and abs(point.y() - index) <= 0.3 and point.x() >= 0:
            self.open_segment(self.segments[index])

    def open_segment(self, segment: Segment) -> None:
        assert self.figures is not None
        ids = self.figures.rfm_members.get(segment, [])
        self.members_title.setText(
            self.tr("%1: %Ln member(s)", "", len(ids)).replace("%1", labels.segment(segment))
        )
        self.members.show_ids(ids)

    def open_lost(self) -> None:
        """The period's lost members in the list below, biggest spenders first, and how many
        left for each likely cause."""
        assert self.figures is not None
        f = self.figures
        causes = " · ".join(
            self.tr("{cause} {count:,}").format(cause=cause_label(cause), count=n)
            for cause, n, _ in f.churn_causes
            if n
        )
        self.members_title.setText(
            self.tr("Stopped coming: %n member(s)", "", len(f.churned_ids))
            + self.tr(" — likely causes: ")
            + causes
        )
        self.members.show_ids(f.churned_ids)

    def open_liability(self) -> None:
        from memberdesk.ui.reports.liability_dialog import LiabilityDialog

        self.liability = LiabilityDialog.open_for(self.ctx, self)

    def open_scorecard(self) -> None:
        from memberdesk.ui.reports.scorecard_dialog import ScorecardDialog

        self.scorecard = ScorecardDialog.open_for(self.ctx, self)

    def _open_member(self, index: QModelIndex) -> None:
        self.ctx.open_member.emit(self.members.rows[index.row()].id)

    def save_pdf(self) -> None:
        db, actor, (start, end), lang = self.ctx.db, self.ctx.actor, self._range(), ui_language()
        shown = self.figures
        if shown is not None and (shown.start, shown.end) != (start, end):
            shown = None
        self._busy(True)

        def build(p: Progress) -> bytes:
            from memberdesk.reports import membership as report  # reportlab: only when a PDF is made

            def step(done: int, total: int) -> None:
                p.check()
                p.report(done, total)

            # the figures on the screen, when they are of this period: the PDF says what the
            # charts say, and a year at a million members is not computed twice
            figures = (
                shown if shown is not None else analytics.membership(db, actor, start, end, progress=step)
            )
            return report.render(figures, lang, campaign_results.in_period(db, actor, start, end))

        def done(pdf: bytes) -> None:
            self._busy(False)
            self.preview = PdfPreviewDialog(pdf, self.tr("Membership report"), None, self)
            self.preview.show()
            self.pdf_made.emit(pdf)

        self.job = run_in_background(
            build,
            on_done=done,
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancelled=lambda: self._busy(False),
            owner=self,
        )


def cause_label(cause: WinbackCause) -> str:
    """Why a lost member likely left, in the window's words (the report says the same)."""
    return {
        WinbackCause.COMPLAINT: QCoreApplication.translate("ReportWords", "A complaint not put right"),
        WinbackCause.RETURN: QCoreApplication.translate("ReportWords", "A return"),
        WinbackCause.FEWER_VISITS: QCoreApplication.translate("ReportWords", "Came less and less"),
        WinbackCause.UNKNOWN: QCoreApplication.translate("ReportWords", "Not known (moved away?)"),
    }[cause]
