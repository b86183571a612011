"""Opening the database the way both the GUI and the command line need it.

Order matters: check the file without changing it; refuse a newer, foreign or empty file
(only ``create`` may give an empty file the schema); take the daily backup; back up again
right before a migration; then migrate, and mark an older MemberDesk file with MemberDesk's
application id.

A failed daily backup never stops the counter: it is reported in ``backup_error``. When the
backup's check finds the live file itself damaged, ``damaged`` says so (the counter still
opens; ``memberdesk db check`` and a restore are the way out).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from memberdesk import config
from memberdesk.domain.errors import DatabaseProblem, Problem
from memberdesk.store import backup, migrate
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
) -> OpenResult:
    """Open, check, back up and migrate. Raises DatabaseProblem with what is wrong.

    ``create`` allows a new, empty SQLite file; otherwise a missing or empty file is a
    problem (the app never silently starts an empty store in place of a lost one).
    """
    settings = settings or config.load()
    url = normalise_url(target)
    db = connect(url, must_exist=not create)
    result = OpenResult(db)
    try:
        state = migrate.schema_state(db)
        path = sqlite_path(url)
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
        log.error("the database %s is damaged: %s", path, problem.detail)
        result.damaged = problem.detail
        result.backup_error = f"the database is damaged ({problem.detail}); the older backups are kept"
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
