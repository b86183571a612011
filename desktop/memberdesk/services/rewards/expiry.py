"""Points expiry run as ledger entries: previewable, and safe to run again (what expired is
counted as used, so a second run on the same day takes nothing more).

The store's choice (``ExpiryPolicy``) lives in ``settings`` under ``rewards.expiry``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from itertools import groupby

from sqlalchemy import select

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.expiry import ExpiryPolicy, ExpiryRule, PointsMove, cutoff, expiring
from memberdesk.domain.vocab import MemberStatus, PointsSource
from memberdesk.services.common.context import Actor
from memberdesk.services.sales.ledger import bump_stats, lock_points, move_points
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.services.staff.settings import read_setting, write_setting
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberStats, PointsEntry, utcnow

KEY = "rewards.expiry"
BATCH = 2_000


@dataclass(frozen=True)
class Expired:
    member_id: int
    name: str
    points: int


def load_policy(db: Database, store_id: int) -> ExpiryPolicy:
    with db.read() as s:
        text = read_setting(s, store_id, KEY)
    if text is None:
        return ExpiryPolicy()
    try:
        raw = json.loads(text)
        policy = ExpiryPolicy(ExpiryRule(raw["rule"]), int(raw.get("months", 24)))
    except (ValueError, KeyError, TypeError):
        return ExpiryPolicy()
    return ExpiryPolicy() if policy.problems() else policy


def save_policy(db: Database, actor: Actor, policy: ExpiryPolicy) -> None:
    require(actor, Permission.MANAGE_RULES)
    if policy.problems():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This rule is out of range: {rule}."), field="months", rule="months"
        )
    text = json.dumps({"rule": policy.rule.value, "months": policy.months}, sort_keys=True)
    with db.write() as s:
        write_setting(s, actor, KEY, text, "rules.points_expiry")


def _local_day(at: dt.datetime) -> dt.date:
    return at.astimezone().date()


def run(
    db: Database,
    actor: Actor,
    *,
    day: dt.date,
    apply: bool,
    now: dt.datetime | None = None,
    policy: ExpiryPolicy | None = None,
) -> list[Expired]:
    """The points that expire at the end of ``day``; written as entries when ``apply``.

    ``policy`` previews a policy not yet saved (Settings shows what it would expire); a run
    that writes always uses the store's saved policy.
    """
    require(actor, Permission.ADJUST_POINTS)
    if apply or policy is None:
        policy = load_policy(db, actor.store_id)
    limit = cutoff(policy, day)
    if limit is None:
        return []
    now = now or utcnow()
    reason = f"expiry {day.isoformat()}"
    found: list[Expired] = []
    last_id = 0
    while True:
        with db.write() if apply else db.read() as s:
            members = s.execute(
                select(Member.id, Member.name)
                .join(MemberStats, MemberStats.member_id == Member.id)
                .where(
                    Member.id > last_id,
                    Member.store_id == actor.store_id,
                    Member.status == MemberStatus.ACTIVE,
                    MemberStats.points_balance > 0,
                )
                .order_by(Member.id)
                .limit(BATCH)
            ).all()
            if not members:
                break
            names = dict(members)
            entries = s.execute(
                select(PointsEntry.member_id, PointsEntry.created_at, PointsEntry.delta, PointsEntry.source)
                .where(PointsEntry.member_id.in_(list(names)))
                .order_by(PointsEntry.member_id, PointsEntry.created_at, PointsEntry.id)
            ).all()
            batch: list[Expired] = []
            for member_id, rows in groupby(entries, key=lambda r: r.member_id):
                moves = [
                    PointsMove(_local_day(r.created_at), r.delta, r.source is PointsSource.EXPIRY)
                    for r in rows
                ]
                points = expiring(moves, limit)
                if points > 0:
                    batch.append(Expired(member_id, names[member_id], points))
            if apply:
                for item in batch:
                    position = lock_points(s, item.member_id)
                    moved = move_points(
                        s,
                        item.member_id,
                        position,
                        [(-item.points, PointsSource.EXPIRY)],
                        at=now,
                        reason=reason,
                    )
                    bump_stats(s, item.member_id, at=now, points=moved.points, owed=moved.owed)
                if batch:
                    audit.record(
                        s,
                        actor,
                        "points.expire",
                        entity="store",
                        entity_id=actor.store_id,
                        after={"members": len(batch), "points": sum(i.points for i in batch)},
                        detail=reason,
                    )
            found.extend(batch)
            last_id = members[-1].id
    return found
