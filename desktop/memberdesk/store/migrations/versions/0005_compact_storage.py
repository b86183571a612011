"""compact_storage: SQLite timestamps as integer microseconds, uids as 16-byte blobs; sparse indexes partial

On SQLite a timestamp was SQLAlchemy's 26-character text and a uid 32 hex characters, in the
table and again in every index on them. Each text timestamp becomes the same instant as an
INTEGER of microseconds since 1970-01-01 UTC (8 bytes), each text uid the same UUID as its
16 bytes; ids keep their values. Rows already in the new form are left as they are, so an
interrupted or repeated conversion is harmless. The index on points_entries.return_id, NULL
on nearly every row, keeps only the rows that have one (both databases). member_sizes
becomes WITHOUT ROWID on SQLite: its primary key was a second copy of the whole table.

PostgreSQL keeps its native timestamp and uuid types; only the index changes apply there.

Revision ID: 0005
Revises: 0004
"""

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table with a timestamp or a uid at revision 0004: (timestamp columns, has a uid).
CONVERTED: dict[str, tuple[tuple[str, ...], bool]] = {
    "stores": (("created_at",), True),
    "staff": (("locked_until", "last_sign_in_at", "created_at"), True),
    "audit_entries": (("at",), False),
    "member_events": (("starts_at",), True),
    "members": (("enrolled_at", "updated_at"), True),
    "settings": (("updated_at",), False),
    "consents": (("recorded_at",), False),
    "event_invitations": (("invited_at",), False),
    "member_sizes": (("updated_at",), False),
    "member_stats": (("first_visit_at", "last_visit_at"), False),
    "sales": (("created_at",), True),
    "suggestions": (("created_at",), False),
    "visits": (("started_at", "ended_at"), True),
    "returns": (("created_at",), True),
    "complaints": (("opened_at", "resolved_at", "closed_at"), True),
    "points_entries": (("created_at",), True),
    "service_records": (("created_at", "done_at"), True),
    "care_tasks": (("created_at",), False),
    "complaint_steps": (("at",), False),
    "service_status_changes": (("at",), False),
    "workflow_runs": (("started_at", "ended_at"), True),
    "care_actions": (("at",), False),
    "workflow_steps": (("started_at", "ended_at"), False),
}
# Indexes that hold a converted column: dropped before the values change (so the UPDATE
# does not maintain them row by row) and built again afterwards. (name, table, columns)
REBUILT_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_audit_at", "audit_entries", ("at",)),
    ("ix_members_enrolled", "members", ("enrolled_at",)),
    ("ix_consents_member_kind", "consents", ("member_id", "kind", "recorded_at")),
    ("ix_sales_member_created", "sales", ("member_id", "created_at", "total_fen")),
    ("ix_sales_created", "sales", ("created_at", "member_id", "total_fen")),
    ("ix_visits_member_started", "visits", ("member_id", "started_at")),
    ("ix_visits_started", "visits", ("started_at",)),
    ("ix_returns_member_created", "returns", ("member_id", "created_at")),
    ("ix_complaints_status_opened", "complaints", ("status", "opened_at")),
    ("ix_points_member_created", "points_entries", ("member_id", "created_at")),
)
RETURN_ID_INDEX = "ix_points_entries_return_id"
AUDIT_MESSAGE = "the audit log is append-only"  # as revision 0002
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)


def _micros(value: Any) -> Any:
    """A text timestamp (naive UTC, as SQLAlchemy wrote it) as microseconds since the epoch."""
    if not isinstance(value, str):
        return value
    at = dt.datetime.fromisoformat(value)  # raises on anything that is not a timestamp
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return (at - _EPOCH) // _MICROSECOND


def _uid_bytes(value: Any) -> Any:
    return uuid.UUID(value).bytes if isinstance(value, str) else value


def _text(column: str) -> str:
    return f"typeof({column}) = 'text'"


def _sqlite_upgrade() -> None:
    bind = op.get_bind()
    raw: Any = bind.connection.driver_connection
    raw.create_function("memberdesk_micros", 1, _micros, deterministic=True)
    raw.create_function("memberdesk_uid_bytes", 1, _uid_bytes, deterministic=True)
    analysed = set()
    if bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first():
        analysed = {r[0] for r in bind.exec_driver_sql("SELECT DISTINCT tbl FROM sqlite_stat1")}
    for verb in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS audit_entries_no_{verb}")
    for name, _table, _columns in REBUILT_INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute(f"DROP INDEX IF EXISTS {RETURN_ID_INDEX}")
    for table, (stamps, has_uid) in CONVERTED.items():
        _convert_table(table, stamps, has_uid)
    for name, table, columns in REBUILT_INDEXES:
        op.create_index(name, table, list(columns))
    _partial_return_index()
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_entries_no_{verb.lower()} BEFORE {verb} ON audit_entries "
            f"BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END"
        )
    for table in sorted(analysed & set(CONVERTED)):
        op.execute(f"ANALYZE {table}")


def _convert_table(table: str, stamps: tuple[str, ...], has_uid: bool) -> None:
    """Convert the text values in place, then rebuild the table with the new declared types."""
    for column in stamps:
        op.execute(f"UPDATE {table} SET {column} = memberdesk_micros({column}) WHERE {_text(column)}")
    if has_uid:
        op.execute(f"UPDATE {table} SET uid = memberdesk_uid_bytes(uid) WHERE {_text('uid')}")
    extra: dict[str, Any] = {}
    if table == "member_sizes":
        extra = {"recreate": "always", "table_kwargs": {"sqlite_with_rowid": False}}
    with op.batch_alter_table(table, **extra) as batch_op:
        for column in stamps:
            batch_op.alter_column(column, existing_type=sa.DateTime(), type_=sa.BigInteger())
        if has_uid:
            batch_op.alter_column("uid", existing_type=sa.CHAR(32), type_=sa.LargeBinary())


def _partial_return_index() -> None:
    where = sa.text("return_id IS NOT NULL")
    op.create_index(
        RETURN_ID_INDEX, "points_entries", ["return_id"], sqlite_where=where, postgresql_where=where
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
        return
    op.drop_index(RETURN_ID_INDEX, table_name="points_entries")
    _partial_return_index()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        raise NotImplementedError("SQLite timestamps and uids are not converted back to text")
    op.drop_index(RETURN_ID_INDEX, table_name="points_entries")
    op.create_index(RETURN_ID_INDEX, "points_entries", ["return_id"])
