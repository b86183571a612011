"""Gift cards sold at the counter: the code, the money taken, the books and the liability."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from memberdesk.domain import gift_cards as codes
from memberdesk.domain.errors import Conflict, NotFound, ValidationError
from memberdesk.domain.vocab import PaymentMethod, WalletEntryKind, WalletKind
from memberdesk.services.money import gift_cards, liability
from memberdesk.services.money.reconcile import check_money
from memberdesk.store.models import AuditEntry, Wallet, WalletEntry
from tests.conftest import Shop

NOW = dt.datetime(2026, 3, 14, 10, 0, tzinfo=dt.UTC)


def _cards(shop: Shop) -> int:
    with shop.db.read() as s:
        return int(
            s.scalar(select(func.count()).select_from(Wallet).where(Wallet.kind == WalletKind.GIFT_CARD)) or 0
        )


def test_a_card_sold_gets_a_printable_code_and_the_money_taken_is_one_topup_entry(shop: Shop) -> None:
    sold = gift_cards.sell(shop.db, shop.clerk, "500", PaymentMethod.WECHAT, now=NOW)
    assert codes.looks_like_code(sold.code) and sold.code.startswith("G") and len(sold.code) == 13
    assert not any(ch in sold.code for ch in "01OIL")
    assert (sold.doc_no, sold.amount_fen, sold.balance_fen, sold.method) == (
        "L00000001",
        500_00,
        500_00,
        PaymentMethod.WECHAT,
    )
    with shop.db.read() as s:
        entry = s.scalars(select(WalletEntry)).one()
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "gift_card.sell")).one()
    assert (entry.kind, entry.principal_fen, entry.bonus_fen, entry.money_fen, entry.method) == (
        WalletEntryKind.TOPUP,
        500_00,
        0,
        500_00,
        PaymentMethod.WECHAT,
    )
    assert (audit.staff_id, audit.detail, json.loads(audit.after)) == (
        shop.clerk.staff_id,
        "L00000001",
        {"paid_fen": 500_00, "method": "wechat"},
    )
    got = gift_cards.balance_of(shop.db, sold.code.lower())
    assert (got.code, got.balance_fen, got.sold_at) == (sold.code, 500_00, NOW)
    assert gift_cards.sell(shop.db, shop.clerk, "200", "cash").doc_no == "L00000002"
    assert check_money(shop.db) == []


def test_a_physical_cards_own_code_is_kept_as_scanned_and_sold_once(shop: Shop) -> None:
    sold = gift_cards.sell(shop.db, shop.clerk, "1000", "cash", code=" ｇｃ-2026 0001 ")
    assert sold.code == "GC20260001"
    assert gift_cards.balance_of(shop.db, "gc20260001").balance_fen == 1_000_00
    with pytest.raises(Conflict) as err:
        gift_cards.sell(shop.db, shop.clerk, "300", "cash", code="GC20260001")
    assert err.value.field == "code" and "GC20260001" in err.value.english()
    assert _cards(shop) == 1 and check_money(shop.db) == []


def test_an_unknown_code_is_named_in_the_answer(shop: Shop) -> None:
    with pytest.raises(NotFound) as err:
        gift_cards.balance_of(shop.db, "GC99999999")
    assert err.value.english() == "No gift card has the code GC99999999."


@pytest.mark.parametrize(
    ("amount", "method", "code", "field"),
    [
        ("0", "cash", None, "amount"),
        ("-5", "cash", None, "amount"),
        ("abc", "cash", None, "amount"),
        ("99.999", "cash", None, "amount"),
        ("10000.01", "cash", None, "amount"),
        ("500", "stored_value", None, "method"),
        ("500", "gift_card", None, "method"),
        ("500", "cash", "ABC", "code"),
        ("500", "cash", "QABCDEFGHJK", "code"),  # a coupon's code
        ("500", "cash", "卡号123456", "code"),
        ("500", "cash", "A" * 33, "code"),
    ],
)
def test_a_sale_that_is_not_a_card_for_money_is_refused_with_nothing_written(
    shop: Shop, amount: str, method: str, code: str | None, field: str
) -> None:
    with pytest.raises(ValidationError) as err:
        gift_cards.sell(shop.db, shop.clerk, amount, method, code=code)
    assert err.value.field == field
    assert _cards(shop) == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    amount=st.one_of(st.text(max_size=12), st.decimals(allow_nan=False, places=3).map(str), st.integers()),
    code=st.one_of(st.none(), st.text(max_size=40), st.from_regex(r"[A-Za-z0-9 -]{4,36}", fullmatch=True)),
)
def test_whatever_is_typed_a_card_holds_exactly_what_was_paid_or_nothing_is_sold(
    shop: Shop, amount: object, code: str | None
) -> None:
    before = _cards(shop)
    try:
        sold = gift_cards.sell(shop.db, shop.clerk, amount, "cash", code=code)
    except (ValidationError, Conflict) as err:
        assert err.field in {"amount", "code"} and err.english()
        assert _cards(shop) == before
        return
    assert 1 <= sold.amount_fen <= codes.MAX_FACE_FEN
    assert codes.is_valid(sold.code)
    assert gift_cards.balance_of(shop.db, sold.code).balance_fen == sold.amount_fen
    assert _cards(shop) == before + 1


def test_the_liability_counts_cards_apart_from_members(shop: Shop) -> None:
    gift_cards.sell(shop.db, shop.clerk, "300", "cash", now=NOW)
    gift_cards.sell(shop.db, shop.clerk, "200", "alipay", now=NOW)
    got = liability.liability(shop.db, shop.manager, at=dt.date(2026, 3, 31))
    assert (got.gift_card_fen, got.member_principal_fen, got.member_bonus_fen) == (500_00, 0, 0)
    assert got.owed_fen == 500_00 and got.adds_up
    assert got.moved(WalletEntryKind.TOPUP).money_fen == 500_00
