"""Points and stored-value statements: every entry, the running balance, the documents."""

from __future__ import annotations

import datetime as dt

from memberdesk.domain.vocab import PaymentMethod, PointsSource, WalletEntryKind
from memberdesk.services.money import wallet
from memberdesk.services.rewards.statement import points_statement, wallet_statement
from memberdesk.services.sales import points as points_service
from memberdesk.services.sales.ledger import bump_stats, lock_points, move_points
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from tests.conftest import Shop
from tests.services.sales_helpers import add_member


def test_the_points_statement_runs_to_the_balance_with_owed_points_and_receipts(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    sale = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            member,
            [LineForm(description="大衣", unit_price="500", quantity=1)],
            [PaymentForm(PaymentMethod.CASH, "500")],
        ),
    )
    points_service.adjust(shop.db, shop.supervisor, member, "+100", "开业礼")
    at = dt.datetime.now(dt.UTC)
    with shop.db.write() as s:  # a take-back past the balance: the rest is owed
        position = lock_points(s, member)
        moved = move_points(s, member, position, [(-(position.balance + 40), PointsSource.RETURN)], at=at)
        bump_stats(s, member, at=at, points=moved.points, owed=moved.owed)
    lines = points_statement(shop.db, shop.clerk, member)
    assert [ln.source for ln in lines] == [PointsSource.SALE, PointsSource.ADJUSTMENT, PointsSource.RETURN]
    assert lines[0].document == sale.receipt_no and lines[0].balance == lines[0].delta > 0
    assert (lines[1].delta, lines[1].reason, lines[1].staff) == (100, "开业礼", "李主管")
    assert (lines[-1].balance, lines[-1].owed) == (0, 40)
    assert lines[-1].balance == points_service.balance(shop.db, member)


def test_the_stored_value_statement_keeps_principal_and_bonus_apart(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    assert wallet_statement(shop.db, shop.clerk, member) == []
    first = wallet.topup(shop.db, shop.clerk, member, "1000", PaymentMethod.CASH)
    wallet.withdraw(shop.db, shop.manager, member, "500", PaymentMethod.CASH, "搬家")
    lines = wallet_statement(shop.db, shop.clerk, member)
    assert [(ln.kind, ln.principal_fen, ln.bonus_fen, ln.money_fen) for ln in lines] == [
        (WalletEntryKind.TOPUP, 1_000_00, 100_00, 1_000_00),
        (WalletEntryKind.WITHDRAW, -500_00, -50_00, -500_00),
    ]
    assert lines[0].document == first.doc_no and lines[1].reason == "搬家"
    held = wallet.balance(shop.db, member)
    assert (lines[-1].principal_after, lines[-1].bonus_after) == (held.principal_fen, held.bonus_fen)
