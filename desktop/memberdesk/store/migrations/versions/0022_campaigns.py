"""campaigns: a message and coupon sent to a frozen segment, with a held-out control group

Two new tables; nothing existing changes. Timestamps use the column types of the models
(integer microseconds, 16-byte uids on SQLite).

Revision ID: 0022
Revises: 0021
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from memberdesk.store.models.base import Uid, UTCDateTime

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("segment_id", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("coupon_template_id", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("control_percent", sa.Integer(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("uid", Uid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coupon_template_id"],
            ["coupon_templates.id"],
            name=op.f("fk_campaigns_coupon_template_id_coupon_templates"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_campaigns_created_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segments.id"], name=op.f("fk_campaigns_segment_id_segments")
        ),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_campaigns_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("store_id", "name", name=op.f("uq_campaigns_store_id_name")),
        sa.UniqueConstraint("uid", name=op.f("uq_campaigns_uid")),
    )
    op.create_table(
        "campaign_members",
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("control", sa.Boolean(), nullable=False),
        sa.Column("lapsed", sa.Boolean(), nullable=False),
        sa.Column("coupon_code", sa.String(length=32), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_campaign_members_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_campaign_members_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("campaign_id", "member_id", name=op.f("pk_campaign_members")),
    )
    with op.batch_alter_table("campaign_members", schema=None) as batch_op:
        batch_op.create_index("ix_campaign_members_member", ["member_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("campaign_members", schema=None) as batch_op:
        batch_op.drop_index("ix_campaign_members_member")
    op.drop_table("campaign_members")
    op.drop_table("campaigns")
