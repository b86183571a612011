"""Member money in the demo store: stored-value accounts topped up before they are spent,
returns back to the balance, withdrawals, gift cards — so every money screen shows data."""

from __future__ import annotations

from tests.demo.conftest import Query


def test_every_kind_of_balance_movement_is_there(sql: Query) -> None:
    kinds = dict(sql("SELECT kind, count(*) FROM wallet_entries GROUP BY kind"))
    assert {"topup", "spend", "refund", "withdraw"} <= set(kinds)
    assert kinds["topup"] >= kinds["withdraw"] > 0
    cards = sql("SELECT count(*), sum(principal_fen) FROM wallets WHERE kind = 'gift_card'")[0]
    assert cards[0] > 5 and cards[1] > 0


def test_top_ups_earn_the_default_bonus_and_are_round_amounts(sql: Query) -> None:
    rows = sql(
        "SELECT e.money_fen, e.bonus_fen FROM wallet_entries e JOIN wallets w ON w.id = e.wallet_id"
        " WHERE e.kind = 'topup' AND w.kind = 'member'"
    )
    assert rows and all(money % 100_00 == 0 and money >= 500_00 for money, _ in rows)
    bonus = {500_00: 30_00, 1_000_00: 100_00, 2_000_00: 100_00, 3_000_00: 400_00, 5_000_00: 400_00}
    assert all(b == bonus.get(money, 400_00) for money, b in rows)


def test_no_balance_is_spent_before_it_was_topped_up(sql: Query) -> None:
    """Walking each account's entries in time order, the balance never goes below zero."""
    held: dict[int, int] = {}
    for wallet, delta in sql(
        "SELECT wallet_id, principal_fen + bonus_fen FROM wallet_entries ORDER BY created_at, id"
    ):
        held[wallet] = held.get(wallet, 0) + delta
        assert held[wallet] >= 0, wallet
    first_numbers = sql("SELECT min(doc_no), max(doc_no) FROM wallet_entries WHERE kind = 'topup'")[0]
    assert first_numbers[0] == "C00000001"
    (next_topup,) = sql("SELECT next_value FROM number_sequences WHERE name = 'topup'")[0]
    assert first_numbers[1] == f"C{next_topup - 1:08d}"
