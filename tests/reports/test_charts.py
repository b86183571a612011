"""Charts keep everything they draw inside their own box, so nothing lies under the next table."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import Drawing

from memberdesk.reports import charts


def inside(d: Drawing) -> bool:
    x0, y0, x1, y1 = d.getBounds()
    return x0 >= 0 and y0 >= 0 and x1 <= d.width and y1 <= d.height


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [("VIP", 24)],
        [("一般挽留客户", 76), ("重要价值客户", 59), ("重要发展客户", 3)],
        [("Important to win back", 76_000), ("General to develop", 64), ("Came in by themselves", 1)] * 3,
    ],
)
def test_bar_charts_draw_their_axis_labels_inside_their_box(rows: list[tuple[str, float]]) -> None:
    assert inside(charts.bars(rows)), charts.bars(rows).getBounds()


def test_pareto_and_line_charts_stay_inside_their_box() -> None:
    assert inside(charts.pareto([(0, 0), (0.2, 0.6), (1, 1)], 0.6, "前 20% → 60%"))
    assert inside(charts.percent_line([("2026-01", 0.8), ("2026-02", 1.1)]))
    assert inside(charts.percent_line([("2026-01", 0.8)]))
    assert inside(charts.percent_line([]))


def test_a_month_above_the_usual_scale_stays_inside_the_line_chart() -> None:
    d = charts.percent_line([("2026-05", 1.2), ("2026-06", 1.33), ("2026-07", 0.8)])
    assert inside(d)
    (plot,) = d.contents
    plot.yValueAxis.configure(plot.data)
    assert plot.yValueAxis._valueMax >= 133 + 10  # the point and the label above it
