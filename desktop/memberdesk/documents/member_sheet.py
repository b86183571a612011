"""The member sheet's contents: everything the store holds about one member, as plain values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from memberdesk.documents.member_card import MemberCard
from memberdesk.domain.members import ChildAge
from memberdesk.domain.vocab import Gender, MemberStatus


@dataclass(frozen=True)
class SheetChild:
    """A child as on file: the birthday itself, and the age on the day the sheet is printed."""

    name: str
    gender: Gender
    birthday: dt.date | None
    age: ChildAge | None


@dataclass(frozen=True)
class LunarBirthday:
    """The lunar month and day a member celebrates (``leap``: in the leap month)."""

    month: int
    day: int
    leap: bool


@dataclass(frozen=True)
class MemberSheet:
    """Everything the store holds about one member, as plain values."""

    store_name: str
    printed_at: dt.datetime
    card: MemberCard
    phone: str
    email: str
    address: str
    status: MemberStatus
    lunar_birthday: LunarBirthday | None
    children: tuple[SheetChild, ...]
    notes: str
    sensitive: tuple[tuple[str, str], ...]  # (field, value), only when consented and permitted
    consents: tuple[tuple[str, bool, dt.datetime], ...]
    purchases: tuple[tuple[dt.datetime, str, str, str, int, int], ...]  # when, receipt, item, size, qty, fen
    returns: tuple[tuple[dt.datetime, str, str, int], ...]  # when, type, reason, refund fen
    complaints: tuple[tuple[dt.datetime, str, str, str], ...]  # when, category, what, status
    points: tuple[tuple[dt.datetime, str, int, str], ...]  # when, source, delta, reason
    services: tuple[tuple[dt.datetime, str, str, str], ...] = ()  # when, kind, what, status
    suggestions: tuple[tuple[dt.datetime, str], ...] = ()  # when, text
    ratings: tuple[
        tuple[dt.datetime, int | None, int | None, str], ...
    ] = ()  # when, expected, perceived, comment
