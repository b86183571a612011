"""The points ledger (积分): balance, history, manual adjustments and the birthday gift."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from memberdesk.domain.points import TierProgress, tier_progress
from memberdesk.domain.vocab import PointsSource
from memberdesk.services import audit
from memberdesk.services.context import Actor
from memberdesk.services.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.services.ledger import add_points, bump_stats
from memberdesk.services.permissions import Permission, require
from memberdesk.services.rules import load_rules
from memberdesk.services.sales import rolling_spend
from memberdesk.store.database import Database
from memberdesk.store.models import Member, PointsEntry, utcnow

MAX_ADJUST = 1_000_000


@dataclass(frozen=True)
class PointsLine:
    created_at: dt.datetime
    delta: int
    source: PointsSource
    reason: str


def balance(db: Database, member_id: int) -> int:
    """The balance: always the sum of the ledger."""
    with db.read() as s:
        return int(
            s.scalar(
                select(func.coalesce(func.sum(PointsEntry.delta), 0)).where(
                    PointsEntry.member_id == member_id
                )
            )
            or 0
        )


def history(db: Database, member_id: int, *, limit: int = 50, offset: int = 0) -> list[PointsLine]:
    with db.read() as s:
        rows = s.execute(
            select(PointsEntry.created_at, PointsEntry.delta, PointsEntry.source, PointsEntry.reason)
            .where(PointsEntry.member_id == member_id)
            .order_by(PointsEntry.created_at.desc(), PointsEntry.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return [PointsLine(*r) for r in rows]


def progress(db: Database, store_id: int, member_id: int, *, now: dt.datetime | None = None) -> TierProgress:
    """Tier reached by the last 12 months' spend and the way to the next tier."""
    with db.read() as s:
        rules = load_rules(s, store_id)
        return tier_progress(rolling_spend(s, member_id, now or utcnow()), rules)


def _parse_delta(text: str | int) -> int:
    raw = str(text).strip().replace("+", "")
    body = raw[1:] if raw.startswith("-") else raw
    if not (body.isascii() and body.isdigit()) or int(raw) == 0 or abs(int(raw)) > MAX_ADJUST:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Points are a whole number, not zero, at most {high}."),
            field="delta",
            high=MAX_ADJUST,
        )
    return int(raw)


def adjust(db: Database, actor: Actor, member_id: int, delta: str | int, reason: str) -> None:
    """A supervisor corrects a balance with a reason; audited."""
    require(actor, Permission.ADJUST_POINTS)
    value = _parse_delta(delta)
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give a reason."), field="reason")
    _grant(db, actor, member_id, value, PointsSource.ADJUSTMENT, reason.strip())


def birthday_gift(db: Database, actor: Actor, member_id: int, points: int, *, year: int) -> bool:
    """Give the birthday points once a year; False when this year's gift was already given."""
    require(actor, Permission.RECORD_CARE)
    if points <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Points are a whole number, not zero, at most {high}."),
            field="points",
            high=MAX_ADJUST,
        )
    tag = f"birthday {year}"
    with db.read() as s:
        if s.scalar(
            select(func.count())
            .select_from(PointsEntry)
            .where(
                PointsEntry.member_id == member_id,
                PointsEntry.source == PointsSource.BIRTHDAY_GIFT,
                PointsEntry.reason == tag,
            )
        ):
            return False
    _grant(db, actor, member_id, points, PointsSource.BIRTHDAY_GIFT, tag)
    return True


def _grant(db: Database, actor: Actor, member_id: int, delta: int, source: PointsSource, reason: str) -> None:
    now = utcnow()
    with db.write() as s:
        member = s.get(Member, member_id)
        if member is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such member."), field="member_id")
        if delta < 0:
            have = int(
                s.scalar(
                    select(func.coalesce(func.sum(PointsEntry.delta), 0)).where(
                        PointsEntry.member_id == member_id
                    )
                )
                or 0
            )
            if have + delta < 0:
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "The member has only {balance} points."),
                    field="delta",
                    balance=have,
                )
        add_points(s, member_id, delta, source, at=now, reason=reason, staff_id=actor.staff_id)
        bump_stats(s, member_id, at=now, points=delta)
        audit.record(
            s,
            actor,
            f"points.{source.value}",
            entity="member",
            entity_id=member_id,
            after={"delta": delta},
            detail=reason,
        )
