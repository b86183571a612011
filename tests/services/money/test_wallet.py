"""Stored value at the service: top-ups with the bonus, withdrawal, the member's PIN, the books."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from memberdesk.domain.errors import AccountLocked, Conflict, PermissionDenied, ValidationError, WrongPin
from memberdesk.domain.vocab import PaymentMethod, WalletEntryKind
from memberdesk.domain.wallet import TopupRule, WalletRules
from memberdesk.services.money import presence, wallet
from memberdesk.services.money import rules as wallet_rules
from memberdesk.services.money.reconcile import check_money
from memberdesk.store.models import AuditEntry, WalletEntry
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

NOW = dt.datetime(2026, 3, 14, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def member(shop: Shop) -> int:
    return add_member(shop.db, shop.store_id)


def test_a_top_up_adds_the_paid_amount_and_the_stores_bonus_apart(shop: Shop, member: int) -> None:
    got = wallet.topup(shop.db, shop.clerk, member, "1000", PaymentMethod.CASH, now=NOW)
    assert (got.principal_fen, got.bonus_fen, got.money_fen) == (1_000_00, 100_00, 1_000_00)
    assert got.doc_no == "C00000001"
    again = wallet.topup(shop.db, shop.clerk, member, "200", "wechat", now=NOW)
    assert again.bonus_fen == 0 and again.doc_no == "C00000002"
    held = wallet.balance(shop.db, member)
    assert (held.principal_fen, held.bonus_fen) == (1_200_00, 100_00)
    lines = wallet.history(shop.db, member)
    assert [(ln.kind, ln.total_fen) for ln in lines] == [
        (WalletEntryKind.TOPUP, 200_00),
        (WalletEntryKind.TOPUP, 1_100_00),
    ]
    assert check_money(shop.db) == []


def test_the_store_sets_its_own_bonus_tiers(shop: Shop, member: int) -> None:
    wallet_rules.save(shop.db, shop.manager, WalletRules(topup_rules=(TopupRule(300_00, 50_00),)))
    assert wallet.topup(shop.db, shop.clerk, member, "300", "cash").bonus_fen == 50_00
    with pytest.raises(PermissionDenied):
        wallet_rules.save(shop.db, shop.clerk, WalletRules())


@pytest.mark.parametrize(
    ("amount", "method"),
    [
        ("0", "cash"),
        ("-5", "cash"),
        ("abc", "cash"),
        ("99.999", "cash"),
        ("50", "cash"),
        ("500", "stored_value"),
    ],
)
def test_a_top_up_refuses_what_is_not_money_paid_in(
    shop: Shop, member: int, amount: str, method: str
) -> None:
    with pytest.raises(ValidationError):
        wallet.topup(shop.db, shop.clerk, member, amount, method)
    assert wallet.balance(shop.db, member).total_fen == 0


def test_only_a_manager_pays_principal_back_and_the_bonus_goes_with_it(shop: Shop, member: int) -> None:
    wallet.topup(shop.db, shop.clerk, member, "1000", "cash", now=NOW)
    with pytest.raises(PermissionDenied):
        wallet.withdraw(shop.db, shop.supervisor, member, "500", "cash", "moving away")
    with pytest.raises(ValidationError):
        wallet.withdraw(shop.db, shop.manager, member, "500", "cash", "  ")
    with pytest.raises(Conflict):
        wallet.withdraw(shop.db, shop.manager, member, "1000.01", "cash", "moving away")
    half = wallet.withdraw(shop.db, shop.manager, member, "500", "cash", "moving away")
    assert (half.money_fen, half.principal_fen, half.bonus_fen) == (-500_00, -500_00, -50_00)
    rest = wallet.withdraw(shop.db, shop.manager, member, "500", "cash", "moving away")
    assert rest.balance.total_fen == 0 and rest.bonus_fen == -50_00
    with shop.db.read() as s:
        audited = s.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "wallet.withdraw")
        )
    assert audited == 2
    assert check_money(shop.db) == []


def test_five_wrong_member_pins_lock_the_balance_and_the_count_survives_failures(
    shop: Shop, member: int
) -> None:
    wallet.topup(shop.db, shop.clerk, member, "100", "cash")
    presence.set_pin(shop.db, shop.clerk, member, "246810")
    presence.confirm(shop.db, shop.store_id, member, pin="246810", now=NOW)
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPin) as wrong:
            presence.confirm(shop.db, shop.store_id, member, pin="000000", now=NOW)
        assert wrong.value.params["left"] == left
    with pytest.raises(AccountLocked):
        presence.confirm(shop.db, shop.store_id, member, pin="000000", now=NOW)
    with pytest.raises(AccountLocked):
        presence.confirm(shop.db, shop.store_id, member, pin="246810", now=NOW + dt.timedelta(minutes=5))
    presence.confirm(shop.db, shop.store_id, member, pin="246810", now=NOW + dt.timedelta(minutes=16))


def test_changing_a_member_pin_needs_the_old_one_or_a_supervisor(shop: Shop, member: int) -> None:
    wallet.topup(shop.db, shop.clerk, member, "100", "cash")
    with pytest.raises(ValidationError):
        presence.set_pin(shop.db, shop.clerk, member, "12345")
    presence.set_pin(shop.db, shop.clerk, member, "135790")
    with pytest.raises(WrongPin):
        presence.set_pin(shop.db, shop.clerk, member, "111111", old_pin="000000")
    with pytest.raises(PermissionDenied):
        presence.set_pin(shop.db, shop.clerk, member, "111111")
    presence.set_pin(shop.db, shop.supervisor, member, "111111")
    presence.confirm(shop.db, shop.store_id, member, pin="111111")


def test_the_check_finds_a_balance_that_is_not_the_sum_of_its_entries(shop: Shop, member: int) -> None:
    wallet.topup(shop.db, shop.clerk, member, "600", "cash")
    with shop.db.write() as s:
        s.execute(WalletEntry.__table__.update().values(bonus_fen=WalletEntry.bonus_fen + 1))
    assert any("wallet" in finding for finding in check_money(shop.db))


def test_the_check_finds_a_balance_spent_on_a_sale_that_no_payment_records(shop: Shop, member: int) -> None:
    from memberdesk.domain.wallet import SpendOrder
    from memberdesk.services.sales.recording import record_sale
    from tests.services.sales_helpers import three_line_sale

    wallet.topup(shop.db, shop.clerk, member, "600", "cash")
    sale = record_sale(shop.db, shop.clerk, three_line_sale(member))
    assert check_money(shop.db) == []
    with shop.db.write() as s:  # the balance pays, the till's payments say nothing of it
        wallet.spend(
            s, store_id=shop.store_id, member_id=member, amount_fen=10_000, sale_id=sale.sale_id,
            staff_id=shop.clerk.staff_id, at=dt.datetime(2026, 5, 1, 10, 0, tzinfo=dt.UTC),
            order=SpendOrder.PROPORTIONAL,
        )  # fmt: skip
    finding = f"sale {sale.sale_id}: stored-value payments 0 vs balance spent 10000 (fen)"
    assert check_money(shop.db) == [finding]
