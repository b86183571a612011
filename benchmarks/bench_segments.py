"""Segments: each kind's count and first page, beside the same statement on the bare driver.

    .venv/bin/python benchmarks/bench_segments.py [--db FILE | --members 20000] [--repeat 15]

Without ``--db`` a demo store of ``--members`` members is built in a temporary folder first
(two years of sales). For each kind of filter the service's ``count`` and first ``page``
(100 members) run interleaved with the very statement they compile, executed on the bare
``sqlite3`` cursor, so the difference is what the service adds; medians and p99 in ms, and
the machine's load before and after. Read-only on the database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from stats import Timing, table  # noqa: E402

from memberdesk.domain.analytics import Segment as Rfm  # noqa: E402
from memberdesk.services.segments import segments  # noqa: E402
from memberdesk.services.segments.filters import SegmentFilter  # noqa: E402
from memberdesk.services.segments.query import Moment, count_statement, ids_statement  # noqa: E402
from memberdesk.store.database import connect  # noqa: E402
from memberdesk.store.models import Member  # noqa: E402

KINDS = {
    "tier": SegmentFilter(tiers=("gold", "vip")),
    "tags any": SegmentFilter(tags_any=("大客户", "学生")),
    "tags all": SegmentFilter(tags_all=("家庭", "团购")),
    "RFM important value": SegmentFilter(rfm=(Rfm.IMPORTANT_VALUE.value,)),
    "lapsed 180 days": SegmentFilter(lapsed_days=180),
    "spend ≥ ¥1000 in 90 days": SegmentFilter(spend_min_fen=100_000, period_days=90),
    "visits ≥ 3 in a year": SegmentFilter(visits_min=3),
    "bought 童装": SegmentFilter(category="童装"),
    "birthday in March": SegmentFilter(birthday_month=3),
    "child turning 6": SegmentFilter(child_age_min=6, child_age_max=6),
    "shoes 37": SegmentFilter(size_category="shoes", sizes=("37",)),
    "channel partner": SegmentFilter(channels=("partner",)),
    "promotions yes": SegmentFilter(promotions="yes"),
    "points 500..5000": SegmentFilter(points_min=500, points_max=5000),
    "stored value ≥ ¥100": SegmentFilter(stored_value_min_fen=10_000),
    "combined": SegmentFilter(tiers=("gold", "vip"), promotions="yes", lapsed_days=90, tags_any=("大客户",)),
}


def _as_sent(db: object, stmt: object) -> tuple[str, tuple[object, ...]]:
    """The SQL and parameters the driver receives for ``stmt`` (caught on its way out), to
    replay on the bare cursor."""
    from sqlalchemy import event

    caught: list[tuple[str, tuple[object, ...]]] = []

    def catch(_conn, _cursor, sql, params, _context, _many):  # type: ignore[no-untyped-def]
        caught.append((sql, tuple(params)))

    engine = db.engine  # type: ignore[attr-defined]
    event.listen(engine, "before_cursor_execute", catch)
    try:
        with db.read() as s:  # type: ignore[attr-defined]
            s.execute(stmt).all()
    finally:
        event.remove(engine, "before_cursor_execute", catch)
    return next(c for c in caught if c[0].lstrip().upper().startswith("SELECT"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 30))
    args = parser.parse_args()
    folder = None
    path = args.db
    if path is None:
        from memberdesk.demo.build import DemoPlan, build_store

        folder = tempfile.TemporaryDirectory()
        path = Path(folder.name) / "demo.sqlite3"
        start = time.perf_counter()
        build_store(str(path), DemoPlan(members=args.members, seed=1, until=args.today))
        print(f"demo of {args.members:,} members built in {time.perf_counter() - start:.0f} s")
    db = connect(path)
    raw = sqlite3.connect(path)
    members = raw.execute("SELECT count(*) FROM members").fetchone()[0]
    sales = raw.execute("SELECT count(*) FROM sales").fetchone()[0]
    print(f"{members:,} members, {sales:,} sales; load before: {os.getloadavg()}")
    moment = Moment(args.today, "sqlite", None)
    rows = []
    for name, f in KINDS.items():
        count_sql = _as_sent(db, count_statement(moment, f))
        page_sql = _as_sent(db, ids_statement(moment, f).where(Member.id > 0).order_by(Member.id).limit(100))
        timings: dict[str, list[float]] = {k: [] for k in ("count", "raw count", "page", "raw page")}
        found = 0
        for _ in range(args.repeat):  # interleaved: the service, then the bare driver, each round
            for key, call in (
                ("count", lambda f=f: segments.count(db, f, today=args.today)),
                ("raw count", lambda sql=count_sql: raw.execute(*sql).fetchone()),
                ("page", lambda f=f: segments.page(db, f, 0, 100, today=args.today)),
                ("raw page", lambda sql=page_sql: raw.execute(*sql).fetchall()),
            ):
                start = time.perf_counter()
                result = call()
                timings[key].append((time.perf_counter() - start) * 1000)
                if key == "count":
                    found = int(result)  # type: ignore[call-overload]
        rows.append(
            (Timing(f"{name}: count ({found:,})", timings["count"]), Timing("", timings["raw count"]))
        )
        rows.append((Timing(f"{name}: first page", timings["page"]), Timing("", timings["raw page"])))
    print(table(rows).replace("baseline", "bare driver").replace("speed-up (p50)", "bare / service (p50)"))
    print(f"load after: {os.getloadavg()}")
    db.dispose()
    raw.close()
    if folder is not None:
        folder.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
