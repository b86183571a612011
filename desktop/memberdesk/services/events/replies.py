"""Taking an invited member's reply: coming, not coming, or no answer (a reply taken back).

Each reply is a new record. A "coming" beyond the event's places is refused with a message
naming the places and how many already said yes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.events import Reply
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import record_id
from memberdesk.services.events.invitations import existing_event
from memberdesk.services.events.records import latest_replies
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import EventInvitation, EventReply
from memberdesk.store.models.base import utcnow

NOT_INVITED = QT_TRANSLATE_NOOP("Errors", "This member is not invited to the event.")


def record_reply(
    db: Database,
    actor: Actor,
    event_id: int,
    member_id: int,
    reply: Reply | str,
    *,
    now: dt.datetime | None = None,
) -> bool:
    """Record the member's reply; False when it is the reply already in force (nothing added)."""
    require(actor, Permission.RECORD_CARE)
    try:
        said = Reply(reply)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown reply: {reply}."), field="reply",
                              reply=str(reply)[:20]) from None  # fmt: skip
    member_id = record_id(member_id, "member", NOT_INVITED)
    at = now or utcnow()
    with db.write() as s:
        event = existing_event(s, actor, event_id, lock=True)
        invited = s.scalar(
            select(EventInvitation.id).where(
                EventInvitation.event_id == event.id, EventInvitation.member_id == member_id
            )
        )
        if invited is None:
            raise NotFound(NOT_INVITED, field="member")
        replies = latest_replies(s, event.id)
        if replies.get(member_id, Reply.NO_ANSWER) == said:
            return False
        coming = sum(1 for m, r in replies.items() if r == Reply.COMING and m != member_id)
        if said == Reply.COMING and event.capacity is not None and coming >= event.capacity:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "The event is full: {coming} of {capacity} places are taken."),
                field="reply",
                capacity=event.capacity,
                coming=coming,
            )
        s.add(EventReply(event_id=event.id, member_id=member_id, reply=said, recorded_at=at,
                         recorded_by_id=actor.staff_id))  # fmt: skip
        audit.record(s, actor, "event.reply", entity="member_event", entity_id=event.id, at=at,
                     detail=f"member {member_id}: {said.value}")  # fmt: skip
    return True
