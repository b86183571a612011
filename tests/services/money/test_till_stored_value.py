"""Stored value paying at the till (储值支付): the member's balance pays part or all of a sale
in the sale's own transaction, a return puts it back, a void gives it all back."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from memberdesk.domain.errors import AccountLocked, Conflict, NotFound, ValidationError, WrongPin
from memberdesk.domain.vocab import PaymentMethod, ReturnType, WalletEntryKind
from memberdesk.domain.wallet import Presence, SpendOrder, Split, WalletRules
from memberdesk.services.money import presence, wallet
from memberdesk.services.money import rules as wallet_rules
from memberdesk.services.money.reconcile import check_money
from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm, price_cart
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import record_sale, void_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store.models import Payment, Sale, WalletEntry
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

NOW = dt.datetime(2026, 3, 14, 10, 0, tzinfo=dt.UTC)
PIN = "135790"


def stored_sale(
    member_id: int | None,
    *,
    price: str = "300",
    stored: object = "",
    cash: object = None,
    pin: str = PIN,
    card: str = "",
) -> SaleForm:
    payments = [PaymentForm(PaymentMethod.STORED_VALUE, stored)]
    if cash is not None:
        payments.append(PaymentForm(PaymentMethod.CASH, cash))
    return SaleForm(
        member_id,
        [LineForm(description="连衣裙", category="dresses", unit_price=price, quantity=1)],
        payments,
        member_pin=pin,
        member_card=card,
    )


@pytest.fixture
def member(shop: Shop) -> int:
    """A member who paid in ¥1,000 and got ¥100 bonus, with their own PIN."""
    member_id = add_member(shop.db, shop.store_id)
    wallet.topup(shop.db, shop.clerk, member_id, "1000", PaymentMethod.CASH, now=NOW)
    presence.set_pin(shop.db, shop.clerk, member_id, PIN)
    return member_id


def books_clean(shop: Shop) -> None:
    assert check_money(shop.db) == []
    assert check_ledgers(shop.db) == []


def test_the_balance_pays_part_and_cash_the_rest_in_one_sale(shop: Shop, member: int) -> None:
    cart = price_cart(shop.db, shop.clerk, stored_sale(member, stored="200", cash=""))
    assert cart.stored_fen == 1_100_00 and cart.stored_paid_fen == 200_00
    assert [(p.method, p.amount_fen) for p in cart.payments] == [
        (PaymentMethod.STORED_VALUE, 200_00),
        (PaymentMethod.CASH, 100_00),
    ]
    got = record_sale(shop.db, shop.clerk, stored_sale(member, stored="200", cash=""), now=NOW)
    # proportional by default: ¥200 of ¥1,100 (1,000 principal + 100 bonus) takes ¥18.18 bonus
    assert got.stored_paid_fen == 200_00
    assert got.stored_after == Split(1_000_00 - 181_82, 100_00 - 18_18)
    held = wallet.balance(shop.db, member)
    assert (held.principal_fen, held.bonus_fen) == (818_18, 81_82)
    books_clean(shop)


def test_the_stores_spend_order_decides_principal_first(shop: Shop, member: int) -> None:
    wallet_rules.save(shop.db, shop.manager, WalletRules(spend_order=SpendOrder.BONUS_LAST))
    got = record_sale(shop.db, shop.clerk, stored_sale(member), now=NOW)
    assert got.stored_after == Split(700_00, 100_00)
    books_clean(shop)


@pytest.mark.parametrize("price", ["1100.01", "2000"])
def test_the_balance_never_goes_below_zero(shop: Shop, member: int, price: str) -> None:
    with pytest.raises(Conflict) as shown:
        price_cart(shop.db, shop.clerk, stored_sale(member, price=price))
    assert shown.value.params["balance"] == "¥1,100.00"
    with pytest.raises(Conflict):
        record_sale(shop.db, shop.clerk, stored_sale(member, price=price), now=NOW)
    assert wallet.balance(shop.db, member).total_fen == 1_100_00
    with shop.db.read() as s:
        assert s.scalars(select(Sale)).first() is None
    # the whole balance, to the fen, is fine
    record_sale(shop.db, shop.clerk, stored_sale(member, price="1100"), now=NOW)
    assert wallet.balance(shop.db, member).total_fen == 0
    books_clean(shop)


def test_a_walk_in_or_a_member_without_balance_cannot_pay_by_stored_value(shop: Shop) -> None:
    with pytest.raises(ValidationError):
        price_cart(shop.db, shop.clerk, stored_sale(None))
    other = add_member(shop.db, shop.store_id, 2)
    with pytest.raises((Conflict, NotFound)) as shown:
        record_sale(shop.db, shop.clerk, stored_sale(other), now=NOW)
    assert "no stored-value balance" in str(shown.value)


def test_a_wrong_pin_refuses_the_sale_and_counts_towards_the_lock_out(shop: Shop, member: int) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPin) as shown:
            record_sale(shop.db, shop.clerk, stored_sale(member, pin="000000"), now=NOW)
        assert shown.value.params["left"] == left
    with pytest.raises(AccountLocked):
        record_sale(shop.db, shop.clerk, stored_sale(member, pin="000000"), now=NOW)
    with pytest.raises(AccountLocked):  # locked: even the right PIN waits
        record_sale(shop.db, shop.clerk, stored_sale(member), now=NOW)
    with shop.db.read() as s:
        assert s.scalars(select(Sale)).first() is None
    assert wallet.balance(shop.db, member).total_fen == 1_100_00
    later = NOW + dt.timedelta(minutes=presence.LOCK_MINUTES + 1)
    assert record_sale(shop.db, shop.clerk, stored_sale(member), now=later).stored_paid_fen == 300_00


def test_a_store_that_asks_for_the_card_takes_the_card_not_a_pin(shop: Shop, member: int) -> None:
    wallet_rules.save(shop.db, shop.manager, WalletRules(presence=Presence.CARD))
    with pytest.raises(Conflict):
        record_sale(shop.db, shop.clerk, stored_sale(member, card="C999999"), now=NOW)
    got = record_sale(shop.db, shop.clerk, stored_sale(member, pin="", card="c000001"), now=NOW)
    assert got.stored_paid_fen == 300_00


def test_a_return_puts_the_money_back_on_the_balance_as_it_was_spent(shop: Shop, member: int) -> None:
    form = SaleForm(
        member,
        [
            LineForm(description="T恤", category="tops", unit_price="100", quantity=2),
            LineForm(description="裙子", category="dresses", unit_price="200", quantity=1),
        ],
        [PaymentForm(PaymentMethod.STORED_VALUE, "")],
        member_pin=PIN,
    )
    sale = record_sale(shop.db, shop.clerk, form, now=NOW)
    _sale_id, lines = find_sale(shop.db, shop.clerk, sale.receipt_no)
    back = record_return(
        shop.db,
        shop.clerk,
        ReturnForm(
            sale.receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.CHANGED_MIND, "太小"
        ),
        now=NOW,
    )
    assert back.refunds == ((PaymentMethod.STORED_VALUE, 100_00),)
    assert back.stored_back is not None and back.stored_back.total_fen == 100_00
    assert back.stored_after is not None and back.stored_after.total_fen == 1_100_00 - 400_00 + 100_00
    rest = record_return(
        shop.db,
        shop.clerk,
        ReturnForm(
            sale.receipt_no,
            [ReturnLineForm(lines[0].sale_line_id, 1), ReturnLineForm(lines[1].sale_line_id, 1)],
            ReturnType.CHANGED_MIND,
            "不要了",
        ),
        now=NOW,
    )
    assert rest.stored_after == Split(1_000_00, 100_00)  # all of it, principal and bonus as spent
    books_clean(shop)


def test_a_void_gives_the_whole_spend_back(shop: Shop, member: int) -> None:
    sale = record_sale(shop.db, shop.clerk, stored_sale(member, stored="250", cash=""), now=NOW)
    void_sale(shop.db, shop.supervisor, sale.sale_id, "收错了", now=NOW + dt.timedelta(minutes=5))
    held = wallet.balance(shop.db, member)
    assert (held.principal_fen, held.bonus_fen) == (1_000_00, 100_00)
    with shop.db.read() as s:
        kinds = [e.kind for e in s.scalars(select(WalletEntry).order_by(WalletEntry.id))]
        assert kinds == [WalletEntryKind.TOPUP, WalletEntryKind.SPEND, WalletEntryKind.VOID]
        reversing = s.scalars(select(Payment).where(Payment.amount_fen < 0)).all()
        assert sorted(p.amount_fen for p in reversing) == [-250_00, -50_00]
    books_clean(shop)


def test_the_check_finds_a_stored_value_payment_without_its_spend(shop: Shop, member: int) -> None:
    sale = record_sale(shop.db, shop.clerk, stored_sale(member), now=NOW)
    with shop.db.write() as s:
        entry = s.scalars(select(WalletEntry).where(WalletEntry.sale_id == sale.sale_id)).one()
        s.delete(entry)
    assert any(f"sale {sale.sale_id}:" in finding for finding in check_money(shop.db))
