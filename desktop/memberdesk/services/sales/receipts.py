"""The customer's papers from what was recorded: a sale's receipt and a return's slip."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from memberdesk.documents.exchange_slip import ExchangeSlip
from memberdesk.documents.receipt import PaidPart, Receipt, ReceiptLine, ReturnSlip, ReturnSlipLine, Saving
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound
from memberdesk.domain.vocab import CouponEventKind, PaymentMethod, WalletEntryKind
from memberdesk.domain.wallet import Split
from memberdesk.store.database import Database
from memberdesk.store.models import (
    Coupon,
    CouponEvent,
    CouponTemplate,
    Member,
    PointsEntry,
    Sale,
    SaleReturn,
    Staff,
    Store,
    Wallet,
    WalletEntry,
)


def _names(s: Session, staff_id: int | None, member_id: int | None) -> tuple[str, str, str]:
    staff = s.get(Staff, staff_id) if staff_id else None
    member = s.get(Member, member_id) if member_id else None
    return (staff.name if staff else "", member.name if member else "", member.card_no if member else "")


def sale_receipt(db: Database, store_id: int, sale_id: int) -> Receipt:
    """The receipt of a recorded sale, every figure as it was recorded."""
    with db.read() as s:
        sale = s.get(Sale, sale_id)
        if sale is None or sale.store_id != store_id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such sale."), field="sale_id")
        store = s.get(Store, store_id)
        staff, member, card = _names(s, sale.staff_id, sale.member_id)
        payments = tuple(PaidPart(p.method, p.amount_fen) for p in sale.payments)
        cash = sum(p.amount_fen for p in payments if p.method is PaymentMethod.CASH)
        tendered = sale.cash_tendered_fen
        after, paid_card = _balance_after(s, WalletEntry.sale_id == sale.id, WalletEntryKind.SPEND)
        return Receipt(
            store_name=store.name if store else "",
            invoice_desk=store.invoice_desk if store else "",
            receipt_no=sale.receipt_no,
            created_at=sale.created_at,
            staff=staff,
            member_name=member,
            member_card=card,
            lines=tuple(
                ReceiptLine(
                    ln.description,
                    ln.size,
                    ln.quantity,
                    ln.unit_price_fen,
                    ln.discount_fen,
                    ln.total_fen + ln.member_fen + ln.coupon_fen,
                )
                for ln in sale.lines
            ),
            sale_discount_fen=sale.discount_fen - sale.redeem_fen,
            points_redeemed=sale.points_redeemed,
            points_value_fen=sale.redeem_fen,
            total_fen=sale.total_fen,
            payments=payments,
            cash_tendered_fen=tendered,
            change_fen=tendered - cash if tendered else 0,
            points_earned=sale.points_earned,
            points_balance_after=sale.points_balance_after,
            points_owed_after=sale.points_owed_after or 0,
            member_price_fen=sum(ln.member_fen for ln in sale.lines),
            coupons=tuple(Saving(name, fen) for name, fen in _coupons_used(s, sale.id)),
            stored_after=after,
            card_code=paid_card,
        )


def _coupons_used(s: Session, sale_id: int) -> list[tuple[str, int]]:
    """The coupons the sale used: each one's name and saving, in the order applied."""
    rows = s.execute(
        select(CouponTemplate.name, CouponEvent.discount_fen)
        .join(Coupon, Coupon.id == CouponEvent.coupon_id)
        .join(CouponTemplate, CouponTemplate.id == Coupon.template_id)
        .where(CouponEvent.sale_id == sale_id, CouponEvent.kind == CouponEventKind.USE)
        .order_by(CouponEvent.id)
    )
    return [(str(name), int(fen)) for name, fen in rows]


def _balance_after(s: Session, which: ColumnElement[bool], kind: WalletEntryKind) -> tuple[Split | None, str]:
    """The balance just after the entry ``which`` (a sale's spend, a return's refund): the sum
    of its wallet's entries up to it, and the gift card's code when the wallet is a card ("" for
    a member's stored value); None when there is none."""
    entry = s.execute(
        select(WalletEntry.id, WalletEntry.wallet_id)
        .where(which, WalletEntry.kind == kind)
        .order_by(WalletEntry.id)
    ).first()
    if entry is None:
        return None, ""
    principal, bonus = s.execute(
        select(
            func.coalesce(func.sum(WalletEntry.principal_fen), 0),
            func.coalesce(func.sum(WalletEntry.bonus_fen), 0),
        ).where(WalletEntry.wallet_id == entry.wallet_id, WalletEntry.id <= entry.id)
    ).one()
    code = s.scalar(select(Wallet.card_code).where(Wallet.id == entry.wallet_id))
    return Split(int(principal), int(bonus)), code or ""


def return_slip(db: Database, store_id: int, return_id: int) -> ReturnSlip:
    """The slip of a recorded return: the goods, the money to each payment, the points."""
    with db.read() as s:
        ret = s.get(SaleReturn, return_id)
        if ret is None or ret.store_id != store_id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such return."), field="return_id")
        store = s.get(Store, store_id)
        sale = s.get(Sale, ret.sale_id) if ret.sale_id else None
        sizes = {ln.id: ln.size for ln in sale.lines} if sale else {}
        staff, member, card = _names(s, ret.staff_id, ret.member_id)
        approver = _names(s, ret.approved_by_id, None)[0]
        owed = s.scalar(
            select(func.coalesce(func.sum(PointsEntry.owed_delta), 0)).where(PointsEntry.return_id == ret.id)
        )
        back_after, back_card = _balance_after(s, WalletEntry.return_id == ret.id, WalletEntryKind.REFUND)
        return ReturnSlip(
            store_name=store.name if store else "",
            return_no=ret.return_no,
            receipt_no=sale.receipt_no if sale else "",
            created_at=ret.created_at,
            staff=staff,
            approver=approver,
            member_name=member,
            member_card=card,
            return_type=ret.return_type,
            reason=ret.reason,
            lines=tuple(
                ReturnSlipLine(
                    ln.description, sizes.get(ln.sale_line_id or 0, ""), ln.quantity, ln.refund_fen
                )
                for ln in sorted(ret.lines, key=lambda ln: ln.id)
            ),
            refund_fen=ret.refund_total_fen,
            refunds=tuple(PaidPart(r.method, r.amount_fen) for r in ret.refunds),
            points_restored=ret.points_restored,
            points_reversed=ret.points_reversed,
            points_owed=max(0, int(owed or 0)),
            stored_after=back_after,
            card_code=back_card,
            coupons_kept=tuple(name for name, _fen in _coupons_used(s, sale.id)) if sale else (),
        )


def exchange_slip(db: Database, store_id: int, return_id: int, sale_id: int) -> ExchangeSlip:
    """The slip of a recorded exchange: its return and its new sale on one paper."""
    return ExchangeSlip(return_slip(db, store_id, return_id), sale_receipt(db, store_id, sale_id))
