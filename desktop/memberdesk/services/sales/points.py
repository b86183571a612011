"""The points ledger (积分): balance, history, manual adjustments and the birthday gift."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.points import TierProgress, tier_progress
from memberdesk.domain.vocab import MemberStatus, PointsSource
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import clean_text, record_id
from memberdesk.services.sales.ledger import bump_stats, lock_points, move_points
from memberdesk.services.sales.recording import rolling_spend
from memberdesk.services.sales.rules import load_rules
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
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


def _parse_delta(text: object) -> int:
    value: int | None = None
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
    elif isinstance(text, str) and len(text) <= 16:
        raw = text.strip().replace("+", "", 1)
        body = raw[1:] if raw.startswith("-") else raw
        if body.isascii() and body.isdigit():
            value = int(raw)
    if value is None or value == 0 or abs(value) > MAX_ADJUST:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Points are a whole number, not zero, at most {high}."),
            field="delta",
            high=MAX_ADJUST,
        )
    return value


def adjust(db: Database, actor: Actor, member_id: int, delta: object, reason: str) -> None:
    """A supervisor corrects a balance with a reason; audited."""
    require(actor, Permission.ADJUST_POINTS)
    value = _parse_delta(delta)
    reason = clean_text(reason, 200)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give a reason."), field="reason")
    member_id = record_id(member_id, "member_id", QT_TRANSLATE_NOOP("Errors", "No such member."))
    _grant(db, actor, member_id, value, PointsSource.ADJUSTMENT, reason)


def birthday_gift(db: Database, actor: Actor, member_id: int, *, now: dt.datetime | None = None) -> int:
    """Give this year's birthday points (生日积分); returns the points given, 0 when the member
    already had this year's gift.

    The amount is the store's rule for the member's tier and the year is the counter's own
    calendar year: the caller chooses neither, so no clerk can grant more than the store
    gives, or give it twice in a year. The check and the grant share one transaction with
    the member's points row locked, so two counters cannot both give it.
    """
    require(actor, Permission.RECORD_CARE)
    member_id = record_id(member_id, "member_id", QT_TRANSLATE_NOOP("Errors", "No such member."))
    now = now or utcnow()
    year = now.astimezone().year
    tag = f"birthday {year}"
    with db.write() as s:
        member = s.get(Member, member_id)
        if member is None or member.status is not MemberStatus.ACTIVE:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such member."), field="member_id")
        if member.birthday is None:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "This member's birthday is not on file."), field="member_id"
            )
        gift = load_rules(s, actor.store_id).birthday_points.get(member.tier, 0)
        if gift <= 0:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "The store gives no birthday points."), field="points")
        position = lock_points(s, member_id)
        given = s.scalar(
            select(func.count())
            .select_from(PointsEntry)
            .where(
                PointsEntry.member_id == member_id,
                PointsEntry.source == PointsSource.BIRTHDAY_GIFT,
                PointsEntry.created_at >= dt.datetime(year, 1, 1, tzinfo=now.astimezone().tzinfo),
                PointsEntry.created_at < dt.datetime(year + 1, 1, 1, tzinfo=now.astimezone().tzinfo),
            )
        )
        if given:
            return 0
        moved = move_points(
            s,
            member_id,
            position,
            [(gift, PointsSource.BIRTHDAY_GIFT)],
            at=now,
            reason=tag,
            staff_id=actor.staff_id,
        )
        bump_stats(s, member_id, at=now, points=moved.points, owed=moved.owed)
        audit.record(
            s,
            actor,
            "points.birthday_gift",
            entity="member",
            entity_id=member_id,
            after={"delta": gift},
            detail=tag,
        )
        return gift


def _grant(db: Database, actor: Actor, member_id: int, delta: int, source: PointsSource, reason: str) -> None:
    now = utcnow()
    with db.write() as s:
        member = s.get(Member, member_id)
        if member is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such member."), field="member_id")
        position = lock_points(s, member_id)
        if position.balance + delta < 0:  # a correction by hand never makes points owed
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "The member has only {balance} points."),
                field="delta",
                balance=f"{position.balance:,}",
            )
        moved = move_points(
            s, member_id, position, [(delta, source)], at=now, reason=reason, staff_id=actor.staff_id
        )
        bump_stats(s, member_id, at=now, points=moved.points, owed=moved.owed)
        audit.record(
            s,
            actor,
            f"points.{source.value}",
            entity="member",
            entity_id=member_id,
            after={"delta": delta},
            detail=reason,
        )
