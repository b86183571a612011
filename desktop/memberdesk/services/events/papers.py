"""What an event hands out: a printed invitation per invited member, and a text message per
member for the store's SMS provider, both in the store's own words (the "event" card and
message of Settings → Greeting cards), and the follow-up list after the event.

Members who said they are not coming get no invitation and no message; members whose
marketing consent was withdrawn since they were invited get no message, and are counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from memberdesk.documents import card_texts
from memberdesk.domain.events import Reply
from memberdesk.domain.members import honorific
from memberdesk.domain.vocab import CareKind, Gender
from memberdesk.services.care import signature as sms_signature
from memberdesk.services.care.calendar import CareItem
from memberdesk.services.care.cards import KEEP_WHOLE, recipients, store_info, values_for
from memberdesk.services.care.messages import MessageExport
from memberdesk.services.common.context import Actor
from memberdesk.services.events.invitations import guests, pinyin_order
from memberdesk.services.events.plans import EventFacts, get_event
from memberdesk.services.io.export_rule import ExportApproval, ExportFile, authorise
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database


@dataclass(frozen=True)
class Invitation:
    """One printed invitation: the greeting and details, and the event's description."""

    title: str
    message: str
    description: str
    event: str
    store_name: str
    colour: str
    logo: Path | None
    keep: tuple[str, ...]  # words the line breaking keeps whole


def _item(event: EventFacts, member_id: int, name: str, gender: Gender) -> CareItem:
    return CareItem(
        task_id=0, kind=CareKind.EVENT, due_date=event.starts_at.astimezone().date(), holiday="",
        title=event.title, member_id=member_id, member_name=name, member_gender=gender,
        honorific=honorific(name, gender), turning=None, lunar=False, child_name="", child_gender=None,
        last_action=None, last_action_by="", last_action_at=None, event_at=event.starts_at,
        event_place=event.location, event_rsvp=event.rsvp_contact,
    )  # fmt: skip


def _addressed(
    db: Database, actor: Actor, event_id: int
) -> tuple[EventFacts, list[tuple[int, str, Gender, str, bool]]]:
    """The event, and its invited members who did not say no: id, name, gender, phone, consent."""
    event = get_event(db, actor, event_id)
    wanted = [g.member_id for g in guests(db, actor, event_id) if g.invited and g.reply != Reply.NOT_COMING]
    people = recipients(db, tiers=None, ids=wanted) if wanted else []
    return event, [(p.member_id, p.name, p.gender, p.phone, granted) for p, granted in people]


def invitations(db: Database, actor: Actor, event_id: int, language: str) -> list[Invitation]:
    """One invitation per invited member who has not said no, in the order of their names."""
    require(actor, Permission.PRINT_CARDS)
    event, people = _addressed(db, actor, event_id)
    texts, logo, store = card_texts.load(), card_texts.logo(), store_info(db, actor.store_id)
    made = []
    for member_id, name, gender, _phone, _granted in sorted(people, key=lambda p: (pinyin_order(p[1]), p[0])):
        item = _item(event, member_id, name, gender)
        values = values_for(item, store, texts, language, item.honorific)
        made.append(
            Invitation(
                title=texts.title("event", language),
                message=texts.message("event", language, values),
                description=event.description,
                event=event.title,
                store_name=store.name,
                colour=texts.colour("event"),
                logo=logo,
                keep=tuple(values[k] for k in KEEP_WHOLE if values.get(k)),
            )
        )
    return made


def messages(
    db: Database, actor: Actor, event_id: int, language: str, approval: ExportApproval | None = None
) -> MessageExport:
    """A text message per invited member who has not said no, signed with the store's SMS
    signature, for the store's provider. Follows the rule of every file with phone numbers
    (``io.export_rule``) and is audited, like the care messages."""
    approver = authorise(db, actor, ExportFile.SMS, approval)
    signed = sms_signature.signed(db, actor.store_id)
    event, people = _addressed(db, actor, event_id)
    texts, store = card_texts.load(), store_info(db, actor.store_id)
    rows: list[tuple[str, str, str]] = []
    refused = 0
    for member_id, name, gender, phone, granted in people:
        if not granted:
            refused += 1
            continue
        item = _item(event, member_id, name, gender)
        values = values_for(item, store, texts, language, item.honorific) | {"signature": signed}
        rows.append((phone, name, texts.short_message("event", language, values)))
    with db.write() as s:
        audit.record(
            s, actor, "event.export_messages", entity="member_event", entity_id=event.id,
            detail=f"{len(rows)} rows, {refused} without consent, approved by {approver}",
        )  # fmt: skip
    return MessageExport(rows, refused)


def when_text(at: dt.datetime, language: str) -> str:
    local = at.astimezone()
    if language == "zh_CN":
        return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"
    return local.strftime("%d %b %Y, %H:%M")
