"""The slip handed over with a coupon given at the counter (优惠券凭条), as plain values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from memberdesk.domain.coupons import CouponTerms


@dataclass(frozen=True)
class CouponSlip:
    """The coupon's code, what it takes off, from when to when, and on what terms."""

    store_name: str
    created_at: dt.datetime  # when the slip was printed
    staff: str
    member_name: str
    member_card: str
    name: str
    code: str
    terms: CouponTerms
    valid_from: dt.date
    valid_to: dt.date
