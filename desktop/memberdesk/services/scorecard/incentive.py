"""The incentive rule (激励机制), stated once, in integer fen.

For a member of staff whose role has targets:
- a bonus per member they enrolled (``bonus_per_enrolment_fen`` each);
- a bonus per new member they referred (``bonus_per_referral_fen`` each);
- the sales bonus (``sales_bonus_fen``), paid only when both hold: their sales reach the
  period's sales target, and the satisfaction of the customers they served reaches the
  threshold (perceived × 100 ≥ threshold × expected, in whole numbers; with a threshold set,
  a period without any rating does not reach it: good service has to be shown, not assumed).

Targets are monthly. A period of whole calendar months has the monthly target times the
months; any other period has the monthly target × days ÷ 30, rounded half up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from memberdesk.services.scorecard.figures import StaffFigures
from memberdesk.services.scorecard.targets import RoleTargets


def months_in(start: dt.date, end: dt.date) -> Fraction:
    """How many months' targets the period from ``start`` to ``end`` (inclusive) carries."""
    after = end + dt.timedelta(days=1)
    if start.day == 1 and after.day == 1:
        return Fraction((after.year - start.year) * 12 + after.month - start.month)
    return Fraction((end - start).days + 1, 30)


def scaled(monthly: int, months: Fraction) -> int:
    """``monthly`` × ``months``, rounded half up, in whole units (fen, members)."""
    product = monthly * months
    return (2 * product.numerator + product.denominator) // (2 * product.denominator)


def satisfaction_met(figures: StaffFigures, threshold: int) -> bool:
    """Whether the pooled satisfaction reaches ``threshold`` hundredths (0: no threshold)."""
    if threshold <= 0:
        return True
    return figures.rated_visits > 0 and figures.perceived_sum * 100 >= threshold * figures.expected_sum


@dataclass(frozen=True)
class Bonus:
    """What the rule pays one member of staff for the period, and why."""

    sales_target_fen: int
    enrolment_target: int
    sales_target_met: bool
    enrolment_target_met: bool
    satisfaction_met: bool
    enrolment_fen: int
    referral_fen: int
    sales_fen: int

    @property
    def total_fen(self) -> int:
        return self.enrolment_fen + self.referral_fen + self.sales_fen


def bonus(figures: StaffFigures, targets: RoleTargets, months: Fraction) -> Bonus:
    """The incentive rule applied to one member of staff's figures."""
    sales_target = scaled(targets.sales_target_fen, months)
    enrolment_target = scaled(targets.enrolment_target, months)
    sales_met = figures.sales_fen >= sales_target
    happy = satisfaction_met(figures, targets.satisfaction_threshold)
    return Bonus(
        sales_target_fen=sales_target,
        enrolment_target=enrolment_target,
        sales_target_met=sales_met,
        enrolment_target_met=figures.enrolments >= enrolment_target,
        satisfaction_met=happy,
        enrolment_fen=figures.enrolments * targets.bonus_per_enrolment_fen,
        referral_fen=figures.referrals * targets.bonus_per_referral_fen,
        sales_fen=targets.sales_bonus_fen if sales_met and happy else 0,
    )
