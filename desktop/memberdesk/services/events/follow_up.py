"""After the event: who came (to thank), and who said yes but did not come (to ask after)."""

from __future__ import annotations

from dataclasses import dataclass

from memberdesk.domain.events import Reply
from memberdesk.services.common.context import Actor
from memberdesk.services.events.invitations import Guest, guests
from memberdesk.services.events.plans import EventFacts, get_event
from memberdesk.store.database import Database


@dataclass(frozen=True)
class FollowUp:
    event: EventFacts
    came: list[Guest]
    did_not_come: list[Guest]  # said they were coming, never checked in


def follow_up(db: Database, actor: Actor, event_id: int) -> FollowUp:
    event = get_event(db, actor, event_id)
    everyone = guests(db, actor, event_id)
    came = sorted(
        (g for g in everyone if g.checked_in_at is not None), key=lambda g: (g.checked_in_at, g.member_id)
    )
    missed = [g for g in everyone if g.checked_in_at is None and g.reply == Reply.COMING]
    return FollowUp(event, came, missed)
