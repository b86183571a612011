"""A complaint's compensation given as a real coupon (补偿购物券) instead of words.

The supervisor resolving a complaint may give the compensation amount as an amount-off coupon
valid for a number of days. The coupon is issued in the resolution's own transaction (so there
is a coupon exactly when the resolution is recorded), to the complaining member (a walk-in gets
a bearer coupon with its code to hand over), one per complaint: its note names the complaint
(``complaint <number>``), and for a member its issue key does too, which the coupons' unique
key holds to one. The amount follows the complaint rules like any compensation (the manager's
has no upper limit; above a role's limit the manager approves with their PIN).

Each compensation of one amount and one validity uses one template of purpose ``compensation``
(made on first use, named after its amount), so the coupon screens and the till show it like
any other coupon.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import CouponKind, CouponPurpose
from memberdesk.services.common.context import Actor
from memberdesk.services.money import coupons
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Complaint, Coupon, CouponTemplate, new_uid, utcnow

MAX_DAYS = 366
DEFAULT_DAYS = 90


@dataclass(frozen=True)
class CompensationCoupon:
    code: str
    amount_fen: int
    valid_from: dt.date
    valid_to: dt.date
    used: bool
    member_id: int | None


def link(complaint_no: str) -> str:
    """The note (and a member's issue key) that ties a coupon to its complaint."""
    return f"complaint {complaint_no}"


def check_days(actor: Actor, fen: int, days: int) -> None:
    """Before anything is written: who may give a coupon, and for how long."""
    if not days:
        return
    require(actor, Permission.ISSUE_COUPON)
    if fen <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A compensation coupon needs an amount."), field="compensation"
        )
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A coupon is valid for 1 to {high} days."),
            field="coupon_days",
            high=MAX_DAYS,
        )


def _template(s: Session, actor: Actor, fen: int, days: int) -> int:
    found = s.scalar(
        select(CouponTemplate.id)
        .where(
            CouponTemplate.store_id == actor.store_id,
            CouponTemplate.purpose == CouponPurpose.COMPENSATION,
            CouponTemplate.kind == CouponKind.AMOUNT_OFF,
            CouponTemplate.amount_fen == fen,
            CouponTemplate.min_spend_fen == 0,
            CouponTemplate.valid_days == days,
            CouponTemplate.active.is_(True),
        )
        .order_by(CouponTemplate.id)
        .limit(1)
    )
    if found is not None:
        return int(found)
    template = CouponTemplate(
        store_id=actor.store_id,
        name=f"补偿购物券 {format_fen(fen)}",
        purpose=CouponPurpose.COMPENSATION,
        kind=CouponKind.AMOUNT_OFF,
        amount_fen=fen,
        percent_off=0,
        cap_fen=0,
        min_spend_fen=0,
        valid_days=days,
        categories="",
        tiers="",
        stackable=False,
        active=True,
        created_at=utcnow(),
        created_by_id=actor.staff_id,
        uid=new_uid(),
    )
    s.add(template)
    s.flush()
    return template.id


def issue_in(s: Session, actor: Actor, complaint: Complaint, fen: int, days: int, *, today: dt.date) -> str:
    """Issue the complaint's coupon inside the resolution's transaction; returns its code."""
    tid = _template(s, actor, fen, days)
    key = link(complaint.complaint_no)
    (code,) = coupons.issue_in(
        s, actor, actor.store_id, tid, [complaint.member_id], today=today, issue_key=key, note=key
    )
    audit.record(
        s,
        actor,
        "coupon.issue",
        entity="complaint",
        entity_id=complaint.id,
        after={"code": code, "amount_fen": fen, "valid_days": days},
        detail=key,
    )
    return code


def coupon_of(db: Database, store_id: int, complaint_no: str) -> CompensationCoupon | None:
    """The coupon a complaint's compensation was given as, if any."""
    with db.read() as s:
        row = s.execute(
            select(Coupon, CouponTemplate.amount_fen)
            .join(CouponTemplate, CouponTemplate.id == Coupon.template_id)
            .where(Coupon.store_id == store_id, Coupon.note == link(complaint_no))
            .order_by(Coupon.id)
            .limit(1)
        ).first()
    if row is None:
        return None
    c, fen = row
    return CompensationCoupon(c.code, int(fen), c.valid_from, c.valid_to, c.used, c.member_id)
