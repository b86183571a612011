"""What the customer's papers say, as plain values: the sale receipt (小票) and the return slip
(退货单).

Built by ``services/sales/receipts.py`` from what was recorded; drawn by
``reports/receipt.py`` as a PDF (and, later, by a thermal printer from the same values).
Every figure the customer checks is here, already computed — a renderer adds words and layout,
never arithmetic — and the figures add up:

    sum of line totals (quantity × unit price − line discount)
      − member price − coupons − sale discount − points' value     = total
    sum of payments                                                = total
    cash tendered − cash paid                                      = change (when tendered)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.domain.wallet import Split


@dataclass(frozen=True)
class ReceiptLine:
    description: str
    size: str
    quantity: int
    unit_fen: int  # the price of one
    discount_fen: int  # taken off this line
    total_fen: int  # quantity × unit − discount (before the member price and coupons)

    @property
    def gross_fen(self) -> int:
        return self.quantity * self.unit_fen


@dataclass(frozen=True)
class PaidPart:
    """One payment of a sale, or one refund of a return."""

    method: PaymentMethod
    amount_fen: int


@dataclass(frozen=True)
class Saving:
    """A coupon used on the sale (优惠券): its name and what it took off."""

    name: str
    amount_fen: int


@dataclass(frozen=True)
class Receipt:
    """A recorded sale as the customer's receipt shows it."""

    store_name: str
    invoice_desk: str
    receipt_no: str
    created_at: dt.datetime
    staff: str
    member_name: str  # "" for a customer without membership
    member_card: str
    lines: tuple[ReceiptLine, ...]
    sale_discount_fen: int  # taken off the whole sale
    points_redeemed: int
    points_value_fen: int  # what the redeemed points paid
    total_fen: int  # the amount paid
    payments: tuple[PaidPart, ...]
    cash_tendered_fen: int  # the cash handed over; 0 when it was not typed
    change_fen: int
    points_earned: int
    points_balance_after: int | None  # None: a walk-in, or a sale recorded before it was kept
    points_owed_after: int = 0
    member_price_fen: int = 0  # the member price (会员折扣) of the member's tier, off the goods
    coupons: tuple[Saving, ...] = ()
    stored_after: Split | None = None  # the stored-value balance after, when it paid
    card_code: str = ""  # when that balance is a gift card's (礼品卡): its code

    @property
    def coupon_fen(self) -> int:
        return sum(c.amount_fen for c in self.coupons)

    @property
    def stored_paid_fen(self) -> int:
        return sum(p.amount_fen for p in self.payments if p.method is PaymentMethod.STORED_VALUE)

    @property
    def gross_fen(self) -> int:
        """The goods at their prices, before any discount."""
        return sum(ln.gross_fen for ln in self.lines)

    @property
    def line_discount_fen(self) -> int:
        return sum(ln.discount_fen for ln in self.lines)

    @property
    def subtotal_fen(self) -> int:
        """The goods after their line discounts."""
        return sum(ln.total_fen for ln in self.lines)

    @property
    def cash_fen(self) -> int:
        return sum(p.amount_fen for p in self.payments if p.method is PaymentMethod.CASH)


@dataclass(frozen=True)
class ReturnSlipLine:
    description: str
    size: str
    quantity: int
    refund_fen: int


@dataclass(frozen=True)
class ReturnSlip:
    """A recorded return as the slip the customer takes home shows it: what came back and
    what went back, in money to each payment and in points."""

    store_name: str
    return_no: str
    receipt_no: str  # the sale's; "" for a return without a receipt
    created_at: dt.datetime
    staff: str
    approver: str  # "" when nobody had to approve
    member_name: str
    member_card: str
    return_type: ReturnType
    reason: str
    lines: tuple[ReturnSlipLine, ...]
    refund_fen: int
    refunds: tuple[PaidPart, ...]
    points_restored: int  # the goods' share of the points redeemed, given back
    points_reversed: int  # the points earned on the goods, taken back
    points_owed: int  # of those, what the balance did not hold: now owed
    stored_after: Split | None = None  # the stored-value balance after money went back to it
    card_code: str = ""  # when that balance is a gift card's (礼品卡): its code
    coupons_kept: tuple[str, ...] = ()  # names of the sale's coupons, which a return does not give back
