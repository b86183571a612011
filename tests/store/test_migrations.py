"""Migrations produce exactly the models' schema, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from memberdesk.store import migrate
from memberdesk.store.database import Database
from memberdesk.store.models import Base


def test_migrated_schema_equals_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_migrated_database_is_at_head(db: Database) -> None:
    state = migrate.schema_state(db)
    assert state.up_to_date and not state.empty
    assert state.current == migrate.head_revision()


def test_member_keys_has_no_rowid_on_sqlite(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'member_keys'")).scalar_one()
    assert "WITHOUT ROWID" in sql


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
