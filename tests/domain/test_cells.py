"""Exported cells never start a formula (OWASP CSV injection)."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from memberdesk.domain.cells import FORMULA_TRIGGERS, csv_text, is_formula_like, neutralise

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def test_known_payloads_are_quoted() -> None:
    assert neutralise('=HYPERLINK("http://x.example","点我")') == '\'=HYPERLINK("http://x.example","点我")'
    assert neutralise("+4915112345678") == "'+4915112345678"
    assert neutralise("-2+3") == "'-2+3"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("\tcmd") == "'\tcmd"
    assert neutralise("\r=1") == "'\r=1"
    assert neutralise("北京市朝阳区") == "北京市朝阳区"
    assert neutralise(None) == "" and neutralise(12) == "12" and neutralise(-5) == "'-5"


@given(st.lists(st.lists(st.one_of(st.text(), st.integers(), st.none()), max_size=5), max_size=5))
def test_no_cell_of_an_exported_csv_starts_a_formula(rows: list[list[object]]) -> None:
    text = csv_text(["a", "=b"], rows)
    assert text.startswith("\ufeff")
    for row in csv.reader(io.StringIO(text[1:], newline="")):
        for value in row:
            assert not value.startswith(TRIGGERS), value


@given(st.text())
def test_neutralise_keeps_the_text_readable(text: str) -> None:
    out = neutralise(text)
    assert not is_formula_like(out)
    assert out == text or (out == "'" + text and text.startswith((*FORMULA_TRIGGERS, "＝", "＋", "－", "＠")))
