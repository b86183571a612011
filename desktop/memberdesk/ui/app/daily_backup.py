"""The day's backup, taken on a worker after sign-in so it never delays the window.

It reads every page of the live file (SQLite's online backup, in steps), so a big store
takes a while: the status bar says it is running and how it ended. A failure is a warning,
never a stop: the counter keeps working. The copy is written under a temporary name and
renamed when complete, so closing the app during it leaves no half backup under a backup's
name.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from memberdesk.ui.widgets.workers import Cancelled, Job, Progress, run_in_background

# A pause after each step of the copy (4096 pages, 16 MB): the counter's own reads get the
# disk between steps (benchmarks/bench_backup.py measures what it buys and costs).
STEP_PAUSE_S = 0.004


def _backup_if_due(db_path: Path, progress: Progress, pause_s: float | None = None) -> str:
    """The file name of today's new backup, or "" when one was already taken today."""
    pause = STEP_PAUSE_S if pause_s is None else pause_s
    from memberdesk import config
    from memberdesk.services.staff import backups

    settings = config.load()

    def step(remaining: int, total: int) -> None:
        progress.report(total - remaining, total)
        if pause:
            time.sleep(pause)

    try:
        taken = backups.backup_if_due(
            db_path,
            settings.backup_path(),
            keep=settings.backup_keep,
            progress=step,
            stop=lambda: progress.cancelled,
        )
    except backups.BackupStopped as exc:
        raise Cancelled from exc
    return taken.name if taken is not None else ""


class DailyBackup(QObject):
    """Runs the daily backup once; ``state`` carries the status-bar text (and whether it warns).

    Stopped when the application quits: the copy ends within one step (or one slice of its
    check), its partial file is removed, and the backups already taken are untouched.
    """

    state = Signal(str, bool)  # text, warning
    ended = Signal(bool)  # True when a backup was taken or none was due

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.job: Job | None = None
        self.error = ""
        self._percent = -1

    def start(self) -> None:
        self.state.emit(self.tr("Backing up the database…"), False)
        self.job = run_in_background(
            lambda progress: _backup_if_due(self.db_path, progress),
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progress,
            on_cancelled=self._stopped,
            owner=self,
        )
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        """Ask the running backup to stop (it removes its partial copy)."""
        if self.job is not None:
            self.job.cancel()

    def _progress(self, done: int, total: int) -> None:
        percent = done * 100 // total if total else 0
        if percent != self._percent:
            self._percent = percent
            self.state.emit(self.tr("Backing up the database… %1%").replace("%1", str(percent)), False)

    def _done(self, name: object) -> None:
        text = self.tr("Backup done: %1").replace("%1", str(name)) if name else self.tr("Backed up today")
        self.state.emit(text, False)
        self.ended.emit(True)

    def _stopped(self) -> None:
        self.state.emit(self.tr("Backup stopped; it runs again at the next start"), True)
        self.ended.emit(False)

    def _failed(self, error: Exception) -> None:
        self.error = str(error)
        self.state.emit(self.tr("Backup failed: %1").replace("%1", self.error), True)
        self.ended.emit(False)
