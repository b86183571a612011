"""till money: each sale line keeps its share of the member price and of the coupons used

``sale_lines.member_fen`` (the member price, 会员折扣, taken off the line) and
``sale_lines.coupon_fen`` (the line's share of the sale's coupons); the line's ``total_fen``
is net of both, so a return refunds each line net of them. Older lines had neither: 0.

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sale_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("member_fen", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("coupon_fen", sa.BigInteger(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("sale_lines", schema=None) as batch_op:
        batch_op.drop_column("coupon_fen")
        batch_op.drop_column("member_fen")
