"""Opening the database the way both the GUI and the command line need it.

Order matters: check the file without changing it; refuse a newer, foreign or empty file
(only ``create`` may give an empty file the schema); take the daily backup; back up again
right before a migration; then migrate, and mark an older MemberDesk file with MemberDesk's
application id.

A failed daily backup never stops the counter: it is reported in ``backup_error``. When the
backup's check finds the live file itself damaged, ``damaged`` says so (the counter still
opens, with a banner; a command refuses to go on; ``memberdesk db check`` and a restore are
the way out). ``check=True`` runs SQLite's quick check before anything else and refuses a
damaged file (``memberdesk db upgrade``, the smoke test); the window runs the same check on
a worker after it opens (``check_for_damage``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from memberdesk import config
from memberdesk.domain.errors import DatabaseProblem, Problem
from memberdesk.store import backup, health, migrate
from memberdesk.store.database import Database, connect, mark_as_memberdesk, normalise_url, sqlite_path

log = logging.getLogger(__name__)


@dataclass
class OpenResult:
    db: Database
    migrated_from: str | None = None
    backups: list[Path] = field(default_factory=list)
    backup_error: str = ""
    damaged: str = ""  # what the daily backup's check found wrong in the live file


def open_database(
    target: str,
    *,
    create: bool = False,
    settings: config.Settings | None = None,
    daily_backup: bool = True,
    check: bool = False,
) -> OpenResult:
    """Open, check, back up and migrate. Raises DatabaseProblem with what is wrong.

    ``create`` allows a new, empty SQLite file; otherwise a missing or empty file is a
    problem (the app never silently starts an empty store in place of a lost one).
    ``check`` reads every page first (SQLite's quick check) and refuses a damaged file
    before anything is backed up, migrated or written.
    """
    settings = settings or config.load()
    url = normalise_url(target)
    db = connect(url, must_exist=not create)
    result = OpenResult(db)
    try:
        path = sqlite_path(url)
        if check and path is not None:
            damage = health.quick_check(db)
            if damage:
                raise DatabaseProblem(Problem.CORRUPT, str(path), damage)
        state = migrate.schema_state(db)
        if state.empty and path is not None and not create:
            raise DatabaseProblem(Problem.NOT_MEMBERDESK, str(path), "an empty database without tables")
        if path is not None and not state.empty:
            _backups(result, path, settings, daily=daily_backup, upgrading=not state.up_to_date)
        if not state.up_to_date:
            migrate.upgrade(db)
            result.migrated_from = state.current
        if path is not None:
            mark_as_memberdesk(db)
    except BaseException:
        db.dispose()
        raise
    return result


def _backups(
    result: OpenResult, path: Path, settings: config.Settings, *, daily: bool, upgrading: bool
) -> None:
    folder = settings.backup_path()
    try:
        if daily and not backup.backed_up_today(folder):
            result.backups.append(backup.take_backup(path, folder, keep=settings.backup_keep))
    except OSError as exc:  # a missing or full USB disk must not stop the counter
        log.warning("backup to %s failed: %s", folder, exc)
        result.backup_error = str(exc)
    except DatabaseProblem as problem:  # the live file is damaged: say so, keep the counter open
        result.damaged = health.summarise(problem.detail)
        log.error("the database %s is damaged: %s", path, result.damaged)
        result.backup_error = f"the database is damaged ({result.damaged}); the older backups are kept"
    if upgrading:
        if result.damaged:
            raise DatabaseProblem(Problem.CORRUPT, str(path), result.damaged)
        # Never migrate without a fresh copy to go back to: a failure here refuses the upgrade.
        result.backups.append(
            backup.take_backup(path, folder, keep=settings.backup_keep + 1, label="before-upgrade")
        )


def sqlite_file(location: str) -> Path | None:
    """The file a problem's ``location`` names, or None for a server database."""
    return None if "://" in location else sqlite_path(normalise_url(location))


@dataclass(frozen=True)
class DamageReport:
    """What the check after a start found: SQLite's words, and the backup to go back to."""

    detail: str
    newest_backup: Path | None


def check_for_damage(
    db: Database, settings: config.Settings | None = None, stop: Callable[[], bool] | None = None
) -> DamageReport | None:
    """SQLite's quick check of the open database (run on a worker: it reads every page); None
    when it is intact, a server database, or ``stop`` ended the check (raised as
    ``health.CheckStopped`` inside, reported as nothing found)."""
    try:
        damage = health.quick_check(db, stop=stop)
    except health.CheckStopped:
        return None
    if not damage:
        return None
    log.error("the database %s is damaged: %s", db.location(), damage)
    folder = (settings or config.load()).backup_path()
    backups = backup.list_backups(folder)
    return DamageReport(damage, backups[0].path if backups else None)
