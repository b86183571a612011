"""The member card beside its floor: the same statements on the raw sqlite3 driver.

    .venv/bin/python benchmarks/bench_member_card.py [--db bench-data/demo-1m.sqlite3] [--n 2000]

Opens the card of ``--n`` random members (the same ones for both) through
``services.member_card.member_card`` and then runs exactly its SQL (as the driver received
it, captured once) on a plain ``sqlite3`` connection in one transaction, reading every row. Prints the
machine load, p50/p99 of each and the ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from sqlalchemy import select  # noqa: E402
from stats import floor_table, measure  # noqa: E402

from memberdesk.services import member_card as card  # noqa: E402
from memberdesk.services.members import system_actor  # noqa: E402
from memberdesk.store.database import connect  # noqa: E402
from memberdesk.store.models import Member  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=str(ROOT / "bench-data" / "demo-1m.sqlite3"))
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()

    db = connect(args.db)
    with db.read() as s:
        top = s.scalar(select(Member.id).order_by(Member.id.desc()).limit(1)) or 1
    rng = random.Random(7)
    ids = [rng.randint(1, top) for _ in range(args.n)]
    actor = system_actor(db)

    for member_id in ids[:50]:  # warm the page cache and the statement caches alike
        card.member_card(db, actor, member_id)
    it = iter(ids * 2)
    product = measure("member card (service)", lambda: card.member_card(db, actor, next(it)), args.n)

    raw = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True, isolation_level=None)
    # exactly the statements the service sends, as compiled (once) for the driver
    sql = [prepared._compiled[:2] for prepared in card._PREPARED if prepared._compiled is not None]
    assert len(sql) == len(card._PREPARED)

    def floor(member_id: int) -> None:
        raw.execute("BEGIN")
        for text, uses in sql:
            raw.execute(text, (member_id,) * uses).fetchall()
        raw.execute("ROLLBACK")

    it2 = iter(ids * 2)
    base = measure("same SQL, raw sqlite3", lambda: floor(next(it2)), args.n)
    it3 = iter(ids * 2)
    core = measure(
        "its reads through SQLAlchemy Core (before)", lambda: card._read_core(db, next(it3)), args.n
    )
    load = os.getloadavg()
    print(f"## Member card ({args.n} cards, {Path(args.db).name}, load {load[0]:.2f} / {load[1]:.2f})\n")
    print(floor_table([(product, base), (core, base)]))


if __name__ == "__main__":
    main()
