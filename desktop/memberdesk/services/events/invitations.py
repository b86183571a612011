"""Who is invited: members picked by hand, pasted phones or card numbers, a tier, or any list
of member ids (a segment later). Nobody is invited twice; members without a marketing consent
are left out and counted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from memberdesk.domain.errors import NotFound
from memberdesk.domain.events import Reply
from memberdesk.domain.phone import PhoneError, mask_phone, normalise_phone
from memberdesk.domain.search_keys import name_keys
from memberdesk.domain.vocab import MemberStatus, Tier
from memberdesk.services.care.cards import recipients
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import clean_text, record_id
from memberdesk.services.events.plans import NO_EVENT
from memberdesk.services.events.records import latest_replies
from memberdesk.services.members.search import normalise_card
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import EventAttendance, EventInvitation, EventReply, Member, MemberEvent
from memberdesk.store.models.base import utcnow


@dataclass(frozen=True)
class InviteResult:
    new: int
    already: int
    no_consent: int
    not_members: int = 0  # ids of no active member


@dataclass(frozen=True)
class Guest:
    """One row of an event's list: an invited member, or a walk-in who came."""

    member_id: int
    name: str
    masked_phone: str
    card_no: str
    tier: Tier
    invited: bool
    reply: Reply
    replied_at: dt.datetime | None
    checked_in_at: dt.datetime | None
    walk_in: bool


@dataclass(frozen=True)
class Found:
    """Member ids for pasted phones or card numbers, and the lines that matched nobody."""

    member_ids: list[int]
    unknown: list[str]


def pinyin_order(name: str) -> str:
    """A name's place in a list a Chinese clerk reads: by its pinyin (艾 before 白 before 陈)."""
    readings = sorted(k[2:] for k in name_keys(name) if k.startswith("p:"))
    return readings[0] if readings else name.lower()


def existing_event(s, actor: Actor, event_id: object, *, lock: bool = False) -> MemberEvent:  # type: ignore[no-untyped-def]
    """The store's event, or NotFound. ``lock``: held until the transaction ends, so two
    counters taking the last place queue one after the other (PostgreSQL; SQLite's write
    transactions queue anyway)."""
    event = s.get(MemberEvent, record_id(event_id, "event", NO_EVENT), with_for_update=lock)
    if event is None or event.store_id != actor.store_id:
        raise NotFound(NO_EVENT, field="event")
    return event  # type: ignore[no-any-return]


def invite(
    db: Database, actor: Actor, event_id: int, member_ids: Iterable[int], *, now: dt.datetime | None = None
) -> InviteResult:
    """Invite these members. Already invited ones are counted and left as they are; members
    whose latest marketing consent is not granted are left out and counted."""
    require(actor, Permission.RECORD_CARE)
    wanted = sorted({int(i) for i in member_ids if isinstance(i, int) and not isinstance(i, bool)})
    at = now or utcnow()
    found = dict(recipients(db, tiers=None, ids=wanted)) if wanted else {}
    consenting = {r.member_id for r, granted in found.items() if granted}
    with db.write() as s:
        event = existing_event(s, actor, event_id)
        already = set(
            s.scalars(
                select(EventInvitation.member_id).where(
                    EventInvitation.event_id == event.id, EventInvitation.member_id.in_(wanted)
                )
            )
        ) if wanted else set()  # fmt: skip
        new = sorted(consenting - already)
        s.add_all(
            EventInvitation(event_id=event.id, member_id=m, invited_at=at, invited_by_id=actor.staff_id)
            for m in new
        )
        result = InviteResult(
            new=len(new),
            already=len(already),
            no_consent=len({r.member_id for r in found} - consenting - already),
            not_members=len(set(wanted) - {r.member_id for r in found} - already),
        )
        audit.record(
            s, actor, "event.invite", entity="member_event", entity_id=event.id, at=at,
            detail=f"{result.new} new, {result.already} already invited, {result.no_consent} without consent",
        )  # fmt: skip
    return result


def members_of_tiers(db: Database, actor: Actor, tiers: Iterable[Tier]) -> list[int]:
    """The active members of these tiers, to invite them all."""
    require(actor, Permission.RECORD_CARE)
    chosen = [Tier(t) for t in tiers]
    with db.read() as s:
        return list(
            s.scalars(
                select(Member.id)
                .where(Member.status == MemberStatus.ACTIVE, Member.tier.in_(chosen))
                .order_by(Member.id)
            )
        )


def members_from_lines(db: Database, actor: Actor, text: str) -> Found:
    """Member ids for phones or card numbers pasted one a line (or separated by commas)."""
    require(actor, Permission.FIND_MEMBER)
    lines = [clean_text(p, 40) for p in text.replace(",", "\n").replace("，", "\n").splitlines()]
    lines = [p for p in lines if p][:5000]
    ids: list[int] = []
    unknown: list[str] = []
    with db.read() as s:
        for line in lines:
            member_id = _member_for(s, line)
            if member_id is None:
                unknown.append(line)
            elif member_id not in ids:
                ids.append(member_id)
    return Found(ids, unknown)


def _member_for(s, code: str) -> int | None:  # type: ignore[no-untyped-def]
    """The active member of a phone number or a card number, or None."""
    try:
        phone = normalise_phone(code)
    except PhoneError:
        phone = ""
    where = Member.phone == phone if phone else Member.card_no == normalise_card(code)
    return s.scalar(select(Member.id).where(where, Member.status == MemberStatus.ACTIVE))  # type: ignore[no-any-return]


def guests(db: Database, actor: Actor, event_id: int) -> list[Guest]:
    """Everyone invited, with their reply in force and whether they came; then the walk-ins."""
    require(actor, Permission.RECORD_CARE)
    with db.read() as s:
        event = existing_event(s, actor, event_id)
        replied = {
            m: (r, at)
            for m, r, at in s.execute(
                select(EventReply.member_id, EventReply.reply, EventReply.recorded_at)
                .where(EventReply.event_id == event.id)
                .order_by(EventReply.id)
            )
        }
        came = {
            m: (at, walk)
            for m, at, walk in s.execute(
                select(
                    EventAttendance.member_id, EventAttendance.checked_in_at, EventAttendance.walk_in
                ).where(EventAttendance.event_id == event.id)
            )
        }
        invited = set(
            s.scalars(select(EventInvitation.member_id).where(EventInvitation.event_id == event.id))
        )
        people = s.execute(
            select(Member.id, Member.name, Member.phone, Member.card_no, Member.tier)
            .where(Member.id.in_(invited | set(came)))
            .order_by(Member.name, Member.id)
        ).all()
    rows = []
    for member_id, name, phone, card_no, tier in people:
        reply, replied_at = replied.get(member_id, (Reply.NO_ANSWER, None))
        checked_in_at, walk_in = came.get(member_id, (None, False))
        rows.append(
            Guest(
                member_id,
                name,
                mask_phone(phone),
                card_no,
                tier,
                member_id in invited,
                reply,
                replied_at,
                checked_in_at,
                walk_in,
            )
        )
    rows.sort(key=lambda g: (not g.invited, pinyin_order(g.name), g.member_id))
    return rows


__all__ = [
    "Found",
    "Guest",
    "InviteResult",
    "guests",
    "invite",
    "latest_replies",
    "members_from_lines",
    "members_of_tiers",
]
