"""io: member imports written in small transactions, all or nothing

An import no longer holds the write lock for the whole file: it writes its new members in
small transactions, hidden (status ``importing``) until the file is written, then shows them.
``member_imports`` records each run and where it stands; ``member_import_rows`` the members
it added or fills in, so that a failed, cancelled or killed import is undone (or an
interrupted one finished) from them. New tables only: no existing row changes.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamp(name: str, *, nullable: bool) -> sa.Column:  # type: ignore[type-arg]
    # integer microseconds on SQLite (see 0005), a naive UTC timestamp on PostgreSQL
    return sa.Column(name, sa.DateTime().with_variant(sa.BigInteger(), "sqlite"), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "member_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("file", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        _timestamp("started_at", nullable=False),
        _timestamp("finished_at", nullable=True),
        sa.Column("applied_to", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_member_imports_staff_id_staff")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_member_imports_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_imports")),
    )
    op.create_table(
        "member_import_rows",
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("merge", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["member_imports.id"],
            name=op.f("fk_member_import_rows_import_id_member_imports"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_member_import_rows_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("import_id", "member_id", name=op.f("pk_member_import_rows")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("member_import_rows", schema=None) as batch_op:
        batch_op.create_index("ix_member_import_rows_member", ["member_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("member_import_rows", schema=None) as batch_op:
        batch_op.drop_index("ix_member_import_rows_member")
    op.drop_table("member_import_rows")
    op.drop_table("member_imports")
