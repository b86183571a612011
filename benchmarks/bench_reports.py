"""Membership report on the 1,000,000-member / ~10,800,000-sale demo store.

    python3 -m uv run python benchmarks/bench_reports.py [--db bench-data/demo-1m.sqlite3]

Read-only. Measures in one process: a year's membership figures and the PDF, beside a naive
baseline that loads the year's sales rows into Python and aggregates there; the Reports
page's first chart (the quick counts); and a 5 ms GUI timer's gaps while the figures are
computed on a worker thread.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from stats import Timing, gui_gaps, measure, publish, table  # noqa: E402

from memberdesk.reports.membership import render  # noqa: E402
from memberdesk.services import analytics  # noqa: E402
from memberdesk.services.members import system_actor  # noqa: E402
from memberdesk.store.database import connect  # noqa: E402


def naive(db, start: dt.date, end: dt.date) -> int:  # type: ignore[no-untyped-def]
    """The first attempt: every sale of the year into Python, summed per member there."""
    from sqlalchemy import text

    lo, hi = analytics.bounds(start, end)
    per_member: dict[int, int] = defaultdict(int)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT member_id, total_fen FROM sales WHERE created_at >= :lo AND created_at < :hi"),
            {
                "lo": lo.replace(tzinfo=None).isoformat(sep=" "),
                "hi": hi.replace(tzinfo=None).isoformat(sep=" "),
            },
        )
        for member_id, total in rows:
            if member_id is not None:
                per_member[member_id] += total
    return len(per_member)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "demo-1m.sqlite3"))
    parser.add_argument("--end", type=dt.date.fromisoformat, default=dt.date(2026, 11, 24))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    db = connect(args.db)
    actor = system_actor(db)
    end = args.end
    start = end - dt.timedelta(days=364)
    figures = analytics.membership(db, actor, start, end)  # warm the page cache once
    sections: list[float] = []

    def timed_report() -> None:
        marks: list[float] = []
        analytics.membership(
            db, actor, start, end, progress=lambda _done, _total: marks.append(time.perf_counter())
        )
        sections.append((marks[2] - marks[1]) * 1000)  # the second section: per-member totals of the period

    year = measure("membership figures, one year (all sections)", timed_report, args.repeat)
    totals = Timing("per-member totals of the year (feeds 80/20, RFM, active)", sections)
    baseline = measure("naive: the year's sales into Python", lambda: naive(db, start, end), 2)
    pdf = measure("PDF from the figures", lambda: render(figures, "zh_CN"), args.repeat)
    first = measure(
        "Reports page first chart (quick counts)", lambda: analytics.quick(db, actor, start, end), 5
    )
    gaps = gui_gaps(lambda: analytics.membership(db, actor, start, end))
    gui = Timing("gui", gaps)
    text = "\n".join(
        [
            "## Membership report and Reports page",
            "",
            f"Database: the 1,000,000-member demo store (~10.8M sales); period {start} to {end}; "
            f"{figures.members_active:,} buyers. Measured by `benchmarks/bench_reports.py`, "
            f"{dt.date.today()}.",
            "",
            table([(totals, baseline), (year, None), (pdf, None), (first, None)]),
            "",
            f"- The whole report (figures + PDF): median {(year.median + pdf.median) / 1000:.1f} s "
            "(target ≤ 10 s).",
            f"- First chart: median {first.median:.0f} ms (target ≤ 1 s).",
            f"- GUI while the figures are computed on a worker: a 5 ms timer's gaps p99 {gui.p99:.0f} ms, "
            f"max {max(gaps, default=0):.0f} ms over {len(gaps)} ticks.",
            "",
        ]
    )
    publish(text, args.out)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
