"""The member list, one page at a time (keyset paging on the primary key, never "load all").

A filter narrows the list the way the counter's box finds members: a phone number or its
beginning, the last four digits, a card number or its beginning, the beginning of a name, or
pinyin (full or initials); and a tier. Each is a range on an indexed column, never ``LIKE``.

A page costs the same whatever the store's size. A narrow filter ("王秀英", a phone's last
digits), which its index lookups find on fewer than ``BROAD`` entries, is read as those few
ids; a broad one ("w", "1", "王") by walking the members in id order and stopping at the
page's last row (dense matches come quickly). The planner is not left to choose: ``ORDER BY
id LIMIT`` tempts SQLite to walk for a narrow filter (the whole table) or to gather every
match of a broad one and sort them. Counting
them all grows with the store: ``count_members`` is for a worker thread, never the GUI's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, false, func, or_, select, true
from sqlalchemy.orm import Session

from memberdesk.domain.phone import mask_phone
from memberdesk.domain.search_keys import KIND_NAME, normalise_name, prefix_upper_bound, query_forms
from memberdesk.domain.vocab import MemberStatus, Tier
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberKey, MemberStats, MemberTag, Tag

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z][A-Za-z\s']*")
MAX_FILTER_TEXT = 50  # nothing longer is a phone, card or name
# Index entries a filter's probe must find to count as broad. At 1M members a broad filter's
# walk then reads at most ~200 x 1M / BROAD = 40,000 members for a page, and a narrow one
# sorts fewer than BROAD ids: either way well under 200 ms (docs/PERFORMANCE.md).
BROAD = 5000


@dataclass(frozen=True)
class MemberFilter:
    """What the Members page's search box and tier choice ask for (empty: everyone)."""

    text: str = ""
    tier: Tier | None = None
    tag: str = ""  # a tag's name: only the members who carry it


def _prefix(column: Any, prefix: str) -> ColumnElement[bool]:
    return and_(column >= prefix, column < prefix_upper_bound(prefix))


def _key_range(prefixes: tuple[str, ...]) -> ColumnElement[bool]:
    return or_(*(_prefix(MemberKey.key, p) for p in prefixes))


def _keys_with(prefixes: tuple[str, ...], walk: bool) -> ColumnElement[bool]:
    if walk:  # checked member by member as the walk in id order meets them
        return exists().where(MemberKey.member_id == Member.id, _key_range(prefixes))
    return Member.id.in_(select(MemberKey.member_id).where(_key_range(prefixes)))


def _key_prefixes(text: str) -> tuple[str, ...]:
    """The search keys (name, pinyin, initials) that ``text`` looks up, if it looks up any."""
    compact = "".join(text.split()).replace("-", "")
    if not compact or compact.lstrip("+").isdigit():
        return ()
    if _HAN.search(text):
        return (f"{KIND_NAME}:{normalise_name(text).lower()}",)
    card = compact.upper()
    if card.isascii() and card.isalnum() and any(c.isdigit() for c in card):
        return ()
    if _LATIN.fullmatch(text.strip()):
        return query_forms(text)
    return ()


def _text_condition(text: str, walk: bool = False) -> ColumnElement[bool]:
    compact = "".join(text.split()).replace("-", "")
    if not compact:
        return true()  # only spaces: no narrowing
    digits = compact.lstrip("+")
    if digits.isdigit():
        either = [_prefix(Member.phone, compact), _prefix(Member.card_no, digits)]
        if len(digits) == 4:
            either.append(Member.phone_last4 == digits)
        return or_(*either)
    keys = _key_prefixes(text)
    if _HAN.search(text):
        return _keys_with(keys, walk)
    card = compact.upper()
    if card.isascii() and card.isalnum() and any(c.isdigit() for c in card):
        return _prefix(Member.card_no, card)
    if keys:
        return or_(_keys_with(keys, walk), _prefix(Member.card_no, card))
    return false()  # punctuation and the like match no one


def member_text_condition(text: str) -> ColumnElement[bool]:
    """The members that ``text`` finds (as the counter box would), as a condition on Member."""
    text = text.strip()[:MAX_FILTER_TEXT]
    return _text_condition(text) if text else true()


def _tag_condition(name: str) -> ColumnElement[bool]:
    carriers = select(MemberTag.member_id).join(Tag, Tag.id == MemberTag.tag_id).where(Tag.name == name)
    return Member.id.in_(carriers)


def filter_conditions(member_filter: MemberFilter | None) -> list[ColumnElement[bool]]:
    """The filter as conditions on Member (what the list shows is what a bulk act takes)."""
    return _conditions(member_filter)


def _conditions(member_filter: MemberFilter | None, walk: bool = False) -> list[ColumnElement[bool]]:
    # members an unfinished import has written are listed only once it has finished
    found: list[ColumnElement[bool]] = [Member.status != MemberStatus.IMPORTING]
    if member_filter is None:
        return found
    if member_filter.tier is not None:
        found.append(Member.tier == member_filter.tier)
    if member_filter.tag:
        found.append(_tag_condition(member_filter.tag))
    text = member_filter.text.strip()[:MAX_FILTER_TEXT]
    if text:
        found.append(_text_condition(text, walk))
    return found


def _lookups(text: str) -> list[Select[int]]:
    """The index lookups that find what ``text`` finds (the ids, each lookup unsorted)."""
    keys = _key_prefixes(text)
    if not keys:
        return [select(Member.id).where(_text_condition(text))]
    by_key = select(MemberKey.member_id).where(_key_range(keys))
    if _HAN.search(text):
        return [by_key]
    card = "".join(text.split()).replace("-", "").upper()
    return [by_key, select(Member.id).where(_prefix(Member.card_no, card))]


def _narrow_ids(s: Session, text: str) -> set[int] | None:
    """The members ``text`` finds, when each index lookup finds fewer than ``BROAD``; else None."""
    lookups = _lookups(text)
    for lookup in lookups:  # counted in the database first: a broad one's ids are never fetched
        if (s.scalar(select(func.count()).select_from(lookup.limit(BROAD).subquery())) or 0) >= BROAD:
            return None
    return {i for lookup in lookups for i in s.scalars(lookup)}


def _page_plans(
    s: Session, after_id: int, member_filter: MemberFilter | None, limit: int
) -> Iterator[list[ColumnElement[bool]]]:
    """One page's conditions, chosen so that the page never reads more than a bounded number of
    members: a broad text's walk in id order, or a narrow text's ids by their index, handed
    over ``limit`` at a time (a tier or a tag may still drop some: then the next ones)."""
    text = (member_filter.text if member_filter else "").strip()[:MAX_FILTER_TEXT]
    if member_filter is None or not text:
        yield [Member.id > after_id, *_conditions(member_filter)]
        return
    found = _narrow_ids(s, text)
    if found is None:
        yield [Member.id > after_id, *_conditions(member_filter, walk=True)]
        return
    ids = sorted(i for i in found if i > after_id)
    rest = _conditions(MemberFilter("", member_filter.tier, member_filter.tag))
    for start in range(0, len(ids), limit):
        yield [Member.id.in_(ids[start : start + limit]), *rest]


@dataclass(frozen=True)
class MemberRow:
    id: int
    card_no: str
    name: str
    masked_phone: str
    tier: Tier
    enrolled_at: dt.datetime
    spend_fen: int
    last_visit_at: dt.datetime | None


def count_members(db: Database, actor: Actor, member_filter: MemberFilter | None = None) -> int:
    """How many members the filter lets through (all members without one).

    This reads every member the filter finds, so it grows with the store: run it on a worker.
    """
    require(actor, Permission.FIND_MEMBER)
    with db.read() as s:
        stmt = select(func.count()).select_from(Member).where(*_conditions(member_filter))
        return s.scalar(stmt) or 0


def member_page(
    db: Database,
    actor: Actor,
    after_id: int = 0,
    limit: int = 200,
    member_filter: MemberFilter | None = None,
) -> list[MemberRow]:
    """Members with ``id > after_id`` that the filter lets through, in id order, at most ``limit``."""
    require(actor, Permission.FIND_MEMBER)
    rows: list[MemberRow] = []
    with db.read() as s:
        for conditions in _page_plans(s, after_id, member_filter, limit):
            stmt = (
                select(
                    Member.id, Member.card_no, Member.name, Member.phone, Member.tier, Member.enrolled_at,
                    MemberStats.spend_fen, MemberStats.last_visit_at,
                )
                .outerjoin(MemberStats, MemberStats.member_id == Member.id)
                .where(*conditions)
                .order_by(Member.id)
                .limit(limit - len(rows))
            )  # fmt: skip
            rows += [
                MemberRow(r.id, r.card_no, r.name, mask_phone(r.phone), r.tier, r.enrolled_at,
                          r.spend_fen or 0, r.last_visit_at)
                for r in s.execute(stmt)
            ]  # fmt: skip
            if len(rows) >= limit:
                break
    return rows
