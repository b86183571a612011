"""A campaign's result, checked against an independent computation over a known store."""

from __future__ import annotations

import datetime as dt
import math
import random
import statistics

import pytest
from sqlalchemy import select, update

from memberdesk.domain.vocab import SaleStatus
from memberdesk.services.campaigns import campaigns, results
from memberdesk.store.models import CampaignMember, Coupon, MemberStats, Sale, Visit
from tests.conftest import Shop
from tests.services.campaigns.campaign_data import TODAY, add_members, new_campaign, setup_store
from tests.services.io.helpers import manager_approval

START, END = dt.date(2026, 12, 1), dt.date(2026, 12, 31)


def _at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour)).astimezone().astimezone(dt.UTC)


def _known_store(shop: Shop) -> tuple[int, dict[int, dict[str, float]], dict[int, bool], set[int]]:
    """A sent campaign, then a month of shopping: what each member did in the window, as
    plain values, beside which group each is in and who was lapsed at send."""
    rng = random.Random(5)
    template = setup_store(shop)
    members = add_members(shop, 90)
    lapsed = {m for m in members if rng.random() < 0.3}
    with shop.db.write() as s:
        for m in members:
            days = 400 if m in lapsed else rng.randint(1, 100)
            s.execute(
                update(MemberStats)
                .where(MemberStats.member_id == m)
                .values(last_visit_at=_at(TODAY) - dt.timedelta(days=days))
            )
    campaign = new_campaign(shop, template, control=40, seed=3)
    campaigns.send(shop.db, shop.manager, campaign, "zh_CN", manager_approval(shop), today=TODAY)
    with shop.db.read() as s:
        group = {m: c for m, c in s.execute(select(CampaignMember.member_id, CampaignMember.control))}
        codes = {m: c for m, c in s.execute(select(Coupon.member_id, Coupon.id))}
    did: dict[int, dict[str, float]] = {m: dict.fromkeys(results.MEASURES, 0.0) for m in members}
    receipt, staff = 0, shop.clerk.staff_id
    with shop.db.write() as s:
        for m in members:
            keen = 0.6 if not group[m] else 0.35
            for day in (
                START - dt.timedelta(days=2),
                START,
                START + dt.timedelta(days=15),
                END,
                END + dt.timedelta(days=1),
            ):
                if rng.random() > keen:
                    continue
                receipt += 1
                fen = rng.randint(50, 900) * 100
                voided = rng.random() < 0.1
                status = SaleStatus.VOIDED if voided else SaleStatus.COMPLETED
                s.add(Sale(store_id=shop.store_id, receipt_no=f"R{receipt}", member_id=m, staff_id=staff,
                           created_at=_at(day, 10 if day != END else 23), subtotal_fen=fen, total_fen=fen,
                           status=status))  # fmt: skip
                s.add(
                    Visit(
                        store_id=shop.store_id, staff_id=shop.clerk.staff_id, member_id=m, started_at=_at(day)
                    )
                )
                if START <= day <= END:
                    did[m]["visits"] += 1
                    if not voided:
                        did[m]["sales"] += 1
                        did[m]["revenue_fen"] += fen
            if m in codes and rng.random() < 0.4:
                s.execute(update(Coupon).where(Coupon.id == codes[m]).values(used=True))
                did[m]["redeemed"] = 1
    for m in members:
        did[m]["bought"] = float(did[m]["sales"] > 0)
        did[m]["won_back"] = float(did[m]["sales"] > 0)
    return campaign, did, group, lapsed


def test_the_result_is_what_an_independent_count_gives(shop: Shop) -> None:
    campaign, did, group, lapsed = _known_store(shop)
    found = results.result(shop.db, shop.manager, campaign)
    assert found.recipients == sum(not c for c in group.values()) and found.controls == sum(group.values())
    assert found.lapsed_controls == sum(group[m] for m in lapsed)
    for measure in results.MEASURES:
        who = lapsed if measure == "won_back" else set(did)
        a = [did[m][measure] for m in sorted(who) if not group[m]]
        b = [did[m][measure] for m in sorted(who) if group[m]]
        half = 1.959964 * math.sqrt(statistics.variance(a) / len(a) + statistics.variance(b) / len(b))
        lift = found.lift(measure)
        diff = statistics.fmean(a) - statistics.fmean(b)
        assert lift.recipients == pytest.approx(statistics.fmean(a))
        assert lift.control == pytest.approx(statistics.fmean(b))
        assert lift.difference == pytest.approx(diff)
        assert lift.low == pytest.approx(diff - half) and lift.high == pytest.approx(diff + half)
        assert found.totals[measure] == (round(sum(a)), round(sum(b)))
    # the known store was built so that recipients bought clearly more
    assert found.lift("bought").clear and found.lift("bought").difference > 0
    assert found.totals["redeemed"][1] == 0


def test_no_interval_for_a_group_too_small_to_tell(shop: Shop) -> None:
    template = setup_store(shop)
    add_members(shop, 5)
    campaign = new_campaign(shop, template, control=0)
    campaigns.send(shop.db, shop.manager, campaign, "zh_CN", manager_approval(shop), today=TODAY)
    found = results.result(shop.db, shop.manager, campaign)
    assert found.controls == 0 and all(x.low is None and not x.clear for x in found.lifts)
