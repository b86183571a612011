"""Several counters writing one SQLite file: a write that cannot get the lock in time is a
typed "busy, try again" (nothing saved), and one that gets it after a short wait just works."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from memberdesk.domain.errors import Busy, ServiceError
from memberdesk.store import database
from memberdesk.store.database import Database
from memberdesk.store.models import Store


@pytest.fixture
def holder(sqlite_db: Database) -> Iterator[sqlite3.Connection]:
    """Another counter in the middle of a write transaction on the same file."""
    assert sqlite_db.path is not None
    other = sqlite3.connect(sqlite_db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute(
        "INSERT INTO stores (code, name, address, phone, invoice_desk, created_at, uid) "
        "VALUES ('B1', '另一台', '', '', '', 1767225600000000, randomblob(16))"
    )
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def _stores(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Store)) or 0)


def test_a_write_that_waits_too_long_is_a_typed_busy(
    sqlite_db: Database, holder: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = iter(range(0, 10_000))
    monkeypatch.setattr(database.time, "monotonic", lambda: float(next(clock)) / 10)  # 0.1 s a look
    monkeypatch.setattr(database.time, "sleep", lambda _s: None)
    monkeypatch.setattr(database, "WRITE_WAIT_S", 1.0)
    with pytest.raises(Busy) as err, sqlite_db.write() as s:
        s.add(Store(code="A1", name="本台"))
    assert isinstance(err.value, ServiceError)
    assert "Try again" in err.value.english()
    holder.execute("ROLLBACK")
    assert _stores(sqlite_db) == 0


def test_a_write_gets_the_lock_once_the_other_counter_commits(
    sqlite_db: Database, holder: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []

    def other_counter_finishes(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 3 and holder.in_transaction:
            holder.execute("COMMIT")

    monkeypatch.setattr(database.time, "sleep", other_counter_finishes)
    with sqlite_db.write() as s:
        s.add(Store(code="A1", name="本台"))
    assert _stores(sqlite_db) == 2
    assert len(waits) == 3 and all(0 < w <= 0.008 for w in waits)  # short polls, not 100 ms naps


def test_a_lock_error_inside_a_write_is_typed_too(sqlite_db: Database, tmp_path: Path) -> None:
    from sqlalchemy.exc import OperationalError

    with pytest.raises(Busy), database._typed_errors():
        raise OperationalError("INSERT ...", {}, sqlite3.OperationalError("database is locked"))
