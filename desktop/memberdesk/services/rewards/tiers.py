"""The yearly tier review: every member's tier follows the last 12 months' spend, down as well
as up, each move recorded with its reason in the member's history (``TierChange``).

A sale already raises a tier the moment spend reaches it; only the review lowers one, so a
member keeps a tier at least until the next review. Members are read in batches by id, each
batch's spend aggregated by the database (the sales index by member and time covers it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update

from memberdesk.domain.points import TIER_ORDER, tier_for
from memberdesk.domain.vocab import MemberStatus, Tier
from memberdesk.services.common.context import Actor
from memberdesk.services.sales.rules import load_rules
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Sale, SaleReturn, TierChange, new_uid, utcnow

BATCH = 5_000


@dataclass(frozen=True)
class TierMove:
    member_id: int
    name: str
    from_tier: Tier
    to_tier: Tier
    spend_fen: int

    @property
    def up(self) -> bool:
        return TIER_ORDER.index(self.to_tier) > TIER_ORDER.index(self.from_tier)


def _reason(move: TierMove) -> str:
    yuan = f"{move.spend_fen / 100:,.2f}"
    return f"yearly review: 12-month spend ¥{yuan}"


def review(
    db: Database, actor: Actor, *, now: dt.datetime | None = None, apply: bool = True
) -> list[TierMove]:
    """Every active member's tier by the 12-month rule; ``apply=False`` only lists the moves."""
    require(actor, Permission.MANAGE_RULES)
    now = now or utcnow()
    since = now - dt.timedelta(days=365)
    key = str(now.astimezone().year)
    moves: list[TierMove] = []
    last_id = 0
    while True:
        with db.write() if apply else db.read() as s:
            rules = load_rules(s, actor.store_id)
            members = s.execute(
                select(Member.id, Member.name, Member.tier)
                .where(
                    Member.id > last_id,
                    Member.store_id == actor.store_id,
                    Member.status == MemberStatus.ACTIVE,
                )
                .order_by(Member.id)
                .limit(BATCH)
            ).all()
            if not members:
                break
            lo, hi = members[0].id, members[-1].id
            sold = dict(
                s.execute(
                    select(Sale.member_id, func.sum(Sale.total_fen))
                    .where(Sale.member_id.between(lo, hi), Sale.created_at >= since)
                    .group_by(Sale.member_id)
                ).all()
            )
            back = dict(
                s.execute(
                    select(SaleReturn.member_id, func.sum(SaleReturn.refund_total_fen))
                    .where(SaleReturn.member_id.between(lo, hi), SaleReturn.created_at >= since)
                    .group_by(SaleReturn.member_id)
                ).all()
            )
            batch: list[TierMove] = []
            for mid, name, tier in members:
                spend = int(sold.get(mid) or 0) - int(back.get(mid) or 0)
                target = tier_for(spend, rules)
                if target != tier:
                    batch.append(TierMove(mid, name, tier, target, spend))
            if apply:
                for move in batch:
                    s.execute(
                        update(Member)
                        .where(Member.id == move.member_id)
                        .values(tier=move.to_tier, updated_at=now)
                    )
                    s.add(
                        TierChange(
                            member_id=move.member_id,
                            at=now,
                            from_tier=move.from_tier.value,
                            to_tier=move.to_tier.value,
                            reason=_reason(move),
                            review_key=key,
                            staff_id=actor.staff_id,
                            uid=new_uid(),
                        )
                    )
                if batch:
                    audit.record(
                        s,
                        actor,
                        "tiers.review",
                        entity="store",
                        entity_id=actor.store_id,
                        after={"moved": len(batch), "up": sum(m.up for m in batch)},
                        detail=key,
                    )
            moves.extend(batch)
            last_id = hi
    return moves


def history(db: Database, member_id: int) -> list[TierChange]:
    """The member's tier moves, newest first (detached rows for reading)."""
    with db.read() as s:
        rows = list(
            s.scalars(
                select(TierChange).where(TierChange.member_id == member_id).order_by(TierChange.at.desc())
            )
        )
        s.expunge_all()
        return rows
