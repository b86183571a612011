"""Revision 0005: an old-format file (text timestamps, hex uids) is converted in place, value
for value, and SQLite columns never hold text where the types store integers or bytes."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Boolean, Connection, Integer, MetaData, Table, inspect, select, text
from sqlalchemy.exc import DatabaseError

from memberdesk.store import health, migrate
from memberdesk.store.database import Database, connect
from memberdesk.store.models import AuditEntry, Base, Member, MemberSize, MemberStats, PointsEntry, Sale
from memberdesk.store.models.base import epoch_micros

UTC = dt.UTC
SALE_AT = dt.datetime(2024, 11, 25, 2, 1, 37, 123456, tzinfo=UTC)
POINTS_AT = dt.datetime(2024, 11, 25, 2, 1, 38, tzinfo=UTC)  # written without a fraction
ENROLLED = dt.datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)
OLD_EPOCH = dt.datetime(1969, 7, 20, 20, 17, 40, 1, tzinfo=UTC)  # before 1970: negative
MEMBER_UID = uuid.UUID("0d400d14-50db-4ca0-9ed0-3ecb0eab5a84")
SALE_UID = uuid.UUID("0130f25f-725b-4c7e-bdc5-b63688612272")
NEW_SALE_UID = uuid.UUID("0130f25f-725b-4c7e-bdc5-b63688612273")
POINTS_UID = uuid.UUID("01268e6a-5858-414d-a799-6068ce1560cd")


def _text(at: dt.datetime, fraction: bool = True) -> str:
    """A timestamp as SQLAlchemy's SQLite DateTime wrote it before revision 0005."""
    return at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds" if fraction else "seconds")


def _insert(conn: Connection, table: Table, **values: Any) -> None:
    """A row with ``values`` as the driver takes them; every other NOT NULL column gets 0 or ''."""
    row = dict(values)
    for column in table.columns:
        if column.name in row or column.nullable or (column.primary_key and column.name == "id"):
            continue
        row[column.name] = 0 if isinstance(column.type, Integer | Boolean) else ""
    names = ", ".join(row)
    marks = ", ".join("?" * len(row))
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", tuple(row.values()))


def _old_file(path: Path, *, one_sale_converted: bool = False) -> Database:
    """A database at revision 0004 holding rows the way that build wrote them."""
    db = connect(path, must_exist=False)
    command.upgrade(migrate.alembic_config(db), "0004")
    with db.engine.begin() as conn:
        meta = MetaData()
        meta.reflect(conn)
        t = meta.tables
        _insert(conn, t["stores"], id=1, code="S", name="s", created_at=_text(SALE_AT), uid=uuid.uuid4().hex)
        _insert(conn, t["staff"], id=1, store_id=1, code="1", name="a", role="clerk",
                created_at=_text(SALE_AT), uid=uuid.uuid4().hex)  # fmt: skip
        _insert(conn, t["members"], id=1, store_id=1, card_no="M1", phone="13800000000", phone_last4="0000",
                name="王", gender="F", tier="regular", status="active", channel="walk_in",
                enrolled_at=_text(ENROLLED), updated_at=_text(OLD_EPOCH), uid=MEMBER_UID.hex)  # fmt: skip
        _insert(conn, t["member_sizes"], member_id=1, category="tops", size="M", updated_at=_text(SALE_AT))
        _insert(conn, t["member_stats"], member_id=1, first_visit_at=_text(SALE_AT), last_visit_at=None)
        _insert(conn, t["sales"], id=1, store_id=1, receipt_no="R1", member_id=1, staff_id=1,
                created_at=_text(SALE_AT), subtotal_fen=100, total_fen=100, status="completed",
                uid=SALE_UID.hex)  # fmt: skip
        if one_sale_converted:  # already as the new types store it
            _insert(conn, t["sales"], id=2, store_id=1, receipt_no="R2", member_id=1, staff_id=1,
                    created_at=epoch_micros(POINTS_AT), subtotal_fen=0, total_fen=0, status="completed",
                    uid=NEW_SALE_UID.bytes)  # fmt: skip
        _insert(conn, t["points_entries"], id=1, member_id=1, created_at=_text(POINTS_AT, fraction=False),
                delta=5, source="sale", sale_id=1, staff_id=1, uid=POINTS_UID.hex)  # fmt: skip
        _insert(conn, t["audit_entries"], id=1, at=_text(OLD_EPOCH), action="member.update", store_id=1)
    return db


def test_old_file_is_converted_value_for_value(tmp_path: Path) -> None:
    db = _old_file(tmp_path / "old.sqlite3")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT typeof(created_at), uid FROM sales").one() == (
            "text",
            SALE_UID.hex,
        )
    migrate.upgrade(db)
    with db.read() as s:
        sale = s.scalars(select(Sale)).one()
        assert (sale.created_at, sale.uid) == (SALE_AT, SALE_UID)
        member = s.get_one(Member, 1)
        assert (member.enrolled_at, member.updated_at, member.uid) == (ENROLLED, OLD_EPOCH, MEMBER_UID)
        points = s.scalars(select(PointsEntry)).one()
        assert (points.created_at, points.uid) == (POINTS_AT, POINTS_UID)
        stats = s.get_one(MemberStats, 1)
        assert (stats.first_visit_at, stats.last_visit_at) == (SALE_AT, None)
        assert s.scalars(select(MemberSize.updated_at)).one() == SALE_AT
        assert s.scalars(select(AuditEntry.at)).one() == OLD_EPOCH
        # ranges and equality go through the indexes with the new values
        assert s.scalar(select(Sale.id).where(Sale.created_at >= SALE_AT, Sale.uid == SALE_UID)) == 1
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []  # the same schema as a new file
        assert conn.exec_driver_sql("SELECT typeof(created_at), length(uid) FROM sales").one() == (
            "integer",
            16,
        )
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        sizes = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'member_sizes'").scalar()
        assert "WITHOUT ROWID" in sizes
    with pytest.raises(DatabaseError, match="append-only"), db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_entries SET action = 'x'")  # the triggers are back
    report = health.check(db)  # (the few rows here do not add up as books: not this test's part)
    assert report.integrity == "ok" and report.schema_current == report.schema_head
    assert not [f for f in report.findings if "foreign keys" in f or "written past" in f], report.findings
    db.dispose()


def test_rows_already_in_the_new_form_are_left_as_they_are(tmp_path: Path) -> None:
    db = _old_file(tmp_path / "old.sqlite3", one_sale_converted=True)
    migrate.upgrade(db)
    with db.read() as s:
        rows = s.execute(select(Sale.id, Sale.created_at, Sale.uid).order_by(Sale.id)).all()
    assert [tuple(r) for r in rows] == [(1, SALE_AT, SALE_UID), (2, POINTS_AT, NEW_SALE_UID)]
    db.dispose()


def test_db_check_notices_text_in_a_converted_column(sqlite_db: Database) -> None:
    with sqlite_db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_entries (at, action, entity, before, after, detail) "
            "VALUES ('2026-01-01 00:00:00.000000', 'x', '', '', '', '')"
        )
    report = health.check(sqlite_db)
    assert [f for f in report.findings if "written past" in f] == [
        "audit_entries.at: 1 values that are not integer microseconds "
        "(written past the column type; range queries miss them)"
    ]


def test_return_index_is_partial_on_both_databases(db: Database) -> None:
    with db.engine.connect() as conn:
        if db.is_sqlite:
            sql = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'ix_points_entries_return_id'"
            ).scalar()
        else:
            sql = conn.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_points_entries_return_id'")
            ).scalar()
        assert "return_id IS NOT NULL" in str(sql)
        names = {i["name"] for i in inspect(conn).get_indexes("points_entries")}
        assert {"ix_points_member_created", "ix_points_entries_sale_id"} <= names


def test_postgresql_upgrade_from_0004_only_changes_the_index(db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("SQLite is converted as a whole: the tests above")
    cfg = migrate.alembic_config(db)
    command.downgrade(cfg, "0004")
    with db.engine.connect() as conn:
        before = conn.execute(
            text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_points_entries_return_id'")
        ).scalar()
    assert "WHERE" not in str(before)
    command.upgrade(cfg, "head")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
