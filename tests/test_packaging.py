"""The PyInstaller build starts and shows its main window (slow: run by .ci/run with -m slow)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_frozen_app_passes_its_smoke_test(tmp_path: Path) -> None:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run(
        [
            str(pyinstaller),
            str(ROOT / "packaging" / "memberdesk.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
        ],
        check=True,
        cwd=ROOT,
        timeout=1200,
    )
    exe = tmp_path / "dist" / "memberdesk" / "memberdesk"
    assert exe.exists()
    frozen = tmp_path / "dist" / "memberdesk" / "_internal"
    assert (frozen / "resources" / "fonts" / "wqy-microhei.ttc").exists()
    assert list((frozen / "resources" / "i18n").glob("*_zh_CN.qm"))
    assert list((frozen / "memberdesk" / "store" / "migrations" / "versions").glob("0001_*.py"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEMBERDESK_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [str(exe), "--smoke-test", "--lang", "zh_CN"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test: ok" in result.stdout
    check = subprocess.run(
        [str(exe), "db", "check", "--db", str(tmp_path / "none.sqlite3")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 2 and "No database" in check.stderr
