"""The store's stored-value liability (储值负债): what it owes its members and card holders on a
day, and how that moved in a period — the manager's report of money that is not yet revenue.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memberdesk.documents.liability import Held, Liability, Movement
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.vocab import WalletKind
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Store, Wallet, WalletEntry

__all__ = ["Held", "Liability", "Movement", "liability"]


def _day_end(day: dt.date) -> dt.datetime:
    """The first instant after the counter's local ``day``, in UTC."""
    local = dt.datetime.combine(
        day + dt.timedelta(days=1), dt.time(), tzinfo=dt.datetime.now().astimezone().tzinfo
    )
    return local.astimezone(dt.UTC)


def _held(s: Session, store_id: int, day: dt.date) -> Held:
    per_wallet = (
        select(
            WalletEntry.wallet_id,
            func.sum(WalletEntry.principal_fen).label("p"),
            func.sum(WalletEntry.bonus_fen).label("b"),
        )
        .where(WalletEntry.store_id == store_id, WalletEntry.created_at < _day_end(day))
        .group_by(WalletEntry.wallet_id)
        .subquery()
    )
    principal = bonus = cards = card_bonus = accounts = 0
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
        accounts += int(n)
        if kind is WalletKind.GIFT_CARD:
            cards, card_bonus = cards + int(p) + int(b), card_bonus + int(b)
        else:
            principal, bonus = principal + int(p), bonus + int(b)
    return Held(principal, bonus, cards, accounts, card_bonus)


def liability(
    db: Database, actor: Actor, *, at: dt.date, start: dt.date | None = None, end: dt.date | None = None
) -> Liability:
    """The manager's liability report; the period is the month up to ``at`` unless given."""
    require(actor, Permission.VIEW_LIABILITY)
    start = start or at.replace(day=1)
    end = end or at
    if start > end:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."), field="start")
    report = Liability(at, start, end)
    with db.read() as s:
        report.store_name = s.scalar(select(Store.name).where(Store.id == actor.store_id)) or ""
        held = _held(s, actor.store_id, at)
        report.member_principal_fen, report.member_bonus_fen = (
            held.member_principal_fen,
            held.member_bonus_fen,
        )
        report.gift_card_fen, report.accounts_with_balance = held.gift_card_fen, held.accounts_with_balance
        report.opening = _held(s, actor.store_id, start - dt.timedelta(days=1))
        report.closing = _held(s, actor.store_id, end)
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
