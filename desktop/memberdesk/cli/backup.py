"""``memberdesk backup`` and ``memberdesk restore FILE``.

``restore`` replaces the store's data, so it needs a manager's staff number and PIN
(``require_manager``), checked against the live database, or against a scratch copy of the
backup when the live file cannot be read; it is audited in the restored database.
``backup`` needs none: it only copies the file the signed-in system user can already read.
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
from memberdesk.domain.errors import DatabaseProblem
from memberdesk.services.common.context import Actor
from memberdesk.services.staff import audit
from memberdesk.store import backup, migrate
from memberdesk.store.database import check_sqlite_file, connect, normalise_url, sqlite_path
from memberdesk.store.models import Staff


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
    try:
        check_sqlite_file(path)
        made = backup.take_backup(path, folder, keep=settings.backup_keep)
    except DatabaseProblem as problem:
        print(describe(problem), file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Cannot write the backup to {folder}: {exc}", file=sys.stderr)
        return 2
    print(f"backup written: {made}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = _sqlite_target(args)
    if path is None:
        return 2
    source = Path(args.file).expanduser()
    settings = config.load()
    try:
        backup.verify_backup(source)
    except DatabaseProblem as problem:
        print(describe(problem), file=sys.stderr)
        return 2
    manager = _authorise_restore(path, source)
    if not args.yes:
        if not sys.stdin.isatty():
            print("Refusing to restore without --yes when not asked interactively.", file=sys.stderr)
            return 2
        answer = input(f"Replace the content of {path} with {source}? A backup is taken first. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing changed")
            return 1
    try:
        result = backup.restore_database(source, path, settings.backup_path(), keep=settings.backup_keep)
    except DatabaseProblem as problem:
        print(describe(problem), file=sys.stderr)
        return 2
    except OSError as exc:  # e.g. the safety copy of the current database could not be written
        print(f"Nothing was restored, the database is as it was: {exc}", file=sys.stderr)
        return 2
    if result.safety_copy:
        print(f"current database saved first: {result.safety_copy}")
    if result.damaged_file:
        print(f"damaged database moved aside: {result.damaged_file}")
    _audit_restore(path, source, manager)
    print(f"restored {source} into {path}")
    return 0


def _authorise_restore(path: Path, source: Path) -> Actor:
    """The manager who may restore: checked in the live database when it opens, else in a
    scratch copy of the backup (its staff are the store's staff as they were)."""
    try:
        db = connect(path)
        try:
            migrate.schema_state(db)
        except BaseException:
            db.dispose()
            raise
    except DatabaseProblem:
        with tempfile.TemporaryDirectory(prefix="memberdesk-restore-") as scratch:
            copy = Path(scratch) / "backup.sqlite3"
            shutil.copyfile(source, copy)
            db = connect(copy)
            try:
                return require_manager(db, "restore a backup")
            finally:
                db.dispose()
    try:
        return require_manager(db, "restore a backup")
    finally:
        db.dispose()


def _audit_restore(path: Path, source: Path, manager: Actor) -> None:
    db = connect(path)
    try:
        with db.write() as s:
            known = s.get(Staff, manager.staff_id)
            same = known is not None and known.code == manager.code
            audit.record(
                s,
                manager if same else None,
                "db.restore",
                detail=f"from {source.name} by {manager.code}",
            )
    finally:
        db.dispose()
