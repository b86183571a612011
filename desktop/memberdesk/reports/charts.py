"""Charts for the PDF reports, drawn with reportlab graphics and the bundled CJK font."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from memberdesk.reports.base import ACCENT, GREY
from memberdesk.reports.fonts import register

WIDTH = 170 * mm


def bars(items: Sequence[tuple[str, float]], *, value_format: str = "{:,.0f}", colour=ACCENT) -> Drawing:  # type: ignore[no-untyped-def]
    """Horizontal bars, one per labelled value (reads well with Chinese labels)."""
    font = register()
    rows = list(items) or [("—", 0)]
    # everything inside the drawing, so nothing spills onto what follows it on the page: the
    # value axis's labels below the bars, the category labels left of them, values at their ends
    below, above, row = 18, 4, 12
    label_width = max(stringWidth(label, font, 8) for label, _ in rows) + 8
    d = Drawing(WIDTH, row * len(rows) + below + above)
    chart = HorizontalBarChart()
    chart.x, chart.y = max(30 * mm, label_width), below
    chart.width, chart.height = WIDTH - chart.x - 18 * mm, row * len(rows)
    chart.data = [[max(v, 0) for _, v in reversed(rows)]]
    chart.categoryAxis.categoryNames = [label for label, _ in reversed(rows)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.textAnchor = "end"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if max(v for _, v in rows) <= 5:  # counts: no ticks at 0.5, 1.5
        chart.valueAxis.valueMax = max(1, max(v for _, v in rows))
        chart.valueAxis.valueStep = 1
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: value_format.format(v)
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def pareto(curve: Sequence[tuple[float, float]], top20: float, caption: str) -> Drawing:
    """The Pareto curve: share of revenue against share of buyers, best buyers first."""
    font = register()
    d = Drawing(WIDTH, 70 * mm)
    plot = LinePlot()
    plot.x, plot.y = 20 * mm, 12 * mm
    plot.width, plot.height = WIDTH - 40 * mm, 50 * mm
    plot.data = [[(x * 100, y * 100) for x, y in curve], [(0, 0), (100, 100)]]
    plot.lines[0].strokeColor = ACCENT
    plot.lines[0].strokeWidth = 2
    plot.lines[1].strokeColor = GREY
    plot.lines[1].strokeDashArray = [3, 3]
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.valueMin, axis.valueMax, axis.valueStep = 0, 100, 20
        axis.labels.fontName = font
        axis.labels.fontSize = 7
        axis.labelTextFormat = "%d%%"
    d.add(plot)
    x20 = plot.x + plot.width * 0.2
    y20 = plot.y + plot.height * top20
    d.add(Line(x20, plot.y, x20, y20, strokeColor=colors.HexColor("#d4a017"), strokeDashArray=[2, 2]))
    d.add(Line(plot.x, y20, x20, y20, strokeColor=colors.HexColor("#d4a017"), strokeDashArray=[2, 2]))
    # under the curve's point, but never down among the x axis's labels
    d.add(String(x20 + 4, max(y20 - 10, plot.y + 4), caption, fontName=font, fontSize=8, fillColor=ACCENT))
    return d


def percent_line(points: Sequence[tuple[str, float]], *, high: float = 1.2) -> Drawing:
    """A monthly ratio (satisfaction) as a line in percent, the unit of the table beside it.

    Every month is a marked point with its percentage above it, so a period of one month
    shows one labelled point rather than an empty frame; the months sit in the middle of
    their slots, not on the axes.
    """
    font = register()
    d = Drawing(WIDTH, 55 * mm)
    plot = LinePlot()
    plot.x, plot.y = 20 * mm, 12 * mm
    plot.width, plot.height = WIDTH - 40 * mm, 36 * mm
    values = list(points) or [("—", 0.0)]
    plot.data = [[(i, v * 100) for i, (_, v) in enumerate(values)]]
    plot.lines[0].strokeColor = ACCENT
    plot.lines[0].strokeWidth = 2
    plot.lines[0].symbol = makeMarker("FilledCircle", size=6, fillColor=ACCENT, strokeColor=ACCENT)
    plot.lineLabelFormat = "%.0f%%"
    plot.lineLabels.fontName = font
    plot.lineLabels.fontSize = 7
    plot.lineLabels.dy = 7
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = -0.5, len(values) - 0.5
    plot.xValueAxis.valueSteps = list(range(len(values)))
    plot.xValueAxis.labelTextFormat = lambda i: values[int(i)][0][2:] if 0 <= int(i) < len(values) else ""
    top = max(high, *(v for _, v in values)) * 100
    plot.yValueAxis.valueMin = 0
    plot.yValueAxis.valueMax = 20 * math.ceil((top + 10) / 20)  # room for the labels above a point
    plot.yValueAxis.valueStep = 20
    plot.yValueAxis.labelTextFormat = "%d%%"
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 7
    d.add(plot)
    return d
