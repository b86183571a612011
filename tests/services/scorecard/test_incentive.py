"""The incentive rule: bonuses per enrolment and referral, the sales bonus behind the sales
target and the satisfaction threshold, targets scaled to the period; all in integer fen."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from memberdesk.domain.vocab import Role
from memberdesk.services.scorecard.figures import StaffFigures
from memberdesk.services.scorecard.incentive import bonus, months_in, satisfaction_met, scaled
from memberdesk.services.scorecard.targets import (
    MAX_BONUS_FEN,
    MAX_SALES_TARGET_FEN,
    MAX_THRESHOLD,
    RoleTargets,
)

fen = st.integers(0, MAX_BONUS_FEN)
counts = st.integers(0, 10_000)


@st.composite
def figures(draw: st.DrawFn) -> StaffFigures:
    rated = draw(st.integers(0, 500))
    expected = draw(st.integers(rated, 5 * rated))
    perceived = draw(st.integers(rated, 5 * rated))
    return StaffFigures(
        1,
        "C01",
        "张店员",
        Role.CLERK,
        sales_fen=draw(st.integers(0, 10 * MAX_SALES_TARGET_FEN)),
        enrolments=draw(counts),
        referrals=draw(counts),
        rated_visits=rated,
        expected_sum=expected,
        perceived_sum=perceived,
    )


@st.composite
def targets(draw: st.DrawFn) -> RoleTargets:
    return RoleTargets(
        Role.CLERK,
        sales_target_fen=draw(st.integers(0, MAX_SALES_TARGET_FEN)),
        enrolment_target=draw(counts),
        satisfaction_threshold=draw(st.integers(0, MAX_THRESHOLD)),
        bonus_per_enrolment_fen=draw(fen),
        bonus_per_referral_fen=draw(fen),
        sales_bonus_fen=draw(fen),
    )


months = st.sampled_from([Fraction(1), Fraction(3), Fraction(12), Fraction(7, 30), Fraction(45, 30)])


@given(figures(), targets(), months)
def test_the_bonus_is_whole_fen_and_adds_up(f: StaffFigures, t: RoleTargets, m: Fraction) -> None:
    b = bonus(f, t, m)
    parts = (b.enrolment_fen, b.referral_fen, b.sales_fen)
    assert all(type(p) is int and p >= 0 for p in parts)
    assert b.total_fen == sum(parts)
    assert b.enrolment_fen == f.enrolments * t.bonus_per_enrolment_fen
    assert b.referral_fen == f.referrals * t.bonus_per_referral_fen


@given(figures(), targets(), months)
def test_the_sales_bonus_needs_the_target_and_the_threshold(
    f: StaffFigures, t: RoleTargets, m: Fraction
) -> None:
    b = bonus(f, t, m)
    ratio_met = t.satisfaction_threshold == 0 or (
        f.rated_visits > 0
        and Fraction(f.perceived_sum, f.expected_sum) >= Fraction(t.satisfaction_threshold, 100)
    )
    target = t.sales_target_fen * m
    assert b.satisfaction_met == ratio_met
    assert b.sales_target_met == (f.sales_fen >= b.sales_target_fen)
    assert abs(b.sales_target_fen - target) <= Fraction(1, 2)  # rounded, never more than half a fen off
    assert b.sales_fen == (t.sales_bonus_fen if b.sales_target_met and ratio_met else 0)


@given(figures(), targets(), months, st.integers(1, 10_000))
def test_more_sales_never_cost_a_bonus(f: StaffFigures, t: RoleTargets, m: Fraction, more: int) -> None:
    before = bonus(f, t, m)
    f.sales_fen += more
    assert bonus(f, t, m).total_fen >= before.total_fen


def test_below_the_threshold_the_sales_bonus_is_not_paid() -> None:
    t = RoleTargets(
        Role.CLERK, sales_target_fen=100_000_00, satisfaction_threshold=100, sales_bonus_fen=500_00
    )
    f = StaffFigures(
        1, "C01", "张", Role.CLERK, sales_fen=120_000_00, rated_visits=10, expected_sum=40, perceived_sum=39
    )
    assert bonus(f, t, Fraction(1)).sales_fen == 0
    f.perceived_sum = 40  # exactly what customers expected: 1.00 reaches 100
    assert bonus(f, t, Fraction(1)).sales_fen == 500_00
    f.rated_visits = f.expected_sum = f.perceived_sum = 0  # nobody rated: not shown, not paid
    assert not satisfaction_met(f, 100)
    assert satisfaction_met(f, 0)


def test_targets_scale_with_the_period() -> None:
    assert months_in(dt.date(2026, 10, 1), dt.date(2026, 10, 31)) == 1
    assert months_in(dt.date(2026, 2, 1), dt.date(2026, 2, 28)) == 1
    assert months_in(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == 12
    assert months_in(dt.date(2026, 12, 1), dt.date(2027, 2, 28)) == 3
    assert months_in(dt.date(2026, 10, 1), dt.date(2026, 10, 15)) == Fraction(15, 30)
    assert months_in(dt.date(2026, 10, 16), dt.date(2026, 11, 15)) == Fraction(31, 30)
    assert scaled(100_000_00, Fraction(1, 2)) == 50_000_00
    assert scaled(1, Fraction(1, 2)) == 1  # half up
    assert scaled(3, Fraction(1, 30)) == 0
