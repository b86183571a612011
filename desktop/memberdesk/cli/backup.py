"""``memberdesk backup`` and ``memberdesk restore FILE``.

``restore`` first says what the backup is (store, members, date) and what it replaces. It
replaces the store's data, so it needs a manager's staff number and PIN (``require_manager``),
checked against the live database. When the live file cannot be read, the PIN is checked
against the backup's staff only if the damaged file still says it is the same store (the same
store uid); otherwise the restore needs ``--recover``, said out loud, because a backup must not
vouch for itself. Another store's backup needs ``--force-other-store`` (or a "yes" typed at
the terminal). The restore is audited in the restored database (``store/restore.py``).
``backup`` needs none: it only copies the file the signed-in system user can already read.
It says on stderr how many pages it has copied, then that it checks the copy; Ctrl+C stops
it between two steps and leaves no half copy (exit 130).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from memberdesk import config
from memberdesk.cli.common import add_db_option, database_target, describe, require_manager
from memberdesk.cli.exits import EXIT_STOPPED
from memberdesk.cli.progress import Interrupted, copy_progress, say
from memberdesk.domain.errors import DatabaseProblem
from memberdesk.services.common.context import Actor
from memberdesk.services.staff import backups
from memberdesk.services.staff.backups import StoreFacts
from memberdesk.store import backup, migrate
from memberdesk.store.database import Database, check_sqlite_file, connect, normalise_url, sqlite_path


def register(sub: Any) -> None:
    take = sub.add_parser("backup", help="take a backup of the database now")
    add_db_option(take)
    take.add_argument("--to", help="backup folder (default: the one in settings)")
    take.add_argument("--list", action="store_true", help="list the backups instead")
    take.set_defaults(func=cmd_backup)
    restore = sub.add_parser("restore", help="replace the database's content with a backup")
    add_db_option(restore)
    restore.add_argument("file", help="the backup file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument(
        "--force-other-store", action="store_true", help="restore a backup of another store over this one"
    )
    restore.add_argument(
        "--recover",
        action="store_true",
        help="restore over a database that cannot be read and does not say which store it was",
    )
    restore.set_defaults(func=cmd_restore)


def _sqlite_target(args: argparse.Namespace) -> Path | None:
    path = sqlite_path(normalise_url(database_target(args)))
    if path is None:
        print(
            "Backups of a PostgreSQL database are made on the server (pg_dump); "
            "MemberDesk backs up its embedded SQLite file.",
            file=sys.stderr,
        )
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    settings = config.load()
    folder = Path(args.to).expanduser() if args.to else settings.backup_path()
    if args.list:
        for b in backup.list_backups(folder):
            print(f"{b.taken_at:%Y-%m-%d %H:%M:%S}  {b.size / 1e6:8.1f} MB  {b.path}")
        return 0
    path = _sqlite_target(args)
    if path is None:
        return 2
    progress = copy_progress("backup")
    try:
        check_sqlite_file(path)
        with Interrupted() as stop:
            made = backup.take_backup(path, folder, keep=settings.backup_keep, progress=progress, stop=stop)
    except backup.BackupStopped:
        say(f"backup: stopped by Ctrl+C at {progress.where()}; no backup was written (no half copy is left).")
        return EXIT_STOPPED
    except DatabaseProblem as problem:
        print(describe(problem), file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Cannot write the backup to {folder}: {exc}", file=sys.stderr)
        return 2
    print(f"backup written: {made}")
    return 0


def _facts(facts: StoreFacts | None) -> str:
    if facts is None:
        return "no store it can name"
    members = "? members" if facts.members is None else f"{facts.members} members"
    return f"store {facts.name} ({facts.code}), {members}, dated {facts.taken_at:%Y-%m-%d %H:%M}"


def _readable(path: Path) -> bool:
    """Whether the live database opens as a MemberDesk store this program knows."""
    try:
        db = connect(path)
    except DatabaseProblem:
        return False
    try:
        migrate.schema_state(db)
    except DatabaseProblem:
        return False
    finally:
        db.dispose()
    return True


def _refuse(text: str) -> int:
    print(text, file=sys.stderr)
    return 2


def _ask(question: str) -> bool:
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def cmd_restore(args: argparse.Namespace) -> int:
    path = _sqlite_target(args)
    if path is None:
        return 2
    source = Path(args.file).expanduser()
    try:
        wanted = backups.describe_backup(source)
    except DatabaseProblem as problem:
        return _refuse(describe(problem))
    print(f"backup: {source}: {_facts(wanted)}")
    readable = _readable(path)
    replaced = backup.live_store(path)
    print(f"replaces: {path}: {_facts(replaced)}{'' if readable else ' (the database cannot be opened)'}")
    known = replaced is not None and replaced.uid is not None
    same = known and replaced is not None and replaced.uid == wanted.uid
    if not readable and not same and not args.recover:
        what = "is another store" if known else "does not say which store it was"
        return _refuse(
            f"{path} cannot be opened and {what}; the backup is of {_facts(wanted)}. A backup cannot "
            "authorise its own restore: to recover this computer's store from it, run the command "
            "again with --recover (README: Backups and restore)."
        )
    manager = _authorise_restore(path, source, readable)
    answered = _confirmed(args, path, source, f"{_facts(wanted)}. It would replace {_facts(replaced)}."
                          if known and not same else "")  # fmt: skip
    if answered is not None:
        return answered
    return _restore(args, path, source, manager, other_store=known and not same)


def _confirmed(args: argparse.Namespace, path: Path, source: Path, other_store: str) -> int | None:
    """None to go ahead, else the exit code: the clerk said no, or could not be asked."""
    if not args.yes:
        if not sys.stdin.isatty():
            return _refuse("Refusing to restore without --yes when not asked interactively.")
        if not _ask(f"Replace the content of {path} with {source}? A backup is taken first."):
            print("nothing changed")
            return 1
    if other_store and not args.force_other_store:
        warning = f"This backup is of ANOTHER store: {other_store}"
        if args.yes or not sys.stdin.isatty():
            return _refuse(f"{warning} Nothing changed; to do it, add --force-other-store.")
        if not _ask(f"{warning} Replace it?"):
            print("nothing changed")
            return 1
    return None


def _restore(args: argparse.Namespace, path: Path, source: Path, manager: Actor, *, other_store: bool) -> int:
    settings = config.load()
    try:
        result = backups.restore_backup(
            source, path, settings.backup_path(), keep=settings.backup_keep, by=manager.code,
            other_store=other_store, recover=args.recover,
        )  # fmt: skip
    except backups.RestoreRefused as refused:  # the file changed between the question and now
        return _refuse(f"Nothing was restored: {refused}")
    except DatabaseProblem as problem:
        return _refuse(describe(problem))
    except OSError as exc:  # e.g. the safety copy of the current database could not be written
        return _refuse(f"Nothing was restored, the database is as it was: {exc}")
    said = [
        (result.safety_copy, f"current database saved first: {result.safety_copy}"),
        (result.damaged_file, f"damaged database moved aside: {result.damaged_file}"),
        (result.upgraded_from, f"the backup was upgraded from schema {result.upgraded_from}"),
        (result.carried_audit, f"{result.carried_audit} later audit entries of the replaced database kept"),
        (
            result.erasures_applied,
            f"{result.erasures_applied} members erased again (erased after the backup)",
        ),
    ]
    for shown, line in said:
        if shown:
            print(line)
    print(f"restored {source} into {path}")
    return 0


def _authorise_restore(path: Path, source: Path, readable: bool) -> Actor:
    """The manager who may restore: checked in the live database when it opens, else (the
    caller has made sure the backup is of the same store, or recovery was asked for) in an
    upgraded scratch copy of the backup: its staff are the store's staff as they were."""
    if readable:
        db = connect(path)
        try:
            return require_manager(db, "restore a backup")
        finally:
            db.dispose()
    with tempfile.TemporaryDirectory(prefix="memberdesk-restore-") as scratch:
        copy = Path(scratch) / "backup.sqlite3"
        shutil.copyfile(source, copy)
        db = connect(copy)
        try:
            _upgraded(db)
            return require_manager(db, "restore a backup")
        finally:
            db.dispose()


def _upgraded(db: Database) -> None:
    if not migrate.schema_state(db).up_to_date:
        migrate.upgrade(db)
