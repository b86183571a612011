"""Inviting members: never twice, never without a marketing consent, from any list of ids
(picked, pasted phones and card numbers, a tier, later a segment); then the invitations and
messages they get, in the store's own words."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from memberdesk.domain.errors import NotFound, PermissionDenied
from memberdesk.domain.events import Reply
from memberdesk.domain.vocab import Role, Tier
from memberdesk.services.care.signature import save_signature
from memberdesk.services.events import papers
from memberdesk.services.events.invitations import (
    InviteResult,
    guests,
    invite,
    members_from_lines,
    members_of_tiers,
)
from memberdesk.services.events.plans import get_event
from memberdesk.services.events.replies import record_reply
from memberdesk.services.io.export_rule import ExportApproval
from memberdesk.store.models import EventInvitation, Member
from tests.conftest import TEST_PINS, Shop
from tests.services.events.helpers import NOW, event, member


def test_invite_counts_new_already_invited_and_left_out_for_no_consent(shop: Shop) -> None:
    event_id = event(shop)
    yes = member(shop, "13812340001", "李娜")
    withdrawn = member(shop, "13812340002", "王芳", consent=False)
    never = member(shop, "13812340003", "张伟", consent=None)
    assert invite(shop.db, shop.clerk, event_id, [yes, withdrawn, never, 99_999], now=NOW) == InviteResult(
        new=1, already=0, no_consent=2, not_members=1
    )
    assert invite(shop.db, shop.clerk, event_id, [yes, yes], now=NOW) == InviteResult(
        new=0, already=1, no_consent=0
    )
    with shop.db.read() as s:
        rows = s.execute(select(EventInvitation.member_id, EventInvitation.invited_by_id)).all()
    assert rows == [(yes, shop.clerk.staff_id)]
    assert get_event(shop.db, shop.clerk, event_id).invited == 1


def test_an_unknown_event_invites_nobody(shop: Shop) -> None:
    yes = member(shop, "13812340001", "李娜")
    with pytest.raises(NotFound):
        invite(shop.db, shop.clerk, 12345, [yes], now=NOW)


def test_pasted_phones_and_card_numbers_and_a_tier_give_member_ids(shop: Shop) -> None:
    li = member(shop, "13812340001", "李娜")
    wang = member(shop, "13812340002", "王芳")
    with shop.db.write() as s:
        card = s.get(Member, wang)
        assert card is not None
        card.tier = Tier.VIP
        wang_card = card.card_no
    found = members_from_lines(
        shop.db, shop.clerk, f"138 1234 0001\n{wang_card.lower()}，13812340001\nnobody\n"
    )
    assert (found.member_ids, found.unknown) == ([li, wang], ["nobody"])
    assert members_of_tiers(shop.db, shop.clerk, [Tier.VIP]) == [wang]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(-5, 8), max_size=20), st.lists(st.integers(-5, 8), max_size=20))
def test_inviting_any_lists_twice_invites_each_consenting_member_once(
    shop: Shop, first: list[int], second: list[int]
) -> None:
    with shop.db.read() as s:
        ids = list(s.scalars(select(Member.id).order_by(Member.id)))
    if not ids:
        ids = [member(shop, f"1381234000{n}", f"会员{n}", consent=n % 3 != 0) for n in range(6)]
    event_id = event(shop, title=f"活动{len(first)}-{len(second)}")
    a = invite(shop.db, shop.clerk, event_id, first, now=NOW)
    b = invite(shop.db, shop.clerk, event_id, second, now=NOW)
    with shop.db.read() as s:
        invited = list(
            s.scalars(select(EventInvitation.member_id).where(EventInvitation.event_id == event_id))
        )
    assert len(invited) == len(set(invited)) == a.new + b.new
    assert set(invited) <= set(ids) & set(first + second)


def test_invitations_and_messages_speak_the_stores_words_and_skip_those_who_said_no(shop: Shop) -> None:
    event_id = event(shop)
    li = member(shop, "13812340001", "李娜")
    wang = member(shop, "13812340002", "王芳")
    invite(shop.db, shop.clerk, event_id, [li, wang], now=NOW)
    record_reply(shop.db, shop.clerk, event_id, wang, Reply.NOT_COMING, now=NOW)
    (card,) = papers.invitations(shop.db, shop.clerk, event_id, "zh_CN")
    assert (
        card.title == "诚挚邀请"
        and card.event == "VIP 会员答谢会"
        and card.description == "茶歇、抽奖与专属礼品"
    )
    assert "李娜" in card.message and "「VIP 会员答谢会」" in card.message
    assert "地点：三楼活动厅" in card.message and "回复：王经理 0571-88886666" in card.message
    with pytest.raises(PermissionDenied):  # a file of phone numbers: not a clerk's
        papers.messages(shop.db, shop.clerk, event_id, "zh_CN", None)
    save_signature(shop.db, shop.manager, "和美生活")
    export = papers.messages(
        shop.db,
        shop.manager,
        event_id,
        "zh_CN",
        ExportApproval(shop.manager.staff_id, TEST_PINS[Role.MANAGER]),
    )
    assert [(phone, name) for phone, name, _ in export.rows] == [("13812340001", "李娜")]
    assert export.rows[0][2].startswith("【和美生活】") and "「VIP 会员答谢会」" in export.rows[0][2]
    assert export.without_consent == 0


def test_the_guest_list_shows_replies_and_walk_ins(shop: Shop) -> None:
    from memberdesk.services.events.door import check_in

    event_id = event(shop)
    li = member(shop, "13812340001", "李娜")
    walk = member(shop, "13812340009", "赵敏")
    invite(shop.db, shop.clerk, event_id, [li], now=NOW)
    record_reply(shop.db, shop.clerk, event_id, li, Reply.COMING, now=NOW)
    check_in(shop.db, shop.clerk, event_id, "13812340009", now=NOW)
    rows = [
        (g.member_id, g.invited, g.reply, g.walk_in, g.checked_in_at)
        for g in guests(shop.db, shop.clerk, event_id)
    ]
    assert rows == [(li, True, Reply.COMING, False, None), (walk, False, Reply.NO_ANSWER, True, NOW)]
