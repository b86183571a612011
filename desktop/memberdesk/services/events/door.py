"""Checking members in at the event's door, by a scanned card or a typed phone or card number.

Invited or not: a member who was not invited is let in and marked as a walk-in. Checking in
twice says so and records nothing more.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import clean_text
from memberdesk.services.events.invitations import _member_for, existing_event
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import EventAttendance, EventInvitation, Member
from memberdesk.store.models.base import new_uid, utcnow


@dataclass(frozen=True)
class CheckIn:
    member_id: int
    name: str
    walk_in: bool
    already: bool  # checked in before: nothing recorded now
    checked_in_at: dt.datetime
    count: int  # everyone checked in so far


def check_in(
    db: Database, actor: Actor, event_id: int, code: str, *, now: dt.datetime | None = None
) -> CheckIn:
    """Check in the member of a card number or phone number (typed or scanned)."""
    require(actor, Permission.RECORD_CARE)
    at = now or utcnow()
    text = clean_text(code, 40)
    with db.write() as s:
        event = existing_event(s, actor, event_id)
        member_id = _member_for(s, text) if text else None
        if member_id is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "No member has the card or phone “{code}”."),
                field="code",
                code=text,
            )
        name = s.scalar(select(Member.name).where(Member.id == member_id)) or ""
        before = s.execute(
            select(EventAttendance.checked_in_at, EventAttendance.walk_in).where(
                EventAttendance.event_id == event.id, EventAttendance.member_id == member_id
            )
        ).first()
        if before is None:
            invited = s.scalar(
                select(EventInvitation.id).where(
                    EventInvitation.event_id == event.id, EventInvitation.member_id == member_id
                )
            )
            walk_in = invited is None
            # two doors scanning the same card at once: the second insert does nothing, and
            # the arrival read back is the first one
            make = postgresql.insert if db.engine.dialect.name == "postgresql" else sqlite.insert
            values = {"event_id": event.id, "member_id": member_id, "checked_in_at": at,
                      "checked_in_by_id": actor.staff_id, "walk_in": walk_in, "uid": new_uid()}  # fmt: skip
            added = s.scalar(
                make(EventAttendance)
                .values(**values)
                .on_conflict_do_nothing(index_elements=["event_id", "member_id"])
                .returning(EventAttendance.id)
            )
            if added:
                audit.record(s, actor, "event.check_in", entity="member_event", entity_id=event.id, at=at,
                             detail=f"member {member_id}{' (walk-in)' if walk_in else ''}")  # fmt: skip
            else:
                before = s.execute(
                    select(EventAttendance.checked_in_at, EventAttendance.walk_in).where(
                        EventAttendance.event_id == event.id, EventAttendance.member_id == member_id
                    )
                ).one()
        count = s.scalar(select(func.count()).where(EventAttendance.event_id == event.id)) or 0
    if before is not None:
        return CheckIn(member_id, name, before[1], True, before[0], int(count))
    return CheckIn(member_id, name, walk_in, False, at, int(count))
