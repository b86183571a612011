"""The data of the slips handed over at the counter besides receipts: a coupon's (优惠券凭条)."""

from __future__ import annotations

import datetime as dt

from memberdesk.documents.coupon_slip import CouponSlip
from memberdesk.services.common.context import Actor
from memberdesk.services.money import coupons
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Staff, Store, utcnow


def coupon_slip(db: Database, actor: Actor, code: object, *, now: dt.datetime | None = None) -> CouponSlip:
    """The slip of the coupon with this code (refused as the till refuses an unknown code)."""
    view = coupons.by_code(db, actor.store_id, code)
    with db.read() as s:
        store = s.get(Store, actor.store_id)
        staff = s.get(Staff, actor.staff_id) if actor.staff_id else None
        member = s.get(Member, view.member_id) if view.member_id else None
        return CouponSlip(
            store_name=store.name if store else "",
            created_at=now or utcnow(),
            staff=staff.name if staff else "",
            member_name=member.name if member else "",
            member_card=member.card_no if member else "",
            name=view.name,
            code=view.code,
            terms=view.terms,
            valid_from=view.valid_from,
            valid_to=view.valid_to,
        )
