"""devices: the till's shifts and their counts at the end of a shift (交班)

New tables only; nothing existing changes. Timestamps and uids use the column types of the
models (integer microseconds and 16-byte uids on SQLite).

Revision ID: 0018
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from memberdesk.store.models.base import Uid, UTCDateTime

revision: str = "0018"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

METHOD = sa.Enum(
    "cash", "bank_card", "wechat", "alipay", "stored_value", "other",
    name="paymentmethod", native_enum=False, length=16,
)  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "shifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("till", sa.String(length=40), nullable=False),
        sa.Column("opened_at", UTCDateTime(), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=False),
        sa.Column("float_fen", sa.BigInteger(), nullable=False),
        sa.Column("follows_id", sa.Integer(), nullable=True),
        sa.Column("uid", Uid(), nullable=False),
        sa.ForeignKeyConstraint(["follows_id"], ["shifts.id"], name=op.f("fk_shifts_follows_id_shifts")),
        sa.ForeignKeyConstraint(["opened_by_id"], ["staff.id"], name=op.f("fk_shifts_opened_by_id_staff")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_shifts_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shifts")),
        sa.UniqueConstraint("follows_id", name=op.f("uq_shifts_follows_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_shifts_uid")),
    )
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.create_index("ix_shifts_store_till_opened", ["store_id", "till", "opened_at"], unique=False)

    op.create_table(
        "shift_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("method", METHOD, nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=False),
        sa.Column("closed_by_id", sa.Integer(), nullable=False),
        sa.Column("float_fen", sa.BigInteger(), nullable=False),
        sa.Column("sales_fen", sa.BigInteger(), nullable=False),
        sa.Column("refunds_fen", sa.BigInteger(), nullable=False),
        sa.Column("stored_value_fen", sa.BigInteger(), nullable=False),
        sa.Column("expected_fen", sa.BigInteger(), nullable=False),
        sa.Column("counted_fen", sa.BigInteger(), nullable=True),
        sa.Column("difference_fen", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("uid", Uid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["staff.id"], name=op.f("fk_shift_counts_closed_by_id_staff")
        ),
        sa.ForeignKeyConstraint(["shift_id"], ["shifts.id"], name=op.f("fk_shift_counts_shift_id_shifts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift_counts")),
        sa.UniqueConstraint("shift_id", "method", name=op.f("uq_shift_counts_shift_id_method")),
        sa.UniqueConstraint("uid", name=op.f("uq_shift_counts_uid")),
    )


def downgrade() -> None:
    op.drop_table("shift_counts")
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.drop_index("ix_shifts_store_till_opened")
    op.drop_table("shifts")
