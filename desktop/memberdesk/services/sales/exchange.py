"""Exchange (换货) in one step: goods of a sale given back and new goods taken, one transaction.

An exchange is a return of the sale's lines and a new sale, written together: the return by
the same rules as any return (``returns.record_return_in``: the window, the refund limit and the
supervisor's PIN, points taken back and given back), then the sale by the same rules as any sale
(``recording.record_sale_in``: prices, coupons, points earned, tier). The goods given back pay
for the goods taken: that part is the exchange's credit (``PaymentMethod.EXCHANGE``), written
as the return's refund and as the new sale's payment, so no money moves for it and both sides
of the ledger hold it. Only the difference moves:

- the new goods cost more: the customer pays the difference by any method the till takes,
  stored value included (the member proves they are here, as at the till);
- the goods given back were worth more: the rest is refunded to the sale's own payments, as a
  return's refund is (stored value back to the balance, a gift card back to the card).

When any step is refused (a line returned twice, a wrong PIN, a balance short), nothing is
written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import clean_text
from memberdesk.services.money import presence
from memberdesk.services.sales.pricing import PaymentForm, SaleForm, price
from memberdesk.services.sales.recording import SaleResult, record_sale_in
from memberdesk.services.sales.refunds import given_back, with_credit
from memberdesk.services.sales.returns import (
    Approval,
    ReturnLineForm,
    ReturnResult,
    _approver,
    _sale_by_receipt,
    _wanted,
    record_return_in,
)
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Payment, utcnow


@dataclass(frozen=True)
class ExchangeForm:
    """What the clerk chose: the sale's lines given back, the new goods taken (``taken``: a sale
    form whose payments pay the difference only; its member is the original sale's)."""

    receipt_no: str
    back: list[ReturnLineForm]
    taken: SaleForm
    return_type: ReturnType | None
    reason: str
    approval: Approval | None = None


@dataclass(frozen=True)
class ExchangeResult:
    returned: ReturnResult
    sale: SaleResult
    returned_fen: int  # what the goods given back are worth (the return's refund)
    taken_fen: int  # the new sale's total
    paid: tuple[tuple[PaymentMethod, int], ...] = field(default=())  # the difference paid, by method
    refunded: tuple[tuple[PaymentMethod, int], ...] = field(default=())  # the difference refunded

    @property
    def difference_fen(self) -> int:
        """Positive: the customer paid it; negative: it went back to them."""
        return self.taken_fen - self.returned_fen


def record_exchange(
    db: Database, actor: Actor, form: ExchangeForm, *, now: dt.datetime | None = None
) -> ExchangeResult:
    """Record the return and the new sale in one transaction (see the module's words)."""
    require(actor, Permission.RECORD_RETURN)
    require(actor, Permission.RECORD_SALE)
    if not isinstance(form.return_type, ReturnType):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the return type."), field="return_type")
    reason = clean_text(form.reason, 2000)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the goods are returned."), field="reason")
    wanted = _wanted(form.back)
    payments = list(form.taken.payments)
    if any(getattr(p, "method", None) is PaymentMethod.EXCHANGE for p in payments):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose how the customer pays."), field="payments")
    now = now or utcnow()
    with db.read() as s:  # the member is the sale's, whatever the form says
        member_id = _sale_by_receipt(s, actor, form.receipt_no, lock=False).member_id
    taken = replace(form.taken, member_id=member_id)
    if taken.pays_by_stored_value and member_id is not None:
        presence.confirm(db, actor.store_id, member_id, pin=taken.member_pin, card=taken.member_card, now=now)
    approver = _approver(db, actor, form.approval)
    with db.write() as s:
        # the new goods' total, before anything is written (its points come after the return's)
        taken_fen = price(s, actor, replace(taken, payments=[]), final=False, now=now).total_fen
        returned = record_return_in(
            s,
            actor,
            form.receipt_no,
            wanted,
            form.return_type,
            reason,
            approver,
            now,
            credit_up_to_fen=taken_fen,
        )
        credit = sum(a for m, a in returned.refunds if m is PaymentMethod.EXCHANGE)
        # the difference, when the new goods cost more, paid as the clerk chose; nothing else
        extra = payments if taken_fen > credit else []
        own = [PaymentForm(PaymentMethod.EXCHANGE, credit)] if credit else []
        sale = record_sale_in(s, actor, replace(taken, payments=[*own, *extra]), now)
        audit.record(
            s,
            actor,
            "sale.exchange",
            entity="return",
            entity_id=returned.return_id,
            detail=f"sale={sale.receipt_no}",
        )
        paid = _paid(s, sale.sale_id)
        return ExchangeResult(
            returned,
            sale,
            returned.refund_fen,
            sale.total_fen,
            paid,
            tuple((m, a) for m, a in returned.refunds if m is not PaymentMethod.EXCHANGE),
        )


def _paid(s: Session, sale_id: int) -> tuple[tuple[PaymentMethod, int], ...]:
    rows = s.execute(
        select(Payment.method, Payment.amount_fen).where(Payment.sale_id == sale_id).order_by(Payment.id)
    )
    return tuple((PaymentMethod(str(m)), int(a)) for m, a in rows if str(m) != PaymentMethod.EXCHANGE.value)


@dataclass(frozen=True)
class ExchangePreview:
    returned_fen: int
    taken_fen: int
    refunds: tuple[tuple[PaymentMethod, int], ...]  # where the difference would go back to
    member: bool  # the sale was a member's: stored value may pay the difference

    @property
    def difference_fen(self) -> int:
        return self.taken_fen - self.returned_fen


def preview_exchange(
    db: Database, actor: Actor, receipt_no: str, back: list[ReturnLineForm], taken: SaleForm
) -> ExchangePreview:
    """What the exchange would come to, priced for the sale's member (nothing written)."""
    require(actor, Permission.RECORD_RETURN)
    wanted = _wanted(back)
    with db.read() as s:
        sale = _sale_by_receipt(s, actor, receipt_no, lock=False)
        given = given_back(s, sale, wanted)
        lines = replace(taken, member_id=sale.member_id, payments=[])
        taken_fen = price(s, actor, lines, final=False).total_fen if taken.lines else 0
        rest = with_credit(s, sale, given, taken_fen)
        refunds = tuple((m, a) for m, a in rest.refunds if m is not PaymentMethod.EXCHANGE)
        return ExchangePreview(given.refund_fen, taken_fen, refunds, sale.member_id is not None)
