"""Chinese for the PDF tests: the app's catalogues, plus texts not yet merged into them.

``chinese`` installs every ``*_zh_CN`` catalogue as the app does. While new report texts
wait to be merged into ``resources/i18n/reports_zh_CN.ts``, their translations are kept in
``/tmp/i18n-pending/pdfs.json``; when that file exists, a catalogue is built from it (the
report sources run through lupdate, filled from the file, compiled with lrelease) and
installed in front.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PENDING = Path("/tmp/i18n-pending/pdfs.json")


def _i18n_tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def pending_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    if not PENDING.exists():
        return None
    tool = _i18n_tool()
    folder = tmp_path_factory.mktemp("pending-i18n")
    ts, qm = folder / "pending_zh_CN.ts", folder / "pending_zh_CN.qm"
    tool.lupdate(sorted((ROOT / "desktop" / "memberdesk" / "reports").glob("*.py")), ts)
    tool.fill(ts, json.loads(PENDING.read_text(encoding="utf-8")))
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    return qm


@pytest.fixture
def chinese(qapp, pending_catalogue: Path | None) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The process speaks Chinese for one test."""
    from PySide6.QtCore import QLocale, QTranslator

    from memberdesk.ui.i18n import install_translators

    before = QLocale()
    install_translators(qapp, "zh_CN")
    extra = None
    if pending_catalogue is not None:
        extra = QTranslator(qapp)
        assert extra.load(str(pending_catalogue))
        qapp.installTranslator(extra)
    try:
        yield
    finally:
        if extra is not None:
            qapp.removeTranslator(extra)
        install_translators(qapp, "en")
        QLocale.setDefault(before)
