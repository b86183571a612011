"""Create, edit and list member events, with the clerk's mistakes refused in their words."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from memberdesk.domain.events import (
    CONTACT_LENGTH,
    DESCRIPTION_LENGTH,
    MAX_CAPACITY,
    PLACE_LENGTH,
    TITLE_LENGTH,
    Reply,
)
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import clean_text, record_id
from memberdesk.services.events.records import latest_replies
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import EventAttendance, EventInvitation, MemberEvent
from memberdesk.store.models.base import utcnow

NO_EVENT = QT_TRANSLATE_NOOP("Errors", "That event does not exist.")


@dataclass(frozen=True)
class EventForm:
    """What the clerk typed for an event. ``capacity`` may be text typed in a box."""

    title: str
    starts_at: dt.datetime | None  # timezone-aware
    location: str = ""
    capacity: object = None
    rsvp_contact: str = ""
    description: str = ""


@dataclass(frozen=True)
class EventFacts:
    """An event as the screens and papers show it, with its counts."""

    id: int
    title: str
    starts_at: dt.datetime
    location: str
    capacity: int | None
    rsvp_contact: str
    description: str
    invited: int = 0
    coming: int = 0
    not_coming: int = 0
    came: int = 0
    walk_ins: int = 0

    @property
    def no_answer(self) -> int:
        return self.invited - self.coming - self.not_coming

    @property
    def places_left(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.coming, 0)


def _capacity(value: object) -> int:
    if isinstance(value, bool):
        value = None
    if isinstance(value, str):
        raw = unicodedata.normalize("NFKC", value).strip()
        if not raw:
            value = None
        elif raw.isascii() and raw.isdigit() and len(raw) <= 7:
            value = int(raw)
        else:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{text}” is not a number of places."),
                field="capacity",
                text=raw[:20],
            )
    if value is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter how many members may come."), field="capacity"
        )
    if not isinstance(value, int) or value < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An event has at least one place."), field="capacity"
        )
    if value > MAX_CAPACITY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "At most {limit} places."), field="capacity", limit=MAX_CAPACITY
        )
    return value


def validate(form: EventForm, now: dt.datetime, *, was: dt.datetime | None = None) -> dict[str, object]:
    """The columns of a valid event, or the first ValidationError on its field. An event may
    not start in the past, unless it is an existing event whose time is left as it was."""
    title = clean_text(form.title, TITLE_LENGTH)
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the event a name."), field="title")
    starts = form.starts_at
    if not isinstance(starts, dt.datetime) or starts.tzinfo is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Enter the date and time of the event."), field="starts_at"
        )
    starts = starts.astimezone(dt.UTC).replace(second=0, microsecond=0)
    if starts < now and starts != was:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The event cannot start in the past."), field="starts_at"
        )
    if starts.year > now.year + 5:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The event is more than five years away: check the year."),
            field="starts_at",
        )
    return {
        "title": title,
        "starts_at": starts,
        "location": clean_text(form.location, PLACE_LENGTH),
        "capacity": _capacity(form.capacity),
        "rsvp_contact": clean_text(form.rsvp_contact, CONTACT_LENGTH),
        "description": clean_text(form.description, DESCRIPTION_LENGTH),
    }


def create_event(db: Database, actor: Actor, form: EventForm, *, now: dt.datetime | None = None) -> int:
    require(actor, Permission.RECORD_CARE)
    at = now or utcnow()
    values = validate(form, at)
    with db.write() as s:
        event = MemberEvent(store_id=actor.store_id, created_by_id=actor.staff_id, **values)
        s.add(event)
        s.flush()
        audit.record(s, actor, "event.create", entity="member_event", entity_id=event.id, after=values, at=at)
        return event.id


def edit_event(
    db: Database, actor: Actor, event_id: int, form: EventForm, *, now: dt.datetime | None = None
) -> None:
    require(actor, Permission.RECORD_CARE)
    event_id = record_id(event_id, "event", NO_EVENT)
    at = now or utcnow()
    with db.write() as s:
        event = s.get(MemberEvent, event_id)
        if event is None or event.store_id != actor.store_id:
            raise NotFound(NO_EVENT, field="event")
        values = validate(form, at, was=event.starts_at)
        before = {k: getattr(event, k) for k in values}
        if values["capacity"] != before["capacity"]:
            coming = sum(1 for r in latest_replies(s, event_id).values() if r == Reply.COMING)
            if int(values["capacity"]) < coming:  # type: ignore[call-overload]
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{coming} members already said they are coming: keep at least that many places.",
                    ),
                    field="capacity",
                    coming=coming,
                )
        for key, value in values.items():
            setattr(event, key, value)
        audit.record(
            s,
            actor,
            "event.edit",
            entity="member_event",
            entity_id=event_id,
            before=before,
            after=values,
            at=at,
        )


def _facts(event: MemberEvent, counts: dict[str, int] | None = None) -> EventFacts:
    return EventFacts(
        event.id, event.title, event.starts_at, event.location, event.capacity, event.rsvp_contact,
        event.description, **(counts or {}),
    )  # fmt: skip


def get_event(db: Database, actor: Actor, event_id: int) -> EventFacts:
    """One event with its counts."""
    require(actor, Permission.RECORD_CARE)
    event_id = record_id(event_id, "event", NO_EVENT)
    with db.read() as s:
        event = s.get(MemberEvent, event_id)
        if event is None or event.store_id != actor.store_id:
            raise NotFound(NO_EVENT, field="event")
        return _facts(event, _counts(s, event_id))


def _counts(s: Session, event_id: int) -> dict[str, int]:
    replies = latest_replies(s, event_id)
    invited = s.scalar(select(func.count()).where(EventInvitation.event_id == event_id)) or 0
    came = s.execute(
        select(func.count(), func.count().filter(EventAttendance.walk_in)).where(
            EventAttendance.event_id == event_id
        )
    ).one()
    return {
        "invited": int(invited),
        "coming": sum(1 for r in replies.values() if r == Reply.COMING),
        "not_coming": sum(1 for r in replies.values() if r == Reply.NOT_COMING),
        "came": int(came[0]),
        "walk_ins": int(came[1]),
    }


def list_events(
    db: Database, actor: Actor, *, since: dt.datetime | None = None, limit: int = 200
) -> list[EventFacts]:
    """The store's events, the latest first (from ``since`` on when given), with their counts."""
    require(actor, Permission.RECORD_CARE)
    stmt = select(MemberEvent).where(MemberEvent.store_id == actor.store_id)
    if since is not None:
        stmt = stmt.where(MemberEvent.starts_at >= since)
    with db.read() as s:
        events = s.scalars(
            stmt.order_by(MemberEvent.starts_at.desc(), MemberEvent.id.desc()).limit(limit)
        ).all()
        return [_facts(e, _counts(s, e.id)) for e in events]
