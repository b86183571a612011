"""The books of member money, checked by ``memberdesk db check``.

Each finding is one English sentence naming the record; an empty list means they reconcile:
every balance is the sum of its entries and never below zero; every stored-value payment and
refund of the till has its ledger entry and no entry lacks its payment; money taken in or paid
out equals the principal moved; a coupon is used once at most, as its events say.
"""

from __future__ import annotations

from sqlalchemy import Subquery, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from memberdesk.domain.vocab import CouponEventKind, PaymentMethod, WalletEntryKind
from memberdesk.store.database import Database
from memberdesk.store.models import Coupon, CouponEvent, Payment, Refund, Sale, Wallet, WalletEntry

# Payments and refunds that move a balance: a member's stored value, or a gift card.
BALANCES = (PaymentMethod.STORED_VALUE, PaymentMethod.GIFT_CARD)


def check_money(db: Database) -> list[str]:
    with db.read() as s:
        return [*_balances(s), *_till(s), *_money_moved(s), *_coupons(s)]


def _balances(s: Session) -> list[str]:
    sums = (
        select(
            WalletEntry.wallet_id,
            func.sum(WalletEntry.principal_fen).label("p"),
            func.sum(WalletEntry.bonus_fen).label("b"),
        )
        .group_by(WalletEntry.wallet_id)
        .subquery()
    )
    p, b = func.coalesce(sums.c.p, 0), func.coalesce(sums.c.b, 0)
    rows = s.execute(
        select(Wallet.id, Wallet.principal_fen, Wallet.bonus_fen, p, b)
        .outerjoin(sums, sums.c.wallet_id == Wallet.id)
        .where(
            or_(
                Wallet.principal_fen != p,
                Wallet.bonus_fen != b,
                Wallet.principal_fen < 0,
                Wallet.bonus_fen < 0,
            )
        )
    )
    return [
        f"wallet {wid}: principal {wp} vs ledger {lp}, bonus {wb} vs ledger {lb} (fen; never below zero)"
        for wid, wp, wb, lp, lb in rows
    ]


def _till(s: Session) -> list[str]:
    """The till's balance payments (stored value, gift cards) against the balance spent, sale
    by sale (a void's reversing payments count against the sale it voids, as its VOID entry
    does), and its balance refunds against the balance given back, return by return."""
    voided = func.coalesce(Sale.voids_sale_id, Payment.sale_id)
    paid = (
        select(voided.label("key"), func.sum(Payment.amount_fen).label("fen"))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Payment.method.in_(BALANCES))
        .group_by(voided)
        .subquery()
    )
    spent = (
        select(
            WalletEntry.sale_id.label("key"),
            (-func.sum(WalletEntry.principal_fen + WalletEntry.bonus_fen)).label("fen"),
        )
        .where(WalletEntry.kind.in_([WalletEntryKind.SPEND, WalletEntryKind.VOID]))
        .group_by(WalletEntry.sale_id)
        .subquery()
    )
    refunded = (
        select(Refund.return_id.label("key"), func.sum(Refund.amount_fen).label("fen"))
        .where(Refund.method.in_(BALANCES))
        .group_by(Refund.return_id)
        .subquery()
    )
    back = (
        select(
            WalletEntry.return_id.label("key"),
            func.sum(WalletEntry.principal_fen + WalletEntry.bonus_fen).label("fen"),
        )
        .where(WalletEntry.kind == WalletEntryKind.REFUND)
        .group_by(WalletEntry.return_id)
        .subquery()
    )
    return [
        *(
            f"sale {key}: stored-value payments {till} vs balance spent {ledger} (fen)"
            for key, till, ledger in _unequal(s, paid, spent)
        ),
        *(
            f"return {key}: stored-value refunds {till} vs balance given back {ledger} (fen)"
            for key, till, ledger in _unequal(s, refunded, back)
        ),
    ]


def _unequal(s: Session, till: Subquery, ledger: Subquery) -> list[tuple[int, int, int]]:
    """The keys whose amount differs between two ``(key, fen)`` sums, a missing side as 0.

    One pass over both sides stacked and grouped by key: a full join of two grouped
    subqueries has no index on either side and grows as their product on SQLite."""
    stacked = union_all(
        select(till.c.key, till.c.fen.label("mine"), literal(0).label("theirs")),
        select(ledger.c.key, literal(0), ledger.c.fen),
    ).subquery()
    mine, theirs = func.sum(stacked.c.mine), func.sum(stacked.c.theirs)
    rows = s.execute(
        select(stacked.c.key, mine, theirs)
        .where(stacked.c.key.is_not(None))
        .group_by(stacked.c.key)
        .having(mine != theirs)
    )
    return [(int(key), int(a), int(b)) for key, a, b in rows]


def _money_moved(s: Session) -> list[str]:
    rows = s.execute(
        select(WalletEntry.id, WalletEntry.kind, WalletEntry.money_fen, WalletEntry.principal_fen).where(
            or_(
                (WalletEntry.kind.in_([WalletEntryKind.TOPUP, WalletEntryKind.WITHDRAW]))
                & (WalletEntry.money_fen != WalletEntry.principal_fen),
                (WalletEntry.kind.not_in([WalletEntryKind.TOPUP, WalletEntryKind.WITHDRAW]))
                & (WalletEntry.money_fen != 0),
            )
        )
    )
    return [
        f"wallet entry {eid} ({kind}): money {money} vs principal {principal} (fen)"
        for eid, kind, money, principal in rows
    ]


def _coupons(s: Session) -> list[str]:
    net = (
        select(
            CouponEvent.coupon_id,
            func.sum(case((CouponEvent.kind == CouponEventKind.USE, 1), else_=-1)).label("n"),
        )
        .group_by(CouponEvent.coupon_id)
        .subquery()
    )
    uses = func.coalesce(net.c.n, 0)
    rows = s.execute(
        select(Coupon.id, Coupon.code, Coupon.used, uses)
        .outerjoin(net, net.c.coupon_id == Coupon.id)
        .where(or_(uses < 0, uses > 1, (uses == 1) != Coupon.used))
    )
    return [f"coupon {cid} ({code}): used {used}, uses minus releases {n}" for cid, code, used, n in rows]
