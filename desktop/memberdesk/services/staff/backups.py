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
from memberdesk.store.restore import OtherStoreBackup, RestoreRefused, StoreFacts, StoreUnverified

__all__ = [
    "BackupFile",
    "BackupStopped",
    "OtherStoreBackup",
    "RestoreRefused",
    "StoreFacts",
    "StoreUnverified",
    "backup_if_due",
    "backup_now",
    "describe_backup",
    "recent_backups",
    "restore_backup",
]


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


def describe_backup(path: Path) -> StoreFacts:
    """What a backup holds (store, members, date), after checking it; DatabaseProblem if it
    cannot be restored by this program (damaged, not MemberDesk's, written by a newer one)."""
    return backup.describe_backup(path)


def restore_backup(
    backup_path: Path,
    db_path: Path,
    folder: Path,
    *,
    keep: int,
    by: str = "",
    other_store: bool = False,
    recover: bool = False,
) -> RestoreResult:
    """Put a backup in place of the store's file (a damaged file is kept aside).

    Raises ``OtherStoreBackup`` for another store's backup unless ``other_store``, and
    ``StoreUnverified`` over a file that does not say which store it was unless ``recover``:
    the clerk is asked, then the call is repeated with their answer. ``by`` is the staff
    number the restore is audited under in the restored file ("" for the app at start).
    """
    return backup.restore_database(
        backup_path, db_path, folder, keep=keep, by=by, other_store=other_store, recover=recover
    )
