"""The liability report: what the store owes on a day, and the period's movements."""

from __future__ import annotations

import datetime as dt

import pytest

from memberdesk.domain.errors import PermissionDenied, ValidationError
from memberdesk.domain.vocab import WalletEntryKind
from memberdesk.services.money import liability, wallet
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

MARCH = dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC)
APRIL = dt.datetime(2026, 4, 10, 12, tzinfo=dt.UTC)


def test_the_liability_on_a_day_counts_only_what_happened_by_then(shop: Shop) -> None:
    a, b = add_member(shop.db, shop.store_id, 1), add_member(shop.db, shop.store_id, 2)
    wallet.topup(shop.db, shop.clerk, a, "1000", "cash", now=MARCH)
    wallet.topup(shop.db, shop.clerk, b, "500", "wechat", now=APRIL)
    wallet.withdraw(shop.db, shop.manager, a, "400", "cash", "moving away", now=APRIL)
    march = liability.liability(
        shop.db, shop.manager, at=dt.date(2026, 3, 31), start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 31)
    )
    assert (march.member_principal_fen, march.member_bonus_fen, march.accounts_with_balance) == (
        1_000_00,
        100_00,
        1,
    )
    assert [(m.kind, m.money_fen) for m in march.movements] == [(WalletEntryKind.TOPUP, 1_000_00)]
    april = liability.liability(
        shop.db, shop.manager, at=dt.date(2026, 4, 30), start=dt.date(2026, 4, 1), end=dt.date(2026, 4, 30)
    )
    assert april.member_principal_fen == 600_00 + 500_00
    assert april.member_bonus_fen == 60_00 + 30_00
    assert april.owed_fen == 1_100_00
    moved = {m.kind: m for m in april.movements}
    assert (
        moved[WalletEntryKind.WITHDRAW].money_fen == -400_00
        and moved[WalletEntryKind.WITHDRAW].bonus_fen == -40_00
    )
    assert moved[WalletEntryKind.TOPUP].money_fen == 500_00


def test_opening_and_the_periods_movements_make_the_closing_balance(shop: Shop) -> None:
    a = add_member(shop.db, shop.store_id, 1)
    wallet.topup(shop.db, shop.clerk, a, "1000", "cash", now=MARCH)
    wallet.topup(shop.db, shop.clerk, a, "500", "wechat", now=APRIL)
    wallet.withdraw(shop.db, shop.manager, a, "300", "cash", "moving away", now=APRIL)
    got = liability.liability(
        shop.db, shop.manager, at=dt.date(2026, 4, 30), start=dt.date(2026, 4, 1), end=dt.date(2026, 4, 30)
    )
    assert (got.opening.principal_fen, got.opening.bonus_fen) == (1_000_00, 100_00)
    moved_p = sum(m.principal_fen for m in got.movements)
    moved_b = sum(m.bonus_fen for m in got.movements)
    assert got.opening.principal_fen + moved_p == got.closing.principal_fen == 1_200_00
    assert got.opening.bonus_fen + moved_b == got.closing.bonus_fen
    assert got.adds_up and got.moved(WalletEntryKind.SPEND).entries == 0
    assert got.store_name == "测试门店"


def test_the_period_defaults_to_the_month_of_the_day(shop: Shop) -> None:
    got = liability.liability(shop.db, shop.manager, at=dt.date(2026, 4, 17))
    assert (got.start, got.end) == (dt.date(2026, 4, 1), dt.date(2026, 4, 17))
    with pytest.raises(ValidationError):
        liability.liability(shop.db, shop.manager, at=APRIL.date(), start=APRIL.date(), end=MARCH.date())


def test_only_the_manager_sees_the_stores_debts(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        liability.liability(shop.db, shop.supervisor, at=APRIL.date())
