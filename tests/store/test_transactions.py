"""Write use cases take SQLite's write lock at BEGIN; reads never take it."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select, text

from memberdesk.store.database import Database
from memberdesk.store.models import Store


def _other_writer_can_begin(db: Database) -> bool:
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return False
    finally:
        other.close()


def test_write_session_holds_the_write_lock_from_the_start(sqlite_db: Database) -> None:
    with sqlite_db.write() as s:
        s.execute(select(Store.id)).all()  # only a read so far, yet the lock is held
        assert not _other_writer_can_begin(sqlite_db)
    assert _other_writer_can_begin(sqlite_db)


def test_read_session_never_blocks_a_writer(sqlite_db: Database) -> None:
    with sqlite_db.read() as s:
        s.execute(select(Store.id)).all()
        assert _other_writer_can_begin(sqlite_db)


def test_a_failed_use_case_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as s:
        s.add(Store(code="S1", name="半截"))
        s.flush()
        raise RuntimeError("the clerk's input was wrong half-way")
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM stores")).scalar_one() == 0
