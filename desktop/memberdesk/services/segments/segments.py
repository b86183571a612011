"""Segments: count, page and freeze the members a filter holds, and the store's saved ones.

What other features call: ``count(db, f)``, ``page(db, f, after, limit)``,
``member_ids(db, segment_id_or_filter)`` (the members at this moment, a frozen list, e.g. a
campaign's audience) and ``save``/``load``/``list_segments``. Each runs ONE statement
(``query.py``); ``today`` is the store's calendar day (tests pass it in).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.phone import mask_phone
from memberdesk.domain.vocab import Tier
from memberdesk.services.common.context import Actor
from memberdesk.services.members.forms import clean_short
from memberdesk.services.segments.filters import SegmentFilter, check
from memberdesk.services.segments.query import Moment, count_statement, ids_statement
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberStats, Segment, utcnow

NAME_MAX = 50
PAGE_MAX = 1000


@dataclass(frozen=True)
class SegmentRow:
    """One member of a segment as a list shows them (the phone masked)."""

    id: int
    card_no: str
    name: str
    masked_phone: str
    tier: Tier
    spend_fen: int
    last_visit_at: dt.datetime | None


@dataclass(frozen=True)
class SavedSegment:
    id: int
    name: str
    filter: SegmentFilter
    updated_at: dt.datetime


def _moment(db: Database, today: dt.date | None, store_id: int | None) -> Moment:
    return Moment(today or dt.date.today(), db.engine.dialect.name, store_id)


def count(
    db: Database, f: SegmentFilter, *, today: dt.date | None = None, store_id: int | None = None
) -> int:
    """How many active members the filter holds."""
    stmt = count_statement(_moment(db, today, store_id), f)
    with db.read() as s:
        return int(s.scalar(stmt) or 0)


def page(
    db: Database,
    f: SegmentFilter,
    after: int = 0,
    limit: int = 100,
    *,
    offset: int = 0,
    today: dt.date | None = None,
    store_id: int | None = None,
) -> list[SegmentRow]:
    """Members with id > ``after`` (keyset; or skip ``offset``), in id order, at most ``limit``."""
    limit = max(1, min(limit, PAGE_MAX))
    ids = ids_statement(_moment(db, today, store_id), f).where(Member.id > after).order_by(Member.id)
    ids = ids.offset(offset).limit(limit) if offset else ids.limit(limit)
    chosen = ids.subquery()
    stmt = (
        select(
            Member.id, Member.card_no, Member.name, Member.phone, Member.tier,
            MemberStats.spend_fen, MemberStats.last_visit_at,
        )
        .join(chosen, chosen.c.id == Member.id)
        .outerjoin(MemberStats, MemberStats.member_id == Member.id)
        .order_by(Member.id)
    )  # fmt: skip
    with db.read() as s:
        return [
            SegmentRow(
                r.id, r.card_no, r.name, mask_phone(r.phone), r.tier, r.spend_fen or 0, r.last_visit_at
            )
            for r in s.execute(stmt)
        ]


def member_ids(
    db: Database, segment: int | SegmentFilter, *, today: dt.date | None = None, store_id: int | None = None
) -> list[int]:
    """The ids of the members the segment (saved, by id, or a filter) holds now, in id order:
    a frozen list, which later changes to the members do not alter."""
    if isinstance(segment, int):
        with db.read() as s:
            row = s.get(Segment, segment)
            if row is None:
                raise _missing(str(segment))
            f, store_id = SegmentFilter.from_json(row.filter_json), store_id or row.store_id
    else:
        f = segment
    stmt = ids_statement(_moment(db, today, store_id), f).order_by(Member.id)
    with db.read() as s:
        return [int(i) for i in s.scalars(stmt)]


def _missing(name: str) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Errors", "There is no segment “{name}”."), field="segment", name=name)


def _clean_name(name: str) -> str:
    cleaned = clean_short(name, "segment_name", NAME_MAX)
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the segment a name."), field="segment_name")
    return " ".join(cleaned.split())


def save(db: Database, actor: Actor, name: str, f: SegmentFilter, *, replace: bool = False) -> int:
    """Save the filter under ``name`` (an existing name only when ``replace``); its id."""
    require(actor, Permission.VIEW_REPORTS)
    name, text = _clean_name(name), check(f).to_json()
    with db.write() as s:
        row = s.scalar(select(Segment).where(Segment.store_id == actor.store_id, Segment.name == name))
        if row is not None and not replace:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "A segment named “{name}” exists already."),
                field="segment_name",
                name=name,
            )
        before = row.filter_json if row else ""
        if row is None:
            row = Segment(store_id=actor.store_id, name=name, filter_json=text, created_by_id=actor.staff_id)
            s.add(row)
        row.filter_json, row.updated_at, row.updated_by_id = text, utcnow(), actor.staff_id
        s.flush()
        audit.record(
            s, actor, "segment.save", entity="segment", entity_id=row.id, detail=name,
            before={"filter": before}, after={"filter": text},
        )  # fmt: skip
        return row.id


def load(db: Database, actor: Actor, name_or_id: str | int) -> SavedSegment:
    """A saved segment by its name or id."""
    require(actor, Permission.VIEW_REPORTS)
    with db.read() as s:
        if isinstance(name_or_id, int):
            row = s.get(Segment, name_or_id)
        else:
            row = s.scalar(
                select(Segment).where(
                    Segment.store_id == actor.store_id, Segment.name == " ".join(name_or_id.split())
                )
            )
        if row is None or row.store_id != actor.store_id:
            raise _missing(str(name_or_id))
        return SavedSegment(row.id, row.name, SegmentFilter.from_json(row.filter_json), row.updated_at)


def list_segments(db: Database, actor: Actor) -> list[SavedSegment]:
    """The store's saved segments by name."""
    require(actor, Permission.VIEW_REPORTS)
    with db.read() as s:
        rows = s.scalars(select(Segment).where(Segment.store_id == actor.store_id)).all()
        found = [
            SavedSegment(r.id, r.name, SegmentFilter.from_json(r.filter_json), r.updated_at) for r in rows
        ]
    return sorted(found, key=lambda seg: seg.name)


def delete_segment(db: Database, actor: Actor, name: str) -> None:
    require(actor, Permission.VIEW_REPORTS)
    with db.write() as s:
        row = s.scalar(select(Segment).where(Segment.store_id == actor.store_id, Segment.name == name))
        if row is None:
            raise _missing(name)
        audit.record(s, actor, "segment.delete", entity="segment", entity_id=row.id, detail=row.name)
        s.delete(row)


def segment_count(db: Database, actor: Actor, f: SegmentFilter, *, today: dt.date | None = None) -> int:
    """``count`` for the signed-in staff member's store (the Segments screen, the command)."""
    require(actor, Permission.VIEW_REPORTS)
    return count(db, f, today=today, store_id=actor.store_id)
