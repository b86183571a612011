"""``memberdesk db check [--quick]``: the report on stdout, how far it is on stderr, and a
Ctrl+C that stops it cleanly and says where."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from memberdesk.__main__ import main
from memberdesk.store.database import connect
from tests.conftest import make_shop

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    db = connect(target)
    make_shop(db)
    db.dispose()
    return target


def test_the_quick_check_reads_every_page_and_reconciles_the_ledgers(
    shop_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "check", "--quick", "--db", str(shop_file)]) == 0
    captured = capsys.readouterr()
    assert "integrity: ok (quick check)" in captured.out and captured.out.strip().endswith("OK")
    assert "db check: quick check of every page: 0 of " in captured.err
    assert "pages (100%)" in captured.err and "db check: ledgers: 3 of 3 checks (100%)" in captured.err
    assert "integrity check" not in captured.err  # the long one is the nightly job's


def test_the_full_check_says_each_part(shop_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "check", "--db", str(shop_file)]) == 0
    captured = capsys.readouterr()
    assert "integrity: ok\n" in captured.out
    for part in ("integrity check of every page", "foreign keys", "stored value types", "ledgers"):
        assert f"db check: {part}" in captured.err


def test_the_quick_check_finds_a_damaged_page(shop_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.store.test_bad_files import damage_a_middle_page

    damage_a_middle_page(shop_file)
    assert main(["db", "check", "--quick", "--db", str(shop_file)]) == 1
    assert "the file is damaged" in capsys.readouterr().out


def _bulk_up(path: Path, rows: int) -> None:
    """A table of filler rows, so reading every page takes a while."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b BLOB NOT NULL)")
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO filler SELECT i, hex(randomblob(8)), randomblob(24) FROM n",
            (rows,),
        )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.mark.parametrize("quick", [True, False], ids=["quick", "full"])
def test_ctrl_c_stops_the_check_and_says_where(shop_file: Path, tmp_path: Path, quick: bool) -> None:
    """Ctrl+C is sent as soon as the check says it begins reading the pages: it stops there,
    says so, and ends with 130 and no traceback (a check only reads: nothing is half-done)."""
    _bulk_up(shop_file, 600_000)
    env = {**os.environ, "MEMBERDESK_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT / "desktop")}
    argv = [sys.executable, "-m", "memberdesk", "db", "check", "--db", str(shop_file)]
    child = subprocess.Popen(
        [*argv, "--quick"] if quick else argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stderr is not None
    said = []
    for line in child.stderr:
        said.append(line)
        if "of every page: 0 of" in line:
            child.send_signal(signal.SIGINT)
            break
    out, rest = child.communicate(timeout=600)
    err = "".join(said) + rest
    assert child.returncode == 130, err
    assert "db check: stopped by Ctrl+C in the " in err and "of every page, about" in err
    assert "Nothing was changed" in err and "Traceback" not in err
    assert "OK" not in out and "integrity:" not in out  # no report of what was not checked
