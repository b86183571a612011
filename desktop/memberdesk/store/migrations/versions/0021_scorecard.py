"""scorecard: targets per role and incentive rules for the staff scorecard

One new table; nothing existing changes. Timestamps use the column type of the models
(integer microseconds on SQLite).

Revision ID: 0021
Revises: 0020
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from memberdesk.store.models.base import UTCDateTime

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLE = sa.Enum(
    "clerk", "supervisor", "manager", name="role", native_enum=False, create_constraint=False, length=16
)


def upgrade() -> None:
    op.create_table(
        "staff_targets",
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("role", ROLE, nullable=False),
        sa.Column("sales_target_fen", sa.BigInteger(), nullable=False),
        sa.Column("enrolment_target", sa.Integer(), nullable=False),
        sa.Column("satisfaction_threshold", sa.Integer(), nullable=False),
        sa.Column("bonus_per_enrolment_fen", sa.BigInteger(), nullable=False),
        sa.Column("bonus_per_referral_fen", sa.BigInteger(), nullable=False),
        sa.Column("sales_bonus_fen", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_staff_targets_store_id_stores")),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["staff.id"], name=op.f("fk_staff_targets_updated_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("store_id", "role", name=op.f("pk_staff_targets")),
    )


def downgrade() -> None:
    op.drop_table("staff_targets")
