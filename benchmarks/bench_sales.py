"""Record-a-sale latency and the member card's totals read, on a database with history.

    uv run python benchmarks/bench_sales.py --db COPY.sqlite3 [--pg URL] [--n 400]

``--db`` must be a copy: the script writes sales into it. Measures, in one process:
  * ``record_sale`` (header + 3 lines + payment + points + member totals, one transaction,
    SQLite ``synchronous=FULL``) beside its floor: the very statements it runs (the member,
    the rules, the balance locked, the receipt number, the sale, lines, payment, points entry,
    totals, 12-month spend), compiled SQL and converted values prepared beforehand, on the raw
    driver in one transaction with its commit; and a naive baseline: the same rows added
    through the ORM one object at a time, each committed on its own (a first draft's way);
  * the member card's totals: the ``member_stats`` row plus the 12-month tier spend,
    against the baseline of summing the member's whole sales history.
Writes the figures to ``docs/perf/sales.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from memberdesk.domain.vocab import PaymentMethod, PointsSource, Role, SaleStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.sales import ledger, rules
from memberdesk.services.sales import points as points_svc
from memberdesk.services.sales import pricing as sale_pricing
from memberdesk.services.sales import recording as sales
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
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


Prepared = list[tuple[str, str, Any]]


def _floor_statements(db: Database, actor: Actor, member_id: int) -> Prepared:
    """What ``record_sale`` runs for ``_form(member_id)``, as (how, SQL, parameters) for the
    raw driver: its own compiled statements, values converted the way it converts them.
    "sale" returns the new sale's id; "lines" and "payment" take it as their first value
    (``sale_id`` comes first in both tables)."""
    d = db.engine.dialect
    now = utcnow()
    total = 2 * 9900 + 29950 + 4000
    sale = {
        "uid": uuid.uuid4(),
        "store_id": actor.store_id,
        "receipt_no": f"F{uuid.uuid4().hex[:20]}",
        "member_id": member_id,
        "staff_id": actor.staff_id,
        "created_at": now,
        "subtotal_fen": total,
        "discount_fen": 0,
        "total_fen": total,
        "points_earned": total // 100,
        "points_redeemed": 0,
        "status": SaleStatus.COMPLETED,
        "voids_sale_id": None,
        "approved_by_id": None,
        "note": "",
        "redeem_fen": 0,
        "cash_tendered_fen": 0,
        "points_balance_after": total // 100,
        "points_owed_after": 0,
    }
    lines = [
        {
            "sale_id": 0,
            "line_no": i,
            "product_id": None,
            "sku": "",
            "category": c,
            "description": desc,
            "size": "",
            "quantity": q,
            "unit_price_fen": u,
            "discount_fen": dis,
            "total_fen": q * u - dis,
        }
        for i, (desc, c, q, u, dis) in enumerate(
            (
                ("T恤", "tops", 2, 9900, 0),
                ("牛仔裤", "bottoms", 1, 29950, 0),
                ("袜子", "other", 3, 1500, 500),
            ),
            start=1,
        )
    ]
    entry = ledger.points_entry(member_id, total // 100, PointsSource.SALE, at=now, staff_id=actor.staff_id)
    bump = {
        "member": member_id,
        "add_spend": total,
        "add_visits": 1,
        "add_points": total // 100,
        "add_owed": 0,
        "at": now,
    }
    since = now - dt.timedelta(days=365)
    one = [
        ("rows", sale_pricing._MEMBER, {"member": member_id}),
        ("rows", rules._RULES_TEXT, {"store": actor.store_id}),
        ("rows", ledger._BALANCE_LOCKED, {"member": member_id}),
        ("rows", ledger._TAKE_NUMBER, {"store": actor.store_id, "sequence": "receipt"}),
        ("sale", sales._ADD_SALE, sale),
    ]
    out: Prepared = [(how, *stmt.sql(d, params)) for how, stmt, params in one]
    line_sql = sales._ADD_LINE.sql(d, lines[0])[0]
    out.append(("lines", line_sql, [sales._ADD_LINE.sql(d, ln)[1] for ln in lines]))
    pay = {"sale_id": 0, "method": PaymentMethod.WECHAT, "amount_fen": total}
    out.append(("payment", *sales._ADD_PAYMENT.sql(d, pay)))
    out.append(("one", *ledger._ADD_ENTRY.sql(d, entry)))
    out.append(("one", *ledger._BUMP_VISIT.sql(d, bump)))
    out.append(("rows", *sales._ROLLING_SPEND.sql(d, {"member": member_id, "since": since})))
    return out


def _floor_sale(db: Database, conn: Any, statements: Prepared) -> None:
    """One prepared sale on the raw driver: its statements (the new sale's id put into its
    lines and payment) and the commit, in one write transaction."""
    cur = conn.cursor()
    if db.is_sqlite:
        cur.execute("BEGIN IMMEDIATE")
    sale_id = 0
    for how, sql, params in statements:
        if how == "lines":
            cur.executemany(sql, [_with_sale(p, sale_id) for p in params])
        elif how == "payment":
            cur.execute(sql, _with_sale(params, sale_id))
        else:
            cur.execute(sql, params)
            if how == "sale":
                sale_id = cur.fetchall()[0][0]
            elif how == "rows":
                cur.fetchall()
    conn.commit()


def _with_sale(params: Any, sale_id: int) -> Any:
    if isinstance(params, dict):
        return {**params, "sale_id": sale_id}
    return (sale_id, *params[1:])


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
    prepared = [_floor_statements(db, actor, rng.choice(members)) for _ in range(n)]
    pooled = db.engine.raw_connection()
    driver = pooled.driver_connection
    ours: list[float] = []
    floor: list[float] = []
    for block in range(0, n, 50):  # alternating, so both meet the same checkpoints
        size = min(50, n - block)
        ours += _timed(lambda: record_sale(db, actor, _form(rng.choice(members))), size)
        floor += _timed(lambda: _floor_sale(db, driver, prepared.pop()), size)
    pooled.close()
    counter = iter(range(10**9))
    base = _timed(
        lambda: _naive_sale(db, actor, rng.choice(members), next(counter) + int(time.time())), n // 2
    )
    card = _timed(lambda: _card_read(db, actor.store_id, rng.choice(members)), n)
    card_base = _timed(lambda: _card_naive(db, rng.choice(members)), n // 2)
    load = os.getloadavg()
    rows = [
        f"### {label} ({sales:,} sales in the database before the run)",
        "",
        f"Machine load (1/5/15 min) {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} after the run; "
        f"{os.cpu_count()} cores; {n} sales each way.",
        "",
        "| operation | p50 ms | p99 ms | floor p50 ms | floor p99 ms | p50 / p99 ratio to the floor |",
        "|---|---:|---:|---:|---:|---:|",
        f"| record a sale (3 lines + payment + points), one transaction | {statistics.median(ours):.2f} | "
        f"{_pct(ours, 99):.2f} | {statistics.median(floor):.2f} | {_pct(floor, 99):.2f} | "
        f"{statistics.median(ours) / statistics.median(floor):.1f}× / "
        f"{_pct(ours, 99) / _pct(floor, 99):.1f}× |",
        "",
        "| baseline | p50 ms | p99 ms | baseline p50 ms | baseline p99 ms | p99 ratio |",
        "|---|---:|---:|---:|---:|---:|",
        "| record a sale; baseline: its rows through the ORM, one commit each | "
        f"{statistics.median(ours):.2f} | "
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
        "Floor for a sale: `record_sale`'s own statements, compiled and their values converted "
        "beforehand, run on the raw driver in one transaction with its commit, in blocks of 50 "
        "alternating with the product's. Baseline for a sale: the same rows through the ORM one "
        "object at a time, each committed on its own. Baseline for the card: summing the member's "
        "whole history instead of reading `member_stats`. SQLite runs with `synchronous=FULL` (WAL).",
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
