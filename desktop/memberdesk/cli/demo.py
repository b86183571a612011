"""``memberdesk demo``: create a realistic demo store to try the app or to benchmark it."""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from typing import Any

from memberdesk.cli.common import add_db_option, database_target, describe
from memberdesk.domain.errors import DatabaseProblem, Problem
from memberdesk.store.database import connect, normalise_url, sqlite_path


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="create a demo store with members and two years of history")
    add_db_option(demo)
    demo.add_argument("--members", type=int, default=2000, help="how many members (default 2,000)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same store (default 1)")
    demo.add_argument(
        "--until",
        type=dt.date.fromisoformat,
        default=None,
        help="last day of the history, YYYY-MM-DD (default today)",
    )
    demo.add_argument(
        "--sales-per-member", type=float, default=10.0, help="average sales per member (default 10)"
    )
    demo.add_argument(
        "--if-missing", action="store_true", help="do nothing if the database already holds a store"
    )
    demo.set_defaults(func=cmd_demo)


def _existing_store(target: str) -> str | None:
    """The name of the store the target already holds, or None if there is none."""
    path = sqlite_path(normalise_url(target))
    if path is not None and not path.exists():
        return None
    try:
        db = connect(target, must_exist=False)  # demo is an explicit "create": an empty file will do
    except DatabaseProblem as problem:
        if problem.problem is Problem.MISSING:
            return None
        raise
    try:
        from sqlalchemy import inspect, text

        with db.engine.connect() as conn:
            if "stores" not in inspect(conn).get_table_names():
                return None
            name = conn.execute(text("SELECT name FROM stores ORDER BY id LIMIT 1")).scalar()
            return str(name) if name is not None else None
    finally:
        db.dispose()


def cmd_demo(args: argparse.Namespace) -> int:
    from memberdesk.demo.build import DemoPlan, build_store
    from memberdesk.demo.people import DEMO_STAFF

    target = database_target(args)
    if args.members < 1:
        print("--members must be at least 1", file=sys.stderr)
        return 2
    try:
        existing = _existing_store(target)
    except DatabaseProblem as problem:
        print(describe(problem), file=sys.stderr)
        return 2
    if existing is not None:
        if args.if_missing:
            print(f"{target} already holds the store {existing}; nothing to do.")
            return 0
        print(
            f"{target} already holds the store {existing}. Demo data is only written into a new database: "
            "give another --db.",
            file=sys.stderr,
        )
        return 1
    plan = DemoPlan(
        members=args.members,
        seed=args.seed,
        until=args.until or dt.date.today(),
        sales_per_member=args.sales_per_member,
    )
    started = time.perf_counter()

    def report(line: str) -> None:
        # ru_maxrss is in KiB on Linux: the peak so far tells where a big build's memory goes
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
        print(
            f"[{time.perf_counter() - started:7.1f} s, peak {peak:4.1f} GiB] {line}",
            file=sys.stderr,
            flush=True,
        )

    build_store(target, plan, report)
    print(f"Demo store created in {time.perf_counter() - started:.1f} s: {target}")
    print("Sign in with the staff member's number key and PIN:")
    for code, name, role, pin in DEMO_STAFF:
        print(f"  {code}  {name}  {role:<10}  PIN {pin}")
    return 0
