"""The member list, one page at a time (keyset paging on the primary key, never "load all")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from memberdesk.domain.phone import mask_phone
from memberdesk.domain.vocab import Tier
from memberdesk.services.context import Actor
from memberdesk.services.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberStats


@dataclass(frozen=True)
class MemberRow:
    id: int
    card_no: str
    name: str
    masked_phone: str
    tier: Tier
    enrolled_at: dt.datetime
    spend_fen: int
    last_visit_at: dt.datetime | None


def count_members(db: Database, actor: Actor) -> int:
    require(actor, Permission.FIND_MEMBER)
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Member)) or 0


def member_page(db: Database, actor: Actor, after_id: int = 0, limit: int = 200) -> list[MemberRow]:
    """Members with ``id > after_id`` in id order, at most ``limit``."""
    require(actor, Permission.FIND_MEMBER)
    stmt = (
        select(
            Member.id, Member.card_no, Member.name, Member.phone, Member.tier, Member.enrolled_at,
            MemberStats.spend_fen, MemberStats.last_visit_at,
        )
        .outerjoin(MemberStats, MemberStats.member_id == Member.id)
        .where(Member.id > after_id)
        .order_by(Member.id)
        .limit(limit)
    )  # fmt: skip
    with db.read() as s:
        return [
            MemberRow(r.id, r.card_no, r.name, mask_phone(r.phone), r.tier, r.enrolled_at, r.spend_fen or 0,
                      r.last_visit_at)
            for r in s.execute(stmt)
        ]  # fmt: skip
