"""When points expire (积分过期), as the store chooses: never, at the end of the year after they
were earned, or a rolling number of months after earning.

Points are spent first-in, first-out: a redemption (or any other take-away) uses the oldest
points first. So on an expiry date the points that expire are those earned before the cut-off
that nothing has used up yet — never more than the balance, and never the same points twice:
what expired before counts as used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class ExpiryRule(StrEnum):
    NEVER = "never"
    END_OF_NEXT_YEAR = "end_of_next_year"  # earned in 2025: expire after 31 Dec 2026
    ROLLING_MONTHS = "rolling_months"  # earned in March: expire N months later


@dataclass(frozen=True)
class ExpiryPolicy:
    rule: ExpiryRule = ExpiryRule.NEVER
    months: int = 24  # for ROLLING_MONTHS

    def problems(self) -> list[str]:
        return ["months"] if self.rule is ExpiryRule.ROLLING_MONTHS and not 1 <= self.months <= 120 else []


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def cutoff(policy: ExpiryPolicy, run_day: dt.date) -> dt.date | None:
    """Points earned before this day have expired by the end of ``run_day`` (None: never)."""
    if policy.rule is ExpiryRule.NEVER:
        return None
    if policy.rule is ExpiryRule.END_OF_NEXT_YEAR:
        # On 31 Dec 2026 the points of 2025 go; before that, those of 2024.
        year = run_day.year - 1 if run_day == dt.date(run_day.year, 12, 31) else run_day.year - 2
        return dt.date(year + 1, 1, 1)
    return add_months(run_day, -policy.months) + dt.timedelta(days=1)


@dataclass(frozen=True)
class PointsMove:
    """One ledger entry as expiry sees it: when, how many (signed), and whether it was an expiry."""

    day: dt.date
    delta: int
    is_expiry: bool = False


def expiring(moves: Iterable[PointsMove], before: dt.date) -> int:
    """How many points earned before ``before`` are still unused (FIFO): what expires now."""
    earned_before = 0
    used = 0  # every take-away (spending, reversals) and every earlier expiry
    balance = 0
    for move in moves:
        balance += move.delta
        if move.delta > 0 and move.day < before:
            earned_before += move.delta
        elif move.delta < 0:
            used -= move.delta
    return max(0, min(balance, earned_before - used))


def expiring_soon(
    moves: list[PointsMove], policy: ExpiryPolicy, today: dt.date, within_days: int
) -> tuple[int, dt.date] | None:
    """Points that will expire within ``within_days`` and the day they go (for the card's
    warning and the care calendar), or None."""
    if policy.rule is ExpiryRule.NEVER:
        return None
    for offset in range(within_days + 1):
        day = today + dt.timedelta(days=offset)
        limit = cutoff(policy, day)
        if limit is not None:
            amount = expiring(moves, limit)
            if amount > 0:
                return amount, day
    return None
