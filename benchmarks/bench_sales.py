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

``--money``: a sale paid wholly from the member's stored value with one coupon (the card
scanned as the presence proof), beside its floor: the statements the product sends to the
driver for that very sale, captured from a rehearsal rolled back just before and replayed on
the raw connection in one write transaction with the commit; interleaved A B B A, wall and
CPU time. Writes ``docs/perf/sales-money.md``. SQLite only (PostgreSQL does not give a rolled
back sequence value out again, so a replay would not match its rehearsal).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import functools
import os
import random
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select

from memberdesk.domain.vocab import PaymentMethod, PointsSource, Role, SaleStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import DriverStatement
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


class _Rehearsed(Exception):
    """Raised at the end of a rehearsed write so that it rolls back whole."""


def _captured_sale(db: Database, actor: Actor, form: SaleForm) -> list[tuple[str, Any, bool]]:
    """The statements ``record_sale(form)`` sends to the driver, exactly as sent, from a
    rehearsal whose write is rolled back: (SQL, parameters, executemany). Replayed at once
    on the raw connection they write what the sale would have written (SQLite gives a rolled
    back row id, receipt number and sequence value out again)."""
    seen: list[tuple[str, Any, bool]] = []

    def capture(_conn: Any, _cur: Any, statement: str, parameters: Any, _ctx: Any, many: bool) -> None:
        seen.append((statement, parameters, many))

    real_write = db.write
    real = {name: getattr(DriverStatement, name) for name in ("rows", "execute", "executemany")}

    @contextlib.contextmanager
    def rehearsal() -> Iterator[Any]:
        with real_write() as session:
            yield session
            session.flush()
            raise _Rehearsed

    def watched(name: str) -> Any:
        def run(self: DriverStatement, cursor: Any, dialect: Any, params: Any) -> Any:
            compiled = self.compiled(dialect)
            if name == "executemany":
                seen.append((compiled.sql, [compiled.parameters(p) for p in params], True))
            else:
                seen.append((compiled.sql, compiled.parameters(params), False))
            return real[name](self, cursor, dialect, params)

        return run

    event.listen(db.engine, "before_cursor_execute", capture)
    db.write = rehearsal  # type: ignore[method-assign]
    for name in real:
        setattr(DriverStatement, name, watched(name))
    try:
        record_sale(db, actor, form)
    except _Rehearsed:
        pass
    finally:
        for name, method in real.items():
            setattr(DriverStatement, name, method)
        db.write = real_write  # type: ignore[method-assign]
        event.remove(db.engine, "before_cursor_execute", capture)
    control = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "PRAGMA")
    return [x for x in seen if not x[0].lstrip().upper().startswith(control)]


def _replay(conn: Any, statements: list[tuple[str, Any, bool]]) -> None:
    """The captured statements on the raw driver in one write transaction, with the commit."""
    cur = conn.cursor()
    cur.execute("BEGIN IMMEDIATE")
    for sql, params, many in statements:
        if many:
            cur.executemany(sql, params)
        else:
            cur.execute(sql, params)
            if cur.description is not None:
                cur.fetchall()
    conn.commit()


def _money_setup(db: Database, actor: Actor, members: list[int]) -> dict[int, tuple[str, str]]:
    """Each member topped up with ¥1,000 and given one 满200减20 coupon; the store's rule: the
    member's card proves presence. Returns member -> (card number, coupon code)."""
    from memberdesk.domain.vocab import CouponKind
    from memberdesk.domain.wallet import Presence
    from memberdesk.services.money import coupons, wallet
    from memberdesk.services.money import rules as wallet_rules
    from memberdesk.store.models import Coupon, Member

    wallet_rules.save(
        db, actor, dataclasses.replace(wallet_rules.get(db, actor.store_id), presence=Presence.CARD)
    )
    template = coupons.create_template(
        db,
        actor,
        coupons.TemplateForm(
            name=f"满200减20 {uuid.uuid4().hex[:6]}", kind=CouponKind.AMOUNT_OFF, amount="20",
            min_spend="200", valid_days=30,
        ),
    )  # fmt: skip
    for m in members:
        wallet.topup(db, actor, m, "1000", PaymentMethod.CASH)
    codes = coupons.issue(db, actor, template, members)
    with db.read() as s:
        cards = dict(s.execute(select(Member.id, Member.card_no).where(Member.id.in_(members))).all())
        held = dict(s.execute(select(Coupon.member_id, Coupon.code).where(Coupon.code.in_(codes))).all())
    return {m: (cards[m], held[m]) for m in members}


def _money_form(member_id: int, card: str, code: str) -> SaleForm:
    lines = [
        LineForm(description="T恤", category="tops", size="M", unit_price="99", quantity=2),
        LineForm(description="牛仔裤", category="bottoms", size="30", unit_price="299.5"),
    ]
    return SaleForm(
        member_id, lines, [PaymentForm(PaymentMethod.STORED_VALUE, "")], member_card=card, coupons=(code,)
    )


def run_money(db: Database, label: str, n: int) -> list[str]:
    """A sale paid from the balance with a coupon, beside its own statements replayed."""
    actor, _members, sales = _setup(db)
    from memberdesk.domain.vocab import MemberStatus
    from memberdesk.store.models import Member

    with db.read() as s:
        with_cards = list(
            s.scalars(
                select(Member.id)
                .where(Member.card_no.is_not(None), Member.status == MemberStatus.ACTIVE)
                .order_by(func.random())
                .limit(2 * n + 40)
            )
        )
    held = _money_setup(db, actor, with_cards)
    ours_members, floor_members = with_cards[: n + 20], with_cards[n + 20 :]
    assert len(floor_members) >= n, "not enough members with a card"
    for m in ours_members[:20]:  # warm, as a counter open a while is
        record_sale(db, actor, _money_form(m, *held[m]))
    ours_members = ours_members[20:]
    pooled = db.engine.raw_connection()
    driver = pooled.driver_connection
    ours: list[float] = []
    floor: list[float] = []
    cpu_ours: list[float] = []
    cpu_floor: list[float] = []
    for i in range(n):  # A B B A: each meets the same checkpoints and the same load
        pair = [("ours", ours_members[i]), ("floor", floor_members[i])]
        for kind, m in pair if i % 2 == 0 else reversed(pair):
            if kind == "ours":
                c, t = time.process_time(), time.perf_counter()
                record_sale(db, actor, _money_form(m, *held[m]))
                ours.append((time.perf_counter() - t) * 1000)
                cpu_ours.append((time.process_time() - c) * 1000)
            else:
                statements = _captured_sale(db, actor, _money_form(m, *held[m]))
                c, t = time.process_time(), time.perf_counter()
                _replay(driver, statements)
                floor.append((time.perf_counter() - t) * 1000)
                cpu_floor.append((time.process_time() - c) * 1000)
    pooled.close()
    load = os.getloadavg()
    rows = [
        f"### {label}: a sale paid from the balance with a coupon ({sales:,} sales before the run)",
        "",
        f"Machine load (1/5/15 min) {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} after the run; "
        f"{os.cpu_count()} cores; {n} sales each way, interleaved A B B A. The member's card proves "
        "presence (the store's rule); with the PIN rule the argon2 check adds its ~20 ms on purpose.",
        "",
        "| | p50 ms | p99 ms | CPU p50 ms | floor p50 ms | floor p99 ms | floor CPU p50 ms "
        "| ratio p50 / p99 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
        f"| 2 lines, stored value pays all, one 满200减20 coupon | {statistics.median(ours):.2f} | "
        f"{_pct(ours, 99):.2f} | {statistics.median(cpu_ours):.2f} | {statistics.median(floor):.2f} | "
        f"{_pct(floor, 99):.2f} | {statistics.median(cpu_floor):.2f} | "
        f"{statistics.median(ours) / statistics.median(floor):.1f}× / "
        f"{_pct(ours, 99) / _pct(floor, 99):.1f}× |",
        "",
    ]
    print("\n".join(rows))
    return rows


def _one_sale(db: Database, actor: Actor, members: list[int], rng: random.Random) -> None:
    record_sale(db, actor, _form(rng.choice(members)))


def run_checkpoints(path: str, n: int) -> list[str]:
    """The sale's p99 beside one durable commit, with the log copied by the commits that fill
    it (the near setting) and then by the background checkpointer."""
    import sqlite3

    floor_conn = sqlite3.connect(path, isolation_level=None)
    floor_conn.execute("PRAGMA synchronous = FULL")
    floor_conn.execute("PRAGMA wal_autocheckpoint = 0")  # the commit alone, never a copy
    floor_conn.execute("CREATE TABLE IF NOT EXISTS bench_commit (id INTEGER PRIMARY KEY, body TEXT)")

    def one_commit() -> None:
        floor_conn.execute("BEGIN IMMEDIATE")
        floor_conn.execute("INSERT INTO bench_commit (body) VALUES (?)", ("x" * 200,))
        floor_conn.execute("COMMIT")

    rows = [
        "| the log copied by | sale p50 ms | sale p99 ms | one commit p50 ms | one commit p99 ms "
        "| p99 ratio |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for mode in ("the commit that fills it (250 pages)", "the background checkpointer (every 1 s)"):
        db = connect(path)
        checkpointer = db.checkpoint_in_background() if "background" in mode else None
        actor, members, _sales = _setup(db)
        rng = random.Random(5)
        for m in members[:20]:
            record_sale(db, actor, _form(m))
        ours: list[float] = []
        floor: list[float] = []
        for block in range(0, n, 25):  # A B B A in blocks: both meet the same moments
            size = min(25, n - block)
            pair = [
                (ours, functools.partial(_one_sale, db, actor, members, rng)),
                (floor, one_commit),
            ]
            for out, fn in pair if (block // 25) % 2 == 0 else reversed(pair):
                out += _timed(fn, size)
        if checkpointer is not None:
            checkpointer.stop()
        db.dispose()
        rows.append(
            f"| {mode} | {statistics.median(ours):.2f} | {_pct(ours, 99):.2f} | "
            f"{statistics.median(floor):.2f} | {_pct(floor, 99):.2f} | "
            f"{_pct(ours, 99) / _pct(floor, 99):.1f}× |"
        )
    floor_conn.close()
    load = os.getloadavg()
    rows += [
        "",
        f"Machine load (1/5/15 min) {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}; {n} of each per mode.",
    ]
    print("\n".join(rows))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="a COPY of the demo database (it is written to)")
    parser.add_argument("--pg", help="PostgreSQL URL of a database to run on as well")
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--append", action="store_true", help="add to docs/perf/sales.md")
    parser.add_argument(
        "--money",
        action="store_true",
        help="a sale paid from the balance with a coupon (SQLite), to sales-money.md",
    )
    parser.add_argument(
        "--checkpoint",
        action="store_true",
        help="the sale's p99 beside one commit, log copied inline or in the background",
    )
    args = parser.parse_args()
    if args.checkpoint:
        rows = run_checkpoints(args.db, args.n)
        OUT.with_name("sales-checkpoint.md").write_text(
            "\n".join(
                [
                    "## Sales: the log's copy off the clerk's commit",
                    "",
                    f"Measured {utcnow():%Y-%m-%d} by `benchmarks/bench_sales.py --checkpoint`: "
                    "`record_sale` beside one durable one-row commit on the same file "
                    "(`synchronous=FULL`, never copying the log itself), in alternating blocks.",
                    "",
                    *rows,
                ]
            )
            + "\n",
            encoding="utf-8",
        )
        return
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
    if args.money:
        db = connect(args.db)
        money = run_money(db, "SQLite, synchronous=FULL", args.n)
        db.dispose()
        OUT.with_name("sales-money.md").write_text(
            "\n".join(
                [
                    "## Sales: stored value and a coupon",
                    "",
                    f"Measured {utcnow():%Y-%m-%d} by `benchmarks/bench_sales.py --money`. Floor: the "
                    "very statements the product sends to the driver for that sale (captured from a "
                    "rehearsal of the same sale rolled back just before), replayed on the raw "
                    "connection in one write transaction with its commit.",
                    "",
                    *money,
                ]
            )
            + "\n",
            encoding="utf-8",
        )
        return
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
