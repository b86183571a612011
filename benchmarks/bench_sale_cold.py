"""Recording a sale on a big store whose file does not fit in the page cache.

    uv run python benchmarks/bench_sale_cold.py --db bench-data/demo-1m-sales.sqlite3 \
        --cache-mb 1536 [--n 600]

``--db`` must be a copy: the script writes sales into it. With ``--cache-mb`` (root only)
the script first empties the kernel's page cache (``/proc/sys/vm/drop_caches``) and moves
itself into a cgroup-v1 memory group of that size, so the page cache this process can hold
is smaller than the database file, as on a counter PC with a million-member store.

In one process it measures ``record_sale`` (header, 3 lines, payment, points, member totals;
one transaction, ``synchronous=FULL``) on the driver's compiled statements, in blocks of 50
sales alternating with two floors on the raw ``sqlite3`` driver on the same file: a one-row
commit, and the pages any sale must read for its (random) member — its row, its totals row,
the leaves of the member-ordered indexes its new entries go into. Then, on the same file and
after it, the baseline: the same sale with random version 4 uids (what the store wrote
before) instead of the time-ordered version 7 ones. The baseline runs after the product, not
between its blocks: its random writes into the uid indexes would otherwise be paid by the
product's checkpoints; ``--baseline-first`` runs it before instead, so that it, not the
product, meets the cold cache (whichever runs first pays for the index pages both need).
For each it reports p50 / p99 and the pages read from disk per sale (``read_bytes`` of
/proc/self/io, divided by the page size): reads that missed the page cache.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import func, select
from stats import Timing

import memberdesk.store.models.base as model_base
from memberdesk.domain.vocab import PaymentMethod, Role
from memberdesk.services.common.context import Actor
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.store.database import connect
from memberdesk.store.models import MemberStats, Staff
from memberdesk.store.uids import uuid7

CGROUP = Path("/sys/fs/cgroup/memory/memberdesk-bench")


def limit_page_cache(megabytes: int) -> str:
    """Drop the page cache and confine this process's memory (and so its cache) to a cgroup."""
    Path("/proc/sys/vm/drop_caches").write_text("3\n")
    CGROUP.mkdir(exist_ok=True)
    (CGROUP / "memory.limit_in_bytes").write_text(f"{megabytes * 1024 * 1024}\n")
    (CGROUP / "cgroup.procs").write_text(f"{os.getpid()}\n")
    return f"page cache dropped, then this process confined to a {megabytes:,} MB cgroup-v1 memory group"


def read_bytes() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("read_bytes:"):
            return int(line.split()[1])
    return 0


MEMBER_READS = (
    "SELECT * FROM members WHERE id = ?",
    "SELECT * FROM member_stats WHERE member_id = ?",
    "SELECT max(created_at), sum(total_fen) FROM sales WHERE member_id = ?",
    "SELECT max(created_at) FROM points_entries WHERE member_id = ?",
    "SELECT count(*) FROM returns WHERE member_id = ?",
)


def sale_form(member_id: int) -> SaleForm:
    lines = [
        LineForm(description="T恤", category="tops", size="M", unit_price="99", quantity=2),
        LineForm(description="牛仔裤", category="bottoms", size="30", unit_price="299.5"),
        LineForm(description="袜子", category="other", unit_price="15", quantity=3, discount="5"),
    ]
    return SaleForm(member_id, lines, [PaymentForm(PaymentMethod.WECHAT, "")])


class Run:
    """Latencies and disk reads of one way of doing it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.ms: list[float] = []
        self.pages: list[int] = []

    def time(self, fn: object, page_size: int) -> None:
        before_io, start = read_bytes(), time.perf_counter()
        fn()  # type: ignore[operator]
        self.ms.append((time.perf_counter() - start) * 1000)
        self.pages.append((read_bytes() - before_io) // page_size)

    def line(self) -> str:
        t = Timing(self.name, self.ms)
        pages = sorted(self.pages)
        p99_pages = pages[min(len(pages) - 1, round(0.99 * (len(pages) - 1)))]
        return (
            f"| {self.name} | {len(self.ms)} | {t.p50:.2f} | {t.p99:.2f} | "
            f"{statistics.mean(self.pages):.1f} | {p99_pages} |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a COPY of the demo database (it is written to)")
    parser.add_argument("--n", type=int, default=600, help="sales per way")
    parser.add_argument("--cache-mb", type=int, default=0, help="confine the page cache (root)")
    parser.add_argument(
        "--baseline-first",
        action="store_true",
        help="run the v4 baseline before the product (it then pays for the cold cache instead)",
    )
    args = parser.parse_args()
    size_gb = Path(args.db).stat().st_size / 1e9
    how = limit_page_cache(args.cache_mb) if args.cache_mb else "page cache not limited"
    db = connect(args.db)
    with db.read() as s:
        staff = s.scalars(select(Staff).where(Staff.role == Role.CLERK)).first()
        assert staff is not None, "run the demo first"
        actor = Actor(staff.id, staff.store_id, staff.name, Role.MANAGER)
        top = int(s.scalar(select(func.max(MemberStats.member_id))) or 0)
    raw = sqlite3.connect(args.db, isolation_level=None)
    raw.execute("PRAGMA synchronous = FULL")
    page_size = int(raw.execute("PRAGMA page_size").fetchone()[0])
    raw.execute("CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, v BLOB)")
    rng = random.Random(3)
    product, baseline, floor, reads = (
        Run("record a sale, v7 uids (product)"),
        Run(f"baseline, {'first' if args.baseline_first else 'afterwards'}: the same sale with v4 uids"),
        Run("floor: one-row commit, raw sqlite3"),
        Run("floor: the pages a sale must read for its member, raw sqlite3"),
    )

    def one_sale() -> None:
        record_sale(db, actor, sale_form(rng.randint(1, top)))

    def one_row() -> None:
        raw.execute("INSERT INTO bench_floor (v) VALUES (?)", (uuid.uuid4().bytes,))  # a uid as stored

    def member_pages() -> None:
        """What any sale for this member must read: its row, its totals row, and the index
        leaves its new entries go into (its newest sales and points entries, its returns)."""
        member = rng.randint(1, top)
        for sql in MEMBER_READS:
            raw.execute(sql, (member,)).fetchall()

    def run_baseline() -> None:
        model_base.uuid7 = uuid.uuid4  # type: ignore[assignment]  # what new_uid() calls
        for _ in range(args.n):
            baseline.time(one_sale, page_size)
        model_base.uuid7 = uuid7

    load_before = os.getloadavg()
    if args.baseline_first:
        run_baseline()
    for block in range(0, args.n, 50):
        size = min(50, args.n - block)
        for way, fn in ((product, one_sale), (floor, one_row), (reads, member_pages)):
            for _ in range(size):
                way.time(fn, page_size)
    if not args.baseline_first:
        run_baseline()
    report = "\n".join(
        [
            f"Database {Path(args.db).name}: {size_gb:.1f} GB, page size {page_size}; {how}.",
            f"Machine load (1/5/15 min) {load_before[0]:.2f} / {load_before[1]:.2f} / {load_before[2]:.2f}"
            f" at the start, {os.getloadavg()[0]:.2f} at the end; {os.cpu_count()} cores.",
            "",
            "| operation | n | p50 ms | p99 ms | pages read per sale (mean) | pages read p99 |",
            "|---|---:|---:|---:|---:|---:|",
            product.line(),
            baseline.line(),
            floor.line(),
            reads.line(),
        ]
    )
    print(report)
    raw.execute("DROP TABLE bench_floor")
    raw.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
