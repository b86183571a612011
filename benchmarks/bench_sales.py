"""Record-a-sale latency and the member card's totals read, on a database with history.

    uv run python benchmarks/bench_sales.py --db COPY.sqlite3 [--pg URL] [--n 400]

``--db`` must be a copy: the script writes sales into it. Measures, in one process:
  * ``record_sale`` (header + 3 lines + payment + points + member totals, one transaction,
    SQLite ``synchronous=FULL``) against a naive baseline: the same rows added through the
    ORM one object at a time, each committed on its own (what a first draft would do);
  * the member card's totals: the ``member_stats`` row plus the 12-month tier spend,
    against the baseline of summing the member's whole sales history.
Writes the figures to ``docs/perf/sales.md``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from memberdesk.domain.vocab import PaymentMethod, PointsSource, Role
from memberdesk.services import points as points_svc
from memberdesk.services.context import Actor
from memberdesk.services.sales import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.store import migrate
from memberdesk.store.database import Database, connect
from memberdesk.store.models import MemberStats, Payment, PointsEntry, Sale, SaleLine, Staff, utcnow

OUT = Path(__file__).resolve().parent.parent / "docs" / "perf" / "sales.md"


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _timed(fn: Callable[[], object], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def _form(member_id: int) -> SaleForm:
    lines = [
        LineForm(description="T恤", category="tops", size="M", unit_price="99", quantity=2),
        LineForm(description="牛仔裤", category="bottoms", size="30", unit_price="299.5"),
        LineForm(description="袜子", category="other", unit_price="15", quantity=3, discount="5"),
    ]
    return SaleForm(member_id, lines, [PaymentForm(PaymentMethod.WECHAT, 2 * 9900 + 29950 + 4000)])


def _naive_sale(db: Database, actor: Actor, member_id: int, n: int) -> None:
    """The same rows, one object and one commit at a time (no transaction around the sale)."""
    total = 2 * 9900 + 29950 + 4000
    with db.reader() as s:
        sale = Sale(
            store_id=actor.store_id,
            receipt_no=f"B{uuid.uuid4().hex[:20]}",
            member_id=member_id,
            staff_id=actor.staff_id,
            subtotal_fen=total,
            total_fen=total,
            points_earned=total // 100,
        )
        s.add(sale)
        s.commit()
        for i, (desc, qty, unit, disc) in enumerate(
            (("T恤", 2, 9900, 0), ("牛仔裤", 1, 29950, 0), ("袜子", 3, 1500, 500)), start=1
        ):
            s.add(
                SaleLine(
                    sale_id=sale.id,
                    line_no=i,
                    description=desc,
                    quantity=qty,
                    unit_price_fen=unit,
                    discount_fen=disc,
                    total_fen=qty * unit - disc,
                )
            )
            s.commit()
        s.add(Payment(sale_id=sale.id, method=PaymentMethod.WECHAT, amount_fen=total))
        s.commit()
        s.add(PointsEntry(member_id=member_id, delta=total // 100, source=PointsSource.SALE, sale_id=sale.id))
        s.commit()
        stats = s.get(MemberStats, member_id)
        if stats is not None:
            stats.spend_fen += total
            stats.points_balance += total // 100
            stats.visit_count += 1
            s.commit()


def _setup(db: Database) -> tuple[Actor, list[int], int]:
    with db.read() as s:
        staff = (
            s.scalars(select(Staff).where(Staff.role == Role.CLERK)).first()
            or s.scalars(select(Staff)).first()
        )
        assert staff is not None, "the database has no staff: run the demo first"
        actor = Actor(staff.id, staff.store_id, staff.name, Role.MANAGER)
        top = int(s.scalar(select(func.max(MemberStats.member_id))) or 0)
        sales = int(s.scalar(select(func.max(Sale.id))) or 0)
    rng = random.Random(7)
    return actor, [rng.randint(1, top) for _ in range(2000)], sales


def _card_read(db: Database, store_id: int, member_id: int) -> None:
    with db.read() as s:
        s.get(MemberStats, member_id)
    points_svc.progress(db, store_id, member_id)


def _card_naive(db: Database, member_id: int) -> None:
    with db.read() as s:
        s.scalar(select(func.sum(Sale.total_fen)).where(Sale.member_id == member_id))
        s.scalar(select(func.sum(PointsEntry.delta)).where(PointsEntry.member_id == member_id))
        s.scalar(select(func.count()).select_from(Sale).where(Sale.member_id == member_id))


def run(db: Database, label: str, n: int) -> list[str]:
    actor, members, sales = _setup(db)
    rng = random.Random(11)
    for m in members[:20]:  # warm the cache the way a counter that has been open a while is
        record_sale(db, actor, _form(m))
    ours = _timed(lambda: record_sale(db, actor, _form(rng.choice(members))), n)
    counter = iter(range(10**9))
    base = _timed(
        lambda: _naive_sale(db, actor, rng.choice(members), next(counter) + int(time.time())), n // 2
    )
    card = _timed(lambda: _card_read(db, actor.store_id, rng.choice(members)), n)
    card_base = _timed(lambda: _card_naive(db, rng.choice(members)), n // 2)
    rows = [
        f"### {label} ({sales:,} sales in the database before the run)",
        "",
        "| operation | p50 ms | p99 ms | baseline p50 ms | baseline p99 ms | p99 ratio |",
        "|---|---:|---:|---:|---:|---:|",
        f"| record a sale (3 lines + payment + points), one transaction | {statistics.median(ours):.2f} | "
        f"{_pct(ours, 99):.2f} | {statistics.median(base):.2f} | {_pct(base, 99):.2f} | "
        f"{_pct(base, 99) / _pct(ours, 99):.1f}× |",
        f"| member card totals (stats row + 12-month tier spend) | {statistics.median(card):.2f} | "
        f"{_pct(card, 99):.2f} | {statistics.median(card_base):.2f} | {_pct(card_base, 99):.2f} | "
        f"{_pct(card_base, 99) / _pct(card, 99):.1f}× |",
        "",
    ]
    print("\n".join(rows))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="a COPY of the demo database (it is written to)")
    parser.add_argument("--pg", help="PostgreSQL URL of a database to run on as well")
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--append", action="store_true", help="add to docs/perf/sales.md")
    args = parser.parse_args()
    sections = [
        "## Sales: recording a sale and the member card's totals",
        "",
        f"Measured {utcnow():%Y-%m-%d} on this 2-core shared machine by `benchmarks/bench_sales.py`. "
        "Baseline for a sale: the same rows through the ORM one object at a time, each committed "
        "on its own. Baseline for the card: summing the member's whole history instead of reading "
        "`member_stats`. SQLite runs with `synchronous=FULL` (WAL).",
        "",
    ]
    if args.db:
        db = connect(args.db)
        sections += run(db, "SQLite, synchronous=FULL", args.n)
        db.dispose()
    if args.pg:
        pg = connect(args.pg)
        migrate.upgrade(pg)
        sections += run(pg, "PostgreSQL", args.n)
        pg.dispose()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if args.append and OUT.exists():
        sections = [OUT.read_text(encoding="utf-8").rstrip("\n"), "", *sections[4:]]
    OUT.write_text("\n".join(sections) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
