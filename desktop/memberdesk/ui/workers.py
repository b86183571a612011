"""Background work on QThreadPool with results delivered on the GUI thread (Picard's way).

A worker gets plain values (ids, dates), opens its own session through a service and
returns plain dataclasses; it never touches a widget. Long jobs report progress and can be
cancelled between steps.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job when the user pressed cancel."""


class Progress:
    """Handed to a job: report how far it is, and ask whether to stop."""

    def __init__(self, signals: _Signals, cancel_event: threading.Event) -> None:
        self._signals = signals
        self._cancel = cancel_event

    def report(self, done: int, total: int) -> None:
        self._signals.progress.emit(done, total)

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop; call it between steps."""
        if self._cancel.is_set():
            raise Cancelled

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Job(QRunnable):
    """One background job; connect to ``signals`` before ``start``."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.fn(Progress(self.signals, self._cancel))
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # delivered to the GUI thread, never lost
            log.error("background job failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


_running: set[Job] = set()


def run_in_background(
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> Job:
    """Start ``fn(progress)`` on the global pool; callbacks run on the GUI thread."""
    job = Job(fn)
    if on_done:
        job.signals.finished.connect(on_done)
    if on_error:
        job.signals.failed.connect(on_error)
    if on_progress:
        job.signals.progress.connect(on_progress)
    if on_cancelled:
        job.signals.cancelled.connect(on_cancelled)
    _running.add(job)  # keep the Python object alive until it ends
    for sig in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        sig.connect(lambda *_: _running.discard(job))
    QThreadPool.globalInstance().start(job)
    return job
