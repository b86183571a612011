"""The counter's search box: what was typed decides which index is asked.

Every kind of lookup is one or two B-tree range scans (``key >= :lo AND key < :hi``) on a
precomputed column, never ``LIKE`` (SQLite's LIKE cannot use a BINARY index) and never a
scan of the members table. Each statement is written once with SQLAlchemy Core, compiled
once per database dialect, and run on the driver's own cursor: SQLAlchemy's execution and
row machinery cost four times what SQLite itself spends on a lookup, on every keystroke.

What the box accepts, all without a mode switch:

- a full phone number (mainland mobile, or ``+`` and an international number);
- ``NNNN``: the last four digits of the phone (尾号);
- a card number: 6-20 letters and digits (``M0010000001``, or a scanned barcode);
- 5-10 digits: the beginning of a phone or card number, as the clerk keeps typing;
- Han characters: the beginning of the name (张, 张伟);
- Latin letters: pinyin initials (zw) or the beginning of the full pinyin (zhangw, zhang wei).

Ranking: an exact card or phone first, then last-4 matches, then prefix and name matches;
within a group, the most recent visitor first, then the biggest spender.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from sqlalchemy import Connection, Dialect, Select, and_, bindparam, select, union_all

from memberdesk.domain.phone import PhoneError, mask_phone, normalise_phone
from memberdesk.domain.search_keys import KIND_NAME, normalise_name, prefix_upper_bound, query_forms
from memberdesk.domain.vocab import MemberStatus, Tier
from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import DriverStatement, column_converter
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberKey, MemberStats

CARD_PATTERN = re.compile(r"[A-Z0-9]{6,20}")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z][A-Za-z\s']*")
_PHONE_CHARS = re.compile(r"[+\d][\d\s\-]*")
# Name prefixes like "z" match many members; the best of this many candidates are ranked.
CANDIDATES_PER_RESULT = 2


class MatchKind(IntEnum):
    """Why a member was found; the lower, the higher it is ranked."""

    EXACT = 0  # the whole card number or phone
    LAST4 = 1
    PREFIX = 2  # beginning of a phone or card number
    NAME = 3  # name or pinyin


@dataclass(frozen=True)
class MemberHit:
    """One result row of the counter box."""

    id: int
    name: str
    masked_phone: str
    card_no: str
    tier: Tier
    last_visit_at: dt.datetime | None
    spend_fen: int
    match: MatchKind


def normalise_card(text: str) -> str:
    """A card number as stored: no spaces, upper case."""
    return "".join(text.split()).upper()


def is_card_number(text: str) -> bool:
    return CARD_PATTERN.fullmatch(normalise_card(text)) is not None


# --- the statements, built once (their compiled form is cached by SQLAlchemy) ---------------

_m = Member.__table__
_k = MemberKey.__table__
_s = MemberStats.__table__


# The columns a hit shows, fetched by the same statement that finds the candidates: one
# round trip per lookup kind instead of ids first and rows after.
# Rows come as the driver returns them; last_visit_at is converted only for the hits returned.
_HIT_COLUMNS = (
    _m.c.id,
    _m.c.name,
    _m.c.phone,
    _m.c.card_no,
    _m.c.tier,
    _s.c.last_visit_at,
    _s.c.spend_fen,
)
_ACTIVE = _m.c.status == MemberStatus.ACTIVE.value


# Positions in a hit row (the order of _HIT_COLUMNS).
_ID, _NAME, _PHONE, _CARD, _TIER, _LAST_VISIT, _SPEND = range(7)
_TIERS = {t.value: t for t in Tier}


def _rows_where(col: Any, *, exact: bool) -> DriverStatement:
    cond = col == bindparam("q") if exact else and_(col >= bindparam("lo"), col < bindparam("hi"))
    order = _m.c.id if exact else col
    return DriverStatement(
        select(*_HIT_COLUMNS)
        .select_from(_m.outerjoin(_s, _s.c.member_id == _m.c.id))
        .where(cond, _ACTIVE)
        .order_by(order)
        .limit(bindparam("n"))
    )


_BY_PHONE = _rows_where(_m.c.phone, exact=True)
_BY_CARD = _rows_where(_m.c.card_no, exact=True)
_BY_LAST4 = _rows_where(_m.c.phone_last4, exact=True)
_BY_PHONE_PREFIX = _rows_where(_m.c.phone, exact=False)
_BY_CARD_PREFIX = _rows_where(_m.c.card_no, exact=False)


def _in_key_range(lo: str, hi: str) -> Select[Any]:
    return (
        select(*_HIT_COLUMNS)
        .select_from(_k.join(_m, _m.c.id == _k.c.member_id).outerjoin(_s, _s.c.member_id == _m.c.id))
        .where(_k.c.key >= bindparam(lo), _k.c.key < bindparam(hi), _ACTIVE)
        .order_by(_k.c.key)
        .limit(bindparam("n"))
    )


_BY_KEY_PREFIX = DriverStatement(_in_key_range("lo", "hi"))
# pinyin initials and full pinyin in one statement: one round trip on PostgreSQL, not two
_initials, _spelled = _in_key_range("lo", "hi").subquery(), _in_key_range("lo2", "hi2").subquery()
_BY_TWO_KEY_PREFIXES = DriverStatement(union_all(select(*_initials.c), select(*_spelled.c)))
_CARD_OWNER = DriverStatement(select(_m.c.id).where(_m.c.card_no == bindparam("q"), _ACTIVE).limit(1))


class _Lookup:
    """Collects candidate rows with the best match kind of each member."""

    def __init__(self, cursor: Any, dialect: Dialect, limit: int) -> None:
        self.cursor = cursor
        self.dialect = dialect
        self.limit = limit
        self.wide = limit * CANDIDATES_PER_RESULT
        self.found: dict[int, MatchKind] = {}
        self.rows: dict[int, tuple[Any, ...]] = {}

    def _add(self, stmt: DriverStatement, kind: MatchKind, **params: object) -> None:
        found, rows = self.found, self.rows
        for row in stmt.rows(self.cursor, self.dialect, params):
            member_id = row[_ID]
            if member_id not in found or kind < found[member_id]:
                found[member_id] = kind
                rows[member_id] = row

    def exact(self, stmt: DriverStatement, value: str, kind: MatchKind = MatchKind.EXACT) -> None:
        self._add(stmt, kind, q=value, n=self.wide if kind == MatchKind.LAST4 else self.limit)

    def prefix(self, stmt: DriverStatement, prefix: str, kind: MatchKind) -> None:
        self._add(stmt, kind, lo=prefix, hi=prefix_upper_bound(prefix), n=self.wide)

    def digits(self, compact: str) -> None:
        """A phone number, its last four digits, or the beginning of a phone or card number."""
        with contextlib.suppress(PhoneError):
            self.exact(_BY_PHONE, normalise_phone(compact))
        if compact.startswith("+"):
            return
        if len(compact) == 4:
            self.exact(_BY_LAST4, compact, MatchKind.LAST4)
        if len(compact) >= 5:
            if is_card_number(compact):
                self.exact(_BY_CARD, compact)
            if len(compact) < 11:
                self.prefix(_BY_PHONE_PREFIX, compact, MatchKind.PREFIX)
            self.prefix(_BY_CARD_PREFIX, compact, MatchKind.PREFIX)

    def card(self, card: str) -> None:
        if is_card_number(card):
            self.exact(_BY_CARD, card)
        self.prefix(_BY_CARD_PREFIX, card, MatchKind.PREFIX)

    def name(self, text: str) -> None:
        self.prefix(_BY_KEY_PREFIX, f"{KIND_NAME}:{normalise_name(text).lower()}", MatchKind.NAME)

    def pinyin(self, text: str) -> None:
        pinyin, initials = query_forms(text)  # a Latin name's letters are a p: key too
        self._add(
            _BY_TWO_KEY_PREFIXES,
            MatchKind.NAME,
            lo=initials,
            hi=prefix_upper_bound(initials),
            lo2=pinyin,
            hi2=prefix_upper_bound(pinyin),
            n=self.wide,
        )


def _candidates(cursor: Any, dialect: Dialect, text: str, limit: int) -> _Lookup:
    """Dispatch on what was typed: each kind asks only its own index."""
    lookup = _Lookup(cursor, dialect, limit)
    compact = "".join(text.split()).replace("-", "")
    card = normalise_card(text)
    if _PHONE_CHARS.fullmatch(text) and compact.lstrip("+").isdigit():
        lookup.digits(compact)
    elif _HAN.search(text):
        lookup.name(text)
    elif card.isascii() and card.isalnum() and any(c.isdigit() for c in card):
        lookup.card(card)
    elif _LATIN.fullmatch(text):
        lookup.pinyin(text)
    return lookup


def _ranked(cursor: Any, dialect: Dialect, text: str, limit: int) -> list[MemberHit]:
    text = text.strip()
    if not text or limit <= 0:
        return []
    lookup = _candidates(cursor, dialect, text, limit)
    found = lookup.found
    if not found:
        return []
    rows = list(lookup.rows.values())
    # Rank the raw rows with stable sorts (least significant key first), then build only the
    # hits that are returned: most of a lookup's Python time is spent per row.
    rows.sort(key=lambda r: r[_ID])
    rows.sort(key=lambda r: r[_SPEND] or 0, reverse=True)
    # raw timestamps sort correctly among themselves (as stored: the column's order)
    rows.sort(key=lambda r: (r[_LAST_VISIT] is not None, r[_LAST_VISIT] or 0), reverse=True)
    rows.sort(key=lambda r: found[r[_ID]])
    last_visit = column_converter(_s.c.last_visit_at, dialect)
    return [
        MemberHit(
            id=row[_ID],
            name=row[_NAME],
            masked_phone=mask_phone(row[_PHONE]),
            card_no=row[_CARD],
            tier=_TIERS[row[_TIER]],
            last_visit_at=last_visit(row[_LAST_VISIT]) if row[_LAST_VISIT] is not None else None,
            spend_fen=row[_SPEND] or 0,
            match=found[row[_ID]],
        )
        for row in rows[:limit]
    ]


def find_with(conn: Connection, text: str, limit: int = 20) -> list[MemberHit]:
    """The ranked hits on an open SQLAlchemy connection (in whatever transaction it holds)."""
    driver = conn.connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        return _ranked(cursor, conn.dialect, text, limit)
    finally:
        cursor.close()


@contextlib.contextmanager
def _lookup_cursor(db: Database) -> Iterator[Any]:
    """A driver cursor on a pooled connection, reading without a transaction.

    On SQLite the driver opens no transaction for a SELECT (SQLAlchemy's own BEGIN is what
    the other paths add). On PostgreSQL the connection is switched to autocommit for the
    lookup, so it costs one round trip per statement and no BEGIN/ROLLBACK pair.
    """
    pooled = db.engine.raw_connection()
    driver: Any = pooled.driver_connection
    autocommit = getattr(driver, "autocommit", None)
    try:
        if autocommit is False:
            driver.autocommit = True
        cursor = driver.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
    finally:
        if autocommit is False:
            driver.autocommit = False
        pooled.close()


def find(db: Database, actor: Actor, text: str, limit: int = 20) -> list[MemberHit]:
    """Members matching what the clerk typed, best first (see the module text)."""
    require(actor, Permission.FIND_MEMBER)
    if not text.strip() or limit <= 0:
        return []
    with _lookup_cursor(db) as cursor:
        return _ranked(cursor, db.engine.dialect, text, limit)


def find_by_card(db: Database, actor: Actor, card_no: str) -> int | None:
    """The member holding exactly this card (a scan), or None."""
    require(actor, Permission.FIND_MEMBER)
    card = normalise_card(card_no)
    if not is_card_number(card):
        return None
    with _lookup_cursor(db) as cursor:
        rows = _CARD_OWNER.rows(cursor, db.engine.dialect, {"q": card})
    return int(rows[0][0]) if rows else None
