"""The yearly tier review (down as well as up) and points expiry as ledger entries."""

from __future__ import annotations

import datetime as dt

from memberdesk.domain.expiry import ExpiryPolicy, ExpiryRule
from memberdesk.domain.vocab import PaymentMethod, PointsSource, Tier
from memberdesk.services.rewards import expiry, tiers
from memberdesk.services.sales import points as points_service
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.store.models import Member
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

AT_2025 = dt.datetime(2025, 6, 1, 10, tzinfo=dt.UTC)
AT_2026 = dt.datetime(2026, 12, 31, 9, tzinfo=dt.UTC)


def _sale(shop: Shop, member: int, yuan: int, at: dt.datetime) -> None:
    form = SaleForm(
        member,
        [LineForm(description="大衣", category="tops", unit_price=str(yuan), quantity=1)],
        [PaymentForm(PaymentMethod.CASH, yuan * 100)],
    )
    record_sale(shop.db, shop.clerk, form, now=at)


def _tier(shop: Shop, member: int) -> Tier:
    with shop.db.read() as s:
        return s.get(Member, member).tier  # type: ignore[union-attr]


def test_the_yearly_review_lowers_a_tier_the_spend_no_longer_reaches_and_says_why(shop: Shop) -> None:
    quiet, busy = add_member(shop.db, shop.store_id, 1), add_member(shop.db, shop.store_id, 2)
    _sale(shop, quiet, 6_000, AT_2025)  # silver at the time (¥5,000)
    _sale(shop, busy, 6_000, AT_2026 - dt.timedelta(days=30))
    assert _tier(shop, quiet) is Tier.SILVER
    preview = tiers.review(shop.db, shop.manager, now=AT_2026, apply=False)
    assert [(m.member_id, m.from_tier, m.to_tier) for m in preview] == [(quiet, Tier.SILVER, Tier.REGULAR)]
    assert _tier(shop, quiet) is Tier.SILVER  # a preview changes nothing
    done = tiers.review(shop.db, shop.manager, now=AT_2026)
    assert done == preview and _tier(shop, quiet) is Tier.REGULAR and _tier(shop, busy) is Tier.SILVER
    (change,) = tiers.history(shop.db, quiet)
    assert change.from_tier == "silver" and change.to_tier == "regular" and "12-month spend" in change.reason
    assert tiers.review(shop.db, shop.manager, now=AT_2026) == []


def test_points_of_last_year_expire_on_new_years_eve_once_and_the_books_still_reconcile(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    _sale(shop, member, 1_000, AT_2025)  # 1,000 points in 2025
    _sale(shop, member, 300, AT_2026 - dt.timedelta(days=10))  # 300 points in 2026
    expiry.save_policy(shop.db, shop.manager, ExpiryPolicy(ExpiryRule.END_OF_NEXT_YEAR))
    day = dt.date(2026, 12, 31)
    assert expiry.run(shop.db, shop.supervisor, day=dt.date(2026, 12, 30), apply=True, now=AT_2026) == []
    preview = expiry.run(shop.db, shop.supervisor, day=day, apply=False, now=AT_2026)
    assert [(e.member_id, e.points) for e in preview] == [(member, 1_000)]
    assert expiry.run(shop.db, shop.supervisor, day=day, apply=True, now=AT_2026) == preview
    assert expiry.run(shop.db, shop.supervisor, day=day, apply=True, now=AT_2026) == []
    assert points_service.balance(shop.db, member) == 300
    (line,) = [ln for ln in points_service.history(shop.db, member) if ln.source is PointsSource.EXPIRY]
    assert line.delta == -1_000 and line.reason == "expiry 2026-12-31"
    assert check_ledgers(shop.db) == []


def test_no_expiry_rule_expires_nothing(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    _sale(shop, member, 1_000, AT_2025)
    assert expiry.run(shop.db, shop.supervisor, day=dt.date(2030, 12, 31), apply=True) == []
