"""Stored-value rules: bonus tiers, how a balance is spent, paid back and withdrawn."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from memberdesk.domain.wallet import (
    SpendOrder,
    Split,
    TopupRule,
    WalletRules,
    bonus_for,
    forfeit_on_withdrawal,
    split_refund,
    split_spend,
)

RULES = WalletRules(topup_rules=(TopupRule(500_00, 30_00), TopupRule(1_000_00, 100_00)))
fen = st.integers(min_value=0, max_value=10_000_000)


def test_a_top_up_earns_the_highest_tier_it_reaches_not_the_sum() -> None:
    assert bonus_for(499_99, RULES) == 0
    assert bonus_for(500_00, RULES) == 30_00
    assert bonus_for(999_99, RULES) == 30_00
    assert bonus_for(1_000_00, RULES) == 100_00
    assert bonus_for(5_000_00, RULES) == 100_00


def test_rules_out_of_range_are_named() -> None:
    assert WalletRules(topup_rules=(TopupRule(100_00, 200_00),)).problems() == ["topup_rules"]
    assert WalletRules(topup_rules=(TopupRule(100_00, 1), TopupRule(100_00, 2))).problems() == ["topup_rules"]
    assert WalletRules(min_topup_fen=0).problems() == ["min_topup_fen"]
    assert RULES.problems() == []


@given(fen, fen, fen, st.sampled_from(SpendOrder))
def test_a_spend_takes_exactly_the_amount_and_never_more_than_either_part(
    amount: int, principal: int, bonus: int, order: SpendOrder
) -> None:
    if amount > principal + bonus:
        return
    part = split_spend(amount, principal, bonus, order)
    assert part.total_fen == amount
    assert 0 <= part.principal_fen <= principal and 0 <= part.bonus_fen <= bonus
    if order is SpendOrder.BONUS_LAST:
        assert part.bonus_fen == max(0, amount - principal)
    elif principal + bonus:
        assert part.bonus_fen == amount * bonus // (principal + bonus)


def test_a_spend_beyond_the_balance_is_refused() -> None:
    try:
        split_spend(101, 50, 50, SpendOrder.PROPORTIONAL)
    except ValueError:
        return
    raise AssertionError("spent more than the balance")


@given(
    st.integers(min_value=1, max_value=1_000_000),
    st.integers(min_value=0, max_value=1_000_000),
    st.lists(st.integers(min_value=1, max_value=1_000_000), min_size=1, max_size=6),
)
def test_returns_in_any_steps_give_back_exactly_what_the_sale_spent(
    principal: int, bonus: int, steps: list[int]
) -> None:
    spent = Split(principal, bonus)
    back = Split(0, 0)
    for step in steps:
        left = spent.total_fen - back.total_fen
        amount = min(step, left)
        part = split_refund(amount, spent, back)
        assert part.total_fen == amount and part.principal_fen >= 0 and part.bonus_fen >= 0
        back = Split(back.principal_fen + part.principal_fen, back.bonus_fen + part.bonus_fen)
        assert back.principal_fen <= spent.principal_fen and back.bonus_fen <= spent.bonus_fen
    last = split_refund(spent.total_fen - back.total_fen, spent, back)
    back = Split(back.principal_fen + last.principal_fen, back.bonus_fen + last.bonus_fen)
    assert back == spent


@given(st.integers(min_value=1, max_value=10**8), st.integers(min_value=0, max_value=10**8), st.data())
def test_withdrawing_principal_forfeits_bonus_in_proportion_and_all_of_it_at_the_end(
    principal: int, bonus: int, data: st.DataObject
) -> None:
    out = data.draw(st.integers(min_value=1, max_value=principal))
    forfeit = forfeit_on_withdrawal(out, principal, bonus)
    assert 0 <= forfeit <= bonus
    assert forfeit * principal >= bonus * out  # rounded up: no bonus left without principal
    if out == principal:
        assert forfeit == bonus
