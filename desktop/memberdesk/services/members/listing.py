"""The member list, one page at a time (keyset paging on the primary key, never "load all").

A filter narrows the list the way the counter's box finds members: a phone number or its
beginning, the last four digits, a card number or its beginning, the beginning of a name, or
pinyin (full or initials); and a tier. Each is a range on an indexed column, never ``LIKE``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, or_, select, true

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


@dataclass(frozen=True)
class MemberFilter:
    """What the Members page's search box and tier choice ask for (empty: everyone)."""

    text: str = ""
    tier: Tier | None = None
    tag: str = ""  # a tag's name: only the members who carry it


def _prefix(column: Any, prefix: str) -> ColumnElement[bool]:
    return and_(column >= prefix, column < prefix_upper_bound(prefix))


def _keys_with(*prefixes: str) -> ColumnElement[bool]:
    keys = select(MemberKey.member_id).where(or_(*(_prefix(MemberKey.key, p) for p in prefixes)))
    return Member.id.in_(keys)


def _text_condition(text: str) -> ColumnElement[bool]:
    compact = "".join(text.split()).replace("-", "")
    if not compact:
        return true()  # only spaces: no narrowing
    digits = compact.lstrip("+")
    if digits.isdigit():
        either = [_prefix(Member.phone, compact), _prefix(Member.card_no, digits)]
        if len(digits) == 4:
            either.append(Member.phone_last4 == digits)
        return or_(*either)
    if _HAN.search(text):
        return _keys_with(f"{KIND_NAME}:{normalise_name(text).lower()}")
    card = compact.upper()
    if card.isascii() and card.isalnum() and any(c.isdigit() for c in card):
        return _prefix(Member.card_no, card)
    if _LATIN.fullmatch(text.strip()):
        pinyin, initials = query_forms(text)
        return or_(_keys_with(pinyin, initials), _prefix(Member.card_no, card))
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


def _conditions(member_filter: MemberFilter | None) -> list[ColumnElement[bool]]:
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
        found.append(_text_condition(text))
    return found


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
    """How many members the filter lets through (all members without one)."""
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
    stmt = (
        select(
            Member.id, Member.card_no, Member.name, Member.phone, Member.tier, Member.enrolled_at,
            MemberStats.spend_fen, MemberStats.last_visit_at,
        )
        .outerjoin(MemberStats, MemberStats.member_id == Member.id)
        .where(Member.id > after_id, *_conditions(member_filter))
        .order_by(Member.id)
        .limit(limit)
    )  # fmt: skip
    with db.read() as s:
        return [
            MemberRow(r.id, r.card_no, r.name, mask_phone(r.phone), r.tier, r.enrolled_at, r.spend_fen or 0,
                      r.last_visit_at)
            for r in s.execute(stmt)
        ]  # fmt: skip
