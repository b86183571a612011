"""counter: whom a member answers to an invitation

A member event (an appreciation party, 答谢会) says where and when it is, and now whom to
answer: the invitation card and message print the reply contact. Existing events get an
empty contact; the card then names the store's phone.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("member_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("rsvp_contact", sa.String(length=100), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("member_events", schema=None) as batch_op:
        batch_op.drop_column("rsvp_contact")
