"""Reading the append-only records of an event: the reply in force per member."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memberdesk.domain.events import Reply
from memberdesk.store.models import EventInvitation, EventReply


def latest_replies(s: Session, event_id: int, member_ids: list[int] | None = None) -> dict[int, Reply]:
    """The reply in force (the latest recorded) of each invited member who replied."""
    latest = (
        select(func.max(EventReply.id)).where(EventReply.event_id == event_id).group_by(EventReply.member_id)
    )
    if member_ids is not None:
        latest = latest.where(EventReply.member_id.in_(member_ids))
    rows = s.execute(
        select(EventReply.member_id, EventReply.reply)
        .join(
            EventInvitation,
            (EventInvitation.event_id == EventReply.event_id)
            & (EventInvitation.member_id == EventReply.member_id),
        )
        .where(EventReply.id.in_(latest.scalar_subquery()))
    )
    return {m: r for m, r in rows if r != Reply.NO_ANSWER}
