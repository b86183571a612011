"""The money block of the member card: stored value, points and their worth, coupons, expiry."""

from __future__ import annotations

import dataclasses
import datetime as dt

from memberdesk.domain.expiry import ExpiryPolicy, ExpiryRule
from memberdesk.domain.points import SalesRules
from memberdesk.domain.vocab import CouponKind, PaymentMethod, PointsSource
from memberdesk.services.members.card import member_card
from memberdesk.services.money import coupons, wallet
from memberdesk.services.rewards import expiry
from memberdesk.services.sales import rules as sales_rules
from memberdesk.services.sales.ledger import bump_stats, lock_points, move_points
from memberdesk.store.database import Database
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

TODAY = dt.date(2026, 12, 10)


def move(shop: Shop, member_id: int, points: int, at: dt.datetime, source: PointsSource) -> None:
    """Points in or out through the ledger's own steps, on a day of the test's choosing."""
    with shop.db.write() as s:
        moved = move_points(s, member_id, lock_points(s, member_id), [(points, source)], at=at)
        bump_stats(s, member_id, at=at, points=moved.points, owed=moved.owed)


def test_a_member_who_never_topped_up_has_no_wallet_on_the_card(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    money = member_card(shop.db, shop.clerk, member, today=TODAY).money
    assert not money.has_wallet
    assert (money.balance_fen, money.points_owed, money.coupons_valid, money.expiring) == (0, 0, 0, None)


def test_the_card_shows_principal_and_bonus_and_the_points_worth_by_the_stores_rule(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    wallet.topup(shop.db, shop.clerk, member, "1000", PaymentMethod.CASH)  # the default rule: +¥100
    move(shop, member, 700, dt.datetime(2026, 11, 1, tzinfo=dt.UTC), PointsSource.ADJUSTMENT)
    money = member_card(shop.db, shop.clerk, member, today=TODAY).money
    assert money.has_wallet
    assert (money.principal_fen, money.bonus_fen, money.balance_fen) == (1_000_00, 100_00, 1_100_00)
    assert money.points_value_fen == 700  # one fen a point, the default
    sales_rules.save_rules(shop.db, shop.manager, SalesRules(redeem_fen_per_point=5))
    assert member_card(shop.db, shop.clerk, member, today=TODAY).money.points_value_fen == 3_500


def test_points_owed_show_when_a_take_back_passed_the_balance(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    move(shop, member, 100, at, PointsSource.ADJUSTMENT)
    move(shop, member, -250, at, PointsSource.RETURN)
    card = member_card(shop.db, shop.clerk, member, today=TODAY)
    assert (card.points, card.money.points_owed, card.money.points_value_fen) == (0, 150, 0)


def test_only_coupons_usable_today_are_counted(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    form = coupons.TemplateForm(
        name="满100减10",
        kind=CouponKind.AMOUNT_OFF,
        amount="10",
        valid_from=dt.date(2026, 12, 1),
        valid_to=dt.date(2026, 12, 20),
    )
    for name in ("满100减10", "满200减30"):
        template = coupons.create_template(shop.db, shop.manager, dataclasses.replace(form, name=name))
        coupons.issue(shop.db, shop.manager, template, [member], today=dt.date(2026, 12, 1))
    assert member_card(shop.db, shop.clerk, member, today=TODAY).money.coupons_valid == 2
    assert member_card(shop.db, shop.clerk, member, today=dt.date(2026, 12, 21)).money.coupons_valid == 0
    assert member_card(shop.db, shop.clerk, member, today=dt.date(2026, 11, 30)).money.coupons_valid == 0


def test_points_that_expire_within_a_month_are_flagged_with_their_day(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    move(shop, member, 300, dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC), PointsSource.ADJUSTMENT)
    move(shop, member, 200, dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC), PointsSource.ADJUSTMENT)
    move(shop, member, -100, dt.datetime(2026, 4, 1, 12, tzinfo=dt.UTC), PointsSource.REDEMPTION)
    assert member_card(shop.db, shop.clerk, member, today=TODAY).money.expiring is None  # never expire
    expiry.save_policy(shop.db, shop.manager, ExpiryPolicy(ExpiryRule.END_OF_NEXT_YEAR))
    soon = member_card(shop.db, shop.clerk, member, today=TODAY).money.expiring
    assert soon is not None and (soon.points, soon.on) == (
        200,
        dt.date(2026, 12, 31),
    )  # 300 less the 100 used
    assert member_card(shop.db, shop.clerk, member, today=dt.date(2026, 11, 1)).money.expiring is None


def test_every_demo_members_money_on_the_card_is_what_the_ledgers_say(demo_db: Database) -> None:
    """Every kind of member of the demo store (no wallet, a wallet, points owed, coupons, old
    points under an expiry policy): the card's money equals what each service reads."""
    from sqlalchemy import select

    from memberdesk.services.money import coupons as coupon_service
    from memberdesk.services.sales import points as points_service
    from memberdesk.store.models import Member, MemberStats
    from tests.conftest import demo_actor

    clerk, manager = demo_actor(demo_db, "C01"), demo_actor(demo_db, "M01")
    with demo_db.read() as s:
        ids = list(s.scalars(select(Member.id).order_by(Member.id)))
    at = dt.datetime.now(dt.UTC)
    with demo_db.write() as s:  # the demo store has nobody owing points: a return makes one
        position = lock_points(s, ids[7])
        moved = move_points(s, ids[7], position, [(-(position.balance + 35), PointsSource.RETURN)], at=at)
        bump_stats(s, ids[7], at=at, points=moved.points, owed=moved.owed)
    with demo_db.read() as s:
        owing = list(s.scalars(select(MemberStats.member_id).where(MemberStats.points_owed > 0)))
    for member in ids[:40:3]:
        wallet.topup(demo_db, clerk, member, "3000" if member % 2 else "200", PaymentMethod.WECHAT)
    template = coupons.create_template(
        demo_db,
        manager,
        coupons.TemplateForm(name="满200减20", kind=CouponKind.AMOUNT_OFF, amount="20", valid_days=30),
    )
    coupons.issue(demo_db, manager, template, ids[:50:5])
    expiry.save_policy(demo_db, manager, ExpiryPolicy(ExpiryRule.ROLLING_MONTHS, 12))
    today = dt.date.today()
    kinds = {"wallet": 0, "no wallet": 0, "coupons": 0, "expiring": 0, "owing": 0}
    for member in ids:
        card = member_card(demo_db, clerk, member, today=today)
        money, held = card.money, wallet.balance(demo_db, member)
        assert money.has_wallet == (held.wallet_id is not None), member
        assert (money.principal_fen, money.bonus_fen) == (held.principal_fen, held.bonus_fen), member
        assert card.points == points_service.balance(demo_db, member), member
        assert money.points_value_fen == card.points  # the demo store's rule: one fen a point
        assert money.coupons_valid == len(coupon_service.member_coupons(demo_db, member, today=today)), member
        assert (money.points_owed > 0) == (member in owing), member
        kinds["wallet" if money.has_wallet else "no wallet"] += 1
        kinds["coupons"] += bool(money.coupons_valid)
        kinds["expiring"] += money.expiring is not None
        kinds["owing"] += money.points_owed > 0
    assert all(kinds.values()), kinds  # every kind was met
