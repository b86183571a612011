"""Member tags: the store's list, a member's tags set at the card, tags given in bulk, and
who did each."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from memberdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.members.tag_names import clean_tag_name, split_tags
from memberdesk.services.segments import tags
from memberdesk.services.segments.member_lists import members_in_list
from memberdesk.store.models import AuditEntry, Member, MemberTag
from memberdesk.store.models.segments import TAG_NAME_MAX
from tests.conftest import Shop


def _members(shop: Shop, n: int) -> list[int]:
    return [
        enrol(shop.db, shop.clerk, MemberForm(phone=f"1390000{i:04d}", name=f"会员{i}")) for i in range(n)
    ]


def test_clerk_sets_tags_from_the_list_and_the_audit_says_who(shop: Shop) -> None:
    for name in ("孕妈", "学生", "大客户"):
        tags.add_tag(shop.db, shop.manager, name)
    (member,) = _members(shop, 1)
    assert tags.set_member_tags(shop.db, shop.clerk, member, ["学生", " 孕妈 "]) == ("孕妈", "学生")
    assert tags.tags_of(shop.db, shop.clerk, member) == ("孕妈", "学生")
    assert tags.set_member_tags(shop.db, shop.clerk, member, ["孕妈"]) == ("孕妈",)
    with shop.db.read() as s:
        links = s.scalars(select(MemberTag).where(MemberTag.member_id == member)).all()
        assert [link.tagged_by_id for link in links] == [shop.clerk.staff_id]
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "member.tags")).all()
    assert [(e.staff_id, e.entity_id, json.loads(e.after)["tags"]) for e in entries] == [
        (shop.clerk.staff_id, member, ["孕妈", "学生"]),
        (shop.clerk.staff_id, member, ["孕妈"]),
    ]
    assert {t.name: t.members for t in tags.list_tags(shop.db, shop.clerk)} == {
        "大客户": 0,
        "孕妈": 1,
        "学生": 0,
    }
    # a list to choose from: the same tags in the same order, without counting the members
    uncounted = tags.list_tags(shop.db, shop.clerk, counted=False)
    assert [(t.id, t.name, t.active, t.free, t.members) for t in uncounted] == [
        (t.id, t.name, t.active, t.free, 0) for t in tags.list_tags(shop.db, shop.clerk)
    ]


def test_a_word_not_on_the_list_is_refused_unless_the_store_allows_free_tags(shop: Shop) -> None:
    (member,) = _members(shop, 1)
    with pytest.raises(ValidationError, match="not on the store's list"):
        tags.set_member_tags(shop.db, shop.clerk, member, ["爱跑步"])
    with pytest.raises(PermissionDenied):
        tags.allow_free_tags(shop.db, shop.clerk, True)
    tags.allow_free_tags(shop.db, shop.manager, True)
    assert tags.set_member_tags(shop.db, shop.clerk, member, ["爱跑步"]) == ("爱跑步",)
    (info,) = tags.list_tags(shop.db, shop.manager)
    assert (info.name, info.free, info.members) == ("爱跑步", True, 1)
    tags.add_tag(shop.db, shop.manager, "爱跑步")  # the manager keeps it: no longer free
    assert not tags.list_tags(shop.db, shop.manager)[0].free


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Type the tag's name"),
        ("   ", "Type the tag's name"),
        ("大" * (TAG_NAME_MAX + 1), "too long"),
        ("孕妈，学生", "cannot hold a comma"),
        ("=1+1", "formula"),
    ],
)
def test_a_bad_tag_name_says_what_is_wrong(shop: Shop, typed: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        tags.add_tag(shop.db, shop.manager, typed)


def test_duplicates_are_refused_with_the_name(shop: Shop) -> None:
    tags.add_tag(shop.db, shop.manager, "VIP")
    with pytest.raises(Conflict, match="on the list already"):
        tags.add_tag(shop.db, shop.manager, "vip")
    (member,) = _members(shop, 1)
    with pytest.raises(ValidationError, match="given twice") as raised:
        tags.set_member_tags(shop.db, shop.clerk, member, ["VIP", "vip"])
    assert raised.value.params["tag"] == "vip"
    with pytest.raises(PermissionDenied):
        tags.add_tag(shop.db, shop.clerk, "学生")


def test_a_tag_in_use_is_retired_not_deleted(shop: Shop) -> None:
    tags.add_tag(shop.db, shop.manager, "团购")
    tags.add_tag(shop.db, shop.manager, "家庭")
    a, b = _members(shop, 2)
    tags.set_member_tags(shop.db, shop.clerk, a, ["团购"])
    assert tags.remove_tag(shop.db, shop.manager, "家庭") is True
    assert tags.remove_tag(shop.db, shop.manager, "团购") is False
    assert tags.tags_of(shop.db, shop.clerk, a) == ("团购",)
    assert tags.set_member_tags(shop.db, shop.clerk, a, ["团购"]) == ("团购",)  # kept on the card
    with pytest.raises(ValidationError, match="not on the store's list"):
        tags.set_member_tags(shop.db, shop.clerk, b, ["团购"])
    with pytest.raises(NotFound):
        tags.remove_tag(shop.db, shop.manager, "家庭")
    assert [t.name for t in tags.list_tags(shop.db, shop.manager, retired=True)] == ["团购"]


def test_bulk_assign_from_a_pasted_list_counts_only_the_new_ones(shop: Shop) -> None:
    tags.add_tag(shop.db, shop.manager, "大客户")
    ids = _members(shop, 5)
    tags.set_member_tags(shop.db, shop.clerk, ids[0], ["大客户"])
    with shop.db.read() as s:
        card = s.get_one(Member, ids[1]).card_no
    pasted = members_in_list(
        shop.db, shop.clerk, f"13900000000，{card.lower()}\n139 0000 0002、13900000002 1380000999"
    )
    assert pasted.member_ids == (ids[0], ids[1], ids[2])
    assert pasted.unknown == ("1380000999",)
    assert tags.assign(shop.db, shop.supervisor, "大客户", pasted.member_ids) == 2
    assert tags.assign(shop.db, shop.supervisor, "大客户", pasted.member_ids) == 0
    assert tags.unassign(shop.db, shop.supervisor, "大客户", [ids[0], ids[4]]) == 1
    with shop.db.read() as s:
        carriers = s.scalars(select(MemberTag.member_id).order_by(MemberTag.member_id)).all()
        counts = [
            json.loads(e.after)["count"]
            for e in s.scalars(
                select(AuditEntry).where(AuditEntry.action.in_(("tag.assign", "tag.unassign")))
            )
        ]
    assert carriers == [ids[1], ids[2]]
    assert counts[-3:] == [2, 0, 1]


_NAME = st.text(st.sampled_from("孕妈学生大客户团购家庭ABab ，、,;\u202e"), max_size=16)


@given(typed=st.lists(_NAME, max_size=5))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_set_member_tags_keeps_exactly_the_clean_distinct_names_or_refuses(
    sqlite_shop: Shop, typed: list[str]
) -> None:
    shop = sqlite_shop
    tags.allow_free_tags(shop.db, shop.manager, True)
    with shop.db.read() as s:
        member = s.scalar(select(Member.id))
    if member is None:
        (member,) = _members(shop, 1)
    before = tags.tags_of(shop.db, shop.clerk, member)
    try:
        cleaned = [clean_tag_name(t) for t in typed]
    except ValidationError:
        with pytest.raises(ValidationError):
            tags.set_member_tags(shop.db, shop.clerk, member, typed)
        assert tags.tags_of(shop.db, shop.clerk, member) == before
        return
    keys = [c.casefold() for c in cleaned]
    if len(set(keys)) < len(keys):
        with pytest.raises(ValidationError, match="given twice"):
            tags.set_member_tags(shop.db, shop.clerk, member, typed)
        return
    result = tags.set_member_tags(shop.db, shop.clerk, member, typed)
    assert sorted(k.casefold() for k in result) == sorted(keys)
    assert all(0 < len(k) <= TAG_NAME_MAX and "，" not in k for k in result)
    assert tags.tags_of(shop.db, shop.clerk, member) == result


@given(st.text(max_size=40))
def test_split_tags_never_returns_a_piece_with_a_separator(text: str) -> None:
    assert all(p and p == p.strip() and not any(c in p for c in "，,、;；\n") for p in split_tags(text))


def test_erasing_a_member_takes_their_tags_and_the_audit_keeps_no_tag_name(shop: Shop) -> None:
    from memberdesk.services.members.erase import erase_member

    tags.add_tag(shop.db, shop.manager, "孕妈")
    (member,) = _members(shop, 1)
    tags.set_member_tags(shop.db, shop.clerk, member, ["孕妈"])
    with shop.db.read() as s:
        card = s.get_one(Member, member).card_no
    erase_member(shop.db, shop.manager, member, confirm_card=card)
    with shop.db.read() as s:
        assert s.scalars(select(MemberTag).where(MemberTag.member_id == member)).all() == []
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "member.tags")).all()
    assert entries and all("孕妈" not in e.before + e.after for e in entries)
