"""What every subcommand shares: opening the database with a clear message on failure, and
asking for a manager's staff number and PIN before a command that reads sensitive data,
exports, restores or changes settings."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from memberdesk import config
from memberdesk.domain.errors import AccountLocked, DatabaseProblem, Problem, ServiceError
from memberdesk.domain.vocab import Role
from memberdesk.services.common.context import Actor
from memberdesk.services.staff import auth
from memberdesk.startup import OpenResult, open_database
from memberdesk.store.database import Database

PROBLEM_TEXT = {
    Problem.MISSING: "No database at {where}. Create a demo store with `memberdesk demo`, or give --db.",
    Problem.LOCKED: "The database {where} is locked by another program. Close it and try again.",
    Problem.READ_ONLY: "The database {where} cannot be written (read-only file or folder).",
    Problem.CORRUPT: (
        "The database {where} is damaged ({detail}). Check it with `memberdesk db check`; "
        "restore a backup with `memberdesk restore FILE` (the damaged file is kept)."
    ),
    Problem.TOO_NEW: "The database {where} was written by a newer MemberDesk ({detail}). Update MemberDesk.",
    Problem.NOT_MEMBERDESK: (
        "{where} is not a MemberDesk database ({detail}); nothing was changed. "
        "To start a new store in a new or empty file: `memberdesk db init --db FILE`."
    ),
    Problem.DISK_FULL: (
        "The disk under {where} is full ({detail}). The database is not damaged: "
        "free some space on that disk, then start again. Do not restore a backup."
    ),
    Problem.UNREACHABLE: "Cannot reach the database server {where}: {detail}",
}


def describe(problem: DatabaseProblem) -> str:
    return PROBLEM_TEXT[problem.problem].format(where=problem.location, detail=problem.detail)


def database_target(args: argparse.Namespace) -> str:
    return getattr(args, "db", None) or config.load().database_target()


def open_for_command(args: argparse.Namespace, *, create: bool = False) -> OpenResult:
    """Open the database named on the command line (or in settings); exits 2 with a message."""
    try:
        return open_database(database_target(args), create=create)
    except DatabaseProblem as problem:
        print(describe(problem), file=sys.stderr)
        raise SystemExit(2) from None


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db`` on a subcommand too, so it may follow the subcommand's name."""
    parser.add_argument("--db", default=argparse.SUPPRESS, help="database URL or SQLite file")


def run_service(action: Callable[[], Any]) -> Any:
    """Run a service call; print a ServiceError as one line and exit 1."""
    try:
        return action()
    except ServiceError as error:
        print(error.english(), file=sys.stderr)
        raise SystemExit(1) from None


def with_db(
    func: Callable[[argparse.Namespace, Database], int | None],
) -> Callable[[argparse.Namespace], int]:
    """Wrap a subcommand body so it gets an open, migrated Database and always closes it."""

    def run(args: argparse.Namespace) -> int:
        opened = open_for_command(args)
        try:
            return int(func(args, opened.db) or 0)
        finally:
            opened.db.dispose()

    return run


STAFF_NO_ENV = "MEMBERDESK_STAFF_NO"
PIN_ENV = "MEMBERDESK_PIN"


def _refuse(message: str) -> NoReturn:
    print(message, file=sys.stderr)
    raise SystemExit(2)


NOT_ACCEPTED = "Staff number or PIN not accepted: to {purpose}, give a manager's staff number and PIN."
REFUSAL_WAIT_S = 1.0  # every refusal waits the same, whatever was wrong


def require_manager(db: Database, purpose: str) -> Actor:
    """The manager who authorises a headless command, or SystemExit(2) with a message.

    Staff number and PIN come from ``MEMBERDESK_STAFF_NO`` / ``MEMBERDESK_PIN`` (for
    scripts), else they are asked on the terminal (the PIN without echo). The PIN is checked
    with the same lock-out as sign-in, and the check is audited as ``staff.verify`` with
    ``purpose``; the caller audits what it then does under the returned actor.

    An unknown number, a number that is not a manager's and a wrong PIN get one answer after
    the same work (an argon2 verification, against a hash nobody knows when the number
    cannot be accepted) and the same wait, so the answer tells nothing about which numbers
    exist or belong to a manager. Only a locked account says so, after its own PIN check.
    """
    code = os.environ.get(STAFF_NO_ENV, "").strip()
    pin = os.environ.get(PIN_ENV, "")
    interactive = sys.stdin.isatty()
    if not code:
        if not interactive:
            _refuse(
                f"To {purpose}, a manager's staff number and PIN are needed: "
                f"set {STAFF_NO_ENV} and {PIN_ENV}."
            )
        code = input("Manager's staff number: ").strip()
    if not pin:
        if not interactive:
            _refuse(f"To {purpose}, a manager's PIN is needed: set {PIN_ENV}.")
        pin = getpass.getpass("PIN: ")
    found = auth.staff_with_code(db, code)
    managers = [entry for entry in found if entry.role is Role.MANAGER]
    if len(found) != 1 or not managers:
        auth.verify_nobody(pin)
        _not_accepted(purpose)
    try:
        return auth.verify_pin(db, managers[0].id, pin, purpose=purpose, slow_down=False)
    except AccountLocked as error:
        _refuse(error.english())
    except ServiceError:
        _not_accepted(purpose)


def _not_accepted(purpose: str) -> NoReturn:
    auth.sleep(REFUSAL_WAIT_S)
    _refuse(NOT_ACCEPTED.format(purpose=purpose))
