"""Personalised greeting cards for the care calendar's tasks, and one card from the counter.

Birthday, child's-birthday and event cards go to the members of the tasks in the range.
Festival cards go to the store's VIP members (paper cards are for the few who bring most
of the revenue, as the 80/20 rule says). A child's card is worded by the age the child
turns (``card_texts.child_band``); an event's card says when, where and whom to answer.

A task is marked "card printed" only for cards that reached a printer
(``mark_printed(batch, printed=...)``): a saved PDF is not a printed card.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from memberdesk.documents import card_texts
from memberdesk.documents.cards import CardData
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from memberdesk.domain.members import honorific, next_solar_birthday
from memberdesk.domain.vocab import CareActionKind, CareKind, ConsentKind, Gender, MemberStatus, Tier
from memberdesk.services.care import calendar as care
from memberdesk.services.care.calendar import CareItem
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Child, Consent, Member, Store

CARD_KINDS = {
    "birthday": CareKind.BIRTHDAY,
    "child-birthday": CareKind.CHILD_BIRTHDAY,
    "festival": CareKind.HOLIDAY,
    "event": CareKind.EVENT,
}
TEMPLATE = {
    CareKind.BIRTHDAY: "birthday",
    CareKind.CHILD_BIRTHDAY: "child_birthday",
    CareKind.HOLIDAY: "festival",
    CareKind.EVENT: "event",
}
FESTIVAL_CARD_TIERS = (Tier.VIP,)
KEEP_WHOLE = ("honorific", "name", "store", "child", "event", "date", "festival", "time", "place", "rsvp")
_WEEKDAYS_ZH = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")


@dataclass(frozen=True)
class StoreInfo:
    """What a card says of the store: its name, and where and whom to call when an event
    does not say."""

    name: str
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Recipient:
    member_id: int
    name: str
    gender: Gender
    phone: str


@dataclass(frozen=True)
class CardBatch:
    """The cards, the tasks they answer, and which task each card answers (in print order;
    a festival's task has a card for every VIP member)."""

    cards: list[CardData]
    task_ids: list[int]
    card_tasks: list[int] = field(default_factory=list)

    def tasks_printed(self, printed: Iterable[int]) -> list[int]:
        """The tasks every card of which is among ``printed`` (indexes into ``cards``)."""
        done = Counter(self.card_tasks[i] for i in set(printed) if 0 <= i < len(self.card_tasks))
        wanted = Counter(self.card_tasks)
        return [task for task in self.task_ids if done[task] and done[task] == wanted[task]]


@dataclass(frozen=True)
class ChildChoice:
    child_id: int
    name: str
    gender: Gender
    turning: int  # the age at the coming birthday


@dataclass(frozen=True)
class CardChoices:
    """What cards the counter can print for a member: a birthday card only with a birthday
    on file, a child's card for each child whose birthday is on file, festival cards always."""

    has_birthday: bool
    children: tuple[ChildChoice, ...]


def date_text(day: dt.date, language: str) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if language == "zh_CN" else day.strftime("%d %b %Y")


def _weekday(day: dt.date, language: str) -> str:
    return _WEEKDAYS_ZH[day.weekday()] if language == "zh_CN" else day.strftime("%A")


def values_for(
    item: CareItem, store: StoreInfo, texts: card_texts.CardTexts, language: str, who: str
) -> dict[str, str]:
    """The placeholders' values for one task's card or message."""
    band = child_band_of(item)
    age = item.turning
    at = item.event_at.astimezone() if item.event_at is not None else None
    day = at.date() if at is not None else item.due_date
    return {
        "honorific": who,
        "name": item.member_name,
        "store": store.name,
        "child": item.child_name or texts.unnamed_child(language, band),
        "age": str(age) if age is not None else "",
        "age_ordinal": (card_texts.ordinal(age) if language == "en" else str(age)) if age is not None else "",
        "event": item.title,
        "date": date_text(day, language),
        "weekday": _weekday(day, language),
        "time": at.strftime("%H:%M") if at is not None else "",
        "place": item.event_place or store.address,
        "rsvp": item.event_rsvp or store.phone,
        "festival": texts.festival_name(item.holiday, language),
    }


def child_band_of(item: CareItem) -> str:
    return card_texts.child_band(item.turning) if item.kind == CareKind.CHILD_BIRTHDAY else ""


def store_info(db: Database, store_id: int) -> StoreInfo:
    with db.read() as s:
        row = s.execute(select(Store.name, Store.address, Store.phone).where(Store.id == store_id)).first()
    return StoreInfo(*row) if row is not None else StoreInfo("")


def recipients(
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


def tasks_of(
    db: Database,
    actor: Actor,
    kind: str | None,
    start: dt.date,
    end: dt.date,
    task_ids: Iterable[int] | None,
) -> list[CareItem]:
    """The range's tasks of one kind of card (every kind that has a card when ``kind`` is
    None), or only the chosen ones among them, in the calendar's order."""
    if kind is not None and kind not in CARD_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of card: {kind}."), field="kind", kind=kind
        )
    care.generate(db, actor.store_id, start, end)
    kinds = [CARD_KINDS[kind]] if kind is not None else list(CARD_KINDS.values())
    items = care.calendar(db, actor, start, end, kinds=kinds)
    if task_ids is not None:
        wanted = set(task_ids)
        items = [i for i in items if i.task_id in wanted]
    return items


def card_batch(
    db: Database,
    actor: Actor,
    kind: str | None,
    start: dt.date,
    end: dt.date,
    language: str,
    *,
    task_ids: Iterable[int] | None = None,
) -> CardBatch:
    """The cards for a date range: of one kind, or of every kind that has a card (``kind``
    None); only for ``task_ids`` when given. Tasks without a card (after-sales) are left out."""
    require(actor, Permission.PRINT_CARDS)
    items = tasks_of(db, actor, kind, start, end, task_ids)
    texts, logo, store = card_texts.load(), card_texts.logo(), store_info(db, actor.store_id)
    made: list[CardData] = []
    card_tasks: list[int] = []
    vips = recipients(db, tiers=FESTIVAL_CARD_TIERS) if any(i.kind == CareKind.HOLIDAY for i in items) else []
    for item in items:
        if item.kind == CareKind.HOLIDAY:
            for person, _ in vips:
                who = honorific(person.name, person.gender)
                values = values_for(item, store, texts, language, who) | {"name": person.name}
                made.append(make_card(texts, item, values, store, language, logo))
                card_tasks.append(item.task_id)
            continue
        values = values_for(item, store, texts, language, item.honorific)
        made.append(make_card(texts, item, values, store, language, logo))
        card_tasks.append(item.task_id)
    with_cards = list(dict.fromkeys(card_tasks))
    return CardBatch(made, with_cards, card_tasks)


def make_card(
    texts: card_texts.CardTexts,
    item: CareItem,
    values: dict[str, str],
    store: StoreInfo,
    language: str,
    logo: Path | None,
) -> CardData:
    template, band = TEMPLATE[item.kind], child_band_of(item)
    return CardData(
        title=texts.title(template, language, item.holiday, band=band),
        message=texts.message(template, language, values, band=band),
        store_name=store.name,
        footer=values["date"],
        colour=texts.colour(template),
        logo=logo,
        # the values put into the text are words the line breaking must keep whole
        keep=tuple(values[k] for k in KEEP_WHOLE if values.get(k)),
    )


def card_choices(db: Database, actor: Actor, member_id: int, today: dt.date | None = None) -> CardChoices:
    """The cards the counter may print for this member today (F9)."""
    require(actor, Permission.PRINT_CARDS)
    today = today or dt.date.today()
    with db.read() as s:
        birthday = s.execute(select(Member.birthday).where(Member.id == member_id)).first()
        if birthday is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Member {id} was not found."), id=member_id)
        children = s.execute(
            select(Child.id, Child.name, Child.gender, Child.birthday)
            .where(Child.member_id == member_id, Child.birthday.is_not(None))
            .order_by(Child.id)
        ).all()
    return CardChoices(
        birthday[0] is not None,
        tuple(ChildChoice(i, n, g, _turning(b, today)) for i, n, g, b in children if b is not None),
    )


def _turning(birthday: dt.date, today: dt.date) -> int:
    return next_solar_birthday(birthday.month, birthday.day, today).year - birthday.year


def member_card(
    db: Database,
    actor: Actor,
    member_id: int,
    kind: str,
    language: str,
    *,
    festival: str = "",
    child_id: int | None = None,
    today: dt.date | None = None,
) -> CardData:
    """One card for one member (printed from the member card), dated today.

    A birthday card needs a birthday on file and a child's card one of the member's
    children with a birthday on file: a card never wishes a happy birthday on a day that
    is not known.
    """
    require(actor, Permission.PRINT_CARDS)
    today = today or dt.date.today()
    if kind not in ("birthday", "child-birthday", "festival"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of card: {kind}."), field="kind", kind=kind
        )
    found = recipients(db, tiers=None, ids=[member_id])
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Member {id} was not found."), id=member_id)
    person = found[0][0]
    choices = card_choices(db, actor, member_id, today)
    child = next((c for c in choices.children if c.child_id == child_id), None)
    if kind == "birthday" and not choices.has_birthday:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "No birthday is on file for this member: add it with Edit member (F4)."
            ),
            field="kind",
        )
    if kind == "child-birthday" and child is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose a child whose birthday is on file."), field="child"
        )
    item = CareItem(
        task_id=0,
        kind=CARD_KINDS[kind],
        due_date=today,
        holiday=festival,
        title="",
        member_id=member_id,
        member_name=person.name,
        member_gender=person.gender,
        honorific=honorific(person.name, person.gender),
        turning=child.turning if child is not None else None,
        lunar=False,
        child_name=child.name if child is not None else "",
        child_gender=child.gender if child is not None else None,
        last_action=None,
        last_action_by="",
        last_action_at=None,
    )
    texts, store = card_texts.load(), store_info(db, actor.store_id)
    values = values_for(item, store, texts, language, item.honorific)
    return make_card(texts, item, values, store, language, card_texts.logo())


def mark_printed(db: Database, actor: Actor, batch: CardBatch, printed: Iterable[int] | None = None) -> int:
    """Mark "card printed" the tasks whose cards were printed (``printed``: the indexes of the
    cards that reached the printer; all of them when not given); returns how many tasks."""
    tasks = batch.task_ids if printed is None else batch.tasks_printed(printed)
    if tasks:
        care.mark(db, actor, tasks, CareActionKind.CARD_PRINTED)
    return len(tasks)
