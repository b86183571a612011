"""Bulk-written demo rows read back through the typed models, as the app will read them.

The loader bypasses the ORM, so nothing but this test proves that its raw timestamps and
uids (integers and 16-byte blobs on SQLite, text for PostgreSQL's COPY) and vocabulary words
are what the models' column types accept (an unknown vocabulary word raises on read; a naive
timestamp would compare wrongly with aware ones).
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from memberdesk.demo.build import DemoPlan, build_store
from memberdesk.store.database import Database, connect
from memberdesk.store.models import Base
from memberdesk.store.models.base import UTCDateTime

UNTIL = dt.date(2026, 3, 15)
PLAN = DemoPlan(members=300, seed=11, until=UNTIL)
FIRST = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
# The events table holds one coming event (an appreciation party ten days ahead).
LAST = dt.datetime.combine(UNTIL + dt.timedelta(days=11), dt.time(), tzinfo=dt.UTC)


def read_everything(db: Database) -> dict[str, int]:
    """Load every row of every model; check uids and timestamps on the way."""
    counts: dict[str, int] = {}
    with db.read() as session:
        for mapper in Base.registry.mappers:
            model = mapper.class_
            table = mapper.local_table
            stamps = [c.key for c in table.columns if isinstance(c.type, UTCDateTime)]
            rows = session.scalars(select(model)).all()
            counts[table.name] = len(rows)
            for row in rows:
                if "uid" in table.columns:
                    assert isinstance(row.uid, uuid.UUID) and row.uid.version == 4
                for key in stamps:
                    value = getattr(row, key)
                    if value is not None:
                        assert value.tzinfo is not None, (table.name, key)
                        assert FIRST <= value <= LAST, (table.name, key, value)
            session.expunge_all()
    return counts


def test_every_sqlite_demo_row_reads_through_the_models(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    build_store(str(path), PLAN)
    db = connect(path)
    try:
        counts = read_everything(db)
    finally:
        db.dispose()
    assert counts["members"] == PLAN.members
    for table in ("sales", "sale_lines", "payments", "returns", "points_entries", "complaints"):
        assert counts[table] > 0, table


def test_every_postgresql_demo_row_reads_through_the_models(db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("the PostgreSQL loader; SQLite has its own test")
    build_store(db.url.render_as_string(hide_password=False), PLAN)
    counts = read_everything(db)
    assert counts["members"] == PLAN.members
    assert counts["sales"] > PLAN.members
