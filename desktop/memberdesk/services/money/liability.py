"""The store's stored-value liability (储值负债): what it owes its members and card holders on a
day, and how that moved in a period — the manager's report of money that is not yet revenue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from memberdesk.domain.vocab import WalletEntryKind, WalletKind
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Wallet, WalletEntry


@dataclass(frozen=True)
class Movement:
    kind: WalletEntryKind
    entries: int
    principal_fen: int
    bonus_fen: int
    money_fen: int


@dataclass
class Liability:
    """Owed at the end of ``at`` (members and gift cards apart), and the period's movements."""

    at: dt.date
    start: dt.date
    end: dt.date
    member_principal_fen: int = 0
    member_bonus_fen: int = 0
    gift_card_fen: int = 0
    accounts_with_balance: int = 0
    movements: list[Movement] = field(default_factory=list)

    @property
    def owed_fen(self) -> int:
        """Money members and card holders paid in and have not spent: what the store owes."""
        return self.member_principal_fen + self.gift_card_fen


def _day_end(day: dt.date) -> dt.datetime:
    """The first instant after the counter's local ``day``, in UTC."""
    local = dt.datetime.combine(
        day + dt.timedelta(days=1), dt.time(), tzinfo=dt.datetime.now().astimezone().tzinfo
    )
    return local.astimezone(dt.UTC)


def liability(db: Database, actor: Actor, *, at: dt.date, start: dt.date, end: dt.date) -> Liability:
    require(actor, Permission.VIEW_REPORTS)
    report = Liability(at, start, end)
    until = _day_end(at)
    with db.read() as s:
        per_wallet = (
            select(
                WalletEntry.wallet_id,
                func.sum(WalletEntry.principal_fen).label("p"),
                func.sum(WalletEntry.bonus_fen).label("b"),
            )
            .where(WalletEntry.store_id == actor.store_id, WalletEntry.created_at < until)
            .group_by(WalletEntry.wallet_id)
            .subquery()
        )
        for kind, p, b, n in s.execute(
            select(
                Wallet.kind,
                func.coalesce(func.sum(per_wallet.c.p), 0),
                func.coalesce(func.sum(per_wallet.c.b), 0),
                func.count().filter(per_wallet.c.p + per_wallet.c.b > 0),
            )
            .join(per_wallet, per_wallet.c.wallet_id == Wallet.id)
            .group_by(Wallet.kind)
        ):
            report.accounts_with_balance += int(n)
            if kind is WalletKind.GIFT_CARD:
                report.gift_card_fen += int(p) + int(b)
            else:
                report.member_principal_fen += int(p)
                report.member_bonus_fen += int(b)
        lo, hi = _day_end(start - dt.timedelta(days=1)), _day_end(end)
        for kind, n, p, b, m in s.execute(
            select(
                WalletEntry.kind,
                func.count(),
                func.sum(WalletEntry.principal_fen),
                func.sum(WalletEntry.bonus_fen),
                func.sum(WalletEntry.money_fen),
            )
            .where(
                WalletEntry.store_id == actor.store_id,
                WalletEntry.created_at >= lo,
                WalletEntry.created_at < hi,
            )
            .group_by(WalletEntry.kind)
            .order_by(WalletEntry.kind)
        ):
            report.movements.append(Movement(kind, int(n), int(p or 0), int(b or 0), int(m or 0)))
    return report
