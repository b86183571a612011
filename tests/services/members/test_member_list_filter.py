"""The Members page's filter: phone, last four, card, name or pinyin, and tier; paged by id."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from memberdesk.domain.vocab import Tier
from memberdesk.services.members.listing import MemberFilter, count_members, member_page
from memberdesk.store.database import Database
from memberdesk.store.models import Member
from tests.conftest import demo_actor


def everyone(db: Database, member_filter: MemberFilter, page: int = 7) -> list[int]:
    actor = demo_actor(db, "C01")
    ids: list[int] = []
    while True:
        rows = member_page(db, actor, ids[-1] if ids else 0, page, member_filter)
        ids += [r.id for r in rows]
        if len(rows) < page:
            return ids


def a_member(db: Database) -> Member:
    with db.read() as s:
        m = s.scalars(select(Member).where(Member.name != "").order_by(Member.id).offset(17).limit(1)).one()
        s.expunge(m)
        return m


def test_each_way_of_finding_a_member_finds_them(demo_db: Database) -> None:
    m = a_member(demo_db)
    for text in (m.phone, m.phone[:5], m.phone_last4, m.card_no, m.card_no[:6].lower(), m.name, m.name[0]):
        found = everyone(demo_db, MemberFilter(text))
        assert m.id in found, text
        assert count_members(demo_db, demo_actor(demo_db, "C01"), MemberFilter(text)) == len(found)


def test_pinyin_and_initials_find_a_member(demo_db: Database) -> None:
    from memberdesk.domain.search_keys import KIND_INITIALS
    from memberdesk.store.models import MemberKey

    m = a_member(demo_db)
    with demo_db.read() as s:
        initials = s.scalars(
            select(MemberKey.key).where(
                MemberKey.member_id == m.id, MemberKey.key.startswith(f"{KIND_INITIALS}:")
            )
        ).first()
    assert initials is not None
    assert m.id in everyone(demo_db, MemberFilter(initials.split(":", 1)[1].upper()))


def test_the_tier_narrows_and_combines_with_the_text(demo_db: Database) -> None:
    vip = everyone(demo_db, MemberFilter(tier=Tier.VIP))
    with demo_db.read() as s:
        expected = s.scalars(select(Member.id).where(Member.tier == Tier.VIP).order_by(Member.id)).all()
    assert vip == list(expected) and vip
    m = a_member(demo_db)
    others = [t for t in Tier if t is not m.tier]
    assert m.id not in everyone(demo_db, MemberFilter(m.phone, others[0]))
    assert everyone(demo_db, MemberFilter(m.phone, m.tier)) == [m.id]


def test_an_empty_filter_is_everyone_and_nonsense_is_no_one(demo_db: Database) -> None:
    actor = demo_actor(demo_db, "C01")
    assert count_members(demo_db, actor, MemberFilter("  ")) == count_members(demo_db, actor) == 300
    assert everyone(demo_db, MemberFilter("!?#")) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=30))
def test_any_typed_text_pages_consistently(demo_db: Database, text: str) -> None:
    member_filter = MemberFilter(text)
    found = everyone(demo_db, member_filter)
    assert found == sorted(set(found))  # id order, no member twice across pages
    assert count_members(demo_db, demo_actor(demo_db, "C01"), member_filter) == len(found)
