"""Backups are consistent copies, rotate, and restore without losing what was there."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from memberdesk import config
from memberdesk.cli.common import describe
from memberdesk.domain.errors import DatabaseProblem, Problem
from memberdesk.startup import open_database
from memberdesk.store import backup, database
from memberdesk.store.database import Database


@pytest.fixture
def live(sqlite_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "live.sqlite3"
    shutil.copyfile(sqlite_template, target)
    with closing(sqlite3.connect(target, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(
            "INSERT INTO stores (code, name, address, phone, invoice_desk, created_at, uid) "
            "VALUES ('S1', '旧名字', '', '', '', 1767225600000000, randomblob(16))"
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
    result = backup.restore_database(good, live, folder, recover=True)  # garbage says no store
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


# --- a damaged live file, a full or faulty backup disk, a full disk under the live file ---


def _damaged_shop(sqlite_template: Path, tmp_path: Path) -> Path:
    from tests.store.test_bad_files import make_corrupt_middle

    target = tmp_path / "damaged.sqlite3"
    make_corrupt_middle(sqlite_template, target)
    return target


def test_a_damaged_live_file_is_said_and_no_good_backup_is_rotated_out(
    sqlite_template: Path, live: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "b"
    start = dt.datetime(2026, 11, 1, 9, 0)
    good = [backup.take_backup(live, folder, keep=3, now=start + dt.timedelta(days=d)) for d in range(3)]
    damaged = _damaged_shop(sqlite_template, tmp_path)
    for day in range(3, 20):  # two weeks of starts on the damaged file
        with pytest.raises(DatabaseProblem) as err:
            backup.take_backup(damaged, folder, keep=3, now=start + dt.timedelta(days=day))
        assert err.value.problem is Problem.CORRUPT and err.value.location == str(damaged)
    assert [b.path for b in backup.list_backups(folder)] == good[::-1]
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in good)  # no partial left
    for kept in good:
        backup.verify_backup(kept)


def _target_holds(pages: int) -> Callable[[Path], sqlite3.Connection]:
    """A backup target that can grow only to ``pages`` pages: SQLite's own "disk is full"."""

    def open_target(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn

    return open_target


def test_a_full_backup_disk_is_a_backup_failure_not_a_damaged_database(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "_open_target", _target_holds(3))
    with pytest.raises(backup.BackupFailed) as err:
        backup.take_backup(live, tmp_path / "b")
    assert "full" in str(err.value)
    assert list((tmp_path / "b").iterdir()) == []


def test_too_little_room_on_the_backup_disk_is_said_before_copying(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = shutil.disk_usage
    usb = tmp_path / "usb"
    usb.mkdir()

    def usage(path: str | Path) -> Any:
        found = real(path)
        return found._replace(free=1000) if Path(path) == usb else found

    monkeypatch.setattr(shutil, "disk_usage", usage)
    with pytest.raises(backup.BackupFailed) as err:
        backup.take_backup(live, usb)
    assert "the backup disk is full" in str(err.value)


def test_a_full_backup_disk_does_not_stop_the_counter(
    sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    monkeypatch.setattr(backup, "_open_target", _target_holds(3))
    opened = open_database(str(target), settings=config.Settings(backup_dir=str(tmp_path / "usb")))
    try:
        assert "full" in opened.backup_error and not opened.damaged
        with opened.db.read() as s:
            assert s.execute(text("SELECT count(*) FROM members")).scalar_one() == 0
    finally:
        opened.db.dispose()


def test_a_damaged_live_file_opens_with_a_warning(sqlite_template: Path, tmp_path: Path) -> None:
    damaged = _damaged_shop(sqlite_template, tmp_path)
    opened = open_database(str(damaged), settings=config.Settings(backup_dir=str(tmp_path / "usb")))
    opened.db.dispose()
    assert opened.damaged and "damaged" in opened.backup_error
    assert backup.list_backups(tmp_path / "usb") == []


def test_writing_on_a_full_disk_says_so_and_saves_nothing(sqlite_db: Database) -> None:
    from memberdesk.domain.errors import StorageFull
    from memberdesk.store.models import Store

    sqlite_db.engine.dispose()
    with sqlite_db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()

    @event.listens_for(sqlite_db.engine, "connect")
    def _full(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    sqlite_db.engine.dispose()
    with pytest.raises(StorageFull) as err, sqlite_db.write() as s:
        for i in range(400):
            s.add(Store(code=f"S{i:04d}", name="店" * 90, address="路" * 190))
        s.flush()
    assert "disk is full" in err.value.english()
    with sqlite_db.read() as s:
        assert s.execute(text("SELECT count(*) FROM stores")).scalar_one() == 0


def test_a_full_disk_under_the_live_file_is_not_called_damage(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = sqlite3.connect
    real_usage = shutil.disk_usage

    def failing_connect(database: str, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if "mode=rw" in str(database):
            raise sqlite3.OperationalError("disk I/O error")
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(database.sqlite3, "connect", failing_connect)
    monkeypatch.setattr(
        shutil,
        "disk_usage",
        lambda p: real_usage(p)._replace(free=0) if Path(p) == live.parent else real_usage(p),
    )
    with pytest.raises(DatabaseProblem) as err:
        database.check_sqlite_file(live)
    assert err.value.problem is Problem.DISK_FULL
    assert "disk" in describe(err.value) and "full" in describe(err.value)
    assert "Do not restore" in describe(err.value)


# --- restore: all or nothing, the live path never empty ---


def _digest(path: Path) -> bytes:
    return path.read_bytes()


def test_restore_without_room_changes_nothing(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "b"
    good = backup.take_backup(live, folder)
    before = _digest(live)
    real = shutil.disk_usage
    monkeypatch.setattr(
        shutil, "disk_usage", lambda p: real(p)._replace(free=100) if Path(p) == live.parent else real(p)
    )
    with pytest.raises(DatabaseProblem) as err:
        backup.restore_database(good, live, folder)
    assert err.value.problem is Problem.DISK_FULL
    assert _digest(live) == before
    assert sorted(p.name for p in live.parent.iterdir() if p.name.startswith("live")) == ["live.sqlite3"]


def test_a_disk_that_fills_during_restore_leaves_the_live_file_as_it_was(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "b"
    good = backup.take_backup(live, folder)
    with closing(sqlite3.connect(live, isolation_level=None)) as conn:
        conn.execute("UPDATE stores SET name = '新名字'")
    before = _digest(live)

    def half_then_full(src: Any, dst: Any, length: int = 0) -> None:
        dst.write(src.read(4096))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", half_then_full)
    with pytest.raises(DatabaseProblem) as err:
        backup.restore_database(good, live, folder)
    assert err.value.problem is Problem.DISK_FULL
    assert _digest(live) == before and _store_name(live) == "新名字"
    assert not list(live.parent.glob(".live.sqlite3.restoring"))


def test_a_failed_rename_leaves_the_live_file_as_it_was(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "b"
    good = backup.take_backup(live, folder)
    with closing(sqlite3.connect(live, isolation_level=None)) as conn:
        conn.execute("UPDATE stores SET name = '新名字'")

    def no_rename(_src: Any, _dst: Any) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(OSError):
        backup.restore_database(good, live, folder)
    assert live.stat().st_size > 0 and _store_name(live) == "新名字"
    assert not list(live.parent.glob(".live.sqlite3.restoring"))


def test_restore_over_a_damaged_file_never_leaves_the_path_empty(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "b"
    good = backup.take_backup(live, folder)
    live.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"\x5a" * 8000)  # a damaged page 1
    seen: list[int] = []
    real_replace = os.replace

    def watching_replace(src: Any, dst: Any) -> None:
        seen.append(live.stat().st_size)  # the live path, just before it is replaced
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", watching_replace)
    result = backup.restore_database(good, live, folder, recover=True)
    assert seen and all(size > 0 for size in seen)
    assert result.damaged_file is not None and result.damaged_file.read_bytes().endswith(b"\x5a" * 8000)
    assert _store_name(live) == "旧名字"
    assert "memberdesk" in check_text(live)


def check_text(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return "memberdesk" if conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok" else "bad"


def test_restore_while_another_counter_has_the_file_open_is_refused(live: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    good = backup.take_backup(live, folder)
    other = sqlite3.connect(live)
    other.execute("SELECT count(*) FROM stores").fetchone()
    try:
        with pytest.raises(DatabaseProblem) as err:
            backup.restore_database(good, live, folder)
        assert err.value.problem is Problem.LOCKED
    finally:
        other.close()
