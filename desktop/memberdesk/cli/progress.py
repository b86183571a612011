"""Progress lines on stderr and a Ctrl+C that stops cleanly, for the long commands (the day's
backup, ``backup``, ``db check``).

``Progress`` prints one line each time the work passes another tenth, so a log or a
terminal shows how far it got without thousands of lines. ``Interrupted`` turns Ctrl+C into
a question the work asks between its steps: the step in hand ends, what was half-made is
removed by the work itself, and the command says where it stopped (exit 130, as a shell
expects of Ctrl+C).
"""

from __future__ import annotations

import signal
import sys
import threading
from types import FrameType, TracebackType


class Progress:
    """``Progress("backup", "pages")``; ``show(done, total)`` prints "backup: 1,024 of
    40,960 pages (10%)" when another tenth is reached (and at the end)."""

    def __init__(self, what: str, unit: str, *, tenths: int = 10) -> None:
        self.what = what
        self.unit = unit
        self.tenths = tenths
        self.shown = -1
        self.done = 0
        self.total = 0

    def show(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        step = self.tenths * done // total if total > 0 else self.tenths
        if step > self.shown:
            self.shown = step
            say(f"{self.what}: {self.where()}")

    def where(self) -> str:
        percent = 100 * self.done // self.total if self.total > 0 else 100
        return f"{self.done:,} of {self.total:,} {self.unit} ({percent}%)"


def say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


class Interrupted:
    """While in a ``with`` block, Ctrl+C (SIGINT) only sets a flag; calling the object asks it.

    Outside the main thread (where Python cannot install a handler) it never says stop.
    """

    def __init__(self) -> None:
        self.asked = False
        self._previous: object = None
        self._installed = False

    def __call__(self) -> bool:
        return self.asked

    def _handle(self, _signum: int, _frame: FrameType | None) -> None:
        self.asked = True

    def __enter__(self) -> Interrupted:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._installed = True
        return self

    def __exit__(
        self, _type: type[BaseException] | None, _value: BaseException | None, _tb: TracebackType | None
    ) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)  # type: ignore[arg-type]
            self._installed = False


def copy_progress(what: str) -> Progress:
    """The progress of a backup: the pages copied, then a line when the copy's own check
    (which reads it once more) begins."""
    return _CopyProgress(what, "pages")


class _CopyProgress(Progress):
    def __call__(self, remaining: int, total: int) -> None:
        self.show(total - remaining, total)
        if remaining == 0:
            say(f"{self.what}: copied; checking the copy (it is read once more)")
