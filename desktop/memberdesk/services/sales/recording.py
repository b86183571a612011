"""Recording a sale (收银) and voiding one the same day.

A sale, its lines, payments, points entries, the member's running totals and the receipt
number are written in one transaction; when ``record_sale`` returns, the commit is on disk
(SQLite ``synchronous=FULL``; PostgreSQL commits are durable), so the UI may say "saved".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.points import TIER_ORDER, tier_for
from memberdesk.domain.vocab import PaymentMethod, PointsSource, SaleStatus, Tier
from memberdesk.domain.wallet import Split
from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import DriverStatement, SessionDriver, insert_row, table_of
from memberdesk.services.common.inputs import MAX_QUANTITY, clean_text, money, quantity, record_id
from memberdesk.services.common.numbers import next_number
from memberdesk.services.money import coupons, gift_cards, presence, wallet
from memberdesk.services.money import rules as wallet_rules
from memberdesk.services.sales import member_rules, referral
from memberdesk.services.sales.ledger import (
    PointsPosition,
    bump_stats,
    lock_points,
    move_points,
    plan_points,
)
from memberdesk.services.sales.pricing import (
    ACCEPTED_METHODS,
    MAX_LINES,
    LineForm,
    PaymentForm,
    PricedCart,
    SaleForm,
    price,
    price_cart,
)
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Payment, Sale, SaleLine, SaleReturn, UTCDateTime, new_uid, utcnow

__all__ = [
    "ACCEPTED_METHODS",
    "MAX_LINES",
    "MAX_QUANTITY",
    "LineForm",
    "PaymentForm",
    "PricedCart",
    "SaleForm",
    "SaleResult",
    "money",
    "price_cart",
    "quantity",
    "receipt_number",
    "record_sale",
    "record_sale_in",
    "void_sale",
]

RECEIPT_DIGITS = 8


def receipt_number(n: int) -> str:
    """The receipt number printed and looked up: R and eight digits (R00012345)."""
    return f"R{n:0{RECEIPT_DIGITS}d}"


@dataclass(frozen=True)
class SaleResult:
    sale_id: int
    receipt_no: str
    total_fen: int
    points_earned: int
    points_redeemed: int
    created_at: dt.datetime
    change_fen: int = 0
    points_balance_after: int | None = None  # None for a walk-in
    points_owed_after: int = 0
    stored_paid_fen: int = 0  # paid from the member's stored-value balance
    stored_after: Split | None = None  # the balance after (principal, bonus); None when it paid nothing
    coupons: tuple[tuple[str, int], ...] = ()  # the coupons used: name and saving
    referral_points: int = 0  # given to the member who referred this one (their first sale)
    card_code: str = ""  # the gift card that paid, if one did
    card_after_fen: int | None = None  # its balance after; None when no gift card paid


_sales, _returns = table_of(Sale), table_of(SaleReturn)
_members = table_of(Member)
_since = bindparam("since", type_=UTCDateTime)
_ROLLING_SPEND = DriverStatement(
    select(
        select(func.coalesce(func.sum(_sales.c.total_fen), 0))
        .where(_sales.c.member_id == bindparam("member"), _sales.c.created_at >= _since)
        .scalar_subquery()
        - select(func.coalesce(func.sum(_returns.c.refund_total_fen), 0))
        .where(_returns.c.member_id == bindparam("member"), _returns.c.created_at >= _since)
        .scalar_subquery()
    ),
    bind=True,
)
# Every sale runs these: compiled once, on the driver (services/common/driver_sql.py), with the
# uid and every default given here, not by the ORM.
_ADD_SALE = DriverStatement(insert_row(_sales).returning(_sales.c.id), bind=True)
_ADD_LINE = DriverStatement(insert_row(table_of(SaleLine)), bind=True)
_ADD_PAYMENT = DriverStatement(insert_row(table_of(Payment)), bind=True)
_RAISE_TIER = DriverStatement(
    update(_members)
    .where(_members.c.id == bindparam("member"))
    .values(
        tier=bindparam("new_tier", type_=_members.c.tier.type), updated_at=bindparam("at", type_=UTCDateTime)
    ),
    bind=True,
)


def rolling_spend(s: Session, member_id: int, now: dt.datetime) -> int:
    """Spend of the last 12 months (sales and voids; returns counted by their sale's refunds)."""
    row = SessionDriver(s).first(_ROLLING_SPEND, member=member_id, since=now - dt.timedelta(days=365))
    return int(row[0] or 0) if row else 0


def record_sale(db: Database, actor: Actor, form: SaleForm, *, now: dt.datetime | None = None) -> SaleResult:
    """Price, check and record a whole sale; nothing is saved if any part is refused.

    The figures come from ``price`` (the same calculation the till shows), computed again
    inside the write transaction with the member's points locked.
    """
    require(actor, Permission.RECORD_SALE)
    now = now or utcnow()
    if form.pays_by_stored_value and form.member_id is not None:
        # the member proves they are here before anything is written: a wrong PIN is
        # committed on its own and counts towards the lock-out, and the sale is refused
        presence.confirm(
            db,
            actor.store_id,
            record_id(form.member_id, "member_id", QT_TRANSLATE_NOOP("Errors", "No such member.")),
            pin=form.member_pin,
            card=form.member_card,
            now=now,
        )
    if any(getattr(p, "method", None) is PaymentMethod.EXCHANGE for p in form.payments):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose how the customer pays."), field="payments")
    with db.write() as s:
        return record_sale_in(s, actor, form, now)


def record_sale_in(s: Session, actor: Actor, form: SaleForm, now: dt.datetime) -> SaleResult:
    """The sale itself, in the caller's transaction (the member's presence already confirmed
    when stored value pays)."""
    cart = price(s, actor, form, final=True, now=now)
    after = _points_after(cart) if form.member_id is not None else None
    receipt_no = receipt_number(next_number(s, actor.store_id, "receipt"))
    driver = SessionDriver(s)
    sale_id = int(
        driver.rows(
            _ADD_SALE,
            uid=new_uid(),
            store_id=actor.store_id,
            receipt_no=receipt_no,
            member_id=form.member_id,
            staff_id=actor.staff_id,
            created_at=now,
            subtotal_fen=cart.subtotal_fen,
            discount_fen=cart.discount_fen,
            total_fen=cart.total_fen,
            points_earned=cart.points_earned,
            points_redeemed=cart.redeem_points,
            status=SaleStatus.COMPLETED,
            voids_sale_id=None,
            approved_by_id=None,
            note=clean_text(form.note, 200),
            redeem_fen=cart.redeem_fen,
            cash_tendered_fen=cart.tendered_fen,
            points_balance_after=after.balance if after else None,
            points_owed_after=after.owed if after else None,
        )[0][0]
    )
    driver.executemany(
        _ADD_LINE,
        [
            {
                "sale_id": sale_id,
                "line_no": n,
                "product_id": ln.product_id,
                "sku": ln.sku,
                "category": ln.category,
                "description": ln.description,
                "size": ln.size,
                "quantity": ln.quantity,
                "unit_price_fen": ln.unit_fen,
                "discount_fen": ln.discount_fen,
                "member_fen": ln.member_fen,
                "coupon_fen": ln.coupon_fen,
                "total_fen": ln.net_fen,
            }
            for n, ln in enumerate(cart.lines, start=1)
        ],
    )
    driver.executemany(
        _ADD_PAYMENT,
        [{"sale_id": sale_id, "method": p.method, "amount_fen": p.amount_fen} for p in cart.payments],
    )
    for used in cart.coupons:  # refused if another counter used it meanwhile: nothing is saved
        coupons.use_in(
            s,
            used.coupon_id,
            sale_id=sale_id,
            discount_fen=used.saving_fen,
            staff_id=actor.staff_id,
            at=now,
        )
    stored_after = None
    if cart.stored_paid_fen and form.member_id is not None:
        stored_after = _spend_stored(s, actor, form.member_id, sale_id, cart.stored_paid_fen, now)
    card_after = None
    if cart.card is not None and cart.card_paid_fen:
        # refused with the balance left if another counter spent the card meanwhile
        gift_cards.spend(
            s,
            code=cart.card.code,
            amount_fen=cart.card_paid_fen,
            sale_id=sale_id,
            staff_id=actor.staff_id,
            at=now,
        )
        card_after = gift_cards.balance_in(s, cart.card.code)
    referred = 0
    if form.member_id is not None:
        _book_member(s, actor, form.member_id, sale_id, receipt_no, cart, now)
        reward = member_rules.load(s, actor.store_id).referral_points
        referred = referral.reward_first_sale(s, actor, form.member_id, sale_id, receipt_no, reward, now)
    return SaleResult(
        sale_id,
        receipt_no,
        cart.total_fen,
        cart.points_earned,
        cart.redeem_points,
        now,
        cart.change_fen,
        after.balance if after else None,
        after.owed if after else 0,
        cart.stored_paid_fen,
        stored_after,
        tuple((c.name, c.saving_fen) for c in cart.coupons),
        referred,
        cart.card.code if card_after is not None and cart.card else "",
        card_after,
    )


def _spend_stored(
    s: Session, actor: Actor, member_id: int, sale_id: int, amount: int, now: dt.datetime
) -> Split:
    """Take the stored-value payment off the member's balance in the sale's transaction, the
    store's spend order deciding principal and bonus; returns the balance after. Refused when
    the balance (locked now) no longer covers it: another counter spent it meanwhile."""
    wallet.spend(
        s,
        store_id=actor.store_id,
        member_id=member_id,
        amount_fen=amount,
        sale_id=sale_id,
        staff_id=actor.staff_id,
        at=now,
        order=wallet_rules.load(s, actor.store_id).spend_order,
    )
    return wallet.held_in(s, member_id)


def _moves(cart: PricedCart) -> list[tuple[int, PointsSource]]:
    """The points a sale moves, in order: the points redeemed out, the points earned in."""
    return [(-cart.redeem_points, PointsSource.REDEMPTION), (cart.points_earned, PointsSource.SALE)]


def _points_before(cart: PricedCart) -> PointsPosition:
    return PointsPosition(cart.points_balance or 0, cart.points_owed)


def _points_after(cart: PricedCart) -> PointsPosition:
    """The member's points once the sale is booked (what the receipt prints)."""
    return plan_points(_points_before(cart), _moves(cart))[1].position


def _book_member(
    s: Session,
    actor: Actor,
    member_id: int,
    sale_id: int,
    receipt_no: str,
    cart: PricedCart,
    now: dt.datetime,
) -> None:
    """The member's side of a sale: points entries, running totals and a tier reached.

    The points earned pay off any points the member owes first (``PointsPosition.moved``).
    """
    moved = move_points(
        s,
        member_id,
        _points_before(cart),
        _moves(cart),
        at=now,
        sale_id=sale_id,
        staff_id=actor.staff_id,
        reason=receipt_no,
    )
    bump_stats(
        s,
        member_id,
        at=now,
        spend_fen=cart.total_fen,
        visits=1,
        points=moved.points,
        owed=moved.owed,
    )
    tier = cart.member_tier
    assert tier is not None  # price() has found the member
    new_tier = tier_for(rolling_spend(s, member_id, now), cart.rules)
    if new_tier != tier and _rank(new_tier) > _rank(tier):
        SessionDriver(s).execute(_RAISE_TIER, member=member_id, new_tier=new_tier, at=now)


def _rank(tier: Tier) -> int:
    return TIER_ORDER.index(tier)


def void_sale(
    db: Database, actor: Actor, sale_id: int, reason: str, *, now: dt.datetime | None = None
) -> SaleResult:
    """A supervisor voids a mistaken sale on its own day by a reversing sale."""
    require(actor, Permission.VOID_SALE)
    reason = clean_text(reason, 200)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give a reason."), field="reason")
    sale_id = record_id(sale_id, "sale_id", QT_TRANSLATE_NOOP("Errors", "No such sale."))
    now = now or utcnow()
    with db.write() as s:
        sale = s.get(Sale, sale_id, with_for_update=True)
        if sale is None or sale.store_id != actor.store_id or sale.voids_sale_id is not None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such sale."), field="sale_id")
        if sale.status is SaleStatus.VOIDED:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This sale is already voided."))
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
            receipt_no=receipt_number(number),
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
            note=reason,
            redeem_fen=-sale.redeem_fen,
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
                member_fen=-ln.member_fen,
                coupon_fen=-ln.coupon_fen,
                total_fen=-ln.total_fen,
            )
            for ln in sale.lines
        ]
        rev.payments = [Payment(method=p.method, amount_fen=-p.amount_fen) for p in sale.payments]
        sale.status = SaleStatus.VOIDED
        s.add(rev)
        s.flush()
        # the balance gets back all the sale took from it; the coupons it used are free again
        wallet.give_back_void(s, sale_id=sale.id, staff_id=actor.staff_id, at=now, reason=rev.receipt_no)
        coupons.release_in(s, sale.id, staff_id=actor.staff_id, at=now)
        if sale.member_id is not None:
            # the points redeemed come back and the points earned go; what the balance cannot
            # give back is owed, never a balance below zero
            moved = move_points(
                s,
                sale.member_id,
                lock_points(s, sale.member_id),
                [(sale.points_redeemed - sale.points_earned, PointsSource.VOID)],
                at=now,
                sale_id=rev.id,
                staff_id=actor.staff_id,
                reason=sale.receipt_no,
            )
            bump_stats(
                s,
                sale.member_id,
                at=now,
                spend_fen=-sale.total_fen,
                visits=-1,
                points=moved.points,
                owed=moved.owed,
            )
        referral.take_back_on_void(s, actor, sale, rev.id, now)
        audit.record(s, actor, "sale.void", entity="sale", entity_id=sale.id, detail=reason)
        return SaleResult(rev.id, rev.receipt_no, rev.total_fen, rev.points_earned, rev.points_redeemed, now)


def _local_day(at: dt.datetime) -> dt.date:
    # The shop's day is the local calendar day of the counter's machine.
    return at.astimezone().date()


def preview_total(db: Database, actor: Actor, form: SaleForm) -> int:
    """The amount the sale would have (``price_cart(...).total_fen``; nothing written)."""
    return price_cart(db, actor, form).total_fen
