"""Recording a sale (收银) and voiding one the same day.

A sale, its lines, payments, points entries, the member's running totals and the receipt
number are written in one transaction; when ``record_sale`` returns, the commit is on disk
(SQLite ``synchronous=FULL``; PostgreSQL commits are durable), so the UI may say "saved".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from memberdesk.domain.money import MoneyError, MoneyProblem, parse_fen
from memberdesk.domain.points import TIER_ORDER, points_for, tier_for
from memberdesk.domain.vocab import MemberStatus, PaymentMethod, PointsSource, SaleStatus, Tier
from memberdesk.services import audit
from memberdesk.services.context import Actor
from memberdesk.services.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.services.ledger import add_points, bump_stats, lock_points_balance, next_number
from memberdesk.services.permissions import Permission, require
from memberdesk.services.rules import load_rules
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Payment, Product, Sale, SaleLine, utcnow

MAX_QUANTITY = 999
MAX_LINES = 200

_MONEY_MESSAGES = {
    MoneyProblem.EMPTY: QT_TRANSLATE_NOOP("Errors", "Enter an amount."),
    MoneyProblem.NOT_A_NUMBER: QT_TRANSLATE_NOOP("Errors", "“{text}” is not an amount of money."),
    MoneyProblem.NEGATIVE: QT_TRANSLATE_NOOP("Errors", "An amount cannot be negative."),
    MoneyProblem.ZERO: QT_TRANSLATE_NOOP("Errors", "The amount cannot be zero."),
    MoneyProblem.TOO_MANY_DECIMALS: QT_TRANSLATE_NOOP("Errors", "At most two decimals (fen)."),
    MoneyProblem.TOO_LARGE: QT_TRANSLATE_NOOP("Errors", "“{text}” is far too large for a sale."),
}


def money(text: str | int, field_name: str, *, allow_zero: bool = False) -> int:
    """Typed yuan (or fen already as int) → fen, or a ValidationError pointing at the field."""
    if isinstance(text, int):
        if text < 0 or (text == 0 and not allow_zero):
            problem = MoneyProblem.NEGATIVE if text < 0 else MoneyProblem.ZERO
            raise ValidationError(_MONEY_MESSAGES[problem], field=field_name, text=str(text))
        return text
    try:
        return parse_fen(text, allow_zero=allow_zero)
    except MoneyError as err:
        raise ValidationError(_MONEY_MESSAGES[err.problem], field=field_name, text=text) from None


def quantity(text: str | int, field_name: str) -> int:
    raw = str(text).strip()
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_QUANTITY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A quantity is a whole number from 1 to {high}."),
            field=field_name,
            high=MAX_QUANTITY,
        )
    return int(raw)


@dataclass(frozen=True)
class LineForm:
    """One line as typed: a catalogue code (SKU or barcode) or a free line."""

    code: str = ""
    description: str = ""
    category: str = ""
    size: str = ""
    unit_price: str | int = ""  # empty with a code: the catalogue price
    quantity: str | int = 1
    discount: str | int = ""


@dataclass(frozen=True)
class PaymentForm:
    method: PaymentMethod
    amount: str | int


@dataclass(frozen=True)
class SaleForm:
    """A whole sale as the checkout dialog collects it."""

    member_id: int | None
    lines: list[LineForm]
    payments: list[PaymentForm]
    discount: str | int = ""  # on the whole sale
    redeem_points: int = 0
    note: str = ""


@dataclass(frozen=True)
class SaleResult:
    sale_id: int
    receipt_no: str
    total_fen: int
    points_earned: int
    points_redeemed: int
    created_at: dt.datetime


@dataclass(frozen=True)
class _Line:
    product_id: int | None
    sku: str
    category: str
    description: str
    size: str
    qty: int
    unit_fen: int
    discount_fen: int

    @property
    def total_fen(self) -> int:
        return self.qty * self.unit_fen - self.discount_fen


def _resolve_line(s: Session, i: int, form: LineForm) -> _Line:
    f = f"lines.{i}"
    qty = quantity(form.quantity, f"{f}.quantity")
    code = form.code.strip()
    product: Product | None = None
    if code:
        product = s.scalars(
            select(Product).where(or_(Product.sku == code, Product.barcode == code), Product.active)
        ).first()
        if product is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "No product with code {code} in the catalogue."),
                field=f"{f}.code",
                code=code,
            )
    has_price = not (isinstance(form.unit_price, str) and not form.unit_price.strip())
    if has_price:
        unit = money(form.unit_price, f"{f}.unit_price")
    elif product is not None:
        unit = product.price_fen
    else:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the price."), field=f"{f}.unit_price")
    description = form.description.strip() or (product.name if product else "")
    if not description:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Describe what was sold."), field=f"{f}.description"
        )
    disc_raw = form.discount
    discount = 0 if isinstance(disc_raw, str) and not disc_raw.strip() else money(disc_raw, f"{f}.discount")
    if discount >= qty * unit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A discount must be less than the amount it is taken from."),
            field=f"{f}.discount",
        )
    return _Line(
        product_id=product.id if product else None,
        sku=product.sku if product else "",
        category=(form.category.strip() or (product.category if product else ""))[:30],
        description=description[:100],
        size=form.size.strip()[:16],
        qty=qty,
        unit_fen=unit,
        discount_fen=discount,
    )


def rolling_spend(s: Session, member_id: int, now: dt.datetime) -> int:
    """Spend of the last 12 months (sales and voids; returns counted by their sale's refunds)."""
    from memberdesk.store.models import SaleReturn

    since = now - dt.timedelta(days=365)
    sold = (
        select(func.coalesce(func.sum(Sale.total_fen), 0))
        .where(Sale.member_id == member_id, Sale.created_at >= since)
        .scalar_subquery()
    )
    back = (
        select(func.coalesce(func.sum(SaleReturn.refund_total_fen), 0))
        .where(SaleReturn.member_id == member_id, SaleReturn.created_at >= since)
        .scalar_subquery()
    )
    return int(s.scalar(select(sold - back)) or 0)


def _member_for(s: Session, form: SaleForm) -> Member | None:
    if form.member_id is None:
        if form.redeem_points:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Only a member can redeem points."), field="redeem_points"
            )
        return None
    member = s.get(Member, form.member_id)
    if member is None or member.status is not MemberStatus.ACTIVE:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such member."), field="member_id")
    return member


def record_sale(db: Database, actor: Actor, form: SaleForm, *, now: dt.datetime | None = None) -> SaleResult:
    """Validate and record a whole sale; nothing is saved if any part is refused."""
    require(actor, Permission.RECORD_SALE)
    if not form.lines:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A sale needs at least one line."), field="lines")
    if len(form.lines) > MAX_LINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A sale has at most {high} lines."), field="lines", high=MAX_LINES
        )
    payments = [(p.method, money(p.amount, f"payments.{i}.amount")) for i, p in enumerate(form.payments)]
    if form.redeem_points < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Points to redeem cannot be negative."), field="redeem_points"
        )
    sale_disc = form.discount
    discount = 0 if isinstance(sale_disc, str) and not sale_disc.strip() else money(sale_disc, "discount")
    now = now or utcnow()
    with db.write() as s:
        lines = [_resolve_line(s, i, lf) for i, lf in enumerate(form.lines)]
        member = _member_for(s, form)
        rules = load_rules(s, actor.store_id)
        subtotal = sum(line.total_fen for line in lines)
        redeem_fen = form.redeem_points * rules.redeem_fen_per_point
        if discount + redeem_fen >= subtotal:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A discount must be less than the amount it is taken from."),
                field="discount" if discount >= subtotal else "redeem_points",
            )
        total = subtotal - discount - redeem_fen
        paid = sum(amount for _, amount in payments)
        if paid != total:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The payments add up to {paid}, but the total is {total}."),
                field="payments",
                paid=f"{paid / 100:,.2f}",
                total=f"{total / 100:,.2f}",
            )
        earned = 0
        if member is not None:
            if form.redeem_points:
                balance = lock_points_balance(s, member.id)
                if form.redeem_points > balance:
                    raise Conflict(
                        QT_TRANSLATE_NOOP("Errors", "The member has only {balance} points."),
                        field="redeem_points",
                        balance=balance,
                    )
            earned = points_for(total, member.tier, rules)
        number = next_number(s, actor.store_id, "receipt")
        sale = Sale(
            store_id=actor.store_id,
            receipt_no=f"R{number:08d}",
            member_id=member.id if member else None,
            staff_id=actor.staff_id,
            created_at=now,
            subtotal_fen=subtotal,
            discount_fen=discount + redeem_fen,
            total_fen=total,
            points_earned=earned,
            points_redeemed=form.redeem_points,
            note=form.note.strip()[:200],
        )
        sale.lines = [
            SaleLine(
                line_no=n,
                product_id=ln.product_id,
                sku=ln.sku,
                category=ln.category,
                description=ln.description,
                size=ln.size,
                quantity=ln.qty,
                unit_price_fen=ln.unit_fen,
                discount_fen=ln.discount_fen,
                total_fen=ln.total_fen,
            )
            for n, ln in enumerate(lines, start=1)
        ]
        sale.payments = [Payment(method=m, amount_fen=a) for m, a in payments]
        s.add(sale)
        s.flush()
        if member is not None:
            add_points(
                s,
                member.id,
                -form.redeem_points,
                PointsSource.REDEMPTION,
                at=now,
                sale_id=sale.id,
                staff_id=actor.staff_id,
                reason=sale.receipt_no,
            )
            add_points(
                s,
                member.id,
                earned,
                PointsSource.SALE,
                at=now,
                sale_id=sale.id,
                staff_id=actor.staff_id,
                reason=sale.receipt_no,
            )
            bump_stats(s, member.id, at=now, spend_fen=total, visits=1, points=earned - form.redeem_points)
            new_tier = tier_for(rolling_spend(s, member.id, now), rules)
            if new_tier != member.tier and _rank(new_tier) > _rank(member.tier):
                member.tier = new_tier
        return SaleResult(sale.id, sale.receipt_no, total, earned, form.redeem_points, now)


def _rank(tier: Tier) -> int:
    return TIER_ORDER.index(tier)


def void_sale(
    db: Database, actor: Actor, sale_id: int, reason: str, *, now: dt.datetime | None = None
) -> SaleResult:
    """A supervisor voids a mistaken sale on its own day by a reversing sale."""
    require(actor, Permission.VOID_SALE)
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give a reason."), field="reason")
    now = now or utcnow()
    with db.write() as s:
        sale = s.get(Sale, sale_id, with_for_update=True)
        if sale is None or sale.store_id != actor.store_id or sale.voids_sale_id is not None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such sale."), field="sale_id")
        if sale.status is SaleStatus.VOIDED:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This sale is already voided."))
        from memberdesk.store.models import SaleReturn

        if s.scalar(select(func.count()).select_from(SaleReturn).where(SaleReturn.sale_id == sale.id)):
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "Goods of this sale were returned; it cannot be voided.")
            )
        if _local_day(sale.created_at) != _local_day(now):
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "Only a sale of today can be voided; record a return.")
            )
        number = next_number(s, actor.store_id, "receipt")
        rev = Sale(
            store_id=sale.store_id,
            receipt_no=f"R{number:08d}",
            member_id=sale.member_id,
            staff_id=actor.staff_id,
            created_at=now,
            subtotal_fen=-sale.subtotal_fen,
            discount_fen=-sale.discount_fen,
            total_fen=-sale.total_fen,
            points_earned=-sale.points_earned,
            points_redeemed=-sale.points_redeemed,
            status=SaleStatus.VOIDED,
            voids_sale_id=sale.id,
            approved_by_id=actor.staff_id,
            note=reason.strip()[:200],
        )
        rev.lines = [
            SaleLine(
                line_no=ln.line_no,
                product_id=ln.product_id,
                sku=ln.sku,
                category=ln.category,
                description=ln.description,
                size=ln.size,
                quantity=-ln.quantity,
                unit_price_fen=ln.unit_price_fen,
                discount_fen=-ln.discount_fen,
                total_fen=-ln.total_fen,
            )
            for ln in sale.lines
        ]
        rev.payments = [Payment(method=p.method, amount_fen=-p.amount_fen) for p in sale.payments]
        sale.status = SaleStatus.VOIDED
        s.add(rev)
        s.flush()
        if sale.member_id is not None:
            delta = sale.points_redeemed - sale.points_earned
            add_points(
                s,
                sale.member_id,
                delta,
                PointsSource.VOID,
                at=now,
                sale_id=rev.id,
                staff_id=actor.staff_id,
                reason=sale.receipt_no,
            )
            bump_stats(s, sale.member_id, at=now, spend_fen=-sale.total_fen, visits=-1, points=delta)
        audit.record(s, actor, "sale.void", entity="sale", entity_id=sale.id, detail=reason.strip())
        return SaleResult(rev.id, rev.receipt_no, rev.total_fen, rev.points_earned, rev.points_redeemed, now)


def _local_day(at: dt.datetime) -> dt.date:
    # The shop's day is the local calendar day of the counter's machine.
    return at.astimezone().date()


def preview_total(db: Database, actor: Actor, form: SaleForm) -> int:
    """The total the sale would have (checked like ``record_sale``, nothing written)."""
    require(actor, Permission.RECORD_SALE)
    sale_disc = form.discount
    discount = 0 if isinstance(sale_disc, str) and not sale_disc.strip() else money(sale_disc, "discount")
    with db.read() as s:
        lines = [_resolve_line(s, i, lf) for i, lf in enumerate(form.lines)]
        rules = load_rules(s, actor.store_id)
    return sum(ln.total_fen for ln in lines) - discount - form.redeem_points * rules.redeem_fen_per_point
