"""Opening the database the way both the GUI and the command line need it.

Order matters: check the file without changing it; refuse a newer or foreign schema;
take the daily backup; back up again right before a migration; then migrate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from memberdesk import config
from memberdesk.store import backup, migrate
from memberdesk.store.database import Database, connect, normalise_url, sqlite_path

log = logging.getLogger(__name__)


@dataclass
class OpenResult:
    db: Database
    migrated_from: str | None = None
    backups: list[Path] = field(default_factory=list)
    backup_error: str = ""


def open_database(
    target: str,
    *,
    create: bool = False,
    settings: config.Settings | None = None,
    daily_backup: bool = True,
) -> OpenResult:
    """Open, check, back up and migrate. Raises DatabaseProblem with what is wrong.

    ``create`` allows a new, empty SQLite file; otherwise a missing file is a problem
    (the app never silently starts an empty store in place of a lost one).
    """
    settings = settings or config.load()
    url = normalise_url(target)
    db = connect(url, must_exist=not create)
    result = OpenResult(db)
    try:
        state = migrate.schema_state(db)
        path = sqlite_path(url)
        if path is not None and not state.empty:
            folder = settings.backup_path()
            try:
                if daily_backup and not backup.backed_up_today(folder):
                    result.backups.append(backup.take_backup(path, folder, keep=settings.backup_keep))
                if not state.up_to_date:
                    result.backups.append(
                        backup.take_backup(
                            path, folder, keep=settings.backup_keep + 1, label="before-upgrade"
                        )
                    )
            except OSError as exc:  # a missing USB disk must not stop the counter
                log.warning("backup to %s failed: %s", folder, exc)
                result.backup_error = str(exc)
                if not state.up_to_date:
                    raise
        if not state.up_to_date:
            migrate.upgrade(db)
            result.migrated_from = state.current
    except BaseException:
        db.dispose()
        raise
    return result
