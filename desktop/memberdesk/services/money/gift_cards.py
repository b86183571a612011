"""Gift cards (礼品卡): a stored-value balance that belongs to no member, redeemed by its code.

A card is sold for money taken at the counter (cash, WeChat, …): a ``Wallet`` of kind
``GIFT_CARD`` with its code, and one ``TOPUP`` entry carrying the money and how it was paid, so
``memberdesk db check`` proves the card's balance and the money taken as it does a member's.
A gift card has no bonus. At the till it is spent, given back by a return and by a void with
the member wallet's own entries (``services/money/wallet.py``), the card's row locked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from memberdesk.domain import gift_cards as codes
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod, WalletEntryKind, WalletKind
from memberdesk.domain.wallet import Split
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import money
from memberdesk.services.common.numbers import next_number
from memberdesk.services.money.wallet import _entry, _method
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Wallet, WalletEntry, new_uid, utcnow

NO_CARD = QT_TRANSLATE_NOOP("Errors", "No gift card has the code {code}.")
BAD_CODE = QT_TRANSLATE_NOOP(
    "Errors", "A gift card code is {low} to {high} letters and digits, and not a coupon's code."
)
TRIES = 5  # a generated code colliding even once is a one-in-10^17 chance


@dataclass(frozen=True)
class CardSale:
    """A card as sold: its code, the slip's number, the money taken and how."""

    code: str
    doc_no: str
    amount_fen: int
    method: PaymentMethod
    balance_fen: int
    at: dt.datetime


@dataclass(frozen=True)
class CardBalance:
    """What a card holds now, and when it was sold."""

    code: str
    balance_fen: int
    sold_at: dt.datetime


def sale_number(n: int) -> str:
    """The number on a gift card's slip: L and eight digits (L00000003)."""
    return f"L{n:08d}"


def clean_code(value: object) -> str:
    """A card's code as typed or scanned → the stored code, or a ValidationError."""
    code = codes.normalise(value) if isinstance(value, str) and len(value) <= 4 * codes.MAX_CODE else ""
    if not codes.is_valid(code):
        raise ValidationError(BAD_CODE, field="code", low=codes.MIN_CODE, high=codes.MAX_CODE)
    return code


# --- inside a transaction ------------------------------------------------------------------


def locked(session: Session, code: str) -> Wallet:
    """The card with ``code``, its row locked until the caller's transaction ends."""
    card = session.scalars(
        select(Wallet).where(Wallet.card_code == code, Wallet.kind == WalletKind.GIFT_CARD).with_for_update()
    ).first()
    if card is None:
        raise NotFound(NO_CARD, field="code", code=code)
    return card


def spend(
    session: Session, *, code: str, amount_fen: int, sale_id: int, staff_id: int, at: dt.datetime
) -> None:
    """Pay ``amount_fen`` of a sale from the card (never below zero)."""
    card = locked(session, code)
    have = card.principal_fen + card.bonus_fen
    if amount_fen > have:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Gift card {code} holds only {balance}."),
            field="payments",
            code=code,
            balance=format_fen(have),
        )
    part = Split(min(amount_fen, card.principal_fen), max(0, amount_fen - card.principal_fen))
    _entry(session, card, WalletEntryKind.SPEND, part, at=at, sign=-1, staff_id=staff_id, sale_id=sale_id)


def balance_in(session: Session, code: str) -> int:
    """The card's balance inside the caller's transaction (what a receipt prints after)."""
    row = session.execute(
        select(Wallet.principal_fen, Wallet.bonus_fen).where(Wallet.card_code == code)
    ).first()
    return 0 if row is None else int(row[0]) + int(row[1])


def for_till(session: Session, code: str, paying_fen: int) -> CardBalance | None:
    """The card the till pays with, read when its code is typed (None when none is): a payment
    by gift card needs its code, and pays at most the balance, never below zero (the sale's
    ``spend`` checks again with the card locked)."""
    if not code.strip():
        if paying_fen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Scan or type the gift card's code."), field="gift_card"
            )
        return None
    card_code = clean_code(code)
    row = session.execute(
        select(Wallet.principal_fen, Wallet.bonus_fen, Wallet.created_at).where(
            Wallet.card_code == card_code, Wallet.kind == WalletKind.GIFT_CARD
        )
    ).first()
    if row is None:
        raise NotFound(NO_CARD, field="gift_card", code=card_code)
    held = CardBalance(card_code, int(row[0]) + int(row[1]), row[2])
    if paying_fen > held.balance_fen:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Gift card {code} holds only {balance}."),
            field="payments",
            code=card_code,
            balance=format_fen(held.balance_fen),
        )
    return held


def code_paid(session: Session, sale_id: int) -> str:
    """The code of the gift card a sale was paid with ("" when none paid)."""
    code = session.scalar(
        select(Wallet.card_code)
        .join(WalletEntry, WalletEntry.wallet_id == Wallet.id)
        .where(
            WalletEntry.sale_id == sale_id,
            WalletEntry.kind == WalletEntryKind.SPEND,
            Wallet.kind == WalletKind.GIFT_CARD,
        )
        .limit(1)
    )
    return code or ""


# --- use cases -----------------------------------------------------------------------------


def _open(session: Session, store_id: int, code: str | None, at: dt.datetime) -> Wallet:
    """A new card row with the code given, or a fresh one generated."""
    for _ in range(TRIES):
        card_code = code or codes.new_code()
        try:
            with session.begin_nested():
                session.execute(
                    insert(Wallet).values(
                        store_id=store_id,
                        kind=WalletKind.GIFT_CARD,
                        card_code=card_code,
                        uid=new_uid(),
                        created_at=at,
                    )
                )
        except IntegrityError:
            if code is not None:
                raise Conflict(
                    QT_TRANSLATE_NOOP("Errors", "The gift card {code} was already sold."),
                    field="code",
                    code=code,
                ) from None
            continue
        return session.scalars(select(Wallet).where(Wallet.card_code == card_code)).one()
    raise Conflict(QT_TRANSLATE_NOOP("Errors", "No new card code could be made; try again."), field="code")


def sell(
    db: Database,
    actor: Actor,
    amount: object,
    method: object,
    *,
    code: object = None,
    now: dt.datetime | None = None,
) -> CardSale:
    """Sell a card for ``amount`` paid by ``method``; ``code`` is a physical card's own code
    (scanned), or None for a code the store generates. Audited."""
    require(actor, Permission.TOPUP_STORED_VALUE)
    paid = money(amount, "amount", max_fen=codes.MAX_FACE_FEN)
    how = _method(method)
    card_code = None if code is None or (isinstance(code, str) and not code.strip()) else clean_code(code)
    at = now or utcnow()
    with db.write() as s:
        card = _open(s, actor.store_id, card_code, at)
        doc_no = sale_number(next_number(s, actor.store_id, "gift_card"))
        _entry(
            s,
            card,
            WalletEntryKind.TOPUP,
            Split(paid, 0),
            at=at,
            sign=1,
            staff_id=actor.staff_id,
            money_fen=paid,
            method=how,
            doc_no=doc_no,
        )
        audit.record(
            s,
            actor,
            "gift_card.sell",
            entity="gift_card",
            entity_id=card.id,
            after={"paid_fen": paid, "method": how.value},
            detail=doc_no,
        )
        s.flush()
        sold = card.card_code or ""
        held = card.principal_fen + card.bonus_fen
    return CardSale(sold, doc_no, paid, how, held, at)


def balance_of(db: Database, code: object) -> CardBalance:
    """What the card with ``code`` holds (a NotFound names the code when there is none)."""
    card_code = clean_code(code)
    with db.read() as s:
        row = s.execute(
            select(Wallet.principal_fen, Wallet.bonus_fen, Wallet.created_at).where(
                Wallet.card_code == card_code, Wallet.kind == WalletKind.GIFT_CARD
            )
        ).first()
    if row is None:
        raise NotFound(NO_CARD, field="code", code=card_code)
    return CardBalance(card_code, int(row[0]) + int(row[1]), row[2])
