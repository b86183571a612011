"""The member's own money off a cart: coupons (优惠券) applied at the till.

The order, stated once (DESIGN.md, "Member money at the till"): each line's own discount,
then the member price of the member's tier, then the coupons in the order the clerk applied
them (each measured on what the ones before it left), then the sale discount, then points.

A coupon's saving is spread over the lines it applies to (``domain/coupons.spread``) and kept
on each line (``coupon_fen``), so a return refunds each line net of its share; the coupon
itself is not given back by a return. A void gives it back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from memberdesk.domain.coupons import CartLine, discount_for, spread
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from memberdesk.domain.vocab import Tier
from memberdesk.services.common.inputs import clean_code
from memberdesk.services.money import coupons

MAX_COUPONS = 3  # coupons on one sale


@dataclass(frozen=True)
class AppliedCoupon:
    """A coupon as the sale uses it: what it saves and each line's share of the saving."""

    coupon_id: int
    code: str
    name: str
    saving_fen: int
    shares: tuple[int, ...]  # per cart line, in the cart's order


def coupon_codes(value: object) -> tuple[str, ...]:
    """The codes the clerk applied, cleaned; each once, at most MAX_COUPONS."""
    if value is None:
        return ()
    items = value if isinstance(value, (list, tuple)) else (value,)  # one code handed alone
    codes = tuple(dict.fromkeys(clean_code(c).upper() if isinstance(c, str) else "" for c in items))
    if "" in codes or len(codes) != len(items):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Each coupon is applied once, by its code."), field="coupon"
        )
    if len(codes) > MAX_COUPONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A sale takes at most {high} coupons."),
            field="coupon",
            high=MAX_COUPONS,
        )
    return codes


def apply_coupons(
    s: Session,
    store_id: int,
    codes: Sequence[str],
    *,
    member_id: int | None,
    tier: Tier | None,
    day: dt.date,
    lines: Sequence[CartLine],
) -> tuple[AppliedCoupon, ...]:
    """The coupons ``codes`` applied to ``lines`` (category and cost after the line's own
    discount and the member price); refused with the reason when one cannot be used."""
    out: list[AppliedCoupon] = []
    left = list(lines)
    for code in codes:
        coupon = coupons.by_code_in(s, store_id, code)
        reason = coupons.why_not(coupon, member_id=member_id, tier=tier, day=day, lines=left)
        if reason:
            raise Conflict(
                reason,
                field="coupon",
                start=coupon.valid_from.isoformat(),
                end=coupon.valid_to.isoformat(),
            )
        if len(codes) > 1 and not coupon.terms.stackable:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "Coupon “{name}” cannot be combined with another coupon."),
                field="coupon",
                name=coupon.name,
            )
        saving = discount_for(coupon.terms, left)
        shares = spread(saving, left, coupon.terms)
        left = [CartLine(ln.category, ln.total_fen - share) for ln, share in zip(left, shares, strict=True)]
        out.append(AppliedCoupon(coupon.id, coupon.code, coupon.name, saving, tuple(shares)))
    return tuple(out)
