"""The audit log is append-only in the database itself, even through the app's own connection."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from memberdesk.services.staff import audit
from memberdesk.store import health
from memberdesk.store.database import Database
from memberdesk.store.models import AuditEntry


def _add_entries(db: Database, n: int = 3) -> None:
    with db.write() as s:
        for i in range(n):
            audit.record(s, None, "test.entry", detail=f"entry {i}")


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def test_entries_can_be_added(db: Database) -> None:
    _add_entries(db)
    assert _count(db) == 3


@pytest.mark.parametrize(
    "statement",
    [
        delete(AuditEntry),
        delete(AuditEntry).where(AuditEntry.detail == "entry 1"),
        update(AuditEntry).values(detail="nothing happened"),
        update(AuditEntry).where(AuditEntry.detail == "entry 0").values(staff_id=None, action="x"),
    ],
    ids=["delete all", "delete one", "rewrite all", "rewrite one"],
)
def test_entries_cannot_be_deleted_or_changed(db: Database, statement: object) -> None:
    _add_entries(db)
    with pytest.raises(DBAPIError) as err, db.write() as s:
        s.execute(statement)  # type: ignore[call-overload]
    assert "append-only" in str(err.value)
    with db.read() as s:
        assert sorted(s.scalars(select(AuditEntry.detail))) == ["entry 0", "entry 1", "entry 2"]


def test_raw_sql_on_the_apps_connection_is_refused_too(db: Database) -> None:
    _add_entries(db, 1)
    with db.engine.connect() as conn:
        with pytest.raises(DBAPIError):
            conn.execute(text("DELETE FROM audit_entries"))
        conn.rollback()
        if not db.is_sqlite:
            with pytest.raises(DBAPIError):
                conn.execute(text("TRUNCATE audit_entries"))
            conn.rollback()
    assert _count(db) == 1


def test_db_check_says_when_the_protection_is_gone(sqlite_db: Database) -> None:
    assert health.check(sqlite_db).ok
    with sqlite_db.engine.connect() as conn:
        conn.execute(text("DROP TRIGGER audit_entries_no_update"))
        conn.execute(text("DROP TRIGGER audit_entries_no_delete"))
        conn.commit()
    report = health.check(sqlite_db)
    assert any("append-only" in finding for finding in report.findings)
