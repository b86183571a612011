"""The sign-in window comes up without loading what only later screens need.

Start-up time is measured by benchmarks/bench_startup.py; this test keeps the structure that
makes it fast: the real ``memberdesk`` process, stopped the moment its window is exposed,
must not have imported the PDF, chart, spreadsheet, pinyin or migration libraries.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import Shop

LATER = ("reportlab", "pyqtgraph", "numpy", "openpyxl", "pypinyin", "alembic", "mako", "pygments")


def test_the_sign_in_window_imports_nothing_a_later_screen_needs(sqlite_shop: Shop, tmp_path: Path) -> None:
    path = sqlite_shop.db.location()
    sqlite_shop.db.dispose()
    modules = tmp_path / "modules.txt"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MEMBERDESK_STARTUP_PROBE": str(modules),
        "MEMBERDESK_HOME": str(tmp_path / "home"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "memberdesk", "--db", str(path), "--lang", "zh_CN"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    imported = set(modules.read_text(encoding="utf-8").split())
    assert "memberdesk.ui.app.main_window" in imported  # the probe saw the real window
    early = sorted(m for m in imported if m.split(".")[0] in LATER)
    assert early == []
