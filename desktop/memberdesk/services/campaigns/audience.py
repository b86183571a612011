"""Saved segments put to work beyond campaigns: the members of one by name (to invite them to
an event), and a coupon given to every member of one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from memberdesk.services.common.context import Actor
from memberdesk.services.money.coupons import issue_in
from memberdesk.services.segments import segments
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database


def members_of_segment(
    db: Database, actor: Actor, name_or_id: str | int, *, today: dt.date | None = None
) -> list[int]:
    """The members a saved segment holds now (a frozen list, in id order)."""
    saved = segments.load(db, actor, name_or_id)
    return segments.member_ids(db, saved.id, today=today, store_id=actor.store_id)


@dataclass(frozen=True)
class GivenCoupons:
    members: int  # in the segment
    issued: int  # new coupons
    already: int  # members who held this coupon from this segment before


def give_coupon(
    db: Database, actor: Actor, segment: str | int, template_id: int, *, today: dt.date | None = None
) -> GivenCoupons:
    """One coupon of the template to every member of the saved segment, in one transaction;
    a member who was given it from this segment before gets none again (safe to repeat)."""
    require(actor, Permission.ISSUE_COUPON)
    today = today or dt.date.today()
    saved = segments.load(db, actor, segment)
    ids = segments.member_ids(db, saved.id, today=today, store_id=actor.store_id)
    with db.write() as s:
        codes = issue_in(
            s, actor, actor.store_id, template_id, ids, today=today,
            issue_key=f"segment {saved.id}", note=saved.name,
        )  # fmt: skip
        audit.record(
            s, actor, "segment.give_coupon", entity="segment", entity_id=saved.id,
            detail=f"{saved.name}: template {template_id}, {len(codes)} of {len(ids)} members",
        )  # fmt: skip
    return GivenCoupons(len(ids), len(codes), len(ids) - len(codes))
