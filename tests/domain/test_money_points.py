from decimal import Decimal

import pytest

from memberdesk.domain.announce import announce_amount
from memberdesk.domain.money import MoneyError, MoneyProblem, format_fen, parse_fen, to_fen
from memberdesk.domain.points import SalesRules, points_for, share, tier_for, tier_progress
from memberdesk.domain.vocab import Tier


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("128", 12800),
        ("128.5", 12850),
        ("¥1,280.00", 128000),
        ("128元", 12800),
        ("１２８．５", 12850),
        (" 0.05 ", 5),
        (".5", 50),
        ("￥ 3", 300),
        ("RMB 10", 1000),
    ],
)
def test_parse_fen_accepts_what_clerks_type(text: str, fen: int) -> None:
    assert parse_fen(text) == fen


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", MoneyProblem.EMPTY),
        ("  ", MoneyProblem.EMPTY),
        ("abc", MoneyProblem.NOT_A_NUMBER),
        ("-5", MoneyProblem.NEGATIVE),
        ("0", MoneyProblem.ZERO),
        ("0.00", MoneyProblem.ZERO),
        ("1.234", MoneyProblem.TOO_MANY_DECIMALS),
        ("1e5", MoneyProblem.NOT_A_NUMBER),
        ("999999999999999", MoneyProblem.TOO_LARGE),
        ("100000001", MoneyProblem.TOO_LARGE),
        ("1.2.3", MoneyProblem.NOT_A_NUMBER),
        ("nan", MoneyProblem.NOT_A_NUMBER),
    ],
)
def test_parse_fen_refuses(text: str, problem: MoneyProblem) -> None:
    with pytest.raises(MoneyError) as err:
        parse_fen(text)
    assert err.value.problem is problem


def test_zero_allowed_when_asked() -> None:
    assert parse_fen("0", allow_zero=True) == 0


def test_format_and_announce() -> None:
    assert format_fen(128000) == "¥1,280.00"
    assert format_fen(-1250) == "-¥12.50"
    assert announce_amount(128000, "zh_CN") == "1,280"
    assert announce_amount(128050, "zh_CN") == "1,280.5"
    assert announce_amount(128000, "en") == "¥1,280.00"


def test_points_and_tiers() -> None:
    rules = SalesRules()
    assert points_for(12899, Tier.REGULAR, rules) == 128
    assert points_for(10000, Tier.VIP, rules) == 200
    assert points_for(0, Tier.GOLD, rules) == 0
    assert tier_for(4_999_99, rules) is Tier.REGULAR
    assert tier_for(5_000_00, rules) is Tier.SILVER
    p = tier_progress(12_500_00, rules)
    assert (p.tier, p.next_tier, p.missing_fen, p.percent) == (Tier.SILVER, Tier.GOLD, 7_500_00, 50)
    assert tier_progress(60_000_00, rules).next_tier is None
    assert share(10, 1, 3) == 4  # rounded up


def test_rules_problems() -> None:
    assert SalesRules().problems() == []
    bad = SalesRules(fen_per_point=0, return_window_days=-1)
    assert {"fen_per_point", "return_window_days"} <= set(bad.problems())
    swapped = SalesRules(tier_threshold_fen={Tier.SILVER: 3, Tier.GOLD: 2, Tier.VIP: 4})
    assert "tier_threshold_fen" in swapped.problems()


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (12.5, MoneyProblem.NOT_A_NUMBER),
        (True, MoneyProblem.NOT_A_NUMBER),
        (None, MoneyProblem.NOT_A_NUMBER),
        (10**17, MoneyProblem.TOO_LARGE),
        (-1, MoneyProblem.NEGATIVE),
        (0, MoneyProblem.ZERO),
        (Decimal("-0.01"), MoneyProblem.NEGATIVE),
        (Decimal("Infinity"), MoneyProblem.NOT_A_NUMBER),
        (Decimal("1E+13"), MoneyProblem.TOO_LARGE),
        ("1" * 100, MoneyProblem.NOT_A_NUMBER),
    ],
)
def test_to_fen_refuses_whatever_the_type(value: object, problem: MoneyProblem) -> None:
    with pytest.raises(MoneyError) as err:
        to_fen(value)
    assert err.value.problem is problem


def test_to_fen_reads_int_as_fen_and_text_or_decimal_as_yuan() -> None:
    assert to_fen(12850) == to_fen("128.50") == to_fen(Decimal("128.5")) == 12850
    assert to_fen(Decimal("1E+2")) == 10000
    assert to_fen(0, allow_zero=True) == 0
