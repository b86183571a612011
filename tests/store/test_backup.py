"""Backups are consistent copies, rotate, and restore without losing what was there."""

from __future__ import annotations

import datetime as dt
import shutil
from contextlib import closing
import sqlite3
from pathlib import Path

import pytest

from memberdesk.store import backup
from memberdesk.store.database import DatabaseProblem, Problem


@pytest.fixture
def live(sqlite_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "live.sqlite3"
    shutil.copyfile(sqlite_template, target)
    with closing(sqlite3.connect(target, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(
            "INSERT INTO stores (code, name, address, phone, invoice_desk, created_at, uid) "
            "VALUES ('S1', '旧名字', '', '', '', '2026-01-01 00:00:00', 'u1')"
        )
    return target


def _store_name(path: Path) -> str:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        return str(conn.execute("SELECT name FROM stores").fetchone()[0])


def test_backup_is_a_complete_copy_even_with_an_open_writer(live: Path, tmp_path: Path) -> None:
    writer = sqlite3.connect(live)
    writer.execute("UPDATE stores SET name = '已提交'")
    writer.commit()  # committed but still only in the WAL
    made = backup.take_backup(live, tmp_path / "b")
    writer.close()
    backup.verify_backup(made)
    assert _store_name(made) == "已提交"


def test_rotation_keeps_the_newest(live: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    start = dt.datetime(2026, 11, 1, 9, 0)
    for day in range(20):
        backup.take_backup(live, folder, keep=14, now=start + dt.timedelta(days=day))
    kept = backup.list_backups(folder)
    assert len(kept) == 14
    assert kept[0].taken_at == start + dt.timedelta(days=19)
    assert kept[-1].taken_at == start + dt.timedelta(days=6)
    assert not list(folder.glob("*.partial"))


def test_restore_brings_back_the_old_content_and_saves_the_current(live: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    old = backup.take_backup(live, folder, now=dt.datetime(2026, 11, 1, 9, 0))
    with closing(sqlite3.connect(live, isolation_level=None)) as conn:
        conn.execute("UPDATE stores SET name = '新名字'")
    result = backup.restore_database(old, live, folder)
    assert _store_name(live) == "旧名字"
    assert result.safety_copy is not None and _store_name(result.safety_copy) == "新名字"


def test_restore_over_a_damaged_file_moves_it_aside(live: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    good = backup.take_backup(live, folder)
    live.write_bytes(b"garbage" * 1000)
    result = backup.restore_database(good, live, folder)
    assert result.damaged_file is not None and result.damaged_file.read_bytes().startswith(b"garbage")
    assert _store_name(live) == "旧名字"


def test_a_damaged_backup_is_refused(live: Path, tmp_path: Path) -> None:
    bad = tmp_path / "memberdesk-20260101-000000.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(DatabaseProblem) as err:
        backup.restore_database(bad, live, tmp_path / "b")
    assert err.value.problem is Problem.CORRUPT
    assert _store_name(live) == "旧名字"


def test_a_foreign_file_is_refused_as_backup(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(DatabaseProblem) as err:
        backup.verify_backup(other)
    assert err.value.problem is Problem.NOT_MEMBERDESK
