"""A list of members pasted by the manager (phones or card numbers, one a line or separated by
commas, spaces or 、), read into member ids, with what matched no member said back."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import or_, select

from memberdesk.domain.phone import PhoneError, normalise_phone
from memberdesk.domain.vocab import MemberStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.members.listing import MemberFilter, filter_conditions
from memberdesk.services.members.search import normalise_card
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member

_PIECES = re.compile(r"[\r\n\t，,、;；]+")
MAX_PASTED = 20_000  # pieces of one paste; a bigger list is a file to import


@dataclass(frozen=True)
class PastedMembers:
    """The members a pasted list names (ids, each once) and the pieces that named nobody."""

    member_ids: tuple[int, ...]
    unknown: tuple[str, ...]


def _keys(piece: str) -> tuple[str | None, str]:
    try:
        phone: str | None = normalise_phone(piece)
    except PhoneError:
        phone = None
    return phone, normalise_card(piece)


def _pieces(text: str) -> list[str]:
    """Lines and comma-separated pieces; a piece that is not one phone ("139 0000 0002" is)
    is split at its spaces too ("13900000001 13900000002")."""
    found = []
    for piece in (p.strip() for p in _PIECES.split(text)):
        if not piece:
            continue
        try:
            normalise_phone(piece)
            found.append(piece)
        except PhoneError:
            found.extend(piece.split())
    return found


def members_in_list(db: Database, actor: Actor, text: str) -> PastedMembers:
    """Each phone or card number of ``text`` looked up (a piece may be either)."""
    require(actor, Permission.FIND_MEMBER)
    pieces = _pieces(text)[:MAX_PASTED]
    keys = {p: _keys(p) for p in pieces}
    phones = sorted({ph for ph, _c in keys.values() if ph})
    cards = sorted({c for _ph, c in keys.values() if c})
    by_phone: dict[str, int] = {}
    by_card: dict[str, int] = {}
    with db.read() as s:
        for start in range(0, max(len(phones), len(cards)), 500):
            rows = s.execute(
                select(Member.id, Member.phone, Member.card_no).where(
                    Member.status == MemberStatus.ACTIVE,
                    or_(
                        Member.phone.in_(phones[start : start + 500]),
                        Member.card_no.in_(cards[start : start + 500]),
                    ),
                )
            )
            for row_id, row_phone, row_card in rows:
                by_phone[row_phone] = row_id
                by_card[row_card] = row_id
    found: dict[int, None] = {}
    unknown: list[str] = []
    for piece in pieces:
        phone, card = keys[piece]
        member_id = by_phone.get(phone or "") or by_card.get(card)
        if member_id is None:
            unknown.append(piece)
        else:
            found[member_id] = None
    return PastedMembers(tuple(found), tuple(dict.fromkeys(unknown)))


def members_listed(db: Database, actor: Actor, member_filter: MemberFilter) -> tuple[int, ...]:
    """The ids of the members the Members page lists for ``member_filter`` (what a bulk tag
    takes is exactly what the clerk sees)."""
    require(actor, Permission.FIND_MEMBER)
    with db.read() as s:
        stmt = select(Member.id).where(*filter_conditions(member_filter)).order_by(Member.id)
        return tuple(int(i) for i in s.scalars(stmt))
