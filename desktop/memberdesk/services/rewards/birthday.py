"""Birthday points (生日积分): the store's gift for the member's tier, once a calendar year.

The amount is the store's rule (Settings → sales rules, ``birthday_points`` by tier) and the
year is the counter's own calendar year: the caller chooses neither. The grant is the till's
``points.birthday_gift`` (one transaction with the member's points row locked, so two counters
granting at once write one entry); here a second grant in the same year is refused with a
message the clerk reads, and the counter asks what it may offer before showing the button.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict
from memberdesk.domain.members import birthday_this_week
from memberdesk.domain.vocab import MemberStatus, PointsSource
from memberdesk.services.common.context import Actor
from memberdesk.services.sales import points as points_service
from memberdesk.services.sales.rules import load_rules
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, PointsEntry, utcnow

ALREADY = QT_TRANSLATE_NOOP("Errors", "{name} already had this year's birthday points ({year}).")


@dataclass(frozen=True)
class BirthdayOffer:
    """What the counter may offer today: the points of the member's tier, and the birthday."""

    points: int
    birthday: dt.date  # the day it falls on this week


def _year_bounds(now: dt.datetime) -> tuple[int, dt.datetime, dt.datetime]:
    local = now.astimezone()
    year = local.year
    return (
        year,
        dt.datetime(year, 1, 1, tzinfo=local.tzinfo),
        dt.datetime(year + 1, 1, 1, tzinfo=local.tzinfo),
    )


def given_this_year(db: Database, member_id: int, *, now: dt.datetime | None = None) -> bool:
    _year, start, end = _year_bounds(now or utcnow())
    with db.read() as s:
        count = s.scalar(
            select(func.count())
            .select_from(PointsEntry)
            .where(
                PointsEntry.member_id == member_id,
                PointsEntry.source == PointsSource.BIRTHDAY_GIFT,
                PointsEntry.created_at >= start,
                PointsEntry.created_at < end,
            )
        )
    return bool(count)


def offer(
    db: Database, actor: Actor, member_id: int, *, now: dt.datetime | None = None
) -> BirthdayOffer | None:
    """The gift to offer when the member is here in their birthday week and has not had this
    year's; None otherwise (no birthday this week, already given, or a tier the store gives 0)."""
    require(actor, Permission.RECORD_CARE)
    now = now or utcnow()
    today = now.astimezone().date()
    with db.read() as s:
        member = s.get(Member, member_id)
        if member is None or member.status is not MemberStatus.ACTIVE:
            return None
        day = birthday_this_week(
            member.birthday, member.lunar_mmdd, member.lunar_leap, member.birthday_lunar, today
        )
        gift = load_rules(s, actor.store_id).birthday_points.get(member.tier, 0)
    if day is None or gift <= 0 or given_this_year(db, member_id, now=now):
        return None
    return BirthdayOffer(gift, day)


def grant(db: Database, actor: Actor, member_id: int, *, now: dt.datetime | None = None) -> int:
    """Give this year's birthday points; returns the points given. A second grant in the same
    calendar year is refused (``Conflict``), as are a member without a birthday on file and a
    tier the store gives nothing."""
    now = now or utcnow()
    given = points_service.birthday_gift(db, actor, member_id, now=now)
    if given:
        return given
    year, _start, _end = _year_bounds(now)
    with db.read() as s:
        name = s.scalar(select(Member.name).where(Member.id == member_id)) or ""
    raise Conflict(ALREADY, field="member_id", name=name, year=year)
