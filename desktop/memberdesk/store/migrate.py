"""Schema versions: Alembic migrations shipped inside the package, run programmatically.

Alembic (with mako and pygments) costs a noticeable part of a start, and a start that finds
the schema up to date needs none of it: where a database stands is read from its
``alembic_version`` row and the revision ids written in the shipped files; Alembic itself is
imported only to upgrade.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from memberdesk.domain.errors import DatabaseProblem, Problem
from memberdesk.store.database import SIGNATURE_TABLES, Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE)


def alembic_config(db: Database | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if db is not None:
        cfg.attributes["engine"] = db.engine
    return cfg


def shipped_revisions() -> dict[str, str | None]:
    """Every revision this build ships, with the one it follows (None for the first)."""
    found: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is not None and down is not None:
            found[revision.group(1)] = down.group(1)
    return found


def head_revision() -> str:
    """The newest revision shipped: the one no other revision follows."""
    revisions = shipped_revisions()
    heads = set(revisions) - {down for down in revisions.values() if down}
    assert len(heads) == 1, f"the shipped migrations must have one head, not {sorted(heads)}"
    return heads.pop()


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
    head = head_revision()
    with db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        current = (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if "alembic_version" in tables
            else None
        )
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
    if current not in shipped_revisions():
        raise DatabaseProblem(Problem.TOO_NEW, db.location(), f"schema {current}")
    return SchemaState(current, head, empty=False)


def upgrade(db: Database) -> None:
    """Bring the schema to the newest version this build knows."""
    from alembic import command

    command.upgrade(alembic_config(db), "head")
