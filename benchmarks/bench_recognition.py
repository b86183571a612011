"""Recognition benchmark: the counter lookups, the member card and the GUI keystroke.

Run by hand (not in CI) against the 1,000,000-member demo database:

    uv run python benchmarks/bench_recognition.py --db /work/bench-data/demo-1m.sqlite3

It measures, in one process: every lookup kind through ``services.search.find`` beside its
floor (the very statements ``find`` ran, replayed on a raw ``sqlite3`` connection) and beside
the naive ``LIKE '%q%'`` scan over the same table; opening a member card; the time from a
keystroke in the offscreen Counter page to its result list updated; and the RSS of this
process (the app's database, service layer and Counter page). It prints the query plans of
the shapes involved and writes ``docs/perf/recognition.md``.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import text
from stats import Timing, floor_table, measure, table

from memberdesk.domain.search_keys import name_keys
from memberdesk.services.common.driver_sql import DriverStatement
from memberdesk.services.members.card import member_card
from memberdesk.services.members.enrolment import system_actor
from memberdesk.services.members.search import find
from memberdesk.store.database import Database, connect

ROOT = Path(__file__).resolve().parent.parent
APP_RSS = 0.0


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set size of this process, in MB."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS", "VmHWM")):
            key, value = line.split(":")
            values[key] = int(value.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def sample_members(db: Database, n: int, rng: random.Random) -> list[tuple[int, str, str, str]]:
    with db.engine.connect() as conn:
        top = conn.execute(text("SELECT max(id) FROM members")).scalar_one()
        ids = rng.sample(range(1, top + 1), min(n, top))
        rows = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows += conn.execute(
                text(
                    f"SELECT id, phone, card_no, name FROM members WHERE id IN ({','.join(map(str, chunk))})"
                )
            ).all()
    return [(r.id, r.phone, r.card_no, r.name) for r in rows]


def queries(members: list[tuple[int, str, str, str]], rng: random.Random) -> dict[str, list[str]]:
    names = ("phone", "last 4", "card", "name prefix", "initials", "pinyin")
    kinds: dict[str, list[str]] = {k: [] for k in names}
    for _id, phone, card, name in members:
        kinds["phone"].append(phone)
        kinds["last 4"].append(phone[-4:])
        kinds["card"].append(card)
        kinds["name prefix"].append(name[: rng.choice((1, 2))])
        keys = sorted(name_keys(name))
        initials = [k[2:] for k in keys if k.startswith("i:")]
        pinyin = [k[2:] for k in keys if k.startswith("p:")]
        if initials:
            # a clerk types two initials or more: a prefix of the full initials, or all of them
            kinds["initials"].append(initials[0][: rng.randint(2, max(2, len(initials[0])))])
        if pinyin:
            kinds["pinyin"].append(pinyin[0][: rng.randint(3, len(pinyin[0]))])
    return kinds


BASELINE_COLUMN = {"phone": "phone", "last 4": "phone", "card": "card_no", "name prefix": "name",
                   "initials": "name", "pinyin": "name"}  # fmt: skip


def statements_of(db: Database, actor: Any, q: str) -> list[tuple[str, Any]]:
    """The SQL and parameters ``find`` sends to the driver for ``q``."""
    seen: list[tuple[str, Any]] = []
    original = DriverStatement.rows

    def recording(self: Any, cursor: Any, dialect: Any, params: dict[str, object]) -> Any:
        seen.append(self.sql(dialect, params))
        return original(self, cursor, dialect, params)

    DriverStatement.rows = recording  # type: ignore[method-assign]
    try:
        find(db, actor, q)
    finally:
        DriverStatement.rows = original  # type: ignore[method-assign]
    return seen


def raw_connection(target: str) -> Any:
    """The floor's connection: the driver alone, reading without a transaction."""
    if "://" not in target:
        return sqlite3.connect(f"file:{target}?mode=ro", uri=True, isolation_level=None)
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(target).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)


def bench_lookups(
    db: Database, path: str, kinds: dict[str, list[str]], baseline_n: int
) -> list[tuple[Timing, Timing, Timing]]:
    """Each kind through ``find``, then its floor: the same statements on a raw connection."""
    actor = system_actor(db)
    raw = raw_connection(path)
    rows: list[tuple[Timing, Timing, Timing]] = []
    for kind, qs in kinds.items():
        it = iter(qs * 2)
        for q in qs:  # warm the page cache for these very queries, so find and its floor see the same cache
            find(db, actor, q)
        timing = measure(f"find: {kind}", lambda it=it: find(db, actor, next(it)), len(qs))
        replay = [statements_of(db, actor, q) for q in qs]
        feed = iter(replay * 2)

        def floor_once(feed: Any = feed) -> None:
            for sql, params in next(feed):
                raw.execute(sql, params).fetchall()  # psycopg and sqlite3 connections both execute

        for _ in range(200):
            floor_once()
        floor = measure(f"floor: {kind} (same SQL, raw sqlite3)", floor_once, len(qs))
        column = BASELINE_COLUMN[kind]
        sql = text(f"SELECT id FROM members WHERE {column} LIKE :q LIMIT 20")
        base_q = iter(qs[:baseline_n])
        with db.engine.connect() as conn:
            base = measure(
                f"LIKE '%q%' on {column}",
                lambda conn=conn, base_q=base_q, sql=sql: conn.execute(sql, {"q": f"%{next(base_q)}%"}).all(),
                min(baseline_n, len(qs)),
            )
        rows.append((timing, floor, base))
        print(
            f"{kind}: p50 {timing.p50:.3f} ms  p99 {timing.p99:.3f} ms  | floor p50 {floor.p50:.3f} "
            f"p99 {floor.p99:.3f} ms ({timing.p50 / floor.p50:.1f}× / {timing.p99 / floor.p99:.1f}×)"
            f"  | LIKE p50 {base.p50:.1f} ms  | load {os.getloadavg()[0]:.2f}",
            flush=True,
        )
    raw.close()
    return rows


def bench_card(db: Database, ids: list[int]) -> Timing:
    actor = system_actor(db)
    for member_id in ids[:200]:
        member_card(db, actor, member_id)
    it = iter(ids)
    timing = measure("member card", lambda: member_card(db, actor, next(it)), len(ids))
    print(f"card: p50 {timing.p50:.3f} ms  p99 {timing.p99:.3f} ms", flush=True)
    return timing


def bench_gui(db: Database, kinds: dict[str, list[str]], per_kind: int) -> Timing:
    """Keystroke (a key event into the box) to the result model reset and the view painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from memberdesk.services.staff.setup import first_store_id
    from memberdesk.ui.counter.counter_page import CounterPage
    from memberdesk.ui.widgets.context import AppContext

    app = QApplication.instance() or QApplication([])
    store_id = first_store_id(db) or 1
    ctx = AppContext(db, store_id, "bench")
    ctx.set_actor(system_actor(db))
    page = CounterPage(ctx)
    page.resize(1200, 700)
    page.show()
    app.processEvents()
    global APP_RSS
    APP_RSS = rss_mb()[0]
    samples: list[float] = []
    for kind in ("phone", "last 4", "card", "initials", "pinyin"):  # name prefixes need an input method
        for q in kinds[kind][:per_kind]:
            QTest.keyClick(page.search_box, Qt.Key.Key_Escape)
            for ch in q:
                start = time.perf_counter()
                QTest.keyClick(page.search_box, ch)
                page.results.viewport().repaint()
                samples.append((time.perf_counter() - start) * 1000)
            app.processEvents()
    page.scanner.uninstall()
    timing = Timing("keystroke → results (GUI offscreen)", samples)
    print(f"gui: p50 {timing.p50:.3f} ms  p99 {timing.p99:.3f} ms over {len(samples)} keystrokes", flush=True)
    return timing


def plans(db: Database, kinds: dict[str, list[str]]) -> str:
    """EXPLAIN QUERY PLAN of the lookup shapes and of the shapes that silently scan."""
    phone, card = kinds["phone"][0], kinds["card"][0]
    shapes = [
        ("phone =", f"SELECT id FROM members WHERE phone = '{phone}'"),
        ("phone_last4 =", f"SELECT id FROM members WHERE phone_last4 = '{phone[-4:]}' LIMIT 80"),
        ("card range", f"SELECT id FROM members WHERE card_no >= '{card[:5]}' "
                       f"AND card_no < '{card[:5]}\U0010ffff' ORDER BY card_no LIMIT 80"),
        ("member_keys range", "SELECT member_id FROM member_keys WHERE key >= 'p:zhang' "
                              "AND key < 'p:zhang\U0010ffff' ORDER BY key LIMIT 80"),
        ("member_keys LIKE 'x%'", "SELECT member_id FROM member_keys WHERE key LIKE 'p:zhang%' LIMIT 80"),
        (".startswith() form", "SELECT member_id FROM member_keys WHERE key LIKE 'p:zhang' || '%' LIMIT 80"),
        ("GLOB 'x*'", "SELECT member_id FROM member_keys WHERE key GLOB 'p:zhang*' LIMIT 80"),
        ("substr(phone, -4) =", "SELECT id FROM members WHERE substr(phone, -4) = '5678' LIMIT 80"),
        ("name LIKE '%x%'", "SELECT id FROM members WHERE name LIKE '%伟%' LIMIT 20"),
        ("lower(key) range", "SELECT member_id FROM member_keys WHERE lower(key) >= 'p:zhang' LIMIT 80"),
    ]  # fmt: skip
    lines = ["| query shape | SQLite plan |", "|---|---|"]
    with db.engine.connect() as conn:
        for label, sql in shapes:
            plan = "; ".join(r[-1] for r in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
            lines.append(f"| {label} | `{plan}` |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "demo-1m.sqlite3"))
    parser.add_argument("--queries", type=int, default=10_000, help="queries per key kind")
    parser.add_argument("--baseline", type=int, default=30, help="LIKE '%%q%%' queries per kind (each scans)")
    parser.add_argument("--gui", type=int, default=300, help="GUI queries per key kind")
    parser.add_argument("--out", default=str(ROOT / "docs" / "perf" / "recognition.md"))
    parser.add_argument(
        "--lookups-only", action="store_true", help="only the lookups and their floor (e.g. on PostgreSQL)"
    )
    args = parser.parse_args()
    rng = random.Random(42)
    db = connect(args.db)
    with db.engine.connect() as conn:
        n_members = conn.execute(text("SELECT count(*) FROM members")).scalar_one()
        n_sales = conn.execute(text("SELECT max(id) FROM sales")).scalar_one() or 0
    members = sample_members(db, args.queries, rng)
    kinds = queries(members, rng)
    print(f"{n_members:,} members, ~{n_sales:,} sales; {len(members):,} sampled", flush=True)
    start_rss = rss_mb()[0]
    load_before = os.getloadavg()
    lookups = bench_lookups(db, args.db, kinds, args.baseline)
    if args.lookups_only:
        backend = db.engine.dialect.name
        Path(args.out).write_text(
            f"## Counter lookups on {backend}\n\n{n_members:,} members; machine load (1/5/15 min) "
            f"{load_before[0]:.2f} / {load_before[1]:.2f} / {load_before[2]:.2f} at the start, "
            f"{os.getloadavg()[0]:.2f} at the end.\n\n{floor_table([(t, f) for t, f, _ in lookups])}\n",
            encoding="utf-8",
        )
        print(f"wrote {args.out}")
        db.dispose()
        return 0
    card = bench_card(db, [m[0] for m in members])
    gui = bench_gui(db, kinds, args.gui)
    rss, peak = rss_mb()
    plan_table = plans(db, kinds)
    print(plan_table)
    report = f"""## Recognition (counter search, member card, keystroke)

Database: {Path(args.db).name} — {n_members:,} members, ~{n_sales:,} sales; SQLite, {os.cpu_count()} cores.
Machine load (1/5/15 min) {load_before[0]:.2f} / {load_before[1]:.2f} / {load_before[2]:.2f} at the start,
{os.getloadavg()[0]:.2f} at the end.
Measured by `benchmarks/bench_recognition.py` in one process; {args.queries:,} random members sampled,
one query per sampled member and key kind through `services.search.find` (statements compiled once,
run on the driver's cursor of a pooled connection). Beside each kind, its floor: the very statements
`find` sent, replayed on one raw `sqlite3` connection (the ratio column is find ÷ floor at p50). The
scan baseline is `SELECT id FROM members WHERE col LIKE '%q%' LIMIT 20`, {args.baseline} queries per
kind (each is a table scan).

Each lookup beside its floor:

{floor_table([(t, f) for t, f, _ in lookups])}

Each lookup beside the scan it avoids, and the card and keystroke:

{table([*((t, b) for t, _, b in lookups), (card, None), (gui, None)])}

Memory: RSS {APP_RSS:.0f} MB with the database open, the service layer warm and the offscreen
Counter page shown ({start_rss:.0f} MB before the lookups; {rss:.0f} MB at the end, peak {peak:.0f} MB,
which include the benchmark's own query lists). Targets: lookup p99 ≤ 1 ms, card p99 ≤ 10 ms,
keystroke p99 ≤ 16 ms, RSS ≤ 300 MB.

The keystroke figure is one `QTest.keyClick` into the box (the lookup runs synchronously on
`textChanged`, the model is reset) plus a forced repaint of the result view; name prefixes in Han are
typed through an input method and are not part of it (their lookup is measured above).

### Query plans (SQLite)

{plan_table}
"""
    Path(args.out).write_text(report, encoding="utf-8")
    print(f"wrote {args.out}")
    db.dispose()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide's finaliser can crash after offscreen widgets


if __name__ == "__main__":
    main()
