"""Members' suggestions (建议): recorded from the card, read by supervisors by date and member."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.services.analytics.figures import bounds
from memberdesk.services.common.context import Actor
from memberdesk.services.members.forms import check_text
from memberdesk.services.members.listing import member_text_condition
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Staff, Suggestion

MAX_CHARS = 2000


def record_suggestion(db: Database, actor: Actor, member_id: int | None, text: str) -> int:
    require(actor, Permission.RECORD_SALE)
    words = text.strip()
    if not words:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write down the suggestion."), field="text")
    check_text(text, "text", single_line=False)
    if len(words) > MAX_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "At most {high} characters."), field="text", high=MAX_CHARS
        )
    with db.write() as s:
        row = Suggestion(store_id=actor.store_id, member_id=member_id, staff_id=actor.staff_id, text=words)
        s.add(row)
        s.flush()
        return row.id


@dataclass(frozen=True)
class SuggestionFilter:
    """Which suggestions to list: a period of local days (either end open) and who made them."""

    start: dt.date | None = None
    end: dt.date | None = None
    member_text: str = ""  # phone, last four, card no., name or pinyin, as the counter box takes


@dataclass(frozen=True)
class SuggestionRow:
    """One suggestion as the supervisor's list shows it (member fields empty for a walk-in)."""

    id: int
    created_at: dt.datetime
    member_id: int | None
    member_name: str
    card_no: str
    staff: str
    text: str


def _conditions(actor: Actor, wanted: SuggestionFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = [Suggestion.store_id == actor.store_id]
    if wanted.start is not None or wanted.end is not None:
        lo, hi = bounds(wanted.start or dt.date(1900, 1, 1), wanted.end or dt.date(9999, 12, 30))
        if wanted.start is not None:
            found.append(Suggestion.created_at >= lo)
        if wanted.end is not None:
            found.append(Suggestion.created_at < hi)
    if wanted.member_text.strip():
        members = select(Member.id).where(member_text_condition(wanted.member_text))
        found.append(Suggestion.member_id.in_(members))
    return found


def count_suggestions(db: Database, actor: Actor, wanted: SuggestionFilter | None = None) -> int:
    """How many suggestions the filter lets through."""
    require(actor, Permission.HANDLE_COMPLAINT)
    stmt = (
        select(func.count()).select_from(Suggestion).where(*_conditions(actor, wanted or SuggestionFilter()))
    )
    with db.read() as s:
        return s.scalar(stmt) or 0


def suggestion_page(
    db: Database,
    actor: Actor,
    before_id: int | None = None,
    limit: int = 100,
    wanted: SuggestionFilter | None = None,
) -> list[SuggestionRow]:
    """The newest suggestions first (ids only grow), those with ``id < before_id`` when given."""
    require(actor, Permission.HANDLE_COMPLAINT)
    conditions = _conditions(actor, wanted or SuggestionFilter())
    if before_id is not None:
        conditions.append(Suggestion.id < before_id)
    stmt: Any = (
        select(
            Suggestion.id, Suggestion.created_at, Suggestion.member_id, Suggestion.text,
            Member.name, Member.card_no, Staff.name.label("staff"),
        )
        .outerjoin(Member, Member.id == Suggestion.member_id)
        .join(Staff, Staff.id == Suggestion.staff_id)
        .where(*conditions)
        .order_by(Suggestion.id.desc())
        .limit(limit)
    )  # fmt: skip
    with db.read() as s:
        return [
            SuggestionRow(r.id, r.created_at, r.member_id, r.name or "", r.card_no or "", r.staff, r.text)
            for r in s.execute(stmt)
        ]
