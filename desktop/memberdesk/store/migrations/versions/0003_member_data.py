"""member_data: the after-sales life cycle, step by step

Each status change of an after-sales record (in progress, done, cancelled) is kept with who
made it and when, like a complaint's steps.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = ("pending", "in_progress", "done", "cancelled")


def _status(column: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        column, sa.Enum(*STATUSES, name="servicestatus", native_enum=False, length=16), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "service_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_record_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        _status("from_status"),
        _status("to_status"),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_record_id"],
            ["service_records.id"],
            name=op.f("fk_service_status_changes_service_record_id_service_records"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_service_status_changes_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_status_changes")),
    )
    with op.batch_alter_table("service_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_status_changes_service_record_id"), ["service_record_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("service_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_status_changes_service_record_id"))
    op.drop_table("service_status_changes")
