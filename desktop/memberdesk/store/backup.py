"""Backups of the embedded database: consistent copies made with SQLite's online backup API.

An offline store's file is its only copy, so the app takes one each day and keeps a rotating
set; ``memberdesk backup`` / ``restore`` do it by hand.

Every new backup is checked (``PRAGMA integrity_check`` of the copy) before it gets a
backup's name; a copy that fails is deleted, so rotation only ever drops older, checked
copies and never the newest good one. When the copy is damaged because the live file is,
``take_backup`` raises ``DatabaseProblem(CORRUPT)`` for the live file; when only the backup
disk failed (full, missing, faulty) it raises ``BackupFailed`` -- a warning for the counter,
never a reason to stop it. Restoring writes the backup beside the live file, syncs it and
renames it over the live file in one step, so the live path always holds a whole database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from memberdesk.domain.errors import DatabaseProblem, Problem
from memberdesk.store import migrate, restore
from memberdesk.store.database import FileKind, check_sqlite_file, disk_is_full
from memberdesk.store.restore import RestoreRequest, StoreFacts

PREFIX = "memberdesk-"
SUFFIX = ".sqlite3"
_NAME = re.compile(rf"^{PREFIX}(\d{{8}}-\d{{6}})(?:-[a-z-]+)?{re.escape(SUFFIX)}$")
PAGES_PER_STEP = 4096
CHECK_STEPS = 100_000  # virtual-machine steps of the copy's check between two questions to stop
# Room kept free on top of a copy's size, so a copy never fills a disk to the last byte.
SPACE_MARGIN = 4 << 20


class BackupStopped(Exception):
    """The backup was stopped on request (the app is closing); nothing was written under a
    backup's name and the partial copy is gone."""


class BackupFailed(OSError):
    """The backup could not be written or did not check out; the live database is unharmed."""

    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(f"backup to {folder} failed: {reason}")
        self.folder = folder
        self.reason = reason


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


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # FAT on a USB stick cannot sync a folder
        _fsync(folder)


def database_size(db_path: Path) -> int:
    """Bytes a copy of the database needs: the file and what its WAL adds at most."""
    wal = Path(f"{db_path}-wal")
    return db_path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def integrity_problem(
    path: Path, *, quick: bool = False, live: bool = False, stop: Callable[[], bool] | None = None
) -> str:
    """What ``PRAGMA integrity_check`` (or ``quick_check``) says is wrong; "" when intact.

    A copy is read as immutable (nothing is created beside it); the live file through an
    ordinary connection that writes nothing, so its -wal/-shm are cleaned up as usual.
    ``stop`` is asked every few thousand steps of the check; when it says so the check is
    interrupted and ``BackupStopped`` raised.
    """
    uri = f"file:{path}?mode=rw" if live else f"file:{path}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            if stop is not None:
                conn.set_progress_handler(lambda: 1 if stop() else 0, CHECK_STEPS)
            rows = [r[0] for r in conn.execute(f"PRAGMA {'quick_check' if quick else 'integrity_check'}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if stop is not None and stop():
            raise BackupStopped from exc
        return str(exc)
    return "" if rows == ["ok"] else "; ".join(str(r) for r in rows[:5])


def _live_problem(db_path: Path, exc: BaseException | str) -> DatabaseProblem:
    return DatabaseProblem(Problem.CORRUPT, str(db_path), str(exc))


def _open_target(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def _copy(
    db_path: Path,
    target_path: Path,
    progress: Callable[[int, int], None] | None,
    stop: Callable[[], bool] | None,
) -> None:
    """Copy with the backup API in steps; ``progress(remaining, total)`` after each step (it
    may sleep to throttle, or raise to stop: the partial copy is then removed)."""

    def step(_status: int, remaining: int, total: int) -> None:
        if stop is not None and stop():
            raise BackupStopped
        if progress is not None:
            progress(remaining, total)

    # Read through an ordinary connection (it writes nothing): a read-only one would leave
    # -wal/-shm files beside a database no other program has open.
    source = sqlite3.connect(f"file:{db_path}?mode=rw", uri=True)
    try:
        target = _open_target(target_path)
        try:
            source.backup(target, pages=PAGES_PER_STEP, progress=step)
        finally:
            target.close()
    finally:
        source.close()


def take_backup(
    db_path: Path,
    folder: Path,
    *,
    keep: int = 14,
    label: str = "",
    now: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> Path:
    """Copy the live database into ``folder``, check the copy, and drop the oldest beyond ``keep``.

    The copy is written under a temporary name, checked with ``PRAGMA integrity_check``,
    synced and renamed when complete, so a backup folder never holds half a file or an
    unchecked copy under a backup's name. Meant to run on a worker: it takes as long as
    reading the file twice.

    Raises ``BackupFailed`` (an OSError) when the backup folder cannot take the copy,
    ``DatabaseProblem(CORRUPT)`` when the live database itself is damaged (the copy is then
    deleted and the older backups are all kept), ``BackupStopped`` when ``stop()`` said so
    (asked between steps of the copy and of its check; nothing is left behind).
    """
    now = now or dt.datetime.now()
    name = f"{PREFIX}{now:%Y%m%d-%H%M%S}{'-' + label if label else ''}{SUFFIX}"
    final = folder / name
    partial = folder / (name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(folder, exc.strerror or str(exc)) from exc
    try:
        need = database_size(db_path)
    except OSError as exc:
        raise DatabaseProblem(Problem.MISSING, str(db_path), str(exc)) from exc
    if disk_is_full(folder, need=need + SPACE_MARGIN):
        raise BackupFailed(folder, "the backup disk is full")
    try:
        _copy(db_path, partial, progress, stop)
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        text = str(exc).lower()
        if "disk is full" in text or disk_is_full(folder):
            raise BackupFailed(folder, "the backup disk is full") from exc
        damage = integrity_problem(db_path, quick=True, live=True)
        if damage:
            raise _live_problem(db_path, damage) from exc
        raise BackupFailed(folder, str(exc)) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        reason = "the backup disk is full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        raise BackupFailed(folder, reason) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _check_copy(partial, db_path, folder, stop)
    try:
        _fsync(partial)
        partial.replace(final)
        _fsync_folder(folder)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupFailed(folder, exc.strerror or str(exc)) from exc
    prune(folder, keep)
    return final


def _check_copy(partial: Path, db_path: Path, folder: Path, stop: Callable[[], bool] | None) -> None:
    """Remove the copy and raise unless it checks out whole."""
    try:
        damage = integrity_problem(partial, stop=stop)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if damage:
        partial.unlink(missing_ok=True)
        live_damage = integrity_problem(db_path, quick=True, live=True)
        if live_damage:
            raise _live_problem(db_path, live_damage)
        raise BackupFailed(folder, f"the copy did not check out ({damage})")


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
    """Raise DatabaseProblem unless ``path`` is an intact SQLite file with a MemberDesk schema
    this program knows (``TOO_NEW`` for one written by a newer MemberDesk)."""
    if not path.is_file():
        raise DatabaseProblem(Problem.MISSING, str(path))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(Problem.CORRUPT, str(path), str(exc)) from exc
    if not result or result[0] != "ok":
        raise DatabaseProblem(Problem.CORRUPT, str(path), str(result[0] if result else ""))
    if "alembic_version" not in tables or "members" not in tables:
        raise DatabaseProblem(Problem.NOT_MEMBERDESK, str(path))
    if revision not in migrate.shipped_revisions():
        raise DatabaseProblem(Problem.TOO_NEW, str(path), f"schema {revision}")


@dataclass(frozen=True)
class RestoreResult:
    safety_copy: Path | None  # backup of the replaced database, when it was readable
    damaged_file: Path | None  # the damaged database, kept under another name (never deleted)
    backup: StoreFacts | None = None  # what was restored
    replaced: StoreFacts | None = None  # the store it replaced, as far as it could be read
    upgraded_from: str | None = None  # the backup's schema, when it was older than this program's
    carried_audit: int = 0  # the replaced store's later audit entries appended to the restored file
    erasures_applied: int = 0  # members erased again because they were erased after the backup


def _release_live(db_path: Path) -> None:
    """Fold the live WAL into the file and make sure no other program has it open.

    Raises LOCKED when another counter is using the database: replacing a file under an
    open connection would lose what that counter writes next.
    """
    try:
        conn = sqlite3.connect(str(db_path), timeout=2.0, isolation_level=None)
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise DatabaseProblem(Problem.LOCKED, str(db_path), str(exc)) from exc
        raise DatabaseProblem(Problem.CORRUPT, str(db_path), str(exc)) from exc


def _keep_damaged(db_path: Path) -> Path:
    """Keep the damaged file under a new name without ever leaving the live path empty."""
    damaged = db_path.with_name(f"{db_path.name}.damaged-{dt.datetime.now():%Y%m%d-%H%M%S}")
    try:
        os.link(db_path, damaged)  # a second name for the same bytes: costs no space
    except OSError:
        shutil.copy2(db_path, damaged)
    for side in ("-wal", "-shm"):
        extra = Path(f"{db_path}{side}")
        if extra.exists():
            extra.rename(Path(f"{damaged}{side}"))
    return damaged


def _write_beside(backup_path: Path, db_path: Path) -> Path:
    """The backup's bytes in a temporary file in the live file's folder, synced to disk."""
    temp = db_path.with_name(f".{db_path.name}.restoring")
    try:
        with backup_path.open("rb") as src, temp.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
    except OSError as exc:
        temp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise DatabaseProblem(Problem.DISK_FULL, str(db_path), str(exc)) from exc
        raise DatabaseProblem(Problem.READ_ONLY, str(db_path), str(exc)) from exc
    damage = integrity_problem(temp)
    if damage:
        temp.unlink(missing_ok=True)
        raise DatabaseProblem(Problem.CORRUPT, str(backup_path), f"the copy did not check out ({damage})")
    return temp


def _examine_live(db_path: Path) -> tuple[bool, bool]:
    """(there is a live file, it is a MemberDesk file that opens). Damaged, or overwritten
    with something that is no database: replaced, and kept under another name; locked, full,
    read-only or newer: DatabaseProblem, and it is left alone."""
    if not (db_path.exists() and db_path.stat().st_size > 0):
        return False, False
    try:
        found = check_sqlite_file(db_path)
    except DatabaseProblem as problem:
        if problem.problem not in (Problem.CORRUPT, Problem.NOT_MEMBERDESK):
            raise
        return True, False
    return True, found is not None and found.kind is FileKind.MEMBERDESK


def _swap(temp: Path, db_path: Path, *, live: bool, readable: bool) -> Path | None:
    """Rename the ready copy over the live file in one step; returns where a damaged one went."""
    damaged = None
    if readable:
        _release_live(db_path)
    elif live:
        damaged = _keep_damaged(db_path)
    for side in ("-wal", "-shm"):
        Path(f"{db_path}{side}").unlink(missing_ok=True)
    os.replace(temp, db_path)
    return damaged


def describe_backup(path: Path) -> StoreFacts:
    """Check a backup (as ``verify_backup``) and say what it holds: store, members, date."""
    verify_backup(path)
    facts = restore.read_facts(path, immutable=True)
    if facts is None:
        raise DatabaseProblem(Problem.NOT_MEMBERDESK, str(path), "no store in it")
    return facts


def live_store(db_path: Path) -> StoreFacts | None:
    """The store the live file holds, as far as it can be read (None: it says nothing)."""
    return restore.read_facts(db_path)


def restore_database(
    backup_path: Path,
    db_path: Path,
    folder: Path,
    *,
    keep: int = 14,
    by: str = "",
    other_store: bool = False,
    recover: bool = False,
) -> RestoreResult:
    """Restore ``backup_path`` over ``db_path`` without ever losing what was there.

    Nothing is touched until everything needed is in place: the backup is checked (intact,
    MemberDesk's, not newer than this program), it must be of the same store unless
    ``other_store`` says otherwise (``OtherStoreBackup``), and over a file that cannot say
    which store it was only ``recover`` restores (``StoreUnverified``); the free space beside
    the live file is checked, a readable live database is first backed up into ``folder``,
    and the backup is copied beside the live file and made ready there (upgraded, the later
    audit entries appended, later erasures made again, the restore audited under ``by``:
    ``store/restore.py``). Only then is the copy renamed over the live file, in one step. A
    damaged live file is kept under a ``.damaged-…`` name. On any failure the live file is as
    it was, and DatabaseProblem says why (DISK_FULL when there is no room).
    """
    wanted = describe_backup(backup_path)
    need = backup_path.stat().st_size + SPACE_MARGIN
    if disk_is_full(db_path.parent, need=need):
        raise DatabaseProblem(
            Problem.DISK_FULL, str(db_path), f"{need // (1 << 20)} MB are needed beside the database"
        )
    live, readable = _examine_live(db_path)
    replaced = live_store(db_path) if live else None
    restore.check_store(wanted, replaced, other_store=other_store, recover=recover)
    safety = None
    if readable:
        try:
            safety = take_backup(db_path, folder, keep=keep + 1, label="before-restore")
        except DatabaseProblem as problem:
            if problem.problem is not Problem.CORRUPT:
                raise
            readable = False  # damaged inside: kept aside below, like a file that cannot be opened
    temp = _write_beside(backup_path, db_path)
    try:
        request = RestoreRequest(by, other_store, recover)
        ready = restore.prepare_copy(
            temp, backup=wanted, replaced=replaced, safety=safety, live_path=db_path, request=request
        )
        damage = integrity_problem(temp)
        if damage:
            raise DatabaseProblem(
                Problem.CORRUPT, str(backup_path), f"the prepared copy did not check out ({damage})"
            )
        _fsync(temp)
        damaged = _swap(temp, db_path, live=live, readable=readable)
    except BaseException:
        restore.remove_copy(temp)
        raise
    _fsync_folder(db_path.parent)
    return RestoreResult(
        safety, damaged, wanted, replaced, ready.upgraded_from, ready.carried_audit, ready.erasures_applied
    )
