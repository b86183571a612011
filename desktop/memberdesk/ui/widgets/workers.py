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

import shiboken6
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
            self._deliver(self.signals.cancelled)
        except Exception as exc:  # delivered to the GUI thread, never lost
            log.error("background job failed:\n%s", traceback.format_exc())
            self._deliver(self.signals.failed, exc)
        else:
            self._deliver(self.signals.finished, result)

    def _deliver(self, signal: Any, *args: Any) -> None:
        """Emit, unless the app is closing and the signals' object is already gone: then
        nobody is left to tell (a warm-up or a backup that outlived its window)."""
        if shiboken6.isValid(self.signals):
            try:
                signal.emit(*args)
            except RuntimeError:  # deleted between the check and the emit
                log.info("background job finished after its window closed")


_running: set[Job] = set()


def _guarded(owner: QObject | None, callback: Callable[..., None]) -> Callable[..., None]:
    """Drop the callback once ``owner`` (the widget that asked) has been destroyed."""
    if owner is None:
        return callback

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return call


def run_in_background(
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    owner: QObject | None = None,
) -> Job:
    """Start ``fn(progress)`` on the global pool; callbacks run on the GUI thread.

    Pass the asking widget as ``owner``: a job that ends after the widget was closed then
    does nothing instead of touching a deleted object.
    """
    job = Job(fn)
    if on_done:
        job.signals.finished.connect(_guarded(owner, on_done))
    if on_error:
        job.signals.failed.connect(_guarded(owner, on_error))
    if on_progress:
        job.signals.progress.connect(_guarded(owner, on_progress))
    if on_cancelled:
        job.signals.cancelled.connect(_guarded(owner, on_cancelled))
    _running.add(job)  # keep the Python object alive until it ends
    for sig in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        sig.connect(lambda *_: _running.discard(job))
    QThreadPool.globalInstance().start(job)
    return job
