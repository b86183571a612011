"""Every string the clerk can see is in a catalogue, and every catalogue is translated."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
assert spec and spec.loader
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)


@pytest.mark.parametrize("ts", sorted((ROOT / "resources" / "i18n").glob("*.ts")), ids=lambda p: p.name)
def test_catalogue_is_fully_translated(ts: Path) -> None:
    assert i18n_tool.problems(ts) == []


def test_every_source_string_is_in_a_catalogue() -> None:
    missing = sorted(i18n_tool.source_keys() - i18n_tool.catalogue_keys())
    assert missing == []


def test_chinese_catalogues_compile_and_load(qapp) -> None:
    from memberdesk.ui.widgets import i18n

    loaded = i18n.install_translators(qapp, "zh_CN")
    try:
        assert "app_zh_CN" in loaded and "errors_zh_CN" in loaded
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("Labels", "Manager") == "店长"
    finally:
        i18n.install_translators(qapp, "en")
