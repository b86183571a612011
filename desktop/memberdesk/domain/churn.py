"""Churn (顾客流失), retention and win-back: the definitions every figure and list shares.

- A member has **lapsed** when they have bought nothing for ``lapse_days`` days (a store
  setting, 180 by default).
- The **base** of a period: the members active at its start, i.e. who bought something in
  the ``lapse_days`` days before it.
- **Lost** in the period: base members who have lapsed by its end (nothing bought in the
  ``lapse_days`` days before the end). **Retention** is the share of the base not lost, the
  **churn rate** the share lost. Over a period other than a year the rate is put on a yearly
  footing as retention compounds: ``1 - retention ** (365 / days)``.
- **Revenue at risk**: what the lost members bought in the 365 days up to their last purchase.

The training material's rules of thumb are kept here with their sources, so a report can
name them as such next to the store's own figures.
"""

from __future__ import annotations

import json
from enum import StrEnum

LAPSE_DAYS = 180
LAPSE_DAYS_RANGE = (30, 730)
LAPSE_SETTING = "members.lapse_days"
YEAR_DAYS = 365

# 顾客流失: "a typical company loses 10%-30% of its customers a year"
TYPICAL_YEARLY_CHURN = (0.10, 0.30)
# 1:8 "winning a new customer costs 8 times keeping an old one"
REPLACE_COST_RATIO = 8
# 1:5 "one dissatisfied customer tells about 5 others"
UNHAPPY_TELLS = 5
# a complaint's satisfaction after handling (1..5) at or below this was handled badly
BADLY_RATED = 2


class WinbackCause(StrEnum):
    """Why a lapsed member most likely left, the first that applies in this order."""

    COMPLAINT = "complaint"  # a complaint still open, or handled and rated badly
    RETURN = "return"  # they returned goods in their last year
    FEWER_VISITS = "fewer_visits"  # their visits thinned out before they stopped
    UNKNOWN = "unknown"  # nothing on record: moved away, or a reason nobody told us


def parse_lapse_days(text: str) -> int:
    """The stored setting's days; the default when missing, damaged or out of range."""
    try:
        days = int(json.loads(text))
    except (ValueError, TypeError):
        return LAPSE_DAYS
    low, high = LAPSE_DAYS_RANGE
    return days if low <= days <= high else LAPSE_DAYS


def yearly_churn(base: int, lost: int, days: int) -> float | None:
    """The share of the base lost in a year, from ``lost`` of ``base`` over ``days`` days
    (None without a base)."""
    if base <= 0 or days <= 0:
        return None
    retention = (base - lost) / base
    return float(1 - retention ** (YEAR_DAYS / days))


def likely_cause(complaint: bool, returned: bool, visits_before: int, visits_last: int) -> WinbackCause:
    """The first cause that applies, in ``WinbackCause``'s order."""
    if complaint:
        return WinbackCause.COMPLAINT
    if returned:
        return WinbackCause.RETURN
    if fewer_visits(visits_before, visits_last):
        return WinbackCause.FEWER_VISITS
    return WinbackCause.UNKNOWN


HALF_YEAR_DAYS = 182


def fewer_visits(visits_before: int, visits_last: int) -> bool:
    """Visits thinned out: the last half-year before they stopped had fewer than half the
    visits of the half-year before it (and the earlier one had at least two)."""
    return visits_before >= 2 and visits_last * 2 < visits_before
