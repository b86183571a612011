"""Coupons (优惠券): what one takes off a cart, when it may be used, and its code.

The rules, stated once:
- A coupon applies to the lines of its categories (all lines when it names none), after the
  lines' own discounts; the minimum spend (满…) is measured on those lines.
- Amount off takes off its amount, at most what those lines cost; percent off takes its
  percentage of them, rounded down to the fen, at most its cap when it has one.
- One coupon that is not stackable is the only coupon of a sale; stackable ones combine, each
  measured on what the coupons before it left.
- A coupon is used once. A return of a sale that used one refunds the lines net of the
  coupon's share (the till spreads each coupon's discount over its lines like a line
  discount); the coupon is not given back. Voiding the sale the same day gives it back.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from memberdesk.domain.vocab import CouponKind

# Letters and digits that cannot be misread on a slip or typed wrong (no 0/O, 1/I/L).
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 10
CODE_PREFIX = "Q"


@dataclass(frozen=True)
class CouponTerms:
    kind: CouponKind
    amount_fen: int = 0
    percent_off: int = 0
    cap_fen: int = 0
    min_spend_fen: int = 0
    categories: frozenset[str] = frozenset()
    stackable: bool = False

    def problems(self) -> list[str]:
        bad: list[str] = []
        if self.kind is CouponKind.AMOUNT_OFF and not 1 <= self.amount_fen <= 100_000_00:
            bad.append("amount_fen")
        if self.kind is CouponKind.PERCENT_OFF and not 1 <= self.percent_off <= 90:
            bad.append("percent_off")
        if not 0 <= self.cap_fen <= 100_000_00:
            bad.append("cap_fen")
        if not 0 <= self.min_spend_fen <= 1_000_000_00:
            bad.append("min_spend_fen")
        return bad


@dataclass(frozen=True)
class CartLine:
    """What a coupon sees of a cart line: its category and what it costs after its discount."""

    category: str
    total_fen: int


def eligible_fen(terms: CouponTerms, lines: Sequence[CartLine]) -> int:
    return sum(ln.total_fen for ln in lines if not terms.categories or ln.category in terms.categories)


def discount_for(terms: CouponTerms, lines: Sequence[CartLine]) -> int:
    """What the coupon takes off ``lines`` (0 when the minimum spend is not reached)."""
    base = eligible_fen(terms, lines)
    if base <= 0 or base < terms.min_spend_fen:
        return 0
    if terms.kind is CouponKind.AMOUNT_OFF:
        return min(terms.amount_fen, base)
    off = base * terms.percent_off // 100
    return min(off, terms.cap_fen) if terms.cap_fen else off


def spread(discount_fen: int, lines: Sequence[CartLine], terms: CouponTerms) -> list[int]:
    """The coupon's discount spread over the eligible lines in proportion to their cost
    (largest remainders last), so each line's refund is net of its share."""
    weights = [
        ln.total_fen if (not terms.categories or ln.category in terms.categories) else 0 for ln in lines
    ]
    whole = sum(weights)
    if whole <= 0 or discount_fen <= 0:
        return [0] * len(lines)
    shares = [discount_fen * w // whole for w in weights]
    left = discount_fen - sum(shares)
    by_remainder = sorted(
        (i for i, w in enumerate(weights) if w),
        key=lambda i: (discount_fen * weights[i] % whole, i),
        reverse=True,
    )
    for i in by_remainder[:left]:
        shares[i] += 1
    return shares


def valid_on(day: dt.date, valid_from: dt.date, valid_to: dt.date) -> bool:
    return valid_from <= day <= valid_to


def validity(
    issued: dt.date, *, valid_from: dt.date | None, valid_to: dt.date | None, valid_days: int
) -> tuple[dt.date, dt.date]:
    """The dates a coupon issued on ``issued`` may be used: N days from issue, or the
    template's own dates (from the issue day at the earliest)."""
    if valid_days > 0:
        return issued, issued + dt.timedelta(days=valid_days - 1)
    start = max(issued, valid_from) if valid_from else issued
    end = valid_to if valid_to else issued + dt.timedelta(days=365)
    return start, end


def new_code() -> str:
    """A fresh coupon code: Q and ten characters nobody misreads (about 4·10^14 of them)."""
    return CODE_PREFIX + "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def looks_like_code(text: str) -> bool:
    body = text[len(CODE_PREFIX) :]
    return (
        text.startswith(CODE_PREFIX) and len(body) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in body)
    )
