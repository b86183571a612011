"""Members page benchmark: what the GUI thread does for one key typed in the page's box.

Run by hand (not in CI) on a COPY of the 100,000-member demo store (the script refuses any
file outside this worktree's ``bench-data/``; opening a store writes its header):

    cp /work/h-perf/bench-data/demo-100k.sqlite3 bench-data/
    uv run python benchmarks/bench_members_page.py --db bench-data/demo-100k.sqlite3

For each key ("w", "zh", "王", a phone's beginning, and a full name for a narrow filter) it
times, interleaved A B B A so that the machine's other work falls on both alike:

- before: what the GUI thread ran until now, the count of the filter's members and the first
  page as SQLite planned it (A), beside the same SQL on a raw ``sqlite3`` cursor (B);
- after: what it runs now, the first page only (the count is on a worker) (A), beside the
  same SQL on a raw cursor (B).

The first call of each (the cache as the run found it) is printed apart: a first call far
above its median is disk-bound. The load average is printed before and after.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import event, func, select
from stats import Timing

from memberdesk.services.members import listing
from memberdesk.services.members.enrolment import system_actor
from memberdesk.services.members.listing import MemberFilter, count_members, member_page
from memberdesk.store.database import Database, connect
from memberdesk.store.models import Member, MemberStats

ROOT = Path(__file__).resolve().parent.parent
KEYS = ("w", "zh", "王", "138", "王秀英")


def before(db: Database, actor: Any, text: str) -> None:
    """The GUI thread's work for one key until now: the count, then the page as SQLite chose."""
    wanted = MemberFilter(text)
    count_members(db, actor, wanted)
    stmt = (
        select(
            Member.id, Member.card_no, Member.name, Member.phone, Member.tier, Member.enrolled_at,
            MemberStats.spend_fen, MemberStats.last_visit_at,
        )
        .outerjoin(MemberStats, MemberStats.member_id == Member.id)
        .where(Member.id > 0, *listing.filter_conditions(wanted))
        .order_by(Member.id)
        .limit(200)
    )  # fmt: skip
    with db.read() as s:
        s.execute(stmt).all()


def after(db: Database, actor: Any, text: str) -> None:
    """The GUI thread's work for one key now: the first page (the count runs on a worker)."""
    member_page(db, actor, 0, 200, MemberFilter(text))


def statements(db: Database, run: Callable[[], None]) -> list[tuple[str, Any]]:
    """The SQL and parameters ``run`` sends to the driver (transactions aside)."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, _many: bool) -> None:
        if sql.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        run()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return seen


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def abba(
    name: str, a: Callable[[], object], b: Callable[[], object], rounds: int
) -> tuple[Timing, Timing, float]:
    """``a`` and ``b`` interleaved A B B A; the first call of ``a`` returned apart."""
    first = timed(a)
    sa: list[float] = []
    sb: list[float] = []
    for _ in range(rounds):
        sa.append(timed(a))
        sb.append(timed(b))
        sb.append(timed(b))
        sa.append(timed(a))
    return Timing(name, sa), Timing(name + " (raw sqlite3)", sb), first


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "demo-100k.sqlite3"))
    parser.add_argument("--rounds", type=int, default=8, help="A B B A rounds per key (each gives 2 samples)")
    args = parser.parse_args()
    path = Path(args.db).resolve()
    if not path.is_relative_to(ROOT / "bench-data"):
        sys.exit(f"{path}: copy the store into {ROOT / 'bench-data'} first (the original is never opened)")
    print(f"load average before: {os.getloadavg()}")
    db = connect(path)
    actor = system_actor(db)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    with db.read() as s:
        members = s.scalar(select(func.count()).select_from(Member))
    print(f"{members:,} members in {path.name}\n")
    print("| key | GUI thread | n | first ms | p50 ms | p99 ms | raw p50 ms | raw p99 ms |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for text in KEYS:
        for label, work in (("before: count + page", before), ("after: page", after)):
            sql = statements(db, lambda work=work, text=text: work(db, actor, text))

            def replay(sql: list[tuple[str, Any]] = sql) -> None:
                for statement, params in sql:
                    raw.execute(statement, params).fetchall()

            def gui(work: Callable[..., None] = work, text: str = text) -> None:
                work(db, actor, text)

            product, floor, first = abba(label, gui, replay, args.rounds)
            print(
                f"| {text} | {label} | {len(product.samples_ms)} | {first:.1f} | {product.median:.1f} | "
                f"{product.p99:.1f} | {floor.median:.1f} | {floor.p99:.1f} |",
                flush=True,
            )
    print(f"\nload average after: {os.getloadavg()}")
    db.dispose()


if __name__ == "__main__":
    main()
