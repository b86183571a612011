"""The rows of a member file, read in one pass over the members in id order.

Members come a page at a time (keyset on the id), as plain rows of the columns the file
shows; each page's sizes, children and (for a sensitive file) consents come in one statement
each, over the page's id range when its ids lie close together and for its ids otherwise.
Nothing is loaded as an ORM object and no column goes through a per-value type conversion
(stored enum codes are looked up in ``_Words`` as they are), because at 100,000 members
every microsecond per member is a tenth of a second of the clerk's wait.

The values are those the import reads back (``member_file_words``), in the clerk's language,
and every cell is made safe from formulas as ``domain.cells.neutralise`` does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    select,
    type_coerce,
)
from sqlalchemy.sql.elements import BindParameter

from memberdesk.domain.cells import TRIGGER_CHARACTERS
from memberdesk.domain.phone import mask_phone
from memberdesk.domain.vocab import ConsentKind, Gender, MemberStatus
from memberdesk.services.io import member_file_words as words
from memberdesk.services.members.listing import MemberFilter, filter_conditions
from memberdesk.store.models import Child, Consent, Member, MemberSize, MemberStats

EXPORT_PAGE = 1000
# A page's extras are read over its id range when the range is at most this many times the
# page (an export of all members); a filtered export's sparse page names its ids instead.
_RANGE_SLACK = 2

# The fields ``_file_row`` writes, in its order; a test holds it equal to the file's headers.
ROW_FIELDS = (
    "card_no", "name", "phone", "gender", "birthday", "birthday_lunar", "tier", "points",
    "member_since", "channel", "channel_detail", "email", "address", "occupation", "hobbies",
    "skin_type", "hair_type", "children", "size_tops", "size_bottoms", "size_dresses",
    "size_shoes", "size_bra", "size_children", "notes",
)  # fmt: skip

_members = Member.__table__.c
_stats = MemberStats.__table__.c
_sizes = MemberSize.__table__.c
_children = Child.__table__.c
_consents = Consent.__table__.c

# Stored codes as the driver hands them (no Enum or timestamp conversion per value).
_COLUMNS = (
    _members.id, _members.card_no, _members.name, _members.phone,
    type_coerce(_members.gender, String), type_coerce(_members.birthday, String),
    type_coerce(_members.birthday_lunar, Integer), type_coerce(_members.tier, String),
    type_coerce(_members.enrolled_at, Integer), type_coerce(_members.channel, String),
    _members.channel_detail, _members.email, _members.address, _members.occupation,
    _members.hobbies, _members.skin_type, _members.hair_type, _members.notes,
    _members.ethnicity, _members.religion, _members.income_band, _stats.points_balance,
)  # fmt: skip


def conditions(member_filter: MemberFilter | None) -> list[ColumnElement[bool]]:
    """The active members ``member_filter`` lets through (all of them without one): its
    search, tier and tag, as the Members page lists them."""
    found: list[ColumnElement[bool]] = [Member.status == MemberStatus.ACTIVE]
    if member_filter is not None and member_filter != MemberFilter():
        found += filter_conditions(member_filter)
    return found


@dataclass(frozen=True)
class _Words:
    """One language's words for the stored codes, looked up by the code as stored."""

    gender: dict[str, str]
    tier: dict[str, str]
    channel: dict[str, str]
    detail: dict[str, str]
    child_gender: dict[str, str]
    yes: str
    separator: str

    @classmethod
    def of(cls, language: str) -> _Words:
        i = words.index(language)
        gender = {str(code): said[i] for code, said in words.GENDER.items()}
        gender[str(Gender.UNKNOWN)] = ""
        return cls(
            gender=gender,
            tier={str(code): said[i] for code, said in words.TIER.items()},
            channel={str(code): said[i] for code, said in words.CHANNEL.items()},
            detail={str(code): said[i] for code, said in words.CHANNEL_DETAIL.items()},
            child_gender={str(code): said[i] for code, said in words.CHILD_GENDER.items()},
            yes=words.YES[i],
            separator=words.CHILD_SEPARATOR[i],
        )


def _day(value: Any) -> str:
    """A stored timestamp's date where the counter is (SQLite: microseconds since 1970 UTC;
    PostgreSQL: a naive UTC datetime), as ``enrolled_at.astimezone().date()`` gives it."""
    if isinstance(value, int):
        # whole seconds: the local date changes only on a whole second
        return dt.datetime.fromtimestamp(value // 1_000_000).date().isoformat()
    return str(value.replace(tzinfo=dt.UTC).astimezone().date().isoformat())


def _iso(value: Any) -> str:
    """A stored date as ISO text (SQLite stores the text; PostgreSQL hands a date)."""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value.isoformat())


# A page's members, named by its id range or by its ids (``_page``); each statement below is
# built once, in both forms, and only its parameters change from page to page.
_FIRST: BindParameter[int] = bindparam("first")
_LAST: BindParameter[int] = bindparam("last")
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)


def _both_ways(build: Callable[[ColumnElement[bool]], Select[Any]], column: Any) -> tuple[Select[Any], ...]:
    return build(and_(column >= _FIRST, column <= _LAST)), build(column.in_(_IDS))


def _page(ids: Sequence[int]) -> tuple[int, dict[str, Any]]:
    """Which form of the statements reads a page's extras, and its parameters."""
    first, last = ids[0], ids[-1]
    if last - first + 1 <= _RANGE_SLACK * len(ids):
        return 0, {"first": first, "last": last}
    return 1, {"ids": list(ids)}


_category = type_coerce(_sizes.category, String)
# one row per member, a column per size the file shows ("" where none is kept)
_SIZES = _both_ways(
    lambda where: select(_sizes.member_id, *(
        func.coalesce(func.max(case((_category == str(c), _sizes.size))), "")
        for c in words.SIZE_FIELDS.values()
    )).where(where).group_by(_sizes.member_id),
    _sizes.member_id,
)  # fmt: skip
_CHILDREN = _both_ways(
    lambda where: select(_children.member_id, _children.name, type_coerce(_children.gender, String),
                         type_coerce(_children.birthday, String))
    .where(where).order_by(_children.member_id, _children.id),
    _children.member_id,
)  # fmt: skip
_CONSENTS = _both_ways(
    lambda where: select(_consents.member_id, _consents.granted)
    .where(where, _consents.kind == ConsentKind.SENSITIVE)
    .order_by(_consents.member_id, _consents.recorded_at, _consents.id),
    _consents.member_id,
)  # fmt: skip


class _Page:
    """What the file shows of one page's members beside their own columns."""

    def __init__(self, conn: Connection, ids: Sequence[int], said: _Words, sensitive: bool) -> None:
        form, params = _page(ids)
        self.sizes: dict[int, Sequence[str]] = {
            row[0]: row[1:] for row in conn.execute(_SIZES[form], params).all()
        }
        self.children = self._children(conn.execute(_CHILDREN[form], params).all(), said)
        self.consented = (
            self._consented(conn.execute(_CONSENTS[form], params).all()) if sensitive else frozenset()
        )

    @staticmethod
    def _children(rows: Sequence[Any], said: _Words) -> dict[int, str]:
        parts: dict[int, list[str]] = {}
        for member_id, name, gender, birthday in rows:
            told = " ".join(p for p in (name, said.child_gender.get(gender, ""), _iso(birthday)) if p)
            if told:
                parts.setdefault(member_id, []).append(told)
        return {member_id: said.separator.join(told) for member_id, told in parts.items()}

    @staticmethod
    def _consented(rows: Sequence[Any]) -> frozenset[int]:
        latest = {member_id: granted for member_id, granted in rows}  # the last one recorded
        return frozenset(m for m, granted in latest.items() if granted)


_NO_SIZES = ("",) * len(words.SIZE_FIELDS)


def _file_row(m: Any, page: _Page, said: _Words, full_phones: bool, sensitive: bool) -> list[str]:
    (member_id, card_no, name, phone, gender, birthday, lunar, tier, enrolled, channel, detail, email,
     address, occupation, hobbies, skin, hair, notes, ethnicity, religion, income, points) = m  # fmt: skip
    row = [
        card_no, name, phone if full_phones else mask_phone(phone), said.gender[gender],
        _iso(birthday), said.yes if lunar and birthday else "", said.tier[tier], str(points or 0),
        _day(enrolled), said.channel[channel], said.detail.get(detail, detail), email, address,
        occupation, hobbies, skin, hair, page.children.get(member_id, ""),
        *page.sizes.get(member_id, _NO_SIZES), notes,
    ]  # fmt: skip
    if sensitive:
        if member_id in page.consented:
            row += (ethnicity or "", religion or "", income or "")
        else:
            row += ("", "", "")
    return row


def safe_cells(row: list[str]) -> list[str]:
    """``domain.cells.safe_row`` of a row that is all text (the text columns are NOT NULL and
    ``_file_row`` turns the others into text), at one set lookup per cell."""
    return ["'" + v if v[:1] in TRIGGER_CHARACTERS else v for v in row]


def file_rows(
    conn: Connection, member_filter: MemberFilter | None, language: str, full_phones: bool, sensitive: bool
) -> Iterator[list[list[str]]]:
    """The file's rows (safe cells) a page at a time, the members in id order."""
    said = _Words.of(language)
    members = (
        select(*_COLUMNS)
        .select_from(Member.__table__.outerjoin(MemberStats.__table__, _stats.member_id == _members.id))
        .where(_members.id > bindparam("last_id"), *conditions(member_filter))
        .order_by(_members.id)
        .limit(EXPORT_PAGE)
    )
    last_id = 0
    while rows := conn.execute(members, {"last_id": last_id}).all():
        page = _Page(conn, [m[0] for m in rows], said, sensitive)
        yield [safe_cells(_file_row(m, page, said, full_phones, sensitive)) for m in rows]
        last_id = rows[-1][0]
