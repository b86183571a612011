"""A counter runs all day: hundreds of thousands of Qt calls must not bring it down."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import memberdesk.ui  # noqa: F401  (applies the workaround)
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(300_000):
    label.setText("x")  # a Qt method returning nothing
print("alive")
"""


SIGNALS = """
import memberdesk.ui  # noqa: F401  (applies the workaround)
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class Notices(QObject):
    message = Signal(str, str)
    changed = Signal()


app = QApplication([])
notices = Notices()
notices.message.connect(lambda level, text: None)
notices.changed.connect(lambda: None)
for _ in range(150_000):
    notices.message.emit("info", "x")  # each emit() from Python
    notices.changed.emit()
print("alive")
"""


def _survives(probe: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-1000:]
    assert result.stdout.strip() == "alive"


def test_three_hundred_thousand_void_qt_calls_do_not_abort() -> None:
    _survives(PROBE)


def test_three_hundred_thousand_signals_emitted_from_python_do_not_abort() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to True on every emit() from Python."""
    _survives(SIGNALS)
