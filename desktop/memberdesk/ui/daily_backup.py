"""The day's backup, taken on a worker after sign-in so it never delays the window.

It reads every page of the live file (SQLite's online backup, in steps), so a big store
takes a while: the status bar says it is running and how it ended. A failure is a warning,
never a stop: the counter keeps working. The copy is written under a temporary name and
renamed when complete, so closing the app during it leaves no half backup under a backup's
name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from memberdesk.ui.workers import Job, Progress, run_in_background


def _backup_if_due(db_path: Path, _progress: Progress) -> str:
    """The file name of today's new backup, or "" when one was already taken today."""
    from memberdesk import config
    from memberdesk.store import backup

    settings = config.load()
    folder = settings.backup_path()
    if backup.backed_up_today(folder):
        return ""
    return backup.take_backup(db_path, folder, keep=settings.backup_keep).name


class DailyBackup(QObject):
    """Runs the daily backup once; ``state`` carries the status-bar text (and whether it warns)."""

    state = Signal(str, bool)  # text, warning
    ended = Signal(bool)  # True when a backup was taken or none was due

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.job: Job | None = None
        self.error = ""

    def start(self) -> None:
        self.state.emit(self.tr("Backing up the database…"), False)
        self.job = run_in_background(
            lambda progress: _backup_if_due(self.db_path, progress),
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, name: object) -> None:
        text = self.tr("Backup done: %1").replace("%1", str(name)) if name else self.tr("Backed up today")
        self.state.emit(text, False)
        self.ended.emit(True)

    def _failed(self, error: Exception) -> None:
        self.error = str(error)
        self.state.emit(self.tr("Backup failed: %1").replace("%1", self.error), True)
        self.ended.emit(False)
