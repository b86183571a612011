"""A page of the member list reads the same members whichever way it is found.

A narrow filter is read as its few ids, a broad one by walking the members in id order
(``listing.BROAD`` decides which). Lowering ``BROAD`` to 1 makes every filter broad, raising
it makes every filter narrow: the pages must not change, and must add up to the count.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memberdesk.domain.vocab import Tier
from memberdesk.services.members import listing
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.members.listing import MemberFilter, count_members
from memberdesk.store.database import Database
from tests.conftest import Shop, demo_actor
from tests.services.members.test_member_list_filter import everyone

NAMES = ["王伟", "王芳", "汪洋", "张伟", "章子", "赵敏", "周杰", "吴磊", "魏巍", "李娜"]


def walked_and_looked_up(db: Database, member_filter: MemberFilter) -> tuple[list[int], list[int]]:
    broad_before = listing.BROAD
    try:
        listing.BROAD = 1  # every text that finds anyone is broad: the walk
        walked = everyone(db, member_filter)
        listing.BROAD = 10**9  # no text is: its ids
        looked_up = everyone(db, member_filter)
    finally:
        listing.BROAD = broad_before
    return walked, looked_up


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.one_of(
        st.sampled_from(
            ["w", "W", "zh", "z", "wang", "wy", "王", "王伟", "13", "138", "1380", "M001", "m0010000", "!?"]
        ),
        st.text(max_size=12),
    ),
    tier=st.sampled_from([None, *Tier]),
)
def test_the_walk_and_the_ids_list_the_same_members_as_the_count(
    demo_db: Database, text: str, tier: Tier | None
) -> None:
    member_filter = MemberFilter(text, tier)
    walked, looked_up = walked_and_looked_up(demo_db, member_filter)
    assert walked == looked_up == sorted(set(walked))
    assert count_members(demo_db, demo_actor(demo_db, "C01"), member_filter) == len(walked)


@pytest.mark.parametrize("text", ["w", "zh", "王", "wei", "138", "1380010", "0001"])
def test_broad_and_narrow_pages_agree_on_each_database(shop: Shop, text: str) -> None:
    for i, name in enumerate(NAMES * 3):
        enrol(shop.db, shop.clerk, MemberForm(phone=f"138001{i:05d}", name=name))
    member_filter = MemberFilter(text)
    walked, looked_up = walked_and_looked_up(shop.db, member_filter)
    assert walked == looked_up and walked
    assert count_members(shop.db, shop.clerk, member_filter) == len(walked)
