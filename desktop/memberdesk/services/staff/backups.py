"""Backups and restores of the embedded database, as the GUI asks for them.

A backup a staff member takes from Settings is permitted and audited; the daily backup and a
restore offered when the file cannot be opened are the app's own acts, before anyone can sign
in. The copies themselves are made by ``memberdesk.store.backup``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.services.common.context import Actor
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store import backup
from memberdesk.store.backup import BackupFile, BackupStopped, RestoreResult
from memberdesk.store.database import Database

__all__ = ["BackupFile", "BackupStopped", "backup_if_due", "backup_now", "recent_backups", "restore_backup"]


def backup_now(db: Database, actor: Actor, folder: Path, *, keep: int) -> Path:
    """Take a backup of the embedded database into ``folder``."""
    require(actor, Permission.BACKUP_RESTORE)
    if db.path is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A server database is backed up on the server, not from the counter.")
        )
    try:
        made = backup.take_backup(db.path, folder, keep=keep)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write a backup to {folder}: {error}"),
            field="backup_dir",
            folder=str(folder),
            error=exc.strerror or str(exc),
        ) from exc
    with db.write() as s:
        audit.record(s, actor, "database.backup", detail=str(made))
    return made


def validate_keep(text: str) -> int:
    """How many daily backups to keep, as typed in Settings (1-365)."""
    try:
        keep = int(text.strip())
    except ValueError:
        keep = 0
    if not 1 <= keep <= 365:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Keep between 1 and 365 backups."), field="backup_keep"
        )
    return keep


def recent_backups(folder: Path) -> list[BackupFile]:
    """The backups kept in ``folder``, newest first."""
    return backup.list_backups(folder)


def backup_if_due(
    db_path: Path,
    folder: Path,
    *,
    keep: int,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> Path | None:
    """Today's backup of the file, or None when one was already taken today.

    Raises ``BackupStopped`` when ``stop`` answers True; no partial file is left.
    """
    if backup.backed_up_today(folder):
        return None
    return backup.take_backup(db_path, folder, keep=keep, progress=progress, stop=stop)


def restore_backup(backup_path: Path, db_path: Path, folder: Path, *, keep: int) -> RestoreResult:
    """Put a backup in place of a file that cannot be opened (the damaged file is kept aside)."""
    return backup.restore_database(backup_path, db_path, folder, keep=keep)
