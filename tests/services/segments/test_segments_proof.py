"""Every kind of filter against an independent count in plain Python over all rows, on SQLite
and PostgreSQL; and any combination of them (hypothesis) against the same count."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memberdesk.domain.analytics import Segment as Rfm
from memberdesk.domain.errors import ValidationError
from memberdesk.domain.vocab import Channel, SizeCategory, TargetGroup, Tier
from memberdesk.services.segments import segments
from memberdesk.services.segments.filters import SegmentFilter, check
from tests.conftest import Shop
from tests.services.segments.segment_data import CATEGORIES, TAGS, TODAY, Known, build, python_count

KINDS = {
    "tier": SegmentFilter(tiers=(Tier.GOLD.value, Tier.VIP.value)),
    "tags any": SegmentFilter(tags_any=("孕妈", "学生")),
    "tags all": SegmentFilter(tags_all=("孕妈", "家庭")),
    "rfm important value": SegmentFilter(rfm=(Rfm.IMPORTANT_VALUE.value,)),
    "rfm retain": SegmentFilter(rfm=(Rfm.IMPORTANT_RETAIN.value, Rfm.GENERAL_RETAIN.value), period_days=200),
    "lapsed 180": SegmentFilter(lapsed_days=180),
    "spend 1000+ in 90 days": SegmentFilter(spend_min_fen=100_000, period_days=90),
    "spend at most 0": SegmentFilter(spend_max_fen=0, period_days=120),
    "visits 2+": SegmentFilter(visits_min=2),
    "visits at most 1": SegmentFilter(visits_max=1, period_days=400),
    "bought 童装": SegmentFilter(category="童装", period_days=365),
    "birthday in February": SegmentFilter(birthday_month=2),
    "birthday in October": SegmentFilter(birthday_month=10),
    "child turning 6": SegmentFilter(child_age_min=6, child_age_max=6),
    "children 3 to 8": SegmentFilter(child_age_min=3, child_age_max=8),
    "shoes 37": SegmentFilter(size_category=SizeCategory.SHOES.value, sizes=("37",)),
    "tops on file": SegmentFilter(size_category=SizeCategory.TOPS.value),
    "channel": SegmentFilter(channels=(Channel.PARTNER.value, Channel.WALK_IN.value)),
    "target group": SegmentFilter(target_groups=(TargetGroup.FAMILY.value, TargetGroup.STUDENTS.value)),
    "promotions yes": SegmentFilter(promotions="yes"),
    "promotions no": SegmentFilter(promotions="no"),
    "points 100..2000": SegmentFilter(points_min=100, points_max=2_000),
    "points at most 0": SegmentFilter(points_max=0),
    "stored value 100+": SegmentFilter(stored_value_min_fen=10_000),
    "stored value none": SegmentFilter(stored_value_max_fen=0),
}


@pytest.fixture
def known(shop: Shop) -> Known:
    return build(shop)


def test_every_filter_kind_counts_what_python_counts(shop: Shop, known: Known) -> None:
    nonempty = 0
    for kind, f in KINDS.items():
        expected = python_count(known, f)
        nonempty += bool(expected)
        assert segments.count(shop.db, f, today=TODAY) == len(expected), kind
        assert segments.member_ids(shop.db, f, today=TODAY) == sorted(expected), kind
    assert nonempty >= len(KINDS) - 2  # the data set meets (almost) every kind
    assert segments.count(shop.db, SegmentFilter(), today=TODAY) == len(python_count(known, SegmentFilter()))


def test_pages_by_keyset_and_offset_walk_the_same_members(shop: Shop, known: Known) -> None:
    f = SegmentFilter(promotions="no")
    walked, after = [], 0
    while rows := segments.page(shop.db, f, after, 7, today=TODAY):
        walked += [r.id for r in rows]
        after = rows[-1].id
    assert walked == sorted(python_count(known, f))
    by_offset = [r.id for r in segments.page(shop.db, f, 0, 7, offset=7, today=TODAY)]
    assert by_offset == walked[7:14]
    assert all("****" in r.masked_phone for r in segments.page(shop.db, f, 0, 3, today=TODAY))


def test_a_saved_segment_round_trips_and_freezes_its_members(shop: Shop, known: Known) -> None:
    f = SegmentFilter(tags_any=("大客户",), visits_min=1, period_days=700)
    segment_id = segments.save(shop.db, shop.manager, "大客户 常来", f)
    assert segments.load(shop.db, shop.manager, "大客户 常来").filter == f
    assert [s.name for s in segments.list_segments(shop.db, shop.supervisor)] == ["大客户 常来"]
    frozen = segments.member_ids(shop.db, segment_id, today=TODAY)
    assert frozen == sorted(python_count(known, f)) and frozen


_names = st.sampled_from
FILTERS = st.builds(
    SegmentFilter,
    tiers=st.lists(_names([t.value for t in Tier]), max_size=2, unique=True).map(tuple),
    tags_any=st.lists(_names(TAGS), max_size=2, unique=True).map(tuple),
    tags_all=st.lists(_names(TAGS), max_size=2, unique=True).map(tuple),
    rfm=st.lists(_names([s.value for s in Rfm]), max_size=3, unique=True).map(tuple),
    lapsed_days=st.none() | st.integers(1, 800),
    period_days=st.integers(1, 800),
    spend_min_fen=st.none() | st.sampled_from([-50_000, 0, 19_900, 100_000]),
    visits_max=st.none() | st.integers(0, 4),
    category=st.sampled_from(("", *CATEGORIES)),
    birthday_month=st.none() | st.integers(1, 12),
    child_age_max=st.none() | st.integers(0, 15),
    promotions=st.sampled_from(("", "yes", "no")),
    points_min=st.none() | st.sampled_from([0, 50, 301]),
    stored_value_max_fen=st.none() | st.sampled_from([0, 10_000, 60_000]),
)


@given(f=FILTERS)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_combination_counts_what_python_counts(shop: Shop, known: Known, f: SegmentFilter) -> None:
    assert segments.member_ids(shop.db, f, today=TODAY) == sorted(python_count(known, f))


@given(f=FILTERS)
def test_a_filter_survives_json(f: SegmentFilter) -> None:
    assert SegmentFilter.from_json(f.to_json()) == f


@pytest.mark.parametrize(
    ("f", "message"),
    [
        (SegmentFilter(tiers=("platinum",)), "not one of the choices for tiers"),
        (SegmentFilter(visits_min=3, visits_max=1), "lower bound is above"),
        (SegmentFilter(points_min=-1), "cannot be below"),
        (SegmentFilter(birthday_month=13), "1 to 12"),
        (SegmentFilter(period_days=0), "period"),
        (SegmentFilter(sizes=("37",)), "size category"),
    ],
)
def test_a_filter_the_store_cannot_ask_says_why(f: SegmentFilter, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check(f)
    with pytest.raises(ValidationError):
        SegmentFilter.from_json(f.to_json())


def test_a_damaged_saved_filter_is_refused() -> None:
    for text in ("[]", "{", '{"tiers": "gold"}', '{"colour": 1}', '{"visits_min": true}'):
        with pytest.raises(ValidationError):
            SegmentFilter.from_json(text)
