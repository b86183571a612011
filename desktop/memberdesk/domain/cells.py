"""Spreadsheet cells that cannot turn into formulas (CSV / formula injection).

A member's address or a message text is typed by people outside the store's control; a
cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a
formula by Excel, WPS and LibreOffice when the exported file is opened (``=HYPERLINK(...)``
sends the reader elsewhere; ``=cmd|...`` ran programs in older Excel). As OWASP advises,
every exported text cell that begins with one of them gets a leading single quote, which
the spreadsheet shows as text and does not evaluate. Phone numbers in international form
(``+49...``) are quoted too: the number is still readable and stays text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Full-width forms that some spreadsheet programs also take as the start of a formula.
_WIDE_TRIGGERS = ("＝", "＋", "－", "＠")
# Every trigger is one character: a cell is formula-like when its first character is here
# (a set lookup, for files of hundreds of thousands of rows).
TRIGGER_CHARACTERS = frozenset(FORMULA_TRIGGERS + _WIDE_TRIGGERS)


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS) or text.startswith(_WIDE_TRIGGERS)


def neutralise(value: Any) -> str:
    """The text to write for ``value``: never a formula. ``None`` is an empty cell."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return "'" + text if is_formula_like(text) else text


def safe_row(values: Iterable[Any]) -> list[str]:
    return [neutralise(v) for v in values]


def csv_text(headers: Sequence[Any], rows: Iterable[Sequence[Any]], *, bom: bool = True) -> str:
    """A CSV document (with a byte-order mark, so Excel reads the Chinese) of safe cells."""
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(safe_row(headers))
    writer.writerows(safe_row(r) for r in rows)
    return out.getvalue()
