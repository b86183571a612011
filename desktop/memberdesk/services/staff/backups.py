"""Backups taken from the app by a permitted staff member, recorded in the audit log."""

from __future__ import annotations

from pathlib import Path

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.services.common.context import Actor
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store import backup
from memberdesk.store.database import Database


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
