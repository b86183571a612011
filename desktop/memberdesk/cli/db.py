"""``memberdesk db init``, ``db upgrade`` and ``db check``.

``init`` is the only command that gives a new or empty SQLite file the MemberDesk schema
(besides the setup wizard and ``memberdesk demo``); every other command refuses a file that is
not already a MemberDesk database. ``check`` reports what is wrong and never ends in a
traceback: exit 0 when all is well, 1 with findings, 2 when the file cannot be opened, 130
when Ctrl+C stopped it (it only reads: nothing is half-done). ``check --quick`` reads every
page with SQLite's quick check and reconciles every ledger; the full check (the nightly job)
adds the integrity check of every index, the foreign keys and the stored value types. Both
say how far they are on stderr.
``upgrade`` reads every page first and changes nothing in a damaged file (exit 2); when
another counter is saving it stops with a message and exit 3, and running it again later
picks up where it stopped.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from typing import Any

from sqlalchemy.exc import OperationalError

from memberdesk.cli.common import EXIT_BUSY, EXIT_CANNOT_USE, add_db_option, database_target, describe
from memberdesk.cli.exits import EXIT_STOPPED
from memberdesk.cli.progress import Interrupted, Progress, say
from memberdesk.domain.errors import Busy, DatabaseProblem
from memberdesk.store import health, migrate
from memberdesk.store.database import FileKind, connect, normalise_url, probe_sqlite_file, sqlite_path


def register(sub: Any) -> None:
    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_sub.add_parser("upgrade", help="back up, then bring the schema to this version")
    add_db_option(upgrade)
    upgrade.set_defaults(func=cmd_upgrade)
    init = db_sub.add_parser("init", help="create a new, empty MemberDesk database (schema only)")
    add_db_option(init)
    init.set_defaults(func=cmd_init)
    check = db_sub.add_parser("check", help="integrity, schema version and ledger totals")
    check.add_argument(
        "--quick",
        action="store_true",
        help="SQLite's quick check of every page and the ledgers (the full check is the nightly job)",
    )
    add_db_option(check)
    check.set_defaults(func=cmd_check)


def _busy_while(what: str) -> int:
    print(
        f"Another counter is saving right now, so {what}. Run `memberdesk db upgrade` again when "
        "no counter is saving (out of hours is best); it goes on from where it stopped.",
        file=sys.stderr,
    )
    return EXIT_BUSY


def _locked(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    return isinstance(orig, sqlite3.OperationalError) and "locked" in str(orig).lower()


def cmd_upgrade(args: argparse.Namespace) -> int:
    from memberdesk.startup import open_database  # does the backup-before-migrate dance

    try:
        opened = open_database(database_target(args), daily_backup=False, check=True)
    except DatabaseProblem as problem:
        print(describe(problem), file=sys.stderr)
        return EXIT_CANNOT_USE
    except (Busy, OperationalError) as exc:
        if isinstance(exc, OperationalError) and not _locked(exc):
            raise
        return _busy_while("the database was not upgraded: nothing was changed")
    try:
        if opened.migrated_from is None:
            print(f"already at schema {migrate.head_revision()}: {opened.db.location()}")
        else:
            print(f"upgraded {opened.migrated_from} -> {migrate.head_revision()}: {opened.db.location()}")
            for b in opened.backups:
                print(f"backup taken first: {b}")
        from memberdesk.services.members.name_keys_refresh import refresh_name_keys

        # members saved under older reading rules (compound surnames, given-name readings)
        try:
            changed = refresh_name_keys(opened.db)
        except Busy:
            return _busy_while("the members' search keys were not all brought up to date")
        if changed:
            print(f"search keys brought up to date for {changed:,} members")
    finally:
        opened.db.dispose()
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from memberdesk.startup import open_database

    target = database_target(args)
    path = sqlite_path(normalise_url(target))
    try:
        if path is not None and path.is_file() and probe_sqlite_file(path).kind is FileKind.MEMBERDESK:
            print(f"{path} is already a MemberDesk database; nothing changed", file=sys.stderr)
            return 1
    except DatabaseProblem as problem:
        print(describe(problem), file=sys.stderr)
        return 2
    try:
        opened = open_database(target, create=True, daily_backup=False)
    except DatabaseProblem as problem:
        print(describe(problem), file=sys.stderr)
        return 2
    try:
        schema = migrate.head_revision()
        print(f"created an empty MemberDesk database at schema {schema}: {opened.db.location()}")
        print("Start `memberdesk` to set up the store and its manager.")
    finally:
        opened.db.dispose()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    try:
        db = connect(database_target(args))
    except DatabaseProblem as problem:
        print(describe(problem), file=sys.stderr)
        return 2
    progress = _CheckProgress()
    try:
        with Interrupted() as stop:
            report = health.check(db, quick=args.quick, progress=progress, stop=stop)
    except health.CheckStopped as stopped:
        say(
            f"db check: stopped by Ctrl+C in {stopped.where}. Nothing was changed (a check only "
            "reads); what was not checked is not reported. Run it again to check it all."
        )
        return EXIT_STOPPED
    finally:
        db.dispose()
    print(f"database:  {report.location}")
    print(f"schema:    {report.schema_current} (this version: {report.schema_head})")
    print(f"integrity: {report.integrity or 'not checked'}")
    for finding in report.findings:
        print(f"PROBLEM:   {finding}")
    print("OK" if report.ok else f"{len(report.findings)} problem(s) found")
    return 0 if report.ok else 1


class _CheckProgress:
    """``db check: <stage>: …`` lines on stderr: each tenth of a counted stage, once for the
    others."""

    def __init__(self) -> None:
        self.stage = ""
        self.counter = Progress("", "")

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage != self.stage:
            self.stage = stage
            unit = "pages" if "page" in stage or "table" in stage else "checks"
            unit = "indexes" if stage == "index check" else unit
            self.counter = Progress(f"db check: {stage}", unit)
            if not total:
                say(f"db check: {stage}")
                return
        if total:
            self.counter.show(done, total)
