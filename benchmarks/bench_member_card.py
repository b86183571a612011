"""The member card beside its floor: the same statements on the raw driver.

    .venv/bin/python benchmarks/bench_member_card.py [--db FILE-OR-URL] [--n 2000] [--cold]

``--db`` is a SQLite file (default bench-data/demo-1m.sqlite3) or a PostgreSQL URL.

Opens the card of ``--n`` random members (the same ones for both) through
``services.member_card.member_card`` and then runs exactly its SQL (as the driver receives
it) on a plain ``sqlite3`` or ``psycopg`` connection in one read transaction, reading every
row. Every sampled card is opened once before anything is timed, so both see the same warm
cache; ``--cold`` times first openings instead (the floor then opens other members, also
for the first time; the OS cache may still hold their pages). Prints the machine load, p50/p99
of each and the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from sqlalchemy import select  # noqa: E402
from stats import floor_table, measure  # noqa: E402

from memberdesk.services.members import card  # noqa: E402
from memberdesk.services.members.enrolment import system_actor  # noqa: E402
from memberdesk.store.database import connect  # noqa: E402
from memberdesk.store.models import Member  # noqa: E402


def raw_connection(target: str) -> Any:
    """The floor's connection: the driver alone."""
    if "://" not in target:
        return sqlite3.connect(f"file:{target}?mode=ro", uri=True, isolation_level=None)
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(target).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "demo-1m.sqlite3"))
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--cold", action="store_true", help="time each card's first opening")
    args = parser.parse_args()

    db = connect(args.db)
    with db.read() as s:
        top = s.scalar(select(Member.id).order_by(Member.id.desc()).limit(1)) or 1
    rng = random.Random(7)
    ids = [rng.randint(1, top) for _ in range(args.n)]
    actor = system_actor(db)
    dialect = db.engine.dialect
    raw = raw_connection(args.db)
    sqlite = isinstance(raw, sqlite3.Connection)
    today = dt.date.today()

    def floor(member_id: int) -> None:
        params: dict[str, object] = {"member_id": member_id}
        cursor = raw.cursor()
        if sqlite:
            cursor.execute("BEGIN")
        for n, statement in enumerate(card._DRIVER):  # the first, the member's, also takes today
            cursor.execute(*statement.sql(dialect, {**params, "today": today} if n == 0 else params))
            cursor.fetchall()
        cursor.close()
        raw.rollback()

    def service(member_id: int) -> None:
        card.member_card(db, actor, member_id)

    if not args.cold:
        for member_id in ids:  # every page both will read, in both caches
            service(member_id)
    it = iter(ids * 2)
    product = measure("member card (service)", lambda: service(next(it)), args.n)
    # cold: the floor opens other members, also for the first time
    floor_ids = [random.Random(8).randint(1, top) for _ in range(args.n)] if args.cold else ids
    it2 = iter(floor_ids * 2)
    base = measure(f"same SQL, raw {'sqlite3' if sqlite else 'psycopg'}", lambda: floor(next(it2)), args.n)
    it3 = iter(floor_ids * 2)
    core = measure(
        "its reads through SQLAlchemy Core (before)", lambda: card._read_core(db, next(it3)), args.n
    )
    load = os.getloadavg()
    where = Path(args.db).name if "://" not in args.db else db.location()
    temperature = "first opening of each card" if args.cold else "warm: every card opened once before"
    print(f"## Member card ({args.n} cards, {where}, {temperature}; load {load[0]:.2f} / {load[1]:.2f})\n")
    print(floor_table([(product, base), (core, base)]))


if __name__ == "__main__":
    main()
