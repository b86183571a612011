"""Sending a campaign: the frozen audience, consent, the coupon once, never twice."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from memberdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from memberdesk.domain.vocab import Tier
from memberdesk.services.campaigns import campaigns
from memberdesk.store.models import CampaignMember, Coupon
from tests.conftest import Shop
from tests.services.campaigns.campaign_data import TODAY, add_members, new_campaign, setup_store
from tests.services.io.helpers import manager_approval


def _audience(shop: Shop, campaign: int) -> dict[int, tuple[bool, str]]:
    with shop.db.read() as s:
        return {
            m: (c, code)
            for m, c, code in s.execute(
                select(CampaignMember.member_id, CampaignMember.control, CampaignMember.coupon_code).where(
                    CampaignMember.campaign_id == campaign
                )
            )
        }


def _coupons(shop: Shop) -> list[tuple[int | None, str, str]]:
    with shop.db.read() as s:
        return [tuple(r) for r in s.execute(select(Coupon.member_id, Coupon.code, Coupon.issue_key))]  # type: ignore[misc]


def test_send_reaches_each_consenting_member_once_with_a_coupon(shop: Shop) -> None:
    template = setup_store(shop)
    yes = add_members(shop, 30)
    no = add_members(shop, 5, first=100, consent=False)
    add_members(shop, 4, first=200, tier=Tier.SILVER)
    campaign = new_campaign(shop, template, control=20)
    sent = campaigns.send(shop.db, shop.manager, campaign, "zh_CN", manager_approval(shop), today=TODAY)

    audience = _audience(shop, campaign)
    assert set(audience) == set(yes) and not set(no) & set(audience)
    assert sent.without_consent == len(no)
    receivers = {m for m, (control, _code) in audience.items() if not control}
    assert sent.new_recipients == len(receivers) == len(sent.rows) and sent.new_controls == 30 - len(
        receivers
    )
    # every recipient got exactly one coupon, its code in their message; controls got nothing
    issued = _coupons(shop)
    assert sorted(m for m, _c, _k in issued) == sorted(receivers)
    assert {k for _m, _c, k in issued} == {f"campaign {campaign}"}
    by_member = {m: code for m, code, _k in issued}
    for phone, _name, text in sent.rows:
        member = next(m for m in receivers if phone == f"138{yes.index(m) + 1:08d}")
        assert text.startswith("【测试门店】") and by_member[member] in text and "金卡会员专享" in text
        assert audience[member][1] == by_member[member]
    assert sent.coupons == len(receivers)


def test_sending_again_sends_nothing_new_and_reaches_only_newcomers(shop: Shop) -> None:
    template = setup_store(shop)
    add_members(shop, 20)
    campaign = new_campaign(shop, template)
    first = campaigns.send(shop.db, shop.manager, campaign, "zh_CN", manager_approval(shop), today=TODAY)
    again = campaigns.send(shop.db, shop.manager, campaign, "zh_CN", manager_approval(shop), today=TODAY)
    assert first.new_recipients + first.new_controls == 20
    assert again.rows == [] and again.new_recipients == again.new_controls == again.coupons == 0
    assert len(_coupons(shop)) == first.coupons
    newcomer = add_members(shop, 1, first=50)
    later = campaigns.send(shop.db, shop.manager, campaign, "zh_CN", manager_approval(shop), today=TODAY)
    assert later.new_recipients + later.new_controls == 1
    assert set(_audience(shop, campaign)) >= set(newcomer)
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(CampaignMember)) == 21


def test_send_needs_the_managers_pin_and_the_signature(shop: Shop) -> None:
    template = setup_store(shop)
    add_members(shop, 3)
    campaign = new_campaign(shop, template)
    with pytest.raises(PermissionDenied):
        campaigns.send(shop.db, shop.manager, campaign, "zh_CN", None, today=TODAY)
    with pytest.raises(PermissionDenied):
        campaigns.send(shop.db, shop.clerk, campaign, "zh_CN", manager_approval(shop), today=TODAY)
    assert _audience(shop, campaign) == {}


def test_create_refuses_what_it_cannot_send(shop: Shop) -> None:
    template = setup_store(shop)
    new_campaign(shop, template)
    with pytest.raises(Conflict):
        new_campaign(shop, template)
    with pytest.raises(ValidationError):
        new_campaign(shop, template, control=51, name="另一个")
    with pytest.raises(NotFound):
        new_campaign(shop, 9999, name="第三个")
    with pytest.raises(PermissionDenied):
        day = dt.date(2026, 1, 1)
        form = campaigns.CampaignForm("店员的", "promotion", "金卡会员", "hi", day, day)
        campaigns.create(shop.db, shop.clerk, form)


@settings(max_examples=60, deadline=None)
@given(
    name=st.text(max_size=60),
    kind=st.sampled_from(["promotion", "new_arrivals", "event", "winback", "", "sale"]),
    message=st.text(max_size=320),
    control=st.integers(-5, 60),
    days=st.integers(-3, 3),
)
def test_any_typed_campaign_is_taken_or_refused_with_a_reason(
    name: str, kind: str, message: str, control: int, days: int
) -> None:
    form = campaigns.CampaignForm(
        name, kind, "nobody", message, dt.date(2026, 12, 1), dt.date(2026, 12, 1) + dt.timedelta(days=days),
        control_percent=control, seed=1,
    )  # fmt: skip
    try:
        campaigns.clean_form(form)
    except ValidationError as refused:
        assert refused.field in {"campaign_name", "kind", "message", "ends_on", "control_percent"}
        return
    assert 0 <= control <= 50 and days >= 0 and kind in {k.value for k in campaigns.CampaignKind}


def test_a_large_audience_is_asked_about_in_bounded_pieces(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = setup_store(shop)
    members = add_members(shop, 11)
    add_members(shop, 2, first=100, consent=False)
    monkeypatch.setattr(campaigns, "CHUNK", 3)
    campaign = new_campaign(shop, template, control=30, seed=5)
    sent = campaigns.send(shop.db, shop.manager, campaign, "zh_CN", manager_approval(shop), today=TODAY)
    assert set(_audience(shop, campaign)) == set(members) and sent.without_consent == 2
    assert sent.new_recipients + sent.new_controls == 11 and len(sent.rows) == sent.new_recipients
