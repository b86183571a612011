"""``memberdesk workflows check / list`` and ``memberdesk complaints`` from the command line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from memberdesk.__main__ import main
from memberdesk.domain.vocab import ComplaintCategory, Severity
from memberdesk.services.service import complaints as svc
from tests.conftest import Shop


def test_check_passes_on_the_shipped_workflows(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["workflows", "check"]) == 0
    assert "0 problem(s)" in capsys.readouterr().out


def test_a_broken_store_copy_is_reported_and_the_shipped_one_still_listed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = Path(os.environ["MEMBERDESK_HOME"]) / "workflows"
    store.mkdir(parents=True)
    (store / "reception.toml").write_text(
        'key = "reception"\ntitle = "接待"\n[[steps]]\nkey = "a"\n', "utf-8"
    )
    assert main(["workflows", "check"]) == 1
    out = capsys.readouterr().out
    assert "reception.toml, line 3: Step “a” has no prompt." in out
    assert main(["workflows", "list"]) == 0
    listed = capsys.readouterr().out
    assert "reception                 7 steps" in listed and "not used:" in listed


def test_complaints_prints_the_queue(sqlite_shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    form = svc.ComplaintForm(None, ComplaintCategory.PRICE, Severity.HIGH, "价签错误", customer_name="李")
    svc.open_complaint(sqlite_shop.db, sqlite_shop.clerk, form)
    assert main(["complaints", "--db", str(sqlite_shop.db.path)]) == 0
    out = capsys.readouterr().out
    assert "C0000001  open" in out and "1 complaint(s), 0 late" in out


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ('key = "deep"\nsteps = ' + "[" * 5000 + "]" * 5000 + "\n", 2, "nested too deeply"),
        ('key = "deep"\n\nx = ' + "{a = " * 3000 + "1" + "}" * 3000 + "\n", 3, "nested too deeply"),
        ('key = "big"\n# ' + "很长的注释" * 60_000 + "\n", 0, "too large"),
    ],
    ids=["arrays", "inline tables", "huge"],
)
def test_a_hostile_store_file_is_a_problem_with_its_line_not_a_crash(
    capsys: pytest.CaptureFixture[str], content: str, line: int, words: str
) -> None:
    store = Path(os.environ["MEMBERDESK_HOME"]) / "workflows"
    store.mkdir(parents=True)
    (store / "hostile.toml").write_text(content, "utf-8")
    assert main(["workflows", "check"]) == 1
    out = capsys.readouterr().out
    assert f"hostile.toml, line {line}: " in out and words in out
    assert main(["workflows", "list"]) == 0
    listed = capsys.readouterr().out
    assert "reception" in listed and "not used:" in listed and words in listed
