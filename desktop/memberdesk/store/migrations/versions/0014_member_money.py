"""member money: stored-value accounts and gift cards with their ledger, coupons, tier changes

New tables only; nothing existing changes. Timestamps and uids use the column types of the
models (integer microseconds and 16-byte uids on SQLite).

Revision ID: 0014
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from memberdesk.store.models.base import Uid, UTCDateTime

revision: str = "0014"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "coupon_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "manual",
                "welcome",
                "birthday",
                "compensation",
                "referral",
                "campaign",
                name="couponpurpose",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum("amount_off", "percent_off", name="couponkind", native_enum=False, length=12),
            nullable=False,
        ),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("percent_off", sa.Integer(), nullable=False),
        sa.Column("cap_fen", sa.BigInteger(), nullable=False),
        sa.Column("min_spend_fen", sa.BigInteger(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("valid_days", sa.Integer(), nullable=False),
        sa.Column("categories", sa.String(length=200), nullable=False),
        sa.Column("tiers", sa.String(length=60), nullable=False),
        sa.Column("stackable", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("uid", Uid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["staff.id"], name=op.f("fk_coupon_templates_created_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_coupon_templates_store_id_stores")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coupon_templates")),
        sa.UniqueConstraint("uid", name=op.f("uq_coupon_templates_uid")),
    )
    op.create_table(
        "coupons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column(
            "code",
            sa.String(length=24).with_variant(sa.String(length=24, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("issue_key", sa.String(length=60), nullable=False),
        sa.Column("issued_at", UTCDateTime(), nullable=False),
        sa.Column("issued_by_id", sa.Integer(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.Column("uid", Uid(), nullable=False),
        sa.ForeignKeyConstraint(["issued_by_id"], ["staff.id"], name=op.f("fk_coupons_issued_by_id_staff")),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_coupons_member_id_members")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_coupons_store_id_stores")),
        sa.ForeignKeyConstraint(
            ["template_id"], ["coupon_templates.id"], name=op.f("fk_coupons_template_id_coupon_templates")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coupons")),
        sa.UniqueConstraint("code", name=op.f("uq_coupons_code")),
        sa.UniqueConstraint(
            "template_id", "member_id", "issue_key", name=op.f("uq_coupons_template_id_member_id_issue_key")
        ),
        sa.UniqueConstraint("uid", name=op.f("uq_coupons_uid")),
    )
    with op.batch_alter_table("coupons", schema=None) as batch_op:
        batch_op.create_index("ix_coupons_member_valid", ["member_id", "valid_to"], unique=False)

    op.create_table(
        "tier_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("from_tier", sa.String(length=12), nullable=False),
        sa.Column("to_tier", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("review_key", sa.String(length=24), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("uid", Uid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_tier_changes_member_id_members")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_tier_changes_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_changes")),
        sa.UniqueConstraint("uid", name=op.f("uq_tier_changes_uid")),
    )
    with op.batch_alter_table("tier_changes", schema=None) as batch_op:
        batch_op.create_index("ix_tier_changes_member", ["member_id", "at"], unique=False)

    op.create_table(
        "wallets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("member", "gift_card", name="walletkind", native_enum=False, length=12),
            nullable=False,
        ),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column(
            "card_code",
            sa.String(length=32).with_variant(sa.String(length=32, collation="C"), "postgresql"),
            nullable=True,
        ),
        sa.Column("principal_fen", sa.BigInteger(), nullable=False),
        sa.Column("bonus_fen", sa.BigInteger(), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("uid", Uid(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], name=op.f("fk_wallets_member_id_members")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_wallets_store_id_stores")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallets")),
        sa.UniqueConstraint("card_code", name=op.f("uq_wallets_card_code")),
        sa.UniqueConstraint("member_id", name=op.f("uq_wallets_member_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_wallets_uid")),
    )
    op.create_table(
        "coupon_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("coupon_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("use", "release", name="couponeventkind", native_enum=False, length=12),
            nullable=False,
        ),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("discount_fen", sa.BigInteger(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("uid", Uid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["coupon_id"], ["coupons.id"], name=op.f("fk_coupon_events_coupon_id_coupons")
        ),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_coupon_events_sale_id_sales")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_coupon_events_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coupon_events")),
        sa.UniqueConstraint("uid", name=op.f("uq_coupon_events_uid")),
    )
    with op.batch_alter_table("coupon_events", schema=None) as batch_op:
        batch_op.create_index("ix_coupon_events_coupon", ["coupon_id"], unique=False)
        batch_op.create_index("ix_coupon_events_sale", ["sale_id"], unique=False)

    op.create_table(
        "wallet_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("wallet_id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "topup",
                "spend",
                "refund",
                "void",
                "withdraw",
                "opening",
                name="walletentrykind",
                native_enum=False,
                length=12,
            ),
            nullable=False,
        ),
        sa.Column("principal_fen", sa.BigInteger(), nullable=False),
        sa.Column("bonus_fen", sa.BigInteger(), nullable=False),
        sa.Column("money_fen", sa.BigInteger(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "cash",
                "bank_card",
                "wechat",
                "alipay",
                "stored_value",
                "other",
                name="paymentmethod",
                native_enum=False,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column(
            "doc_no",
            sa.String(length=24).with_variant(sa.String(length=24, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("sale_id", sa.Integer(), nullable=True),
        sa.Column("return_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("uid", Uid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["staff.id"], name=op.f("fk_wallet_entries_approved_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["return_id"], ["returns.id"], name=op.f("fk_wallet_entries_return_id_returns")
        ),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_wallet_entries_sale_id_sales")),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_wallet_entries_staff_id_staff")),
        sa.ForeignKeyConstraint(["store_id"], ["stores.id"], name=op.f("fk_wallet_entries_store_id_stores")),
        sa.ForeignKeyConstraint(
            ["wallet_id"], ["wallets.id"], name=op.f("fk_wallet_entries_wallet_id_wallets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_entries")),
        sa.UniqueConstraint("uid", name=op.f("uq_wallet_entries_uid")),
    )
    with op.batch_alter_table("wallet_entries", schema=None) as batch_op:
        batch_op.create_index("ix_wallet_entries_created", ["created_at"], unique=False)
        batch_op.create_index(
            "ix_wallet_entries_return_id",
            ["return_id"],
            unique=False,
            sqlite_where=sa.text("return_id IS NOT NULL"),
            postgresql_where=sa.text("return_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_wallet_entries_sale_id",
            ["sale_id"],
            unique=False,
            sqlite_where=sa.text("sale_id IS NOT NULL"),
            postgresql_where=sa.text("sale_id IS NOT NULL"),
        )
        batch_op.create_index("ix_wallet_entries_wallet_created", ["wallet_id", "created_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("wallet_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_wallet_entries_wallet_created")
        batch_op.drop_index(
            "ix_wallet_entries_sale_id",
            sqlite_where=sa.text("sale_id IS NOT NULL"),
            postgresql_where=sa.text("sale_id IS NOT NULL"),
        )
        batch_op.drop_index(
            "ix_wallet_entries_return_id",
            sqlite_where=sa.text("return_id IS NOT NULL"),
            postgresql_where=sa.text("return_id IS NOT NULL"),
        )
        batch_op.drop_index("ix_wallet_entries_created")

    op.drop_table("wallet_entries")
    with op.batch_alter_table("coupon_events", schema=None) as batch_op:
        batch_op.drop_index("ix_coupon_events_sale")
        batch_op.drop_index("ix_coupon_events_coupon")

    op.drop_table("coupon_events")
    op.drop_table("wallets")
    with op.batch_alter_table("tier_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_tier_changes_member")

    op.drop_table("tier_changes")
    with op.batch_alter_table("coupons", schema=None) as batch_op:
        batch_op.drop_index("ix_coupons_member_valid")

    op.drop_table("coupons")
    op.drop_table("coupon_templates")
