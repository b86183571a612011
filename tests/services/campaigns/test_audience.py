"""A saved segment's members, and a coupon given to each of them once."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from memberdesk.domain.errors import NotFound, PermissionDenied
from memberdesk.domain.vocab import Tier
from memberdesk.services.campaigns import audience
from memberdesk.store.models import Coupon
from tests.conftest import Shop
from tests.services.campaigns.campaign_data import SEGMENT, TODAY, add_members, setup_store


def test_a_segment_gets_one_coupon_each_however_often_it_is_given(shop: Shop) -> None:
    template = setup_store(shop)
    gold = add_members(shop, 7)
    add_members(shop, 3, first=80, tier=Tier.SILVER)
    assert audience.members_of_segment(shop.db, shop.manager, SEGMENT, today=TODAY) == gold
    first = audience.give_coupon(shop.db, shop.manager, SEGMENT, template, today=TODAY)
    again = audience.give_coupon(shop.db, shop.manager, SEGMENT, template, today=TODAY)
    assert (first.members, first.issued, first.already) == (7, 7, 0)
    assert (again.members, again.issued, again.already) == (7, 0, 7)
    with shop.db.read() as s:
        assert sorted(s.scalars(select(Coupon.member_id))) == gold
    with pytest.raises(PermissionDenied):
        audience.give_coupon(shop.db, shop.clerk, SEGMENT, template, today=TODAY)
    with pytest.raises(NotFound):
        audience.give_coupon(shop.db, shop.manager, "没有", template, today=TODAY)
