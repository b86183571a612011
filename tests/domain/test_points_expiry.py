"""Points expiry: first in, first out; never more than the balance; never twice."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from memberdesk.domain.expiry import (
    ExpiryPolicy,
    ExpiryRule,
    PointsMove,
    add_months,
    cutoff,
    expiring,
    expiring_soon,
)

D = dt.date


def test_end_of_next_year_takes_last_years_points_on_new_years_eve_only() -> None:
    policy = ExpiryPolicy(ExpiryRule.END_OF_NEXT_YEAR)
    assert cutoff(policy, D(2026, 12, 31)) == D(2026, 1, 1)
    assert cutoff(policy, D(2026, 12, 30)) == D(2025, 1, 1)
    assert cutoff(ExpiryPolicy(), D(2026, 12, 31)) is None


def test_rolling_months_keep_points_for_that_many_months() -> None:
    policy = ExpiryPolicy(ExpiryRule.ROLLING_MONTHS, months=12)
    earned = [PointsMove(D(2025, 3, 10), 500)]
    assert expiring(earned, cutoff(policy, D(2026, 3, 9)) or D.min) == 0
    assert expiring(earned, cutoff(policy, D(2026, 3, 10)) or D.min) == 500
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)


def test_spent_points_are_the_oldest_and_what_expired_does_not_expire_again() -> None:
    moves = [PointsMove(D(2024, 5, 1), 1000), PointsMove(D(2025, 2, 1), 400), PointsMove(D(2025, 6, 1), -300)]
    assert expiring(moves, D(2025, 1, 1)) == 700
    moves.append(PointsMove(D(2025, 12, 31), -700, is_expiry=True))
    assert expiring(moves, D(2025, 1, 1)) == 0
    assert expiring(moves, D(2026, 1, 1)) == 400


def test_the_card_warns_of_points_expiring_this_month() -> None:
    moves = [PointsMove(D(2025, 4, 1), 800)]
    policy = ExpiryPolicy(ExpiryRule.END_OF_NEXT_YEAR)
    assert expiring_soon(moves, policy, D(2026, 12, 5), 30) == (800, D(2026, 12, 31))
    assert expiring_soon(moves, policy, D(2026, 11, 5), 30) is None


moves_st = st.lists(
    st.builds(
        PointsMove,
        st.dates(min_value=D(2023, 1, 1), max_value=D(2027, 12, 31)),
        st.integers(min_value=-5000, max_value=5000),
    ),
    max_size=30,
)


@given(moves_st, st.dates(min_value=D(2023, 1, 1), max_value=D(2028, 12, 31)))
def test_expiry_never_passes_the_balance_and_running_it_twice_takes_nothing_more(
    moves: list[PointsMove], before: dt.date
) -> None:
    moves = sorted(moves, key=lambda m: m.day)
    balance = sum(m.delta for m in moves)
    gone = expiring(moves, before)
    assert 0 <= gone <= max(0, balance)
    after = [*moves, PointsMove(D(2029, 1, 1), -gone, is_expiry=True)]
    assert expiring(after, before) == 0
