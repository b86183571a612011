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


def test_three_hundred_thousand_void_qt_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-1000:]
    assert result.stdout.strip() == "alive"
