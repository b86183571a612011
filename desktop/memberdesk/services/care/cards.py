"""Personalised greeting cards and messages for the care calendar's tasks.

Birthday, child's-birthday and event cards go to the members of the tasks in the range.
Festival cards go to the store's VIP members (paper cards are for the few who bring most
of the revenue, as the 80/20 rule says); festival messages go to every member who agreed
to receive them. Members without a marketing consent get no message, and are counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from memberdesk.documents import card_texts
from memberdesk.documents.cards import CardData
from memberdesk.domain.cells import csv_text
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from memberdesk.domain.members import honorific
from memberdesk.domain.vocab import CareActionKind, CareKind, ConsentKind, Gender, MemberStatus, Tier
from memberdesk.services.care import calendar as care
from memberdesk.services.care.calendar import CareItem
from memberdesk.services.common.context import Actor
from memberdesk.services.io.export_rule import ExportApproval, ExportFile, authorise
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Consent, Member, Store

CARD_KINDS = {
    "birthday": CareKind.BIRTHDAY,
    "child-birthday": CareKind.CHILD_BIRTHDAY,
    "festival": CareKind.HOLIDAY,
    "event": CareKind.EVENT,
}
_TEMPLATE = {
    CareKind.BIRTHDAY: "birthday",
    CareKind.CHILD_BIRTHDAY: "child_birthday",
    CareKind.HOLIDAY: "festival",
    CareKind.EVENT: "event",
}
FESTIVAL_CARD_TIERS = (Tier.VIP,)
KEEP_WHOLE = ("honorific", "name", "store", "child", "event", "date", "festival")


@dataclass(frozen=True)
class Recipient:
    member_id: int
    name: str
    gender: Gender
    phone: str


@dataclass(frozen=True)
class CardBatch:
    cards: list[CardData]
    task_ids: list[int]  # the care tasks these cards answer (marked "card printed" once printed)


@dataclass(frozen=True)
class MessageExport:
    rows: list[tuple[str, str, str]]  # phone, name, text
    without_consent: int

    def to_csv(self) -> str:
        """UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese correctly;
        no cell starts a formula (a name or message typed as "=..." stays text)."""
        return csv_text(["phone", "name", "message"], self.rows)


def _date_text(day: dt.date, language: str) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if language == "zh_CN" else day.strftime("%d %b %Y")


def _values(
    item: CareItem, store: str, texts: card_texts.CardTexts, language: str, who: str
) -> dict[str, str]:
    child = item.child_name or texts.unnamed_child(language)
    return {
        "honorific": who,
        "name": item.member_name,
        "store": store,
        "child": child,
        "age": str(item.turning or ""),
        "event": item.title,
        "date": _date_text(item.due_date, language),
        "festival": texts.festival_name(item.holiday, language),
    }


def _store_name(db: Database, store_id: int) -> str:
    with db.read() as s:
        return s.scalar(select(Store.name).where(Store.id == store_id)) or ""


def _recipients(
    db: Database, *, tiers: Iterable[Tier] | None, ids: Iterable[int] | None = None
) -> list[tuple[Recipient, bool]]:
    """Active members (optionally of some tiers / ids), with whether their latest marketing
    consent is granted."""
    latest = (
        select(Consent.member_id, func.max(Consent.id).label("consent_id"))
        .where(Consent.kind == ConsentKind.MARKETING)
        .group_by(Consent.member_id)
        .subquery()
    )
    stmt = (
        select(Member.id, Member.name, Member.gender, Member.phone, Consent.granted)
        .outerjoin(latest, latest.c.member_id == Member.id)
        .outerjoin(Consent, Consent.id == latest.c.consent_id)
        .where(Member.status == MemberStatus.ACTIVE)
        .order_by(Member.id)
    )
    if tiers is not None:
        stmt = stmt.where(Member.tier.in_(list(tiers)))
    if ids is not None:
        stmt = stmt.where(Member.id.in_(list(ids)))
    with db.read() as s:
        return [(Recipient(i, n, g, p), bool(granted)) for i, n, g, p, granted in s.execute(stmt)]


def _tasks(
    db: Database, actor: Actor, kind: str, start: dt.date, end: dt.date, task_ids: Iterable[int] | None
) -> list[CareItem]:
    if kind not in CARD_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of card: {kind}."), field="kind", kind=kind
        )
    care.generate(db, actor.store_id, start, end)
    items = care.calendar(db, actor, start, end, kinds=[CARD_KINDS[kind]])
    if task_ids is not None:
        wanted = set(task_ids)
        items = [i for i in items if i.task_id in wanted]
    return items


def card_batch(
    db: Database,
    actor: Actor,
    kind: str,
    start: dt.date,
    end: dt.date,
    language: str,
    *,
    task_ids: Iterable[int] | None = None,
) -> CardBatch:
    """The cards of one kind for a date range (or for chosen tasks of it)."""
    require(actor, Permission.PRINT_CARDS)
    items = _tasks(db, actor, kind, start, end, task_ids)
    texts, logo, store = card_texts.load(), card_texts.logo(), _store_name(db, actor.store_id)
    result: list[CardData] = []
    vips = (
        _recipients(db, tiers=FESTIVAL_CARD_TIERS) if any(i.kind == CareKind.HOLIDAY for i in items) else []
    )
    for item in items:
        template = _TEMPLATE[item.kind]
        if item.kind == CareKind.HOLIDAY:
            for person, _ in vips:
                who = honorific(person.name, person.gender)
                values = _values(item, store, texts, language, who) | {"name": person.name}
                result.append(_card(texts, template, item, values, store, language, logo))
            continue
        result.append(
            _card(
                texts,
                template,
                item,
                _values(item, store, texts, language, item.honorific),
                store,
                language,
                logo,
            )
        )
    return CardBatch(result, [i.task_id for i in items])


def _card(
    texts: card_texts.CardTexts,
    template: str,
    item: CareItem,
    values: dict[str, str],
    store: str,
    language: str,
    logo: Path | None,
) -> CardData:
    return CardData(
        title=texts.title(template, language, item.holiday),
        message=texts.message(template, language, values),
        store_name=store,
        footer=values["date"],
        colour=texts.colour(template),
        logo=logo,
        # the values put into the text are words the line breaking must keep whole
        keep=tuple(values[k] for k in KEEP_WHOLE if values.get(k)),
    )


def member_card(
    db: Database, actor: Actor, member_id: int, kind: str, language: str, *, festival: str = ""
) -> CardData:
    """One card for one member (printed from the member card), dated today."""
    require(actor, Permission.PRINT_CARDS)
    found = _recipients(db, tiers=None, ids=[member_id])
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Member {id} was not found."), id=member_id)
    person = found[0][0]
    today = dt.date.today()
    item = CareItem(
        0,
        CARD_KINDS.get(kind, CareKind.BIRTHDAY),
        today,
        festival,
        "",
        member_id,
        person.name,
        person.gender,
        honorific(person.name, person.gender),
        None,
        False,
        "",
        None,
        None,
        "",
        None,
    )
    texts, store = card_texts.load(), _store_name(db, actor.store_id)
    template = _TEMPLATE[item.kind]
    return _card(
        texts,
        template,
        item,
        _values(item, store, texts, language, item.honorific),
        store,
        language,
        card_texts.logo(),
    )


def mark_printed(db: Database, actor: Actor, batch: CardBatch) -> None:
    if batch.task_ids:
        care.mark(db, actor, batch.task_ids, CareActionKind.CARD_PRINTED)


def export_messages(
    db: Database,
    actor: Actor,
    kind: str,
    start: dt.date,
    end: dt.date,
    language: str,
    approval: ExportApproval | None = None,
) -> MessageExport:
    """Personalised texts with phone numbers, for the store's messaging provider (nothing is
    sent from the app). Audited, since it hands phone numbers out of the app. An SMS file
    follows the rule of every file with phone numbers (``io.export_rule``): a manager
    approves it with their PIN, whichever door it leaves by."""
    approver = authorise(db, actor, ExportFile.SMS, approval)
    items = _tasks(db, actor, kind, start, end, None)
    texts, store = card_texts.load(), _store_name(db, actor.store_id)
    template = _TEMPLATE[CARD_KINDS[kind]]
    rows: list[tuple[str, str, str]] = []
    refused = 0
    by_member = {i.member_id: i for i in items if i.member_id is not None}
    # the same people receive every festival's message: asked for once, not per festival
    festival_people = _recipients(db, tiers=None) if any(i.kind == CareKind.HOLIDAY for i in items) else []
    for item in items:
        if item.kind != CareKind.HOLIDAY:
            continue
        for person, granted in festival_people:
            if not granted:
                refused += 1
                continue
            who = honorific(person.name, person.gender)
            rows.append(
                (
                    person.phone,
                    person.name,
                    texts.short_message(template, language, _values(item, store, texts, language, who)),
                )
            )
    if by_member:
        for person, granted in _recipients(db, tiers=None, ids=list(by_member)):
            if not granted:
                refused += 1
                continue
            item = by_member[person.member_id]
            rows.append(
                (
                    person.phone,
                    person.name,
                    texts.short_message(
                        template, language, _values(item, store, texts, language, item.honorific)
                    ),
                )
            )
    with db.write() as s:
        audit.record(
            s,
            actor,
            "care.export_messages",
            detail=f"{kind} {start}..{end}: {len(rows)} rows, {refused} without consent, "
            f"approved by {approver}",
        )
    return MessageExport(rows, refused)
