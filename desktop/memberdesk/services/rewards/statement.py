"""A member's points and stored value, entry by entry with the running balance (积分明细, 余额明细).

Every balance is the sum of its entries, so the running balance is the sum up to each entry
in the order they were written; the last line's balance is the balance on the card.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from memberdesk.domain.vocab import PaymentMethod, PointsSource, WalletEntryKind
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import PointsEntry, Sale, SaleReturn, Staff, Wallet, WalletEntry


@dataclass(frozen=True)
class PointsStatementLine:
    at: dt.datetime
    source: PointsSource
    delta: int  # what the balance moved
    owed_delta: int  # what the points owed moved (a take-back past the balance, paid off later)
    balance: int  # after this entry
    owed: int  # after this entry
    document: str  # the receipt or return slip number, when the entry came from one
    reason: str
    staff: str


@dataclass(frozen=True)
class WalletStatementLine:
    at: dt.datetime
    kind: WalletEntryKind
    principal_fen: int
    bonus_fen: int
    money_fen: int  # cash that moved with it: + paid in, − paid out
    method: PaymentMethod | None
    principal_after: int
    bonus_after: int
    document: str
    reason: str
    staff: str

    @property
    def balance_fen(self) -> int:
        return self.principal_after + self.bonus_after


def points_statement(db: Database, actor: Actor, member_id: int) -> list[PointsStatementLine]:
    """Every points entry of the member, oldest first, with the balance after each."""
    require(actor, Permission.FIND_MEMBER)
    with db.read() as s:
        rows = s.execute(
            select(
                PointsEntry.created_at,
                PointsEntry.source,
                PointsEntry.delta,
                PointsEntry.owed_delta,
                Sale.receipt_no,
                SaleReturn.return_no,
                PointsEntry.reason,
                Staff.name,
            )
            .outerjoin(Sale, Sale.id == PointsEntry.sale_id)
            .outerjoin(SaleReturn, SaleReturn.id == PointsEntry.return_id)
            .outerjoin(Staff, Staff.id == PointsEntry.staff_id)
            .where(PointsEntry.member_id == member_id)
            .order_by(PointsEntry.created_at, PointsEntry.id)
        ).all()
    out: list[PointsStatementLine] = []
    balance = owed = 0
    for at, source, delta, owed_delta, receipt_no, return_no, reason, staff in rows:
        balance += delta
        owed += owed_delta or 0
        document = return_no or receipt_no or ""
        out.append(
            PointsStatementLine(
                at, source, delta, owed_delta or 0, balance, owed, document, reason, staff or ""
            )
        )
    return out


def wallet_statement(db: Database, actor: Actor, member_id: int) -> list[WalletStatementLine]:
    """Every movement of the member's stored value, oldest first, with the balance after each."""
    require(actor, Permission.FIND_MEMBER)
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
                Sale.receipt_no,
                SaleReturn.return_no,
                WalletEntry.reason,
                Staff.name,
            )
            .join(Wallet, Wallet.id == WalletEntry.wallet_id)
            .outerjoin(Sale, Sale.id == WalletEntry.sale_id)
            .outerjoin(SaleReturn, SaleReturn.id == WalletEntry.return_id)
            .outerjoin(Staff, Staff.id == WalletEntry.staff_id)
            .where(Wallet.member_id == member_id)
            .order_by(WalletEntry.created_at, WalletEntry.id)
        ).all()
    out: list[WalletStatementLine] = []
    principal = bonus = 0
    for at, kind, p, b, cash, method, doc_no, receipt_no, return_no, reason, staff in rows:
        principal += p
        bonus += b
        document = doc_no or return_no or receipt_no or ""
        out.append(
            WalletStatementLine(at, kind, p, b, cash, method, principal, bonus, document, reason, staff or "")
        )
    return out
