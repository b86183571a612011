"""segments: member tags (标签), who tagged whom, saved segments (会员分群), and the indexes a
segment over a million members needs on the sales lines, the member totals and the children

New tables and new indexes only; nothing existing changes. Timestamps and uids use the column
types of the models (integer microseconds and 16-byte uids on SQLite).

Revision ID: 0019
Revises: 0018
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from memberdesk.store.models.base import Uid, UTCDateTime

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=12), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("free", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["created_by_id"], ["staff.id"], name=op.f("fk_tags_created_by_id_staff")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_tags_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("store_id", "name", name=op.f("uq_tags_store_id_name")),
    )
    op.create_table(
        "member_tags",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("tagged_at", UTCDateTime(), nullable=False),
        sa.Column("tagged_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_member_tags_member_id_members"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_member_tags_tag_id_tags")),
        sa.ForeignKeyConstraint(
            ["tagged_by_id"], ["staff.id"], name=op.f("fk_member_tags_tagged_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("member_id", "tag_id", name=op.f("pk_member_tags")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("member_tags", schema=None) as batch_op:
        batch_op.create_index("ix_member_tags_tag_member", ["tag_id", "member_id"], unique=False)
    op.create_table(
        "segments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("filter_json", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("uid", Uid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_segments_created_by_id_staff")
        ),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_segments_store_id_stores")),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["staff.id"], name=op.f("fk_segments_updated_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segments")),
        sa.UniqueConstraint("store_id", "name", name=op.f("uq_segments_store_id_name")),
        sa.UniqueConstraint("uid", name=op.f("uq_segments_uid")),
    )
    for table, name, columns in _INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(name, columns, unique=False)


_INDEXES = (
    ("sale_lines", "ix_sale_lines_category_sale", ["category", "sale_id"]),
    ("member_stats", "ix_member_stats_last_visit", ["last_visit_at"]),
    ("member_stats", "ix_member_stats_points", ["points_balance"]),
    ("children", "ix_children_birthday", ["birthday"]),
)


def downgrade() -> None:
    for table, name, _columns in reversed(_INDEXES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
    op.drop_table("segments")
    with op.batch_alter_table("member_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_member_tags_tag_member")
    op.drop_table("member_tags")
    op.drop_table("tags")
