"""Backups of the embedded database: consistent copies made with SQLite's online backup API.

An offline store's file is its only copy, so the app takes one at the first start of each
day and keeps a rotating set; ``memberdesk backup`` / ``restore`` do it by hand.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from memberdesk.store.database import DatabaseProblem, Problem

PREFIX = "memberdesk-"
SUFFIX = ".sqlite3"
_NAME = re.compile(rf"^{PREFIX}(\d{{8}}-\d{{6}})(?:-[a-z-]+)?{re.escape(SUFFIX)}$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime  # local time, from the name

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in ``folder``, newest first."""
    found = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m:
                found.append(BackupFile(p, dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _copy(source: sqlite3.Connection, target_path: Path) -> None:
    target = sqlite3.connect(target_path)
    try:
        source.backup(target, pages=4096)
    finally:
        target.close()


def take_backup(
    db_path: Path, folder: Path, *, keep: int = 14, label: str = "", now: dt.datetime | None = None
) -> Path:
    """Copy the live database into ``folder`` and drop the oldest beyond ``keep``.

    The copy is written under a temporary name and renamed when complete, so a backup
    folder never holds half a file under a backup's name. Reading every page also proves
    the file is readable end to end.
    """
    now = now or dt.datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{PREFIX}{now:%Y%m%d-%H%M%S}{'-' + label if label else ''}{SUFFIX}"
    final = folder / name
    partial = folder / (name + ".partial")
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        _copy(source, partial)
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseProblem(Problem.CORRUPT, str(db_path), str(exc)) from exc
    finally:
        source.close()
    partial.replace(final)
    prune(folder, keep)
    return final


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest backups beyond ``keep``; returns what was removed."""
    removed = []
    for old in list_backups(folder)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def backed_up_today(folder: Path, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    return any(b.taken_at.date() == today for b in list_backups(folder))


def verify_backup(path: Path) -> None:
    """Raise DatabaseProblem unless ``path`` is an intact SQLite file with a MemberDesk schema."""
    if not path.is_file():
        raise DatabaseProblem(Problem.MISSING, str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(Problem.CORRUPT, str(path), str(exc)) from exc
    if not result or result[0] != "ok":
        raise DatabaseProblem(Problem.CORRUPT, str(path), str(result[0] if result else ""))
    if "alembic_version" not in tables or "members" not in tables:
        raise DatabaseProblem(Problem.NOT_MEMBERDESK, str(path))


def restore(backup_path: Path, db_path: Path) -> None:
    """Replace the live database's content with a backup's, through the backup API.

    Writing through SQLite (not copying the file) keeps the live file's WAL consistent and
    works while other connections are closed but the -wal/-shm files still exist.
    """
    verify_backup(backup_path)
    source = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(db_path)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


@dataclass(frozen=True)
class RestoreResult:
    safety_copy: Path | None  # backup of the replaced database, when it was readable
    damaged_file: Path | None  # the damaged database, moved aside (never deleted)


def restore_database(backup_path: Path, db_path: Path, folder: Path, *, keep: int = 14) -> RestoreResult:
    """Restore ``backup_path`` over ``db_path`` without ever losing what was there.

    A readable database is first backed up into ``folder``; a damaged one is renamed aside
    with its -wal/-shm files, because the backup API cannot read it.
    """
    from memberdesk.store.database import check_sqlite_file

    verify_backup(backup_path)
    safety = damaged = None
    if db_path.exists():
        try:
            check_sqlite_file(db_path)
        except DatabaseProblem as problem:
            if problem.problem is not Problem.CORRUPT:
                raise
            damaged = db_path.with_name(f"{db_path.name}.damaged-{dt.datetime.now():%Y%m%d-%H%M%S}")
            db_path.rename(damaged)
            for side in ("-wal", "-shm"):
                extra = Path(f"{db_path}{side}")
                if extra.exists():
                    extra.rename(Path(f"{damaged}{side}"))
        else:
            safety = take_backup(db_path, folder, keep=keep + 1, label="before-restore")
    restore(backup_path, db_path)
    return RestoreResult(safety, damaged)
