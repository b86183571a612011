"""Schema versions: Alembic migrations shipped inside the package, run programmatically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from memberdesk.store.database import SIGNATURE_TABLES, Database, DatabaseProblem, Problem

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(db: Database | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if db is not None:
        cfg.attributes["engine"] = db.engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations shipped"
    return head


@dataclass(frozen=True)
class SchemaState:
    """Where a database stands against the migrations this build ships."""

    current: str | None
    head: str
    empty: bool  # no tables at all: a brand-new database

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def schema_state(db: Database) -> SchemaState:
    """Read the schema version; raise if the database is from a newer build or not ours."""
    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    with db.engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = inspect(conn).get_table_names()
    if current is None:
        if tables:
            raise DatabaseProblem(Problem.NOT_MEMBERDESK, db.location(), ", ".join(sorted(tables)[:5]))
        return SchemaState(None, head, empty=True)
    if not set(tables) >= SIGNATURE_TABLES:
        # Another Alembic-based application's database (its revision may even be "0001").
        listed = ", ".join(sorted(t for t in tables if t != "alembic_version")[:5])
        raise DatabaseProblem(
            Problem.NOT_MEMBERDESK, db.location(), f"{listed}; another application's schema {current}"
        )
    try:
        script.get_revision(current)
    except Exception as exc:  # alembic raises several types for an unknown revision
        raise DatabaseProblem(Problem.TOO_NEW, db.location(), f"schema {current}") from exc
    return SchemaState(current, head, empty=False)


def upgrade(db: Database) -> None:
    """Bring the schema to the newest version this build knows."""
    command.upgrade(alembic_config(db), "head")
