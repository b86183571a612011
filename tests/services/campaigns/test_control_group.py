"""The control group: the share the manager sets, at random, reproducible, and alike."""

from __future__ import annotations

import math
import random
import statistics

from sqlalchemy import select

from memberdesk.services.campaigns import campaigns
from memberdesk.services.campaigns.campaigns import held_out
from memberdesk.store.models import CampaignMember, Coupon
from tests.conftest import Shop
from tests.services.campaigns.campaign_data import TODAY, add_members, new_campaign, setup_store
from tests.services.io.helpers import manager_approval

SEEDS = 200
MEMBERS = 400


def _population() -> list[tuple[int, int, str]]:
    """Members whose spend and tier follow their id, as a real store's early members spend more:
    a draw that leaned on the id would show up as unlike groups."""
    rng = random.Random(11)
    people = []
    for member_id in range(1, MEMBERS + 1):
        spend = int(rng.lognormvariate(8, 1)) + (MEMBERS - member_id) * 50
        tier = "vip" if member_id % 7 == 0 or spend > 30_000 else "gold" if member_id % 3 == 0 else "regular"
        people.append((member_id * 13 + 5, spend, tier))
    return people


def _z_means(a: list[int], b: list[int]) -> float:
    spread = statistics.pstdev(a + b)
    return (statistics.fmean(a) - statistics.fmean(b)) / (spread * math.sqrt(1 / len(a) + 1 / len(b)))


def _z_share(hits_a: int, n_a: int, hits_b: int, n_b: int) -> float:
    p = (hits_a + hits_b) / (n_a + n_b)
    return (hits_a / n_a - hits_b / n_b) / math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))


def test_the_held_out_share_is_the_percentage_within_a_binomial_bound() -> None:
    people = _population()
    for percent in (5, 10, 20, 50):
        p = percent / 100
        counts = [sum(held_out(seed, m, percent) for m, _s, _t in people) for seed in range(SEEDS)]
        bound = 4 * math.sqrt(MEMBERS * p * (1 - p))
        assert all(abs(c - MEMBERS * p) <= bound for c in counts), percent
        total_bound = 4 * math.sqrt(SEEDS * MEMBERS * p * (1 - p))
        assert abs(sum(counts) - SEEDS * MEMBERS * p) <= total_bound, percent
    assert not any(held_out(seed, m, 0) for seed in range(20) for m, _s, _t in people)


def test_the_two_groups_spent_alike_before_and_hold_the_same_tiers() -> None:
    people = _population()
    spend_z, vip_z, regular_z = [], [], []
    for seed in range(SEEDS):
        control = [(s, t) for m, s, t in people if held_out(seed, m, 20)]
        treated = [(s, t) for m, s, t in people if not held_out(seed, m, 20)]
        spend_z.append(_z_means([s for s, _t in control], [s for s, _t in treated]))
        for tier, zs in (("vip", vip_z), ("regular", regular_z)):
            zs.append(_z_share(sum(t == tier for _s, t in control), len(control),
                               sum(t == tier for _s, t in treated), len(treated)))  # fmt: skip
    for zs in (spend_z, vip_z, regular_z):
        # each z is about standard normal when the draw ignores who the member is
        assert abs(statistics.fmean(zs)) < 4 / math.sqrt(SEEDS)
        assert sum(abs(z) > 2.576 for z in zs) <= 0.01 * SEEDS + 4 * math.sqrt(SEEDS * 0.01)
        assert 0.7 < statistics.pstdev(zs) < 1.3


def _controls(shop: Shop, campaign: int) -> set[int]:
    with shop.db.read() as s:
        return set(
            s.scalars(
                select(CampaignMember.member_id).where(
                    CampaignMember.campaign_id == campaign, CampaignMember.control.is_(True)
                )
            )
        )


def test_the_seed_stored_with_the_campaign_draws_the_same_controls_who_get_nothing(shop: Shop) -> None:
    template = setup_store(shop)
    members = add_members(shop, 60)
    one = new_campaign(shop, template, control=30, seed=42, name="一")
    two = new_campaign(shop, template, control=30, seed=42, name="二")
    other = new_campaign(shop, template, control=30, seed=43, name="三")
    for campaign in (one, two, other):
        campaigns.send(shop.db, shop.manager, campaign, "zh_CN", manager_approval(shop), today=TODAY)
    held = _controls(shop, one)
    assert held == _controls(shop, two) == {m for m in members if held_out(42, m, 30)}
    assert held != _controls(shop, other) and 0 < len(held) < 60
    assert campaigns.get(shop.db, shop.store_id, one).seed == 42
    with shop.db.read() as s:
        coupon_holders = set(s.scalars(select(Coupon.member_id).where(Coupon.issue_key == f"campaign {one}")))
    assert not held & coupon_holders and coupon_holders >= set(members) - held
