"""Birthday points: the store's gift for the tier, once a calendar year, whoever asks."""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update

from memberdesk.domain.errors import Conflict, ServiceError
from memberdesk.domain.points import SalesRules
from memberdesk.domain.vocab import PointsSource, Tier
from memberdesk.services.common.context import Actor
from memberdesk.services.rewards import birthday
from memberdesk.services.sales import points as points_service
from memberdesk.services.sales import rules as sales_rules
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.store.database import connect
from memberdesk.store.models import Member, PointsEntry
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

# Wednesday 9 December 2026, noon in China: the week runs Monday 7 to Sunday 13 December
NOW = dt.datetime(2026, 12, 9, 4, 0, tzinfo=dt.UTC)


def _member(shop: Shop, *, tier: Tier = Tier.GOLD, born: dt.date | None = dt.date(1990, 12, 11)) -> int:
    with shop.db.read() as s:
        n = int(s.scalar(select(func.count()).select_from(Member)) or 0) + 1
    member = add_member(shop.db, shop.store_id, n)
    with shop.db.write() as s:
        s.execute(
            update(Member)
            .where(Member.id == member)
            .values(
                tier=tier,
                birthday=born,
                birthday_lunar=False,
                birth_mmdd=born.month * 100 + born.day if born else None,
            )
        )
    return member


def _gifts(shop: Shop, member: int) -> list[tuple[int, str]]:
    with shop.db.read() as s:
        return [
            (int(d), r)
            for d, r in s.execute(
                select(PointsEntry.delta, PointsEntry.reason).where(
                    PointsEntry.member_id == member, PointsEntry.source == PointsSource.BIRTHDAY_GIFT
                )
            )
        ]


def test_the_gift_is_the_stores_rule_for_the_tier_once_a_year(shop: Shop) -> None:
    gifts = {Tier.REGULAR: 50, Tier.SILVER: 120, Tier.GOLD: 280, Tier.VIP: 600}
    sales_rules.save_rules(shop.db, shop.manager, SalesRules(birthday_points=gifts))
    member = _member(shop, tier=Tier.GOLD)
    assert birthday.grant(shop.db, shop.clerk, member, now=NOW) == 280
    assert _gifts(shop, member) == [(280, "birthday 2026")]
    with pytest.raises(Conflict) as refused:
        birthday.grant(shop.db, shop.clerk, member, now=NOW + dt.timedelta(days=20))  # still 2026
    assert "already had this year's birthday points (2026)" in refused.value.english()
    assert points_service.balance(shop.db, member) == 280
    assert birthday.grant(shop.db, shop.clerk, member, now=NOW + dt.timedelta(days=365)) == 280  # 2027
    assert check_ledgers(shop.db) == []


def test_the_counter_offers_it_only_in_the_birthday_week_and_only_until_given(shop: Shop) -> None:
    member = _member(shop)
    gold = SalesRules().birthday_points[Tier.GOLD]
    found = birthday.offer(shop.db, shop.clerk, member, now=NOW)
    assert found is not None and (found.points, found.birthday) == (gold, dt.date(2026, 12, 11))
    assert birthday.offer(shop.db, shop.clerk, member, now=NOW + dt.timedelta(days=7)) is None  # next week
    birthday.grant(shop.db, shop.clerk, member, now=NOW)
    assert birthday.offer(shop.db, shop.clerk, member, now=NOW) is None
    nobody = _member(shop, born=None)
    assert birthday.offer(shop.db, shop.clerk, nobody, now=NOW) is None


def test_no_birthday_on_file_or_no_gift_for_the_tier_is_refused(shop: Shop) -> None:
    with pytest.raises(Conflict):
        birthday.grant(shop.db, shop.clerk, _member(shop, born=None), now=NOW)
    gifts = {**SalesRules().birthday_points, Tier.REGULAR: 0}
    sales_rules.save_rules(shop.db, shop.manager, SalesRules(birthday_points=gifts))
    regular = _member(shop, tier=Tier.REGULAR)
    with pytest.raises(Conflict):
        birthday.grant(shop.db, shop.clerk, regular, now=NOW)
    assert birthday.offer(shop.db, shop.clerk, regular, now=NOW) is None
    assert _gifts(shop, regular) == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    member=st.one_of(
        st.integers(min_value=-(10**20), max_value=10**20), st.text(max_size=12), st.none(), st.floats()
    )
)
def test_whatever_is_passed_for_the_member_nothing_but_a_clerks_message_comes_out(
    sqlite_shop: Shop, member: Any
) -> None:
    before = _count(sqlite_shop)
    with contextlib.suppress(ServiceError):  # refused, as a clerk's message
        birthday.grant(sqlite_shop.db, sqlite_shop.clerk, member, now=NOW)
    assert _count(sqlite_shop) == before


def _count(shop: Shop) -> int:
    with shop.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(PointsEntry)) or 0)


def _grant_in_a_process(url: str, actor: Actor, member: int, barrier: Any, out: Any) -> None:
    db = connect(url)
    barrier.wait()
    try:
        out.put(birthday.grant(db, actor, member, now=NOW))
    except Conflict:
        out.put(0)
    finally:
        db.dispose()


def test_two_counters_granting_at_once_write_one_entry(shop: Shop) -> None:
    member = _member(shop)
    spawn = multiprocessing.get_context("spawn")
    barrier, out = spawn.Barrier(2), spawn.Queue()
    url = shop.db.url.render_as_string(hide_password=False)
    workers = [
        spawn.Process(target=_grant_in_a_process, args=(url, shop.clerk, member, barrier, out))
        for _ in range(2)
    ]
    for w in workers:
        w.start()
    results = sorted(out.get(timeout=120) for _ in workers)
    for w in workers:
        w.join(timeout=60)
    gold = SalesRules().birthday_points[Tier.GOLD]
    assert results == [0, gold]
    assert _gifts(shop, member) == [(gold, "birthday 2026")]
