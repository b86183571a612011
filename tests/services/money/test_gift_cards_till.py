"""A gift card paying at the till (礼品卡): by its code, never below zero, split with another
method; a return and a void give the money back to the card; two counters racing for one card."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import func, select

from memberdesk.domain.errors import Conflict, NotFound, ServiceError, ValidationError
from memberdesk.domain.vocab import PaymentMethod, ReturnType, WalletEntryKind
from memberdesk.services.money import gift_cards, wallet
from memberdesk.services.money.reconcile import check_money
from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm, price_cart
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import record_sale, void_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store.database import Database, make_engine
from memberdesk.store.models import Sale, WalletEntry
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

NOW = dt.datetime(2026, 3, 14, 10, 0, tzinfo=dt.UTC)


def card_sale(
    code: str, *, price: str = "300", card: object = "", cash: object = None, member: int | None = None
) -> SaleForm:
    payments = [PaymentForm(PaymentMethod.GIFT_CARD, card)]
    if cash is not None:
        payments.append(PaymentForm(PaymentMethod.CASH, cash))
    return SaleForm(
        member,
        [LineForm(description="连衣裙", category="dresses", unit_price=price, quantity=1)],
        payments,
        gift_card=code,
    )


@pytest.fixture
def card(shop: Shop) -> str:
    return gift_cards.sell(shop.db, shop.clerk, "500", "cash", now=NOW - dt.timedelta(days=3)).code


def books_clean(shop: Shop) -> None:
    assert check_money(shop.db) == []
    assert check_ledgers(shop.db) == []


def test_a_walk_in_pays_part_by_card_and_the_rest_in_cash(shop: Shop, card: str) -> None:
    split = card_sale(card, price="700", card="500", cash="")
    priced = price_cart(shop.db, shop.clerk, split)
    assert priced.card is not None and priced.card.balance_fen == 500_00
    assert [(p.method, p.amount_fen) for p in priced.payments] == [
        (PaymentMethod.GIFT_CARD, 500_00),
        (PaymentMethod.CASH, 200_00),
    ]
    got = record_sale(shop.db, shop.clerk, split, now=NOW)
    assert (got.card_code, got.card_after_fen) == (card, 0)
    with shop.db.read() as s:
        entry = s.scalars(select(WalletEntry).where(WalletEntry.sale_id == got.sale_id)).one()
    assert (entry.kind, entry.principal_fen + entry.bonus_fen, entry.money_fen) == (
        WalletEntryKind.SPEND,
        -500_00,
        0,
    )
    assert gift_cards.balance_of(shop.db, card).balance_fen == 0
    books_clean(shop)


def test_a_card_never_pays_more_than_it_holds(shop: Shop, card: str) -> None:
    with pytest.raises(Conflict) as err:
        price_cart(shop.db, shop.clerk, card_sale(card, price="700"))
    assert err.value.english() == f"Gift card {card} holds only ¥500.00."
    with pytest.raises(Conflict):
        record_sale(shop.db, shop.clerk, card_sale(card, price="500.01"), now=NOW)
    assert gift_cards.balance_of(shop.db, card).balance_fen == 500_00
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 0


def test_a_card_payment_needs_a_known_code(shop: Shop, card: str) -> None:
    with pytest.raises(ValidationError) as missing:
        price_cart(shop.db, shop.clerk, card_sale("", price="100"))
    assert missing.value.field == "gift_card"
    with pytest.raises(NotFound) as unknown:
        record_sale(shop.db, shop.clerk, card_sale("GC00000000", price="100"), now=NOW)
    assert unknown.value.field == "gift_card"
    # a code typed with no card payment only shows the balance
    shown = price_cart(shop.db, shop.clerk, SaleForm(None, [], [], gift_card=card.lower()))
    assert shown.card is not None and (shown.card.code, shown.card.balance_fen) == (card, 500_00)


def test_one_balance_pays_once_in_a_sale(shop: Shop, card: str) -> None:
    member = add_member(shop.db, shop.store_id)
    wallet.topup(shop.db, shop.clerk, member, "1000", "cash", now=NOW)
    both = SaleForm(
        member,
        [LineForm(description="大衣", category="coats", unit_price="300", quantity=1)],
        [PaymentForm(PaymentMethod.STORED_VALUE, "100"), PaymentForm(PaymentMethod.GIFT_CARD, "")],
        gift_card=card,
    )
    with pytest.raises(ValidationError) as err:
        price_cart(shop.db, shop.clerk, both)
    assert err.value.field == "payments.1.method"
    # a member may pay by a gift card too
    got = record_sale(shop.db, shop.clerk, card_sale(card, price="120", member=member), now=NOW)
    assert got.card_after_fen == 380_00
    books_clean(shop)


def test_a_return_puts_the_money_back_on_the_card(shop: Shop, card: str) -> None:
    form = SaleForm(
        None,
        [
            LineForm(description="T恤", category="tops", unit_price="100", quantity=2),
            LineForm(description="裙子", category="dresses", unit_price="250", quantity=1),
        ],
        [PaymentForm(PaymentMethod.GIFT_CARD, "")],
        gift_card=card,
    )
    sale = record_sale(shop.db, shop.clerk, form, now=NOW)
    assert sale.card_after_fen == 50_00
    _sale_id, lines = find_sale(shop.db, shop.clerk, sale.receipt_no)
    back = record_return(
        shop.db,
        shop.clerk,
        ReturnForm(
            sale.receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.CHANGED_MIND, "太小"
        ),
        now=NOW,
    )
    assert back.refunds == ((PaymentMethod.GIFT_CARD, 100_00),)
    assert (back.card_code, back.card_back_fen, back.card_after_fen) == (card, 100_00, 150_00)
    assert gift_cards.balance_of(shop.db, card).balance_fen == 150_00
    books_clean(shop)


def test_a_void_gives_the_card_everything_the_sale_took(shop: Shop, card: str) -> None:
    sale = record_sale(shop.db, shop.clerk, card_sale(card, price="400", card="300", cash=""), now=NOW)
    void_sale(shop.db, shop.supervisor, sale.sale_id, "收错了", now=NOW + dt.timedelta(minutes=5))
    assert gift_cards.balance_of(shop.db, card).balance_fen == 500_00
    with shop.db.read() as s:
        kinds = [e.kind for e in s.scalars(select(WalletEntry).order_by(WalletEntry.id))]
    assert kinds == [WalletEntryKind.TOPUP, WalletEntryKind.SPEND, WalletEntryKind.VOID]
    books_clean(shop)


def test_the_check_finds_a_card_payment_without_its_spend(shop: Shop, card: str) -> None:
    sale = record_sale(shop.db, shop.clerk, card_sale(card, price="100"), now=NOW)
    with shop.db.write() as s:
        s.delete(s.scalars(select(WalletEntry).where(WalletEntry.sale_id == sale.sale_id)).one())
    assert any(f"sale {sale.sale_id}:" in finding for finding in check_money(shop.db))


def _spender(db: Database, shop: Shop, code: str, go_fd: int, out_fd: int) -> None:
    try:
        own = Database.from_engine(make_engine(db.url))
        os.read(go_fd, 1)  # both start together
        try:
            got = record_sale(own, shop.clerk, card_sale(code, price="400"), now=NOW)
            os.write(out_fd, f"ok {got.receipt_no}\n".encode())
        except ServiceError as err:
            os.write(out_fd, f"refused {err}\n".encode())
    finally:
        os._exit(0)


def test_two_counters_spending_one_card_at_once_exactly_one_succeeds(shop: Shop, card: str) -> None:
    db = shop.db
    go_r, go_w = os.pipe()
    out_r, out_w = os.pipe()
    db.dispose()  # no pooled connection may be shared with the children
    pids = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:
            _spender(db, shop, card, go_r, out_w)
        pids.append(pid)
    os.close(out_w)
    os.write(go_w, b"gg")
    for pid in pids:
        os.waitpid(pid, 0)
    answers = b""
    while chunk := os.read(out_r, 4096):
        answers += chunk
    for fd in (go_r, go_w, out_r):
        os.close(fd)
    said = sorted(answers.decode().splitlines())
    assert len(said) == 2
    assert said[0].startswith("ok ")
    assert said[1] == f"refused Gift card {card} holds only ¥100.00."
    assert gift_cards.balance_of(db, card).balance_fen == 100_00
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
    books_clean(shop)


def test_the_receipt_and_the_return_slip_say_what_the_card_holds_after(shop: Shop, card: str) -> None:
    from memberdesk.reports.receipt import render_receipt, render_return_slip
    from memberdesk.services.sales.receipts import return_slip, sale_receipt
    from tests.reports.test_receipt import text_of

    form = SaleForm(
        None,
        [LineForm(description="围巾", category="accessories", unit_price="120", quantity=2)],
        [PaymentForm(PaymentMethod.GIFT_CARD, "200"), PaymentForm(PaymentMethod.CASH, "")],
        gift_card=card,
    )
    sale = record_sale(shop.db, shop.clerk, form, now=NOW)
    paper = "\n".join(text_of(render_receipt(sale_receipt(shop.db, shop.store_id, sale.sale_id), "en")))
    assert "Gift card" in paper and "¥200.00" in paper and "¥40.00" in paper
    assert f"Gift card {card} balance" in paper and "¥300.00" in paper
    assert "Stored-value balance" not in paper and "bonus" not in paper
    _sale_id, lines = find_sale(shop.db, shop.clerk, sale.receipt_no)
    back = record_return(
        shop.db,
        shop.clerk,
        ReturnForm(
            sale.receipt_no, [ReturnLineForm(lines[0].sale_line_id, 2)], ReturnType.CHANGED_MIND, "不要了"
        ),
        now=NOW,
    )
    slip = "\n".join(text_of(render_return_slip(return_slip(shop.db, shop.store_id, back.return_id), "en")))
    assert f"Gift card {card} balance" in slip and "¥500.00" in slip  # the card is whole again
    assert gift_cards.balance_of(shop.db, card).balance_fen == 500_00
    books_clean(shop)
