"""Generate a demo store and write it in bulk into a new SQLite file or a PostgreSQL database."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sqlalchemy import text

from memberdesk.demo import basket, campaigns, ledger, money, people, rewards, scorecard, segments, service
from memberdesk.demo.columns import Table, day_number
from memberdesk.services.staff.auth import hash_pin
from memberdesk.startup import open_database
from memberdesk.store.database import Database, normalise_url, sqlite_path

Report = Callable[[str], None]


@dataclass(frozen=True)
class DemoPlan:
    """What to generate; the same plan always gives the same store (PIN hashes aside)."""

    members: int = 2000
    seed: int = 1
    until: dt.date = field(default_factory=dt.date.today)
    sales_per_member: float = 10.0


def generate(plan: DemoPlan, report: Report = lambda _: None) -> list[Table]:
    """Every table of the demo store, in an order that satisfies the foreign keys."""
    if plan.members < 1:
        raise ValueError("a demo store needs at least one member")
    rng = np.random.default_rng(plan.seed)
    end = day_number(plan.until)
    created = (end - 5 * 365 - 30) * ledger.DAY
    hashes = {code: hash_pin(pin) for code, _, _, pin in people.DEMO_STAFF}
    tables = people.store_tables(rng, created, hashes)
    shop = basket.catalogue(rng)
    report(f"members: generating {plan.members:,}")
    member_tables, info, _names = people.member_tables(rng, plan.members, plan.until, np.array([4, 5, 6]))
    report("sales: generating two years of history")
    ledger_tables, book = ledger.build(rng, info, plan.until, plan.sales_per_member, shop)
    member_tables[0].columns["tier"] = book.tiers
    report("service records: complaints, visits, after-sales, events")
    report("member money: stored value, gift cards")
    money_tables, numbers = money.build(
        np.random.default_rng([plan.seed, 14]), money.till_of(ledger_tables, info.enrolled), end
    )
    by_name = {t.name: t for t in ledger_tables}
    more = np.random.default_rng([plan.seed, 15])
    money_tables += rewards.coupons(more, by_name, info.enrolled, end, created)
    money_tables += [
        rewards.tier_changes(more, by_name, book.tiers, info.enrolled, end),
        rewards.settings(end),
        scorecard.targets(end, plan.members),
    ]
    tables += [shop.table, *member_tables, *ledger_tables, *money_tables]
    tables += service.complaints(rng, book, plan.members, end)
    tables += [service.visits(rng, book), service.service_records(rng, book, end)]
    tables += [service.suggestions(rng, book, plan.members, end), *service.events(rng, book, end)]
    children = next(t for t in member_tables if t.name == "children")
    tables += segments.tables(
        np.random.default_rng([plan.seed, 19]), info, book.spend_fen, children, end * ledger.DAY
    )
    consents = next(t for t in member_tables if t.name == "consents")
    tables += campaigns.tables(consents, info.enrolled, end)
    tables.append(_sequences(tables, numbers))
    return tables


def _sequences(tables: list[Table], more: dict[str, int]) -> Table:
    """Next receipt, return, complaint, card, top-up and withdrawal numbers, after what the
    demo used."""
    sizes = {t.name: len(t) for t in tables}
    names = {"receipt": "sales", "return": "returns", "complaint": "complaints", "member_card": "members"}
    nexts = {name: sizes[t] + 1 for name, t in names.items()} | more
    seq = Table("number_sequences")
    seq.add("store_id", [people.STORE_ID] * len(nexts))
    seq.add("name", list(nexts))
    seq.add("next_value", list(nexts.values()))
    return seq


def _consume(tables: list[Table]) -> Iterator[Table]:
    """Hand out the tables first to last, letting go of each once it has been written.

    A million-member store's columns take gigabytes; freeing the written ones leaves room
    for the database's page cache instead of adding to it.
    """
    while tables:
        yield tables.pop(0)


def write_sqlite(path: Path, tables: list[Table], report: Report) -> None:
    """Bulk-load into a freshly migrated file: journal off, secondary indexes built last.

    ``tables`` is emptied as the tables are written.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in (
            "journal_mode = OFF",
            "synchronous = OFF",
            "cache_size = -1000000",
            "temp_store = MEMORY",
            "foreign_keys = OFF",
            "locking_mode = EXCLUSIVE",
        ):
            conn.execute(f"PRAGMA {pragma}")
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        for table in _consume(tables):
            started = time.perf_counter()
            columns = ", ".join(table.columns)
            marks = ", ".join("?" * len(table.columns))
            sql = f"INSERT INTO {table.name} ({columns}) VALUES ({marks})"
            conn.execute("BEGIN")
            for chunk in table.rows(sqlite=True):
                conn.executemany(sql, chunk)
            conn.execute("COMMIT")
            report(f"{table.name}: {len(table):,} rows in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        for _, sql in indexes:
            conn.execute(sql)
        conn.execute("ANALYZE")
        report(f"indexes and statistics in {time.perf_counter() - started:.1f} s")
        conn.execute("PRAGMA locking_mode = NORMAL")
        conn.execute("PRAGMA journal_mode = WAL")
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise RuntimeError(f"the demo database failed its check: {result}")
    finally:
        conn.close()


def write_postgresql(db: Database, tables: list[Table], report: Report) -> None:
    """COPY every table in one transaction, then move the id sequences past the demo's ids.

    ``tables`` is emptied as the tables are written.
    """
    raw = db.engine.raw_connection()
    with_ids: list[str] = []
    try:
        cur = raw.cursor()
        for table in _consume(tables):
            if "id" in table.columns:
                with_ids.append(table.name)
            started = time.perf_counter()
            columns = ", ".join(table.columns)
            with cur.copy(f"COPY {table.name} ({columns}) FROM STDIN") as copy:
                for chunk in table.rows(sqlite=False):
                    for row in chunk:
                        copy.write_row(row)
            report(f"{table.name}: {len(table):,} rows in {time.perf_counter() - started:.1f} s")
        for name in with_ids:
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"
            )
        raw.commit()
        cur.execute("ANALYZE")
        raw.commit()
    except BaseException:
        raw.rollback()
        raw.close()
        raise
    raw.close()


def build_store(target: str, plan: DemoPlan, report: Report = lambda _: None) -> None:
    """Create the demo store at ``target`` (a new SQLite file, or an empty PostgreSQL database).

    A SQLite file is built under a temporary name and renamed when complete, so an
    interrupted build never leaves a half-made store under the real name.
    """
    tables = generate(plan, report)
    path = sqlite_path(normalise_url(target))
    if path is None:
        opened = open_database(target, create=True, daily_backup=False)
        try:
            _require_empty(opened.db)
            write_postgresql(opened.db, tables, report)
        finally:
            opened.db.dispose()
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".building")
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    opened = open_database(str(building), create=True, daily_backup=False)
    opened.db.dispose()
    write_sqlite(building, tables, report)
    os.replace(building, path)


def _require_empty(db: Database) -> None:
    with db.engine.connect() as conn:
        if conn.execute(text("SELECT count(*) FROM stores")).scalar_one():
            raise RuntimeError("the database already holds a store")
