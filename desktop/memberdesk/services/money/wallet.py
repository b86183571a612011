"""A member's stored-value account (储值): top-up with the store's bonus, spending at the till,
returns back to the balance, withdrawal of the principal, and the member's own PIN.

Every movement is a ``WalletEntry``; the account row carries the running principal and bonus,
changed in the same transaction as the entry with the row locked, so two counters spending
one balance at once cannot both succeed when it covers only one. The functions that take a
``Session`` run inside a sale's or a return's own transaction (``services/sales``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import MemberStatus, PaymentMethod, WalletEntryKind, WalletKind
from memberdesk.domain.wallet import (
    MAX_BALANCE_FEN,
    MAX_TOPUP_FEN,
    SpendOrder,
    Split,
    bonus_for,
    forfeit_on_withdrawal,
    split_refund,
    split_spend,
)
from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import table_of
from memberdesk.services.common.inputs import clean_text, money, record_id
from memberdesk.services.common.numbers import next_number
from memberdesk.services.money import rules as wallet_rules
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Wallet, WalletEntry, new_uid, utcnow

# Money that comes in or goes out with a top-up or a withdrawal (not stored value itself).
CASH_LIKE = (PaymentMethod.CASH, PaymentMethod.WECHAT, PaymentMethod.ALIPAY, PaymentMethod.BANK_CARD)
NO_MEMBER = QT_TRANSLATE_NOOP("Errors", "No such member.")


@dataclass(frozen=True)
class Balance:
    """What a member holds: the principal they paid in and the bonus the store gave."""

    wallet_id: int | None
    principal_fen: int
    bonus_fen: int
    has_pin: bool

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.bonus_fen

    @classmethod
    def of(cls, wallet: Any) -> Balance:
        """The balance of a wallet row (the model or a selected row with its columns)."""
        return cls(wallet.id, wallet.principal_fen, wallet.bonus_fen, bool(wallet.pin_hash))


EMPTY = Balance(None, 0, 0, False)


@dataclass(frozen=True)
class WalletLine:
    at: dt.datetime
    kind: WalletEntryKind
    principal_fen: int
    bonus_fen: int
    money_fen: int
    method: PaymentMethod | None
    doc_no: str
    reason: str

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.bonus_fen


@dataclass(frozen=True)
class Movement:
    """A top-up or a withdrawal as recorded: its number, the money and the balance after."""

    doc_no: str
    money_fen: int  # paid in (+) or out (−)
    principal_fen: int
    bonus_fen: int
    method: PaymentMethod
    balance: Balance
    at: dt.datetime


def topup_number(n: int) -> str:
    """The number on a top-up slip: C and eight digits (C00000012)."""
    return f"C{n:08d}"


def withdrawal_number(n: int) -> str:
    return f"W{n:08d}"


# --- reading -------------------------------------------------------------------------------


def balance(db: Database, member_id: int) -> Balance:
    """The member's balance (zero when they never topped up)."""
    with db.read() as s:
        row = s.execute(
            select(Wallet.id, Wallet.principal_fen, Wallet.bonus_fen, Wallet.pin_hash).where(
                Wallet.member_id == member_id
            )
        ).first()
    return EMPTY if row is None else Balance.of(row)


def history(db: Database, member_id: int, *, limit: int = 10, offset: int = 0) -> list[WalletLine]:
    """The member's movements, newest first."""
    with db.read() as s:
        rows = s.execute(
            select(
                WalletEntry.created_at,
                WalletEntry.kind,
                WalletEntry.principal_fen,
                WalletEntry.bonus_fen,
                WalletEntry.money_fen,
                WalletEntry.method,
                WalletEntry.doc_no,
                WalletEntry.reason,
            )
            .join(Wallet, Wallet.id == WalletEntry.wallet_id)
            .where(Wallet.member_id == member_id)
            .order_by(WalletEntry.created_at.desc(), WalletEntry.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return [WalletLine(*r) for r in rows]


# --- inside a transaction ------------------------------------------------------------------


_LOCK_WALLET = select(Wallet).where(Wallet.member_id == bindparam("member")).with_for_update()
_HELD = select(Wallet.principal_fen, Wallet.bonus_fen).where(Wallet.member_id == bindparam("member"))


def _locked(session: Session, member_id: int) -> Wallet | None:
    return session.scalars(_LOCK_WALLET, {"member": member_id}).first()


def _member_wallet(session: Session, store_id: int, member_id: int) -> Wallet:
    """The member's account, locked; created (once, even when two counters race) on first use."""
    wallet = _locked(session, member_id)
    if wallet is not None:
        return wallet
    member = session.get(Member, member_id)
    if member is None or member.status is not MemberStatus.ACTIVE:
        raise NotFound(NO_MEMBER, field="member_id")
    try:
        with session.begin_nested():
            session.execute(
                insert(Wallet).values(
                    store_id=store_id, kind=WalletKind.MEMBER, member_id=member_id, uid=new_uid()
                )
            )
    except IntegrityError:  # another counter opened it at the same moment: use theirs
        pass
    wallet = _locked(session, member_id)
    assert wallet is not None
    return wallet


# Built once (a sale paying from the balance runs them on every sale): table statements with
# their values bound at execution, so each call skips building and caching a statement.
_ENTRIES = table_of(WalletEntry)
_WALLETS = table_of(Wallet)
_ADD_ENTRY = _ENTRIES.insert()
_MOVE_BALANCE = (
    _WALLETS.update()
    .where(_WALLETS.c.id == bindparam("wallet"))
    .values(
        principal_fen=_WALLETS.c.principal_fen + bindparam("principal"),
        bonus_fen=_WALLETS.c.bonus_fen + bindparam("bonus"),
    )
)


def _entry(
    session: Session,
    wallet: Wallet,
    kind: WalletEntryKind,
    part: Split,
    *,
    at: dt.datetime,
    sign: int,
    staff_id: int | None,
    money_fen: int = 0,
    method: PaymentMethod | None = None,
    doc_no: str = "",
    sale_id: int | None = None,
    return_id: int | None = None,
    approved_by_id: int | None = None,
    reason: str = "",
) -> None:
    """Write one entry and move the account's totals with it (``sign`` −1 takes out)."""
    principal, bonus = sign * part.principal_fen, sign * part.bonus_fen
    entry = {
        "wallet_id": wallet.id, "store_id": wallet.store_id, "created_at": at, "kind": kind,
        "principal_fen": principal, "bonus_fen": bonus, "money_fen": money_fen, "method": method,
        "doc_no": doc_no, "sale_id": sale_id, "return_id": return_id, "staff_id": staff_id,
        "approved_by_id": approved_by_id, "reason": reason, "uid": new_uid(),
    }  # fmt: skip
    session.execute(_ADD_ENTRY, entry)
    session.execute(_MOVE_BALANCE, {"wallet": wallet.id, "principal": principal, "bonus": bonus})
    session.expire(wallet, ["principal_fen", "bonus_fen"])


def spend(
    session: Session,
    *,
    store_id: int,
    member_id: int,
    amount_fen: int,
    sale_id: int,
    staff_id: int,
    at: dt.datetime,
    order: SpendOrder,
) -> Split:
    """Pay ``amount_fen`` of a sale from the member's balance (never below zero)."""
    wallet = _locked(session, member_id)
    have = (wallet.principal_fen + wallet.bonus_fen) if wallet is not None else 0
    if wallet is None or amount_fen > have:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "The stored-value balance is only {balance}."),
            field="payments",
            balance=format_fen(have),
        )
    part = split_spend(amount_fen, wallet.principal_fen, wallet.bonus_fen, order)
    _entry(session, wallet, WalletEntryKind.SPEND, part, at=at, sign=-1, staff_id=staff_id, sale_id=sale_id)
    return part


def held_in(session: Session, member_id: int) -> Split:
    """The member's balance inside the caller's transaction (what a receipt prints after)."""
    row = session.execute(_HELD, {"member": member_id}).first()
    return Split(0, 0) if row is None else Split(int(row[0]), int(row[1]))


def _spent_on(session: Session, sale_id: int) -> tuple[Wallet | None, Split, Split]:
    """A sale's spend from a balance, and what its returns and void gave back so far."""
    rows = session.execute(
        select(WalletEntry.wallet_id, WalletEntry.kind, WalletEntry.principal_fen, WalletEntry.bonus_fen)
        .where(WalletEntry.sale_id == sale_id)
        .order_by(WalletEntry.id)
    ).all()
    spent = [r for r in rows if r.kind is WalletEntryKind.SPEND]
    if not spent:
        return None, Split(0, 0), Split(0, 0)
    back = [r for r in rows if r.kind is not WalletEntryKind.SPEND]
    wallet = session.scalars(select(Wallet).where(Wallet.id == spent[0].wallet_id).with_for_update()).one()
    return (
        wallet,
        Split(-sum(r.principal_fen for r in spent), -sum(r.bonus_fen for r in spent)),
        Split(sum(r.principal_fen for r in back), sum(r.bonus_fen for r in back)),
    )


def refund(
    session: Session,
    *,
    sale_id: int,
    return_id: int,
    amount_fen: int,
    staff_id: int,
    at: dt.datetime,
) -> Split:
    """Put ``amount_fen`` of a return back on the balance the sale was paid from."""
    wallet, spent, back = _spent_on(session, sale_id)
    if wallet is None:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "That sale was not paid by stored value."), field="payments"
        )
    part = split_refund(amount_fen, spent, back)
    _entry(
        session,
        wallet,
        WalletEntryKind.REFUND,
        part,
        at=at,
        sign=1,
        staff_id=staff_id,
        sale_id=sale_id,
        return_id=return_id,
    )
    return part


def give_back_void(session: Session, *, sale_id: int, staff_id: int, at: dt.datetime, reason: str) -> Split:
    """A voided sale's spend, less what its returns already gave back, returned to the balance."""
    wallet, spent, back = _spent_on(session, sale_id)
    if wallet is None:
        return Split(0, 0)
    part = Split(spent.principal_fen - back.principal_fen, spent.bonus_fen - back.bonus_fen)
    if part.total_fen:
        _entry(
            session,
            wallet,
            WalletEntryKind.VOID,
            part,
            at=at,
            sign=1,
            staff_id=staff_id,
            sale_id=sale_id,
            reason=reason,
        )
    return part


def opening_balance(
    session: Session,
    actor: Actor,
    member_id: int,
    principal_fen: int,
    bonus_fen: int,
    *,
    at: dt.datetime,
    reason: str,
) -> None:
    """A balance brought over from the store's previous system (an import), as one entry."""
    wallet = _member_wallet(session, actor.store_id, member_id)
    if wallet.principal_fen + wallet.bonus_fen + principal_fen + bonus_fen > MAX_BALANCE_FEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A stored-value balance is at most {high}."),
            field="balance",
            high=format_fen(MAX_BALANCE_FEN),
        )
    _entry(
        session,
        wallet,
        WalletEntryKind.OPENING,
        Split(principal_fen, bonus_fen),
        at=at,
        sign=1,
        staff_id=actor.staff_id,
        reason=reason,
    )


# --- use cases -----------------------------------------------------------------------------


def _method(value: object) -> PaymentMethod:
    """How money comes in or goes out with a balance: never the balance itself."""
    method = next((m for m in CASH_LIKE if value == m or value == m.value), None)
    if method is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose how the money is paid: cash, WeChat, Alipay or bank card."),
            field="method",
        )
    return method


def topup(
    db: Database,
    actor: Actor,
    member_id: object,
    amount: object,
    method: object,
    *,
    now: dt.datetime | None = None,
) -> Movement:
    """The member pays in ``amount``; the store's rule adds its bonus (充值送). Audited."""
    require(actor, Permission.TOPUP_STORED_VALUE)
    member = record_id(member_id, "member_id", NO_MEMBER)
    paid = money(amount, "amount", max_fen=MAX_TOPUP_FEN)
    how = _method(method)
    at = now or utcnow()
    with db.write() as s:
        rules = wallet_rules.load(s, actor.store_id)
        if not rules.enabled:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "This store does not take stored value."), field="amount"
            )
        if paid < rules.min_topup_fen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A top-up is at least {low}."),
                field="amount",
                low=format_fen(rules.min_topup_fen),
            )
        wallet = _member_wallet(s, actor.store_id, member)
        bonus = bonus_for(paid, rules)
        if wallet.principal_fen + wallet.bonus_fen + paid + bonus > MAX_BALANCE_FEN:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A stored-value balance is at most {high}."),
                field="amount",
                high=format_fen(MAX_BALANCE_FEN),
            )
        doc_no = topup_number(next_number(s, actor.store_id, "topup"))
        _entry(
            s,
            wallet,
            WalletEntryKind.TOPUP,
            Split(paid, bonus),
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
            "wallet.topup",
            entity="member",
            entity_id=member,
            after={"paid_fen": paid, "bonus_fen": bonus, "method": how.value},
            detail=doc_no,
        )
        s.flush()
        after = Balance.of(wallet)
    return Movement(doc_no, paid, paid, bonus, how, after, at)


def withdraw(
    db: Database,
    actor: Actor,
    member_id: object,
    amount: object,
    method: object,
    reason: object,
    *,
    now: dt.datetime | None = None,
) -> Movement:
    """A manager pays principal back to the member (退储值); the bonus goes with it, in
    proportion (all of it when all the principal goes). Audited with the reason."""
    require(actor, Permission.WITHDRAW_STORED_VALUE)
    member = record_id(member_id, "member_id", NO_MEMBER)
    out = money(amount, "amount", max_fen=MAX_BALANCE_FEN)
    how = _method(method)
    why = clean_text(reason, 200)
    if not why:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give a reason."), field="reason")
    at = now or utcnow()
    with db.write() as s:
        wallet = _locked(s, member)
        if wallet is None or out > wallet.principal_fen:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "Only the principal paid in can be paid back: {principal}."),
                field="amount",
                principal=format_fen(wallet.principal_fen if wallet else 0),
            )
        forfeit = forfeit_on_withdrawal(out, wallet.principal_fen, wallet.bonus_fen)
        doc_no = withdrawal_number(next_number(s, actor.store_id, "withdrawal"))
        _entry(
            s,
            wallet,
            WalletEntryKind.WITHDRAW,
            Split(out, forfeit),
            at=at,
            sign=-1,
            staff_id=actor.staff_id,
            money_fen=-out,
            method=how,
            doc_no=doc_no,
            approved_by_id=actor.staff_id,
            reason=why,
        )
        audit.record(
            s,
            actor,
            "wallet.withdraw",
            entity="member",
            entity_id=member,
            after={"paid_out_fen": out, "bonus_forfeited_fen": forfeit, "method": how.value},
            detail=why,
        )
        s.flush()
        after = Balance.of(wallet)
    return Movement(doc_no, -out, -out, -forfeit, how, after, at)


def total_held(db: Database) -> tuple[int, int]:
    """Principal and bonus held by every account (the store's liability now)."""
    with db.read() as s:
        row = s.execute(
            select(
                func.coalesce(func.sum(Wallet.principal_fen), 0), func.coalesce(func.sum(Wallet.bonus_fen), 0)
            )
        ).one()
    return int(row[0]), int(row[1])
