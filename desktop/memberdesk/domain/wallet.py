"""Stored value (储值): the store's top-up bonus rules and how a balance is spent and paid back.

A balance has two parts kept apart everywhere: the principal the member paid in, and the
bonus the store gave (充值送). The principal is money the store owes; the bonus is a promise
that is forfeited when the principal is withdrawn. All amounts are integer fen.

The rules, stated once:
- A top-up earns the bonus of the highest tier it reaches (pay ¥1,000 get ¥100); tiers do not
  add up, and a top-up below the lowest tier earns nothing.
- Spending takes principal and bonus either in proportion to the balance (``proportional``)
  or principal first and the bonus last (``bonus_last``), as the store chooses. The
  proportional share of the bonus is rounded down, so the member never loses principal to
  rounding.
- A return of goods paid by stored value goes back to the balance, split like the sale's own
  spend: the bonus share rounded down, and a full return gives back exactly what was spent.
- Withdrawing principal forfeits the bonus in proportion (all of it when all the principal
  goes), rounded up, so no bonus is left without principal behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

MAX_TOPUP_FEN = 100_000_00  # one top-up: ¥100,000
MAX_BALANCE_FEN = 1_000_000_00  # what one account may hold: ¥1,000,000
MAX_RULES = 8


class SpendOrder(StrEnum):
    PROPORTIONAL = "proportional"
    BONUS_LAST = "bonus_last"


class Presence(StrEnum):
    """How a member shows they are present before their balance is spent."""

    PIN = "pin"  # the member types their own PIN at the till
    CARD = "card"  # the member's card (or its code) is scanned during the sale


@dataclass(frozen=True, order=True)
class TopupRule:
    """Pay at least ``pay_fen`` in one top-up, get ``bonus_fen`` on top."""

    pay_fen: int
    bonus_fen: int


def _default_rules() -> tuple[TopupRule, ...]:
    return (TopupRule(500_00, 30_00), TopupRule(1_000_00, 100_00), TopupRule(3_000_00, 400_00))


@dataclass(frozen=True)
class WalletRules:
    """The store's stored-value rules (a manager sets them)."""

    enabled: bool = True
    topup_rules: tuple[TopupRule, ...] = field(default_factory=_default_rules)
    spend_order: SpendOrder = SpendOrder.PROPORTIONAL
    presence: Presence = Presence.PIN
    min_topup_fen: int = 100_00

    def problems(self) -> list[str]:
        """Names of the fields out of range (empty when usable)."""
        bad: list[str] = []
        if not 1 <= self.min_topup_fen <= MAX_TOPUP_FEN:
            bad.append("min_topup_fen")
        pays = [r.pay_fen for r in self.topup_rules]
        if (
            len(self.topup_rules) > MAX_RULES
            or len(set(pays)) != len(pays)
            or any(not 1 <= r.pay_fen <= MAX_TOPUP_FEN for r in self.topup_rules)
            or any(not 0 <= r.bonus_fen <= r.pay_fen for r in self.topup_rules)
        ):
            bad.append("topup_rules")
        return bad


def bonus_for(paid_fen: int, rules: WalletRules) -> int:
    """The bonus a top-up of ``paid_fen`` earns: the highest tier reached, or nothing."""
    reached = [r for r in rules.topup_rules if paid_fen >= r.pay_fen]
    return max(reached).bonus_fen if reached else 0


@dataclass(frozen=True)
class Split:
    """An amount taken from (or put back into) a balance, by part."""

    principal_fen: int
    bonus_fen: int

    @property
    def total_fen(self) -> int:
        return self.principal_fen + self.bonus_fen


def split_spend(amount_fen: int, principal_fen: int, bonus_fen: int, order: SpendOrder) -> Split:
    """Which part of the balance pays ``amount_fen``; raises ValueError when it does not cover it."""
    if amount_fen < 0 or principal_fen < 0 or bonus_fen < 0:
        raise ValueError("negative amount or balance")
    if amount_fen > principal_fen + bonus_fen:
        raise ValueError("the balance does not cover the amount")
    if order is SpendOrder.BONUS_LAST:
        from_principal = min(amount_fen, principal_fen)
        return Split(from_principal, amount_fen - from_principal)
    total = principal_fen + bonus_fen
    from_bonus = amount_fen * bonus_fen // total if total else 0
    from_principal = amount_fen - from_bonus
    if from_principal > principal_fen:  # rounding pushed past the principal: the bonus covers it
        from_principal = principal_fen
        from_bonus = amount_fen - from_principal
    return Split(from_principal, from_bonus)


def split_refund(amount_fen: int, spent: Split, refunded_before: Split) -> Split:
    """What a refund of ``amount_fen`` puts back, for a sale that spent ``spent``.

    The bonus share is rounded down; when the refund brings the total back to what was spent,
    each part is given back exactly, so a full return (in any number of steps) restores the
    balance the sale took.
    """
    left = Split(
        spent.principal_fen - refunded_before.principal_fen, spent.bonus_fen - refunded_before.bonus_fen
    )
    if amount_fen < 0 or amount_fen > left.total_fen:
        raise ValueError("refund beyond what the sale spent from the balance")
    if amount_fen == left.total_fen:
        return left
    bonus = amount_fen * spent.bonus_fen // spent.total_fen if spent.total_fen else 0
    bonus = min(bonus, left.bonus_fen)
    principal = amount_fen - bonus
    if principal > left.principal_fen:
        principal = left.principal_fen
        bonus = amount_fen - principal
    return Split(principal, bonus)


def forfeit_on_withdrawal(withdraw_fen: int, principal_fen: int, bonus_fen: int) -> int:
    """The bonus forfeited when ``withdraw_fen`` of the principal is paid out (rounded up)."""
    if not 0 < withdraw_fen <= principal_fen:
        raise ValueError("withdrawal beyond the principal")
    if withdraw_fen == principal_fen:
        return bonus_fen
    return -((-bonus_fen * withdraw_fen) // principal_fen)
