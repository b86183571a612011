"""A database that is missing, locked, read-only, corrupt, foreign or newer is refused
with the reason, and never overwritten."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from memberdesk import config
from memberdesk.domain.errors import DatabaseProblem, Problem
from memberdesk.startup import open_database
from memberdesk.store import backup, migrate


def _settings(tmp_path: Path) -> config.Settings:
    return config.Settings(backup_dir=str(tmp_path / "backups"))


def test_missing_file_is_refused_not_created(tmp_path: Path) -> None:
    target = tmp_path / "nope.sqlite3"
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(target), settings=_settings(tmp_path))
    assert err.value.problem is Problem.MISSING
    assert not target.exists()


def test_new_file_is_created_and_migrated_when_asked(tmp_path: Path) -> None:
    opened = open_database(str(tmp_path / "new.sqlite3"), create=True, settings=_settings(tmp_path))
    assert migrate.schema_state(opened.db).up_to_date
    opened.db.dispose()


def test_a_file_that_is_no_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "bad.sqlite3"
    target.write_bytes(b"this is not a database at all" * 100)
    before = target.read_bytes()
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(target), settings=_settings(tmp_path))
    assert err.value.problem is Problem.NOT_MEMBERDESK
    assert "not a database file" in err.value.detail
    assert target.read_bytes() == before


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "other.sqlite3"
    with sqlite3.connect(target) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(target), settings=_settings(tmp_path))
    assert err.value.problem is Problem.NOT_MEMBERDESK


def test_database_from_a_newer_version_is_refused_untouched(sqlite_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "newer.sqlite3"
    shutil.copyfile(sqlite_template, target)
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(target), settings=_settings(tmp_path))
    assert err.value.problem is Problem.TOO_NEW
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_from_the_future"


def test_locked_database_is_reported(sqlite_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "busy.sqlite3"
    shutil.copyfile(sqlite_template, target)
    holder = sqlite3.connect(target, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseProblem) as err:
            open_database(str(target), settings=_settings(tmp_path))
        assert err.value.problem is Problem.LOCKED
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only files")
def test_read_only_database_is_reported(sqlite_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "ro.sqlite3"
    shutil.copyfile(sqlite_template, target)
    target.chmod(0o444)
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(target), settings=_settings(tmp_path))
    assert err.value.problem is Problem.READ_ONLY


def test_read_only_folder_is_reported_even_for_root(
    sqlite_template: Path, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "ro.sqlite3"
    shutil.copyfile(sqlite_template, target)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == target else real_access(p, mode))
    with pytest.raises(DatabaseProblem) as err:
        open_database(str(target), settings=_settings(tmp_path))
    assert err.value.problem is Problem.READ_ONLY


def test_first_start_of_the_day_takes_one_backup(sqlite_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    settings = _settings(tmp_path)
    first = open_database(str(target), settings=settings)
    first.db.dispose()
    second = open_database(str(target), settings=settings)
    second.db.dispose()
    assert len(first.backups) == 1 and second.backups == []
    assert len(backup.list_backups(settings.backup_path())) == 1


def test_unwritable_backup_folder_does_not_stop_the_counter(sqlite_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    blocker = tmp_path / "usb-disk"
    blocker.write_text("a file where the folder should be")
    opened = open_database(str(target), settings=config.Settings(backup_dir=str(blocker / "backups")))
    assert opened.backup_error
    with opened.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM members")).scalar_one() == 0
    opened.db.dispose()
