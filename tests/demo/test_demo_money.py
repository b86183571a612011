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


def test_a_walk_in_pays_from_a_gift_card_and_a_member_from_their_stored_value(sql: Query) -> None:
    """The till's method names the balance that paid: a gift card's spend is a gift-card payment."""
    rows = sql(
        "SELECT p.method, w.kind, count(*) FROM payments p JOIN wallet_entries e ON e.sale_id = p.sale_id"
        " JOIN wallets w ON w.id = e.wallet_id WHERE e.kind = 'spend' GROUP BY p.method, w.kind"
    )
    assert {(method, kind) for method, kind, _ in rows} == {
        ("gift_card", "gift_card"),
        ("stored_value", "member"),
    }


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


def test_coupons_are_issued_used_once_and_some_expired(sql: Query) -> None:
    purposes = dict(
        sql(
            "SELECT t.purpose, count(*) FROM coupons c JOIN coupon_templates t ON t.id = c.template_id"
            " GROUP BY t.purpose"
        )
    )
    assert {"campaign", "birthday", "welcome"} <= set(purposes)
    (used, events) = sql(
        "SELECT (SELECT count(*) FROM coupons WHERE used), (SELECT count(*) FROM coupon_events)"
    )[0]
    assert used == events > 0
    # a used coupon took off its sale's discount, on a sale that reached its minimum spend
    assert sql(
        "SELECT count(*) FROM coupon_events e JOIN coupons c ON c.id = e.coupon_id"
        " JOIN coupon_templates t ON t.id = c.template_id JOIN sales s ON s.id = e.sale_id"
        " WHERE e.discount_fen != s.discount_fen OR s.subtotal_fen < t.min_spend_fen"
        " OR s.member_id != c.member_id"
    ) == [(0,)]
    expired = sql("SELECT count(*) FROM coupons WHERE NOT used AND valid_to < '2026-07-15'")[0][0]
    live = sql("SELECT count(*) FROM coupons WHERE NOT used AND valid_to >= '2026-07-15'")[0][0]
    assert expired > 0 and live > 0


def test_points_expired_at_the_end_of_the_year_after_and_tiers_were_reviewed(sql: Query) -> None:
    expiry = sql("SELECT count(*), min(delta), max(reason) FROM points_entries WHERE source = 'expiry'")[0]
    assert expiry[0] > 0 and expiry[1] < 0 and expiry[2] == "expiry 2025-12-31"
    assert sql("SELECT min(points_balance) FROM member_stats")[0][0] >= 0  # never more than was held
    moved = sql("SELECT t.to_tier, m.tier FROM tier_changes t JOIN members m ON m.id = t.member_id")
    assert moved and all(to == tier for to, tier in moved)
    assert sql("SELECT DISTINCT review_key FROM tier_changes") == [("2026",)]
    assert dict(sql("SELECT key, value FROM settings"))["rewards.expiry"] == (
        '{"months": 24, "rule": "end_of_next_year"}'
    )
