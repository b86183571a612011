"""Membership report on the 1,000,000-member / ~10,800,000-sale demo store.

    python3 -m uv run python benchmarks/bench_reports.py [--db bench-data/demo-1m.sqlite3]

Read-only. Measures in one process: a year's membership figures section by section, each
beside its floor (the very statements the product sends, run on the raw driver and fetched
whole); the per-member totals beside a naive baseline that loads the year's sales rows into
Python and sums them there; the PDF; the Reports page's first chart, from showing the page
to its first two charts drawn (the quick counts); and a 5 ms GUI timer's gaps while the
figures are computed on a worker thread.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import bindparam, event, text  # noqa: E402
from stats import Timing, floor_table, gui_gaps, measure, publish, table  # noqa: E402

from memberdesk.documents.figures import MembershipFigures  # noqa: E402
from memberdesk.reports.membership import render  # noqa: E402
from memberdesk.services.analytics import figures as analytics  # noqa: E402
from memberdesk.services.members.enrolment import system_actor  # noqa: E402
from memberdesk.store.database import Database, connect  # noqa: E402
from memberdesk.store.models import UTCDateTime  # noqa: E402

SECTION_NAMES = {
    "_members": "members: counts, channels, referrers, tiers",
    "_buyers": "per-member totals of the year (feeds 80/20, RFM, active)",
    "_churn": "lapsed and stopped coming (member stats)",
    "_returns_and_complaints": "returns and complaints",
    "_satisfaction_and_care": "satisfaction by month and staff, care",
}


def naive(db: Database, start: dt.date, end: dt.date) -> int:
    """The first attempt: every sale of the year into Python, summed per member there."""
    lo, hi = analytics.bounds(start, end)
    per_member: dict[int, int] = defaultdict(int)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT member_id, total_fen FROM sales WHERE created_at >= :lo AND created_at < :hi"
            ).bindparams(bindparam("lo", lo, type_=UTCDateTime), bindparam("hi", hi, type_=UTCDateTime))
        )
        for member_id, total in rows:
            if member_id is not None:
                per_member[member_id] += total
    return len(per_member)


class Recorder:
    """The statements the product sends (as the driver receives them), by section."""

    def __init__(self, db: Database) -> None:
        self.section = ""
        self.statements: dict[str, list[tuple[str, Any]]] = defaultdict(list)
        self.on = False
        event.listen(db.engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cur: Any, statement: str, parameters: Any, _ctx: Any, _many: bool) -> None:
        if self.on and not statement.startswith(("BEGIN", "ROLLBACK", "COMMIT")):
            self.statements[self.section].append((statement, parameters))


def raw_connection(db: Database) -> Any:
    """The floor's connection: the driver alone (read-only on SQLite)."""
    if db.is_sqlite:
        import sqlite3

        return sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    import psycopg

    return psycopg.connect(db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False))


def floor_of(raw: Any, statements: list[tuple[str, Any]]) -> Callable[[], None]:
    def run() -> None:
        cur = raw.cursor()
        for sql, params in statements:
            cur.execute(sql, params)
            cur.fetchall()
        cur.close()

    return run


def page_first_chart(db: Database, actor: Any, repeat: int) -> tuple[Timing, Timing]:
    """From showing the Reports page to its first charts drawn; and building the page."""
    from PySide6.QtWidgets import QApplication

    import memberdesk.ui  # noqa: F401  (PySide6 6.12 / Python 3.11 workaround)
    from memberdesk.ui.reports.reports_page import ReportsPage
    from memberdesk.ui.widgets.context import AppContext

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(db, actor.store_id, "demo")
    ctx.set_actor(actor)
    shown: list[float] = []
    built: list[float] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        page = ReportsPage(ctx)
        page.resize(1200, 800)
        drawn: list[float] = []
        quick_done = page.show_quick

        def show_quick(f: Any, quick_done: Any = quick_done, drawn: list[float] = drawn) -> None:
            quick_done(f)
            drawn.append(time.perf_counter())

        page.show_quick = show_quick  # type: ignore[method-assign]
        t1 = time.perf_counter()
        page.show()
        while not drawn:
            app.processEvents()
            time.sleep(0.0005)
        app.processEvents()  # the paint of the charts
        shown.append((time.perf_counter() - t1) * 1000)
        built.append((t1 - t0) * 1000)
        if page.job is not None:
            page.job.cancel()
        while page.progress.isVisibleTo(page):  # the rest stops at its next section
            app.processEvents()
            time.sleep(0.005)
        page.close()
        page.deleteLater()
        app.processEvents()
    return Timing("Reports page: show → first charts drawn (quick counts)", shown), Timing(
        "Reports page: build the widgets", built
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "demo-1m.sqlite3"))
    parser.add_argument("--end", type=dt.date.fromisoformat, default=dt.date(2026, 11, 24))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    db = connect(args.db)
    actor = system_actor(db)
    end = args.end
    start = end - dt.timedelta(days=364)
    lo, hi = analytics.bounds(start, end)
    figures = analytics.membership(db, actor, start, end)  # warms the page cache once
    recorder = Recorder(db)
    names = [section.__name__ for section in analytics.SECTIONS]

    def sections() -> dict[str, float]:
        """Each section on its own, one after another in one session (as the product ran them
        before the per-member totals were overlapped with the rest)."""
        took = {}
        with db.read() as s:
            scratch = MembershipFigures("", start, end)
            for name, section in zip(names, analytics.SECTIONS, strict=True):
                recorder.section = name
                t0 = time.perf_counter()
                section(s, scratch, lo, hi)
                took[name] = (time.perf_counter() - t0) * 1000
            if db.is_sqlite and recorder.on:  # read from the driver's cursor: not seen by the recorder
                recorder.statements["_buyers"].insert(0, analytics.per_member_sql(s, lo, hi))
        return took

    recorder.on = True
    sections()
    recorder.section = "quick"
    analytics.quick(db, actor, start, end)
    recorder.on = False
    raw = raw_connection(db)
    samples: dict[str, list[float]] = {n: [] for n in names}
    floors: dict[str, list[float]] = {n: [] for n in [*names, "quick"]}
    whole: list[float] = []
    quick: list[float] = []
    for _ in range(args.repeat):  # product and floor interleaved, so both see the same machine
        for name, ms in sections().items():
            samples[name].append(ms)
        t0 = time.perf_counter()
        analytics.membership(db, actor, start, end)
        whole.append((time.perf_counter() - t0) * 1000)
        for name in floors:
            floors[name].append(measure("", floor_of(raw, recorder.statements[name]), 1).samples_ms[0])
        t0 = time.perf_counter()
        analytics.quick(db, actor, start, end)
        quick.append((time.perf_counter() - t0) * 1000)
    driver = "sqlite3" if db.is_sqlite else "psycopg"
    rows = [(Timing(SECTION_NAMES[n], samples[n]), Timing(n, floors[n])) for n in names]
    year = Timing("membership figures, one year (all sections; the totals beside the rest)", whole)
    year_floor = Timing("", [sum(f[i] for f in (floors[n] for n in names)) for i in range(args.repeat)])
    quick_t = Timing("quick counts (the page's first charts), service call", quick)
    totals = Timing(SECTION_NAMES["_buyers"], samples["_buyers"])
    baseline = measure("naive: the year's sales into Python", lambda: naive(db, start, end), 2)
    pdf = measure("PDF from the figures", lambda: render(figures, "zh_CN"), args.repeat)
    first, built = page_first_chart(db, actor, args.repeat)
    gaps = gui_gaps(lambda: analytics.membership(db, actor, start, end))
    gui = Timing("gui", gaps)
    load = os.getloadavg()
    text_out = "\n".join(
        [
            "## Membership report and Reports page",
            "",
            f"Database: the {figures.members_total:,}-member demo store; period {start} to {end}; "
            f"{figures.members_active:,} buyers. Measured by `benchmarks/bench_reports.py`, "
            f"{dt.date.today()}; load average {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} "
            "(1 / 5 / 15 min) at the end of the run.",
            "",
            f"Each section beside its floor: the same statements on the raw {driver} driver, fetched whole, "
            "one after another. The whole report runs the per-member totals on a second connection beside "
            "the other sections, so it can take less than the sum of the floors.",
            "",
            floor_table([*rows, (year, year_floor), (quick_t, Timing("", floors["quick"]))]),
            "",
            table([(totals, baseline), (pdf, None), (first, None), (built, None)]),
            "",
            f"- The whole report (figures + PDF): median {(year.median + pdf.median) / 1000:.2f} s "
            "(target ≤ 5 s).",
            f"- First charts on showing the page: median {first.median:.0f} ms, p99 {first.p99:.0f} ms "
            "(target ≤ 500 ms).",
            f"- GUI while the figures are computed on a worker: a 5 ms timer's gaps p99 {gui.p99:.0f} ms, "
            f"max {max(gaps, default=0):.0f} ms over {len(gaps)} ticks.",
            "",
        ]
    )
    publish(text_out, args.out)
    raw.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
