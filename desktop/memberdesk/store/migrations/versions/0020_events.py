"""events: an event's capacity, who invited a member, replies and arrivals as records

``member_events.capacity`` (NULL on events already on file: no limit) and
``event_invitations.invited_by_id`` are added. The invitation's one ``response`` word
("", accepted, declined, attended) becomes records of their own, append-only:
``event_replies`` (every reply, with who took it and when) and ``event_attendance`` (who
checked in at the door, when and by whom, and whether they walked in uninvited). Responses
already on file are carried over: accepted → a reply "coming", declined → "not coming",
attended → a reply "coming" and an arrival at the event's start. The column is then dropped.

Revision ID: 0020
Revises: 0019
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from memberdesk.store.models.base import Uid, UTCDateTime, new_uid

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REPLY = sa.Enum(
    "coming", "not_coming", "no_answer", name="reply", native_enum=False, create_constraint=False, length=16
)


def upgrade() -> None:
    with op.batch_alter_table("member_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("capacity", sa.Integer(), nullable=True))
    with op.batch_alter_table("event_invitations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("invited_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_event_invitations_invited_by_id_staff"), "staff", ["invited_by_id"], ["id"]
        )
    replies = op.create_table(
        "event_replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("reply", REPLY, nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("uid", Uid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["member_events.id"], name=op.f("fk_event_replies_event_id_member_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_event_replies_member_id_members"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["staff.id"], name=op.f("fk_event_replies_recorded_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_replies")),
        sa.UniqueConstraint("uid", name=op.f("uq_event_replies_uid")),
    )  # fmt: skip
    with op.batch_alter_table("event_replies", schema=None) as batch_op:
        batch_op.create_index("ix_event_replies_event_member", ["event_id", "member_id", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_replies_member_id"), ["member_id"], unique=False)
    attendance = op.create_table(
        "event_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("checked_in_at", UTCDateTime(), nullable=False),
        sa.Column("checked_in_by_id", sa.Integer(), nullable=True),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("uid", Uid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["member_events.id"], name=op.f("fk_event_attendance_event_id_member_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_event_attendance_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["checked_in_by_id"], ["staff.id"], name=op.f("fk_event_attendance_checked_in_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_attendance")),
        sa.UniqueConstraint("event_id", "member_id", name=op.f("uq_event_attendance_event_id_member_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_event_attendance_uid")),
    )  # fmt: skip
    with op.batch_alter_table("event_attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_attendance_member_id"), ["member_id"], unique=False)
    _carry_over_responses(replies, attendance)
    with op.batch_alter_table("event_invitations", schema=None) as batch_op:
        batch_op.drop_column("response")


def _carry_over_responses(replies: sa.Table, attendance: sa.Table) -> None:
    invitations = sa.table(
        "event_invitations",
        sa.column("event_id", sa.Integer()),
        sa.column("member_id", sa.Integer()),
        sa.column("invited_at", UTCDateTime()),
        sa.column("response", sa.String()),
    )
    events = sa.table("member_events", sa.column("id", sa.Integer()), sa.column("starts_at", UTCDateTime()))
    rows = op.get_bind().execute(
        sa.select(
            invitations.c.event_id, invitations.c.member_id, invitations.c.invited_at,
            invitations.c.response, events.c.starts_at,
        )
        .join(events, events.c.id == invitations.c.event_id)
        .where(invitations.c.response.in_(["accepted", "declined", "attended"]))
        .order_by(invitations.c.event_id, invitations.c.member_id)
    ).all()  # fmt: skip
    said = {"accepted": "coming", "declined": "not_coming", "attended": "coming"}
    reply_rows = [
        {
            "event_id": e,
            "member_id": m,
            "reply": said[r],
            "recorded_at": at,
            "recorded_by_id": None,
            "uid": new_uid(),
        }
        for e, m, at, r, _ in rows
    ]
    came = [
        {
            "event_id": e,
            "member_id": m,
            "checked_in_at": starts,
            "checked_in_by_id": None,
            "walk_in": False,
            "uid": new_uid(),
        }
        for e, m, _, r, starts in rows
        if r == "attended"
    ]
    if reply_rows:
        op.bulk_insert(replies, reply_rows)
    if came:
        op.bulk_insert(attendance, came)


def downgrade() -> None:
    with op.batch_alter_table("event_invitations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("response", sa.String(length=16), nullable=False, server_default=""))
    with op.batch_alter_table("event_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_attendance_member_id"))
    op.drop_table("event_attendance")
    with op.batch_alter_table("event_replies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_replies_member_id"))
        batch_op.drop_index("ix_event_replies_event_member")
    op.drop_table("event_replies")
    with op.batch_alter_table("event_invitations", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_event_invitations_invited_by_id_staff"), type_="foreignkey")
        batch_op.drop_column("invited_by_id")
    with op.batch_alter_table("member_events", schema=None) as batch_op:
        batch_op.drop_column("capacity")
