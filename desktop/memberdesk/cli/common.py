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
from memberdesk.domain.errors import DatabaseProblem, Problem, ServiceError
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


def require_manager(db: Database, purpose: str) -> Actor:
    """The manager who authorises a headless command, or SystemExit(2) with a message.

    Staff number and PIN come from ``MEMBERDESK_STAFF_NO`` / ``MEMBERDESK_PIN`` (for
    scripts), else they are asked on the terminal (the PIN without echo). The PIN is checked
    with the same lock-out as sign-in, and the check is audited as ``staff.verify`` with
    ``purpose``; the caller audits what it then does under the returned actor.
    """
    actor, _pin = require_staff(db, purpose, manager=True)
    return actor


def _ask(env: str, prompt: str, why: str, *, secret: bool) -> str:
    value = os.environ.get(env, "") if secret else os.environ.get(env, "").strip()
    if value:
        return value
    if not sys.stdin.isatty():
        _refuse(f"{why}: set {env}.")
    return getpass.getpass(prompt) if secret else input(prompt).strip()


def require_staff(db: Database, purpose: str, *, manager: bool = False) -> tuple[Actor, str]:
    """The staff member running a headless command (a manager when ``manager``), and the PIN
    they typed, or SystemExit(2) with a message; see ``require_manager``."""
    code = os.environ.get(STAFF_NO_ENV, "").strip()
    pin = os.environ.get(PIN_ENV, "")
    interactive = sys.stdin.isatty()
    who = "a manager's" if manager else "your"
    if not code:
        if not interactive:
            _refuse(f"To {purpose}, {who} staff number and PIN are needed: set {STAFF_NO_ENV} and {PIN_ENV}.")
        code = input("Manager's staff number: " if manager else "Staff number: ").strip()
    if not pin:
        if not interactive:
            _refuse(f"To {purpose}, {who} PIN is needed: set {PIN_ENV}.")
        pin = getpass.getpass("PIN: ")
    found = auth.staff_with_code(db, code)
    if len(found) != 1:
        detail = "no active staff member has it" if not found else "it is used in several stores"
        _refuse(f"Staff number {code!r} cannot authorise this: {detail}.")
    entry = found[0]
    if manager and entry.role is not Role.MANAGER:
        _refuse(f"Only a manager may {purpose}; {entry.code} is not a manager.")
    try:
        return auth.verify_pin(db, entry.id, pin, purpose=purpose), pin
    except ServiceError as error:
        _refuse(error.english())


APPROVER_NO_ENV = "MEMBERDESK_APPROVER_NO"
APPROVER_PIN_ENV = "MEMBERDESK_APPROVER_PIN"


def manager_approval(db: Database, actor: Actor, pin: str, purpose: str) -> tuple[int, str]:
    """The manager approving a file the export rule wants approved: (staff id, PIN).

    A manager running the command approves with the PIN just typed; anyone else names the
    approving manager (``MEMBERDESK_APPROVER_NO`` / ``MEMBERDESK_APPROVER_PIN``, else asked
    on the terminal). The service that writes the file checks the PIN (``auth.approve``).
    """
    if actor.role is Role.MANAGER:
        return actor.staff_id, pin
    why = f"To {purpose}, a manager approves with their staff number and PIN"
    code = _ask(APPROVER_NO_ENV, "Approving manager's staff number: ", why, secret=False)
    approver_pin = _ask(APPROVER_PIN_ENV, "Manager's PIN: ", why, secret=True)
    found = [e for e in auth.staff_with_code(db, code) if e.role is Role.MANAGER]
    if len(found) != 1:
        _refuse(f"Staff number {code!r} is not a manager of this store.")
    return found[0].id, approver_pin
