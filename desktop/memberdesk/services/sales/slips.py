"""The data of the slips handed over at the counter besides receipts: a coupon's (优惠券凭条)
and a gift card's (礼品卡凭条), printed again from its code."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from memberdesk.documents.coupon_slip import CouponSlip
from memberdesk.documents.gift_card_slip import GiftCardSlip
from memberdesk.domain.errors import NotFound
from memberdesk.domain.vocab import PaymentMethod, WalletEntryKind, WalletKind
from memberdesk.services.common.context import Actor
from memberdesk.services.money import coupons, gift_cards
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Staff, Store, Wallet, WalletEntry, utcnow


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


def gift_card_slip(db: Database, actor: Actor, code: object) -> GiftCardSlip:
    """The slip of the gift card with this code, as sold: its number, the money paid and how,
    and what the card holds now."""
    card_code = gift_cards.clean_code(code)
    with db.read() as s:
        card = s.scalars(
            select(Wallet).where(
                Wallet.card_code == card_code,
                Wallet.kind == WalletKind.GIFT_CARD,
                Wallet.store_id == actor.store_id,
            )
        ).first()
        sold = (
            s.scalars(
                select(WalletEntry)
                .where(WalletEntry.wallet_id == card.id, WalletEntry.kind == WalletEntryKind.TOPUP)
                .order_by(WalletEntry.id)
            ).first()
            if card is not None
            else None
        )
        if card is None or sold is None:
            raise NotFound(gift_cards.NO_CARD, field="code", code=card_code)
        store = s.get(Store, actor.store_id)
        staff = s.get(Staff, sold.staff_id) if sold.staff_id else None
        return GiftCardSlip(
            store_name=store.name if store else "",
            doc_no=sold.doc_no,
            created_at=sold.created_at,
            staff=staff.name if staff else "",
            code=card_code,
            paid_fen=sold.money_fen,
            method=sold.method or PaymentMethod.CASH,
            balance_fen=card.principal_fen + card.bonus_fen,
        )
