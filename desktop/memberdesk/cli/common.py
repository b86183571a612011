"""What every subcommand shares: opening the database with a clear message on failure, and
asking for a manager's staff number and PIN before a command that reads sensitive data,
exports, restores or changes settings.

Exit codes: 0 done; 1 refused or found wanting (a service's message, ``db check`` findings);
2 the database cannot be used as it is (missing, locked, damaged, not MemberDesk's …);
3 another counter was saving, so nothing (more) was done: try again; 130 stopped by Ctrl+C.
A command that meets a damaged page stops with exit 2 and says what to do; so does a command
that changed the store when the day's backup, taken after its work, finds the file damaged
(its work is saved). A command that only reads never waits for the day's backup."""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

from memberdesk import config
from memberdesk.cli.exits import EXIT_BUSY, EXIT_CANNOT_USE, EXIT_OK, EXIT_REFUSED, EXIT_STOPPED
from memberdesk.domain.errors import AccountLocked, Busy, DatabaseProblem, Problem, ServiceError
from memberdesk.domain.vocab import Role

if TYPE_CHECKING:  # the database and staff code load when a command runs, not for --help
    from memberdesk.services.common.context import Actor
    from memberdesk.startup import OpenResult
    from memberdesk.store.database import Database

__all__ = ["EXIT_BUSY", "EXIT_CANNOT_USE", "EXIT_OK", "EXIT_REFUSED", "EXIT_STOPPED"]

PROBLEM_TEXT = {
    Problem.MISSING: "No database at {where}. Create a demo store with `memberdesk demo`, or give --db.",
    Problem.LOCKED: "The database {where} is locked by another program. Close it and try again.",
    Problem.READ_ONLY: "The database {where} cannot be written (read-only file or folder).",
    Problem.CORRUPT: (
        "The database {where} is damaged ({detail}). Nothing was done. Restore the newest backup: "
        "`memberdesk backup --list`, then `memberdesk restore FILE` (the damaged file is kept); "
        "or call for help. `memberdesk db check` says what is damaged."
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


def is_damage(exc: BaseException) -> bool:
    """Whether SQLite (directly or through SQLAlchemy) failed because the file is damaged."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    return isinstance(orig, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text or "corrupt" in text
    )


def database_target(args: argparse.Namespace) -> str:
    return getattr(args, "db", None) or config.load().database_target()


def open_for_command(args: argparse.Namespace, *, create: bool = False) -> OpenResult:
    """Open the database named on the command line (or in settings); exits 2 with a message."""
    from memberdesk.startup import open_database

    try:
        return open_database(database_target(args), create=create, daily_backup=False)
    except DatabaseProblem as problem:
        print(describe(problem), file=sys.stderr)
        raise SystemExit(2) from None


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db`` on a subcommand too, so it may follow the subcommand's name."""
    parser.add_argument("--db", default=argparse.SUPPRESS, help="database URL or SQLite file")


def run_service(action: Callable[[], Any]) -> Any:
    """Run a service call; print a ServiceError as one line and exit 1 (3 when another counter
    was saving: nothing was done, try again)."""
    try:
        return action()
    except ServiceError as error:
        print(error.english(), file=sys.stderr)
        raise SystemExit(EXIT_BUSY if isinstance(error, Busy) else EXIT_REFUSED) from None


def with_db(
    func: Callable[[argparse.Namespace, Database], int | None], *, writes: bool = True
) -> Callable[[argparse.Namespace], int]:
    """Wrap a subcommand body so it gets an open, migrated Database and always closes it.

    A command that ``writes`` takes the day's backup after its work, when none was taken
    today (``cli/daily_backup.py``); one that only reads (``writes=False``) never waits for
    it. A file whose damage shows half-way stops the command: exit 2 with what to do, never
    a traceback or a "done". Another counter saving too long is exit 3 ("try again")."""

    def run(args: argparse.Namespace) -> int:
        db = open_for_command(args).db
        try:
            code = int(func(args, db) or EXIT_OK)
        except Busy as busy:
            print(f"{busy.english()} Nothing more was done; run the command again.", file=sys.stderr)
            return EXIT_BUSY
        except Exception as exc:
            if not is_damage(exc):
                raise
            from memberdesk.store.health import summarise

            said = str(getattr(exc, "orig", exc))
            return _damaged(DatabaseProblem(Problem.CORRUPT, db.location(), summarise(said)))
        finally:
            db.dispose()
        if not writes:
            return code
        from memberdesk.cli.daily_backup import after_work

        return after_work(database_target(args), code)

    return run


def _damaged(problem: DatabaseProblem) -> int:
    print(describe(problem), file=sys.stderr)
    return EXIT_CANNOT_USE


STAFF_NO_ENV = "MEMBERDESK_STAFF_NO"
PIN_ENV = "MEMBERDESK_PIN"


def _refuse(message: str) -> NoReturn:
    print(message, file=sys.stderr)
    raise SystemExit(2)


NOT_ACCEPTED = "Staff number or PIN not accepted: to {purpose}, give {who} staff number and PIN."
REFUSAL_WAIT_S = 1.0  # every refusal waits the same, whatever was wrong


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
    they typed, or SystemExit(2) with a message; see ``require_manager``.

    An unknown number, a number of the wrong role and a wrong PIN get one answer after the
    same work (an argon2 verification, against a hash nobody knows when the number cannot be
    accepted) and the same wait, so the answer tells nothing about which numbers exist or
    belong to a manager. Only a locked account says so, after its own PIN check.
    """
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
    from memberdesk.services.staff import auth

    found = auth.staff_with_code(db, code)
    fitting = [entry for entry in found if not manager or entry.role is Role.MANAGER]
    if len(found) != 1 or not fitting:
        auth.verify_nobody(pin)
        _not_accepted(purpose, who)
    try:
        return auth.verify_pin(db, fitting[0].id, pin, purpose=purpose, slow_down=False), pin
    except AccountLocked as error:
        _refuse(error.english())
    except ServiceError:
        _not_accepted(purpose, who)


def _not_accepted(purpose: str, who: str) -> NoReturn:
    from memberdesk.services.staff import auth

    auth.sleep(REFUSAL_WAIT_S)
    _refuse(NOT_ACCEPTED.format(purpose=purpose, who=who))


APPROVER_NO_ENV = "MEMBERDESK_APPROVER_NO"
APPROVER_PIN_ENV = "MEMBERDESK_APPROVER_PIN"


def manager_approval(db: Database, actor: Actor, pin: str, purpose: str) -> tuple[int, str]:
    """The manager approving a file the export rule wants approved: (staff id, PIN).

    A manager running the command approves with the PIN just typed; anyone else names the
    approving manager (``MEMBERDESK_APPROVER_NO`` / ``MEMBERDESK_APPROVER_PIN``, else asked
    on the terminal). The service that writes the file checks the PIN (``auth.approve``), so
    a wrong number or PIN gets the service's one answer.
    """
    from memberdesk.services.staff import auth

    if actor.role is Role.MANAGER:
        return actor.staff_id, pin
    why = f"To {purpose}, a manager approves with their staff number and PIN"
    code = _ask(APPROVER_NO_ENV, "Approving manager's staff number: ", why, secret=False)
    approver_pin = _ask(APPROVER_PIN_ENV, "Manager's PIN: ", why, secret=True)
    found = [e for e in auth.staff_with_code(db, code) if e.role is Role.MANAGER]
    if len(found) != 1:
        auth.verify_nobody(approver_pin)
        _not_accepted(purpose, "a manager's")
    return found[0].id, approver_pin
