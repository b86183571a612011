"""sales: what a receipt prints, the points a return gives back, and points owed

The receipt prints the sale discount and the points' value apart, the cash tendered and the
member's points after the sale, so a sale keeps them (``redeem_fen``, ``cash_tendered_fen``,
``points_balance_after``, ``points_owed_after``). A return keeps the share of the redeemed
points it gave back (``returns.points_restored``). No points balance goes below zero: what
a return or void could not take back is owed (``points_entries.owed_delta``, summed in
``member_stats.points_owed``).

Data: a sale recorded before this revision gets the points' value its discount held when the
store's redemption rule explains it (points × fen per point, at most the discount); a member
whose balance an older build took below zero gets one entry that brings the balance to zero
and records the same points as owed, so the ledger still sums to both.

Revision ID: 0006
Revises: 0005
"""

import contextlib
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from memberdesk.store.models.base import Uid, UTCDateTime, new_uid, utcnow

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CARRIED_REASON = "negative balance carried as points owed (schema 0006)"


def _zero(name: str, kind: type[sa.types.TypeEngine[int]]) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, kind(), nullable=False, server_default=sa.text("0"))


def upgrade() -> None:
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.add_column(_zero("redeem_fen", sa.BigInteger))
        batch_op.add_column(_zero("cash_tendered_fen", sa.BigInteger))
        batch_op.add_column(sa.Column("points_balance_after", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("points_owed_after", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.add_column(_zero("points_restored", sa.Integer))
    with op.batch_alter_table("points_entries", schema=None) as batch_op:
        batch_op.add_column(_zero("owed_delta", sa.Integer))
    with op.batch_alter_table("member_stats", schema=None) as batch_op:
        batch_op.add_column(_zero("points_owed", sa.BigInteger))
    _points_value_of_older_sales()
    _carry_negative_balances()


def _points_value_of_older_sales() -> None:
    """``redeem_fen`` of the sales already recorded, by each store's redemption rule."""
    conn = op.get_bind()
    found = conn.execute(sa.text("SELECT store_id, value FROM settings WHERE key = 'sales.rules'")).all()
    rules: dict[int, str] = {int(store_id): str(value) for store_id, value in found}
    for (store_id,) in conn.execute(sa.text("SELECT id FROM stores")).all():
        per_point = 1
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            per_point = int(json.loads(rules.get(store_id, "{}")).get("redeem_fen_per_point", 1))
        if per_point <= 0:
            continue
        # a reversing sale (void) holds the negatives of its sale's figures
        conn.execute(
            sa.text(
                "UPDATE sales SET redeem_fen = points_redeemed * :k WHERE store_id = :store"
                " AND ((points_redeemed > 0 AND points_redeemed * :k <= discount_fen)"
                " OR (points_redeemed < 0 AND points_redeemed * :k >= discount_fen))"
            ),
            {"k": per_point, "store": store_id},
        )


def _carry_negative_balances() -> None:
    conn = op.get_bind()
    below = conn.execute(
        sa.text("SELECT member_id, points_balance FROM member_stats WHERE points_balance < 0")
    ).all()
    if not below:
        return
    entries = sa.table(
        "points_entries",
        sa.column("member_id", sa.Integer()),
        sa.column("created_at", UTCDateTime()),
        sa.column("delta", sa.Integer()),
        sa.column("owed_delta", sa.Integer()),
        sa.column("source", sa.String()),
        sa.column("reason", sa.String()),
        sa.column("uid", Uid()),
    )
    now = utcnow()
    conn.execute(
        entries.insert(),
        [
            {
                "member_id": member_id,
                "created_at": now,
                "delta": -balance,
                "owed_delta": -balance,
                "source": "adjustment",
                "reason": CARRIED_REASON,
                "uid": new_uid(),
            }
            for member_id, balance in below
        ],
    )
    conn.execute(
        sa.text(
            "UPDATE member_stats SET points_owed = points_owed - points_balance, points_balance = 0"
            " WHERE points_balance < 0"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("member_stats", schema=None) as batch_op:
        batch_op.drop_column("points_owed")
    with op.batch_alter_table("points_entries", schema=None) as batch_op:
        batch_op.drop_column("owed_delta")
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_column("points_restored")
    with op.batch_alter_table("sales", schema=None) as batch_op:
        batch_op.drop_column("points_owed_after")
        batch_op.drop_column("points_balance_after")
        batch_op.drop_column("cash_tendered_fen")
        batch_op.drop_column("redeem_fen")
