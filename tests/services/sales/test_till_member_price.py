"""The member price per tier (会员折扣) and the birthday week's points multiplier: shown in the
cart, recorded on the lines, taken back by a return at the rate they were given."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from memberdesk.domain.errors import PermissionDenied, ValidationError
from memberdesk.domain.points import TIER_ORDER, SalesRules, points_for
from memberdesk.domain.vocab import PaymentMethod, ReturnType, Tier
from memberdesk.services.sales import member_rules
from memberdesk.services.sales import points as points_svc
from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm, price_cart
from memberdesk.services.sales.receipts import sale_receipt
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import record_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store.models import Member, SaleLine
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

NOW = dt.datetime(2026, 5, 20, 4, 0, tzinfo=dt.UTC)  # a Wednesday
TODAY = NOW.astimezone().date()


def rules(pct: int = 0, times: int = 1) -> member_rules.MemberRules:
    return member_rules.MemberRules(
        member_pct={t: (pct if t is Tier.GOLD else 0) for t in TIER_ORDER}, birthday_multiplier=times
    )


def member_of(shop: Shop, tier: Tier, birthday: dt.date | None = None, n: int = 1) -> int:
    mid = add_member(shop.db, shop.store_id, n)
    with shop.db.write() as s:
        m = s.get(Member, mid)
        assert m is not None
        m.tier, m.birthday = tier, birthday
    return mid


def sale(member_id: int) -> SaleForm:
    return SaleForm(
        member_id,
        [
            LineForm(description="羊绒衫", category="tops", unit_price="399", quantity=1, discount="9"),
            LineForm(description="围巾", category="accessories", unit_price="99.99", quantity=1),
        ],
        [PaymentForm(PaymentMethod.CASH, "")],
    )


def test_the_member_price_of_the_tier_comes_off_each_line_as_a_visible_saving(shop: Shop) -> None:
    member_rules.save(shop.db, shop.manager, rules(pct=12))
    gold = member_of(shop, Tier.GOLD)
    cart = price_cart(shop.db, shop.clerk, sale(gold), now=NOW)
    assert cart.member_pct == 12
    assert [ln.member_fen for ln in cart.lines] == [390_00 * 12 // 100, 99_99 * 12 // 100]  # rounded down
    assert cart.member_fen == 46_80 + 11_99
    assert cart.total_fen == 390_00 + 99_99 - cart.member_fen
    done = record_sale(shop.db, shop.clerk, sale(gold), now=NOW)
    with shop.db.read() as s:
        lines = s.scalars(select(SaleLine).order_by(SaleLine.line_no)).all()
        assert [(ln.discount_fen, ln.member_fen, ln.total_fen) for ln in lines] == [
            (9_00, 46_80, 390_00 - 46_80),
            (0, 11_99, 99_99 - 11_99),
        ]
    receipt = sale_receipt(shop.db, shop.store_id, done.sale_id)
    assert receipt.member_price_fen == cart.member_fen
    assert receipt.subtotal_fen - receipt.member_price_fen == receipt.total_fen  # it adds up
    silver = member_of(shop, Tier.SILVER, n=2)
    assert price_cart(shop.db, shop.clerk, sale(silver), now=NOW).member_fen == 0  # another tier's rule
    assert check_ledgers(shop.db) == []


def test_points_are_multiplied_in_the_birthday_week_only(shop: Shop) -> None:
    member_rules.save(shop.db, shop.manager, rules(times=2))
    this_week = member_of(shop, Tier.SILVER, TODAY.replace(year=1990) + dt.timedelta(days=2), n=1)
    next_week = member_of(shop, Tier.SILVER, TODAY.replace(year=1990) + dt.timedelta(days=9), n=2)
    no_birthday = member_of(shop, Tier.SILVER, None, n=3)
    base = points_for(390_00 + 99_99, Tier.SILVER, SalesRules())
    assert price_cart(shop.db, shop.clerk, sale(this_week), now=NOW).points_earned == 2 * base
    assert price_cart(shop.db, shop.clerk, sale(this_week), now=NOW).points_multiplier == 2
    assert price_cart(shop.db, shop.clerk, sale(next_week), now=NOW).points_earned == base
    assert price_cart(shop.db, shop.clerk, sale(no_birthday), now=NOW).points_earned == base
    member_rules.save(shop.db, shop.manager, rules(times=0))  # 0: off
    assert price_cart(shop.db, shop.clerk, sale(this_week), now=NOW).points_earned == base


def test_a_return_takes_birthday_points_back_at_the_rate_they_were_earned(shop: Shop) -> None:
    member_rules.save(shop.db, shop.manager, rules(pct=10, times=3))
    gold = member_of(shop, Tier.GOLD, TODAY.replace(year=1988))
    done = record_sale(shop.db, shop.clerk, sale(gold), now=NOW)
    base = points_for(done.total_fen, Tier.GOLD, SalesRules())
    assert done.points_earned == 3 * base
    _sid, lines = find_sale(shop.db, shop.clerk, done.receipt_no)
    later = NOW + dt.timedelta(days=6)  # the next week: no longer the birthday week; the rate is the sale's
    first = record_return(
        shop.db,
        shop.clerk,
        ReturnForm(
            done.receipt_no, [ReturnLineForm(lines[1].sale_line_id, 1)], ReturnType.CHANGED_MIND, "不要了"
        ),
        now=later,
    )
    assert first.points_reversed == -(-done.points_earned * first.refund_fen // done.total_fen)  # rounded up
    record_return(
        shop.db,
        shop.clerk,
        ReturnForm(
            done.receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.CHANGED_MIND, "不要了"
        ),
        now=later,
    )
    assert points_svc.balance(shop.db, gold) == 0  # buying and returning gains nothing
    assert check_ledgers(shop.db) == []


def test_only_a_manager_sets_the_rules_and_only_in_range(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        member_rules.save(shop.db, shop.supervisor, rules(pct=5))
    for bad in (rules(pct=51), rules(times=6), member_rules.MemberRules(referral_points=-1)):
        with pytest.raises(ValidationError):
            member_rules.save(shop.db, shop.manager, bad)
    assert member_rules.get(shop.db, shop.store_id) == member_rules.MemberRules()
    assert member_rules.from_json("not json") == member_rules.MemberRules()
    assert member_rules.from_json('{"member_pct": {"gold": 99}}') == member_rules.MemberRules()
