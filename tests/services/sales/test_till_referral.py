"""The referral reward: points to the referring member on the referred member's first sale,
once, in the sale's own transaction; a return keeps it, a void takes it back."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from memberdesk.domain.vocab import PaymentMethod, PointsSource, ReturnType
from memberdesk.services.sales import member_rules
from memberdesk.services.sales import points as points_svc
from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import record_sale, void_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store.models import Member, PointsEntry
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

NOW = dt.datetime(2026, 5, 20, 4, 0, tzinfo=dt.UTC)


def sale(member_id: int) -> SaleForm:
    return SaleForm(
        member_id,
        [LineForm(description="童装外套", category="kids", unit_price="200", quantity=1)],
        [PaymentForm(PaymentMethod.CASH, "")],
    )


def referred_pair(shop: Shop, reward: int = 500) -> tuple[int, int]:
    member_rules.save(shop.db, shop.manager, member_rules.MemberRules(referral_points=reward))
    referrer = add_member(shop.db, shop.store_id, 1)
    newcomer = add_member(shop.db, shop.store_id, 2)
    with shop.db.write() as s:
        m = s.get(Member, newcomer)
        assert m is not None
        m.referrer_member_id = referrer
    return referrer, newcomer


def rewards(shop: Shop, member_id: int) -> list[int]:
    with shop.db.read() as s:
        return list(
            s.scalars(
                select(PointsEntry.delta)
                .where(PointsEntry.member_id == member_id, PointsEntry.source == PointsSource.REFERRAL)
                .order_by(PointsEntry.id)
            )
        )


def test_the_first_sale_rewards_the_referring_member_once(shop: Shop) -> None:
    referrer, newcomer = referred_pair(shop)
    first = record_sale(shop.db, shop.clerk, sale(newcomer), now=NOW)
    assert first.referral_points == 500
    assert rewards(shop, referrer) == [500] and points_svc.balance(shop.db, referrer) == 500
    with shop.db.read() as s:
        entry = s.scalars(select(PointsEntry).where(PointsEntry.source == PointsSource.REFERRAL)).one()
        assert entry.sale_id == first.sale_id  # names the sale that earned it
    second = record_sale(shop.db, shop.clerk, sale(newcomer), now=NOW)
    assert second.referral_points == 0 and rewards(shop, referrer) == [500]
    assert (
        record_sale(shop.db, shop.clerk, sale(referrer), now=NOW).referral_points == 0
    )  # nobody referred them
    assert check_ledgers(shop.db) == []


def test_a_return_of_the_first_sale_keeps_the_reward(shop: Shop) -> None:
    referrer, newcomer = referred_pair(shop)
    first = record_sale(shop.db, shop.clerk, sale(newcomer), now=NOW)
    _sid, lines = find_sale(shop.db, shop.clerk, first.receipt_no)
    record_return(
        shop.db,
        shop.clerk,
        ReturnForm(first.receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.QUALITY, "开线"),
        now=NOW,
    )
    assert points_svc.balance(shop.db, referrer) == 500
    assert (
        record_sale(shop.db, shop.clerk, sale(newcomer), now=NOW).referral_points == 0
    )  # not first any more
    assert check_ledgers(shop.db) == []


def test_a_void_takes_the_reward_back_and_the_next_sale_is_the_first(shop: Shop) -> None:
    referrer, newcomer = referred_pair(shop)
    first = record_sale(shop.db, shop.clerk, sale(newcomer), now=NOW)
    void_sale(shop.db, shop.supervisor, first.sale_id, "收错了", now=NOW + dt.timedelta(minutes=2))
    assert points_svc.balance(shop.db, referrer) == 0
    again = record_sale(shop.db, shop.clerk, sale(newcomer), now=NOW + dt.timedelta(minutes=5))
    assert again.referral_points == 500 and points_svc.balance(shop.db, referrer) == 500
    assert check_ledgers(shop.db) == []


def test_no_reward_when_the_store_gives_none(shop: Shop) -> None:
    referrer, newcomer = referred_pair(shop, reward=0)
    assert record_sale(shop.db, shop.clerk, sale(newcomer), now=NOW).referral_points == 0
    assert rewards(shop, referrer) == []
