"""The layers keep their promises: domain, store and services work without Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "memberdesk"
HEADLESS = ("domain", "store", "services", "workflows", "documents")

PROBE = """
import importlib, pkgutil, sys
sys.modules["PySide6"] = None  # any Qt import now fails
import memberdesk.{layer} as layer
for info in pkgutil.walk_packages(layer.__path__, "memberdesk.{layer}."):
    if ".migrations" in info.name:
        continue
    importlib.import_module(info.name)
print("ok")
"""


def test_headless_layers_import_without_qt() -> None:
    for layer in HEADLESS:
        result = subprocess.run(
            [sys.executable, "-c", PROBE.format(layer=layer)], capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0 and result.stdout.strip() == "ok", f"{layer}: {result.stderr[-2000:]}"
