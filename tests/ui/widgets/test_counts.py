"""Counts read right in English ("1 page", "2 pages"): every count in a window's text is a Qt
numerus string ("%n page(s)"), never a number pasted before a plural noun ("{count} pages")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

UI = Path(__file__).resolve().parents[3] / "desktop" / "memberdesk" / "ui"
# a placeholder ({count}, {total:,}, %2) followed by an English plural noun, inside a literal
PASTED_COUNT = re.compile(r"""["'][^"'\n]*(?:\{[a-z_]+(?::[^}]*)?\}|%[0-9])\s+[a-z]+s\b[^"'\n]*["']""")
COUNTED = {
    "members", "pages", "cards", "messages", "items", "complaints", "sales", "returns", "days",
    "hours", "minutes", "tries", "entries", "rows", "tasks", "backups", "customers", "lines",
    "suggestions", "records", "children", "sheets", "columns",
}  # fmt: skip


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    from memberdesk.ui.widgets import i18n

    i18n.install_translators(qapp, "en")
    yield


def test_no_count_is_pasted_before_a_plural_noun() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for match in PASTED_COUNT.finditer(path.read_text(encoding="utf-8")):
            nouns = set(re.findall(r"(?:\}|%[0-9])\s+([a-z]+s)\b", match.group(0)))
            if nouns & COUNTED:
                offenders.append(f"{path.relative_to(UI)}: {match.group(0)}")
    assert offenders == []


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("context", "source", "n", "says"),
    [
        ("PdfPreviewDialog", "%n page(s)", 1, "1 page"),
        ("CarePage", "%n card(s) printed.", 1, "1 card printed."),
        ("CarePage", "%n member(s) left out (no consent).", 1, "1 member left out (no consent)."),
        ("ReportsPage", "%1: %Ln member(s)", 2001, "%1: 2,001 members"),
    ],
)
def test_counts_in_an_english_window(context: str, source: str, n: int, says: str) -> None:
    assert QCoreApplication.translate(context, source, "", n) == says
