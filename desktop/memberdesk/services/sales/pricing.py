"""Pricing a cart: the one calculation behind what the till shows and what a sale records.

``price_cart`` turns a ``SaleForm`` (lines as typed, discounts, points, payments, cash
tendered) into a ``PricedCart``: each line with its product name, unit price, discount and
total; the subtotal, discounts, points redeemed, amount due, points the sale earns, the
payments with "the rest" filled in, and the change for cash. The till calls it on every
change; ``record_sale`` calls the same ``price`` inside its transaction, so the amount the
clerk announced is the amount recorded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from sqlalchemy import BindParameter, bindparam, or_, select
from sqlalchemy.orm import Session

from memberdesk.domain.coupons import CartLine
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.members import birthday_this_week
from memberdesk.domain.money import MAX_FEN, format_fen
from memberdesk.domain.points import SalesRules, points_for
from memberdesk.domain.vocab import MemberStatus, PaymentMethod, Tier
from memberdesk.domain.wallet import Split
from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import DriverStatement, SessionDriver
from memberdesk.services.common.inputs import (
    clean_code,
    clean_text,
    is_blank,
    money,
    points,
    quantity,
    record_id,
)
from memberdesk.services.money import gift_cards
from memberdesk.services.money import rules as wallet_rules
from memberdesk.services.money.gift_cards import CardBalance
from memberdesk.services.sales import member_rules
from memberdesk.services.sales.cart_money import AppliedCoupon, apply_coupons, coupon_codes
from memberdesk.services.sales.ledger import PointsPosition, lock_points
from memberdesk.services.sales.rules import load_rules
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberStats, Product, Wallet, utcnow

MAX_LINES = 200
MAX_PAYMENTS = 4
MAX_EARNED = 2_000_000_000  # the points column holds 32 bits; no sale earns more than this

# Methods any sale may be paid with (and a return without a receipt paid back by). Stored
# value (储值, 会员余额) pays only a member's own sale, from their balance, never below zero.
# A gift card (礼品卡) pays any sale, from the card whose code the clerk scans; neither is a
# method a refund without its sale can pay back by.
BALANCES = (PaymentMethod.STORED_VALUE, PaymentMethod.GIFT_CARD)
# An exchange's credit (换货抵扣) is written by the exchange only (services/sales/exchange.py).
ACCEPTED_METHODS: tuple[PaymentMethod, ...] = tuple(
    m for m in PaymentMethod if m not in BALANCES and m is not PaymentMethod.EXCHANGE
)

_TOO_LARGE_DISCOUNT = QT_TRANSLATE_NOOP("Errors", "A discount must be less than the amount it is taken from.")


class MemberRow(NamedTuple):
    """What pricing needs of the member."""

    id: int
    name: str
    tier: Tier
    status: MemberStatus
    birthday: dt.date | None
    lunar_mmdd: int | None
    lunar_leap: bool
    birthday_lunar: bool

    def birthday_week(self, day: dt.date) -> bool:
        """Whether ``day`` is in the member's birthday week (the member card's rule)."""
        return (
            birthday_this_week(self.birthday, self.lunar_mmdd, self.lunar_leap, self.birthday_lunar, day)
            is not None
        )


class ProductRow(NamedTuple):
    """What a line needs of a catalogue product."""

    id: int
    sku: str
    barcode: str | None
    name: str
    category: str
    price_fen: int
    sizes: str  # comma-separated, as the catalogue keeps them

    def size_list(self) -> tuple[str, ...]:
        """The sizes the product comes in, in the catalogue's order, each once."""
        return tuple(dict.fromkeys(s.strip() for s in self.sizes.split(",") if s.strip()))


# The till prices the cart on every change and the sale prices it again: on the driver.
_members, _products, _stats = Member.__table__, Product.__table__, MemberStats.__table__
_MEMBER = DriverStatement(
    select(*(_members.c[name] for name in MemberRow._fields)).where(_members.c.id == bindparam("member")),
    convert=True,
)
_code: BindParameter[str] = bindparam("code")
_PRODUCT = DriverStatement(
    select(*(_products.c[name] for name in ProductRow._fields))
    .where(or_(_products.c.sku == _code, _products.c.barcode == _code), _products.c.active)
    .order_by(_products.c.id)
)
_wallets = Wallet.__table__
_WALLET = DriverStatement(
    select(_wallets.c.principal_fen, _wallets.c.bonus_fen).where(_wallets.c.member_id == bindparam("member"))
)
_BALANCE = DriverStatement(
    select(_stats.c.points_balance, _stats.c.points_owed).where(_stats.c.member_id == bindparam("member"))
)


@dataclass(frozen=True)
class LineForm:
    """One line as typed: a catalogue code (SKU or barcode) or a free line."""

    code: str = ""
    description: str = ""
    category: str = ""
    size: str = ""
    unit_price: object = ""  # empty with a code: the catalogue price
    quantity: object = 1
    discount: object = ""


@dataclass(frozen=True)
class PaymentForm:
    """One payment; an empty amount means "the rest of the amount due" (at most one)."""

    method: PaymentMethod
    amount: object = ""


@dataclass(frozen=True)
class SaleForm:
    """A whole sale as the till collects it."""

    member_id: int | None
    lines: list[LineForm]
    payments: list[PaymentForm] = field(default_factory=list)
    discount: object = ""  # on the whole sale
    redeem_points: object = 0
    note: str = ""
    tendered: object = ""  # cash handed over, for the change
    member_pin: str = ""  # typed by the member when the balance pays (the store's rule)
    member_card: str = ""  # or their card scanned
    coupons: tuple[str, ...] = ()  # codes of the coupons applied, in the order applied
    gift_card: str = ""  # the code of the gift card that pays (scanned or typed)

    @property
    def pays_by_stored_value(self) -> bool:
        return any(getattr(p, "method", None) is PaymentMethod.STORED_VALUE for p in self.payments)


@dataclass(frozen=True)
class PricedLine:
    """A line as it will be recorded."""

    product_id: int | None
    code: str
    sku: str
    category: str
    description: str
    size: str
    quantity: int
    unit_fen: int
    discount_fen: int
    sizes: tuple[str, ...] = ()  # the sizes the catalogue product comes in (none for a free line)
    member_fen: int = 0  # the member price (会员折扣) taken off this line
    coupon_fen: int = 0  # this line's share of the coupons

    @property
    def gross_fen(self) -> int:
        return self.quantity * self.unit_fen

    @property
    def total_fen(self) -> int:
        """The line as the cart shows it: quantity × unit price less its own discount."""
        return self.gross_fen - self.discount_fen

    @property
    def net_fen(self) -> int:
        """What the line costs after the member price and its coupon share (recorded as the
        sale line's total, so a return refunds it net of both)."""
        return self.total_fen - self.member_fen - self.coupon_fen


@dataclass(frozen=True)
class PricedPayment:
    method: PaymentMethod
    amount_fen: int


@dataclass(frozen=True)
class PricedCart:
    """Every figure the till shows; ``record_sale`` writes exactly these."""

    lines: tuple[PricedLine, ...]
    gross_fen: int  # quantity × unit price, before any discount
    line_discount_fen: int
    subtotal_fen: int  # after line discounts, the member price and coupons (the lines' net)
    sale_discount_fen: int
    redeem_points: int
    redeem_fen: int
    total_fen: int  # the amount due
    points_earned: int
    points_balance: int | None  # the member's balance before this sale; None for a walk-in
    points_owed: int  # what the member owes before this sale (a return took back more than they had)
    member_name: str
    member_tier: Tier | None
    payments: tuple[PricedPayment, ...]
    paid_fen: int
    cash_fen: int
    tendered_fen: int  # 0 when no cash tendered was typed
    change_fen: int
    rules: SalesRules  # the store's rules it was priced by (the sale books the tier by them)
    stored: Split | None = None  # the member's stored-value balance before; None: none to pay from
    coupons: tuple[AppliedCoupon, ...] = ()
    member_pct: int = 0  # the member price of the member's tier, percent off
    points_multiplier: int = 1  # the birthday week's multiplier when it applies
    card: CardBalance | None = None  # the gift card typed at the till, its balance before

    @property
    def card_paid_fen(self) -> int:
        """What the gift card pays of this sale."""
        return sum(p.amount_fen for p in self.payments if p.method is PaymentMethod.GIFT_CARD)

    @property
    def member_fen(self) -> int:
        return sum(ln.member_fen for ln in self.lines)

    @property
    def coupon_fen(self) -> int:
        return sum(c.saving_fen for c in self.coupons)

    @property
    def stored_fen(self) -> int | None:
        return None if self.stored is None else self.stored.total_fen

    @property
    def stored_paid_fen(self) -> int:
        """What the member's stored-value balance pays of this sale."""
        return sum(p.amount_fen for p in self.payments if p.method is PaymentMethod.STORED_VALUE)

    @property
    def discount_fen(self) -> int:
        """What the sale record keeps as its discount: the sale discount and points redeemed."""
        return self.sale_discount_fen + self.redeem_fen

    @property
    def left_to_pay_fen(self) -> int:
        return self.total_fen - self.paid_fen

    @property
    def short_fen(self) -> int:
        """Cash still to hand over when the cash tendered is less than the cash due."""
        return max(0, self.cash_fen - self.tendered_fen) if self.tendered_fen else 0


def price_cart(db: Database, actor: Actor, form: SaleForm, *, now: dt.datetime | None = None) -> PricedCart:
    """Price the cart as it stands (nothing written). Refuses what ``record_sale`` would refuse
    about the lines, discounts, points and payment methods; payments that do not yet cover the
    amount due, or cash tendered short of the cash due, are shown, not refused."""
    require(actor, Permission.RECORD_SALE)
    with db.read() as s:
        return price(s, actor, form, final=False, now=now)


def price(
    s: Session, actor: Actor, form: SaleForm, *, final: bool, now: dt.datetime | None = None
) -> PricedCart:
    """The pricing itself, in the caller's session. ``final``: the sale is being recorded, so the
    payments must equal the amount due, the cash tendered must cover the cash, and the
    member's points row is locked until the commit."""
    if len(form.lines) > MAX_LINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A sale has at most {high} lines."), field="lines", high=MAX_LINES
        )
    if final and not form.lines:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A sale needs at least one line."), field="lines")
    redeem = points(form.redeem_points, "redeem_points")
    sale_discount = 0 if is_blank(form.discount) else money(form.discount, "discount")
    codes = coupon_codes(form.coupons)
    lines = _lines(s, form.lines)
    member = _member(s, form.member_id, redeem)
    rules = load_rules(s, actor.store_id)
    day = (now or utcnow()).astimezone().date()
    extras = member_rules.load(s, actor.store_id) if member else member_rules.MemberRules()
    pct = extras.member_pct.get(member.tier, 0) if member else 0
    if pct:  # the member price, off each line after its own discount, rounded down
        lines = tuple(replace(ln, member_fen=ln.total_fen * pct // 100) for ln in lines)
    times = extras.multiplier if member and member.birthday_week(day) else 1
    applied = apply_coupons(
        s,
        actor.store_id,
        codes,
        member_id=member.id if member else None,
        tier=member.tier if member else None,
        day=day,
        lines=[CartLine(ln.category, ln.total_fen - ln.member_fen) for ln in lines],
    )
    if applied:
        lines = tuple(replace(ln, coupon_fen=sum(c.shares[i] for c in applied)) for i, ln in enumerate(lines))
    position = None if member is None else _position(s, member.id, lock=final)
    balance = None if position is None else position.balance
    if balance is not None and redeem > balance:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "The member has only {balance} points."),
            field="redeem_points",
            balance=f"{balance:,}",
        )
    subtotal = sum(ln.net_fen for ln in lines)
    redeem_fen = redeem * rules.redeem_fen_per_point
    if lines and sale_discount >= subtotal:
        raise ValidationError(_TOO_LARGE_DISCOUNT, field="discount")
    if lines and sale_discount + redeem_fen >= subtotal:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Points may pay for less than the whole amount."),
            field="redeem_points",
        )
    total = max(0, subtotal - sale_discount - redeem_fen)
    if total > MAX_FEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is far too large for a sale."),
            field="lines",
            text=format_fen(total),
        )
    payments = _payments(form.payments, total if lines else 0, member is not None)
    stored = None if member is None else _stored_balance(s, actor.store_id, member.id)
    _check_stored(payments, stored)
    card = gift_cards.for_till(
        s,
        form.gift_card if isinstance(form.gift_card, str) else "",
        sum(p.amount_fen for p in payments if p.method is PaymentMethod.GIFT_CARD),
    )
    paid = sum(p.amount_fen for p in payments)
    cash = sum(p.amount_fen for p in payments if p.method is PaymentMethod.CASH)
    tendered = 0 if is_blank(form.tendered) else money(form.tendered, "tendered", allow_zero=True)
    if final:
        _check_final(paid, total, cash, tendered)
    return PricedCart(
        lines=lines,
        gross_fen=sum(ln.gross_fen for ln in lines),
        line_discount_fen=sum(ln.discount_fen for ln in lines),
        subtotal_fen=subtotal,
        sale_discount_fen=sale_discount,
        redeem_points=redeem,
        redeem_fen=redeem_fen,
        total_fen=total,
        points_earned=_earned(total, member, rules, times),
        points_balance=balance,
        points_owed=position.owed if position else 0,
        member_name=member.name if member else "",
        member_tier=member.tier if member else None,
        payments=payments,
        paid_fen=paid,
        cash_fen=cash,
        tendered_fen=tendered,
        change_fen=max(0, tendered - cash) if tendered else 0,
        rules=rules,
        stored=stored,
        coupons=applied,
        member_pct=pct,
        points_multiplier=times,
        card=card,
    )


def _check_final(paid: int, total: int, cash: int, tendered: int) -> None:
    if paid != total:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The payments add up to {paid}, but the total is {total}."),
            field="payments",
            paid=f"{paid / 100:,.2f}",
            total=f"{total / 100:,.2f}",
        )
    if tendered and not cash:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cash was tendered, but nothing is paid in cash."), field="tendered"
        )
    if tendered and tendered < cash:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The cash tendered ({tendered}) is less than the cash due ({cash})."),
            field="tendered",
            tendered=format_fen(tendered),
            cash=format_fen(cash),
        )


def _earned(total: int, member: MemberRow | None, rules: SalesRules, times: int) -> int:
    return 0 if member is None else min(MAX_EARNED, points_for(total, member.tier, rules) * times)


def _position(s: Session, member_id: int, *, lock: bool) -> PointsPosition:
    if lock:
        return lock_points(s, member_id)
    row = SessionDriver(s).first(_BALANCE, member=member_id)
    return PointsPosition(int(row[0]), int(row[1])) if row else PointsPosition()


def _member(s: Session, member_id: object, redeem: int) -> MemberRow | None:
    if member_id is None:
        if redeem:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Only a member can redeem points."), field="redeem_points"
            )
        return None
    no_member = QT_TRANSLATE_NOOP("Errors", "No such member.")
    row = SessionDriver(s).first(_MEMBER, member=record_id(member_id, "member_id", no_member))
    member = None if row is None else MemberRow(*row)
    if member is None or member.status is not MemberStatus.ACTIVE:
        raise NotFound(no_member, field="member_id")
    return member


def _lines(s: Session, forms: list[LineForm]) -> tuple[PricedLine, ...]:
    codes = {clean_code(f.code) for f in forms if isinstance(f, LineForm)} - {""}
    products: dict[str, ProductRow] = {}
    if codes:
        driver = SessionDriver(s)
        for code in sorted(codes):
            # a code is one product's SKU or barcode; the SKU wins if another has it as barcode
            found = [ProductRow(*row) for row in driver.rows(_PRODUCT, code=code)]
            if found:
                products[code] = next((p for p in found if p.sku == code), found[0])
    return tuple(_line(i, f, products) for i, f in enumerate(forms))


def _line(i: int, form: LineForm, products: dict[str, ProductRow]) -> PricedLine:
    f = f"lines.{i}"
    if not isinstance(form, LineForm):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Describe what was sold."), field=f"{f}.description"
        )
    typed_code = clean_text(form.code, 40)
    product: ProductRow | None = None
    if typed_code or not is_blank(form.code):
        product = products.get(clean_code(form.code))
        if product is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "No product with code {code} in the catalogue."),
                field=f"{f}.code",
                code=typed_code or "?",
            )
    qty = quantity(form.quantity, f"{f}.quantity")
    if not is_blank(form.unit_price):
        unit = money(form.unit_price, f"{f}.unit_price")
    elif product is not None:
        unit = product.price_fen
    else:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the price."), field=f"{f}.unit_price")
    description = clean_text(form.description, 100) or (product.name[:100] if product else "")
    if not description:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Describe what was sold."), field=f"{f}.description"
        )
    discount = 0 if is_blank(form.discount) else money(form.discount, f"{f}.discount")
    if discount >= qty * unit:
        raise ValidationError(_TOO_LARGE_DISCOUNT, field=f"{f}.discount")
    sizes = product.size_list() if product else ()
    size = clean_text(form.size, 16)
    if size and sizes and size not in sizes:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{size}” is not a size of {item}: it comes in {sizes}."),
            field=f"{f}.size",
            size=size,
            item=description,
            sizes=" / ".join(sizes),
        )
    return PricedLine(
        product_id=product.id if product else None,
        code=typed_code,
        sku=product.sku if product else "",
        category=clean_text(form.category, 30) or (product.category[:30] if product else ""),
        description=description,
        size=size,
        quantity=qty,
        unit_fen=unit,
        discount_fen=discount,
        sizes=sizes,
    )


def _stored_balance(s: Session, store_id: int, member_id: int) -> Split | None:
    """The member's stored-value balance (principal + bonus); None when the store does not take
    stored value or the member never topped up."""
    if not wallet_rules.load(s, store_id).enabled:
        return None
    row = SessionDriver(s).first(_WALLET, member=member_id)
    return None if row is None else Split(int(row[0]), int(row[1]))


def _check_stored(payments: tuple[PricedPayment, ...], stored: Split | None) -> None:
    """Stored value pays at most the balance: never below zero (the sale's spend checks it
    again with the balance locked)."""
    paying = sum(p.amount_fen for p in payments if p.method is PaymentMethod.STORED_VALUE)
    if paying and stored is None:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "This member has no stored-value balance."), field="payments"
        )
    if paying and stored is not None and paying > stored.total_fen:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "The stored-value balance is only {balance}."),
            field="payments",
            balance=format_fen(stored.total_fen),
        )


def _payments(forms: list[PaymentForm], total: int, member: bool) -> tuple[PricedPayment, ...]:
    if len(forms) > MAX_PAYMENTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A sale is paid in at most {high} parts."),
            field="payments",
            high=MAX_PAYMENTS,
        )
    amounts: list[tuple[PaymentMethod, int | None]] = []
    for i, p in enumerate(forms):
        method = p.method if isinstance(p, PaymentForm) else None
        if not isinstance(method, PaymentMethod):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Choose how the customer pays."), field=f"payments.{i}.method"
            )
        if method is PaymentMethod.STORED_VALUE and not member:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Only a member can pay from a stored-value balance."),
                field=f"payments.{i}.method",
            )
        if method in BALANCES and any(m in BALANCES for m, _ in amounts):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "One balance pays once in a sale: the member's stored value or a gift card."
                ),
                field=f"payments.{i}.method",
            )
        blank = is_blank(p.amount)
        if blank and any(a is None for _, a in amounts):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Enter an amount."), field=f"payments.{i}.amount"
            )
        amounts.append((method, None if blank else money(p.amount, f"payments.{i}.amount")))
    given = sum(a for _, a in amounts if a is not None)
    rest = max(0, total - given)
    out = [PricedPayment(m, rest if a is None else a) for m, a in amounts]
    return tuple(p for p in out if p.amount_fen > 0)
