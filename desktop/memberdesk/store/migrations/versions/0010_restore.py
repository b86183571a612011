"""restore: erasure records; the audit log's one exception for an erased member's rows

``member_erasures`` records that a member's personal data was erased (the member's uid and
when, nothing about the person), so a restore of an older backup can erase them again. It is
append-only like the audit log.

The audit log stays append-only with one narrow exception: the ``before``, ``after`` and
``detail`` of a row about a member who has an erasure record (the member's own rows, and
the rows of their sales, returns, complaints, after-sales records and care tasks) may be
rewritten, so the erase can take the person's values out of rows older versions wrote. No
row can be deleted, and no other column of any row can change.

Revision ID: 0010
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from memberdesk.store.models.base import Uid, UTCDateTime

revision: str = "0010"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AUDIT_MESSAGE = "the audit log is append-only"
ERASURES_MESSAGE = "erasure records are append-only"

# The member an audit row is about, by its entity (NULL for rows about no member).
ROW_MEMBER = """CASE OLD.entity
    WHEN 'member' THEN OLD.entity_id
    WHEN 'sale' THEN (SELECT member_id FROM sales WHERE id = OLD.entity_id)
    WHEN 'return' THEN (SELECT member_id FROM returns WHERE id = OLD.entity_id)
    WHEN 'complaint' THEN (SELECT member_id FROM complaints WHERE id = OLD.entity_id)
    WHEN 'service_record' THEN (SELECT member_id FROM service_records WHERE id = OLD.entity_id)
    WHEN 'care_task' THEN (SELECT member_id FROM care_tasks WHERE id = OLD.entity_id)
END"""


def _redaction(same: str) -> str:
    """The condition under which an UPDATE of an audit row is a permitted redaction."""
    columns = ("id", "at", "store_id", "staff_id", "action", "entity", "entity_id")
    kept = " AND ".join(f"NEW.{c} {same} OLD.{c}" for c in columns)
    return f"{kept} AND EXISTS (SELECT 1 FROM member_erasures e WHERE e.member_id = ({ROW_MEMBER}))"


def upgrade() -> None:
    op.create_table(
        "member_erasures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_uid", Uid(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("erased_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_member_erasures_member_id_members")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_erasures")),
        sa.UniqueConstraint("member_uid", name=op.f("uq_member_erasures_member_uid")),
    )
    with op.batch_alter_table("member_erasures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_erasures_member_id"), ["member_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER member_erasures_no_{verb.lower()} BEFORE {verb} ON member_erasures "
                f"BEGIN SELECT RAISE(ABORT, '{ERASURES_MESSAGE}'); END"
            )
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
        op.execute(
            "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries "
            f"WHEN NOT ({_redaction('IS')}) "
            f"BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END"
        )
        return
    op.execute(
        "CREATE OR REPLACE FUNCTION memberdesk_erasures_append_only() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        f"RAISE EXCEPTION '{ERASURES_MESSAGE}' USING ERRCODE = 'insufficient_privilege'; "
        "END $$"
    )
    op.execute(
        "CREATE TRIGGER member_erasures_append_only BEFORE UPDATE OR DELETE ON member_erasures "
        "FOR EACH ROW EXECUTE FUNCTION memberdesk_erasures_append_only()"
    )
    op.execute(
        "CREATE TRIGGER member_erasures_no_truncate BEFORE TRUNCATE ON member_erasures "
        "FOR EACH STATEMENT EXECUTE FUNCTION memberdesk_erasures_append_only()"
    )
    op.execute(
        "CREATE OR REPLACE FUNCTION memberdesk_audit_append_only() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP = 'UPDATE' AND {_redaction('IS NOT DISTINCT FROM')} THEN RETURN NEW; END IF; "
        f"RAISE EXCEPTION '{AUDIT_MESSAGE}' USING ERRCODE = 'insufficient_privilege'; "
        "END $$"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
        op.execute(
            "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries "
            f"BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END"
        )
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS member_erasures_no_{verb}")
    else:
        op.execute(
            "CREATE OR REPLACE FUNCTION memberdesk_audit_append_only() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            f"RAISE EXCEPTION '{AUDIT_MESSAGE}' USING ERRCODE = 'insufficient_privilege'; "
            "END $$"
        )
        op.execute("DROP TRIGGER IF EXISTS member_erasures_no_truncate ON member_erasures")
        op.execute("DROP TRIGGER IF EXISTS member_erasures_append_only ON member_erasures")
        op.execute("DROP FUNCTION IF EXISTS memberdesk_erasures_append_only()")
    with op.batch_alter_table("member_erasures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_erasures_member_id"))
    op.drop_table("member_erasures")
