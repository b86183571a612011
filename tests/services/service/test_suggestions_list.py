"""Suggestions for supervisors: newest first, by period and by member, paged by id."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from memberdesk.domain.errors import PermissionDenied
from memberdesk.services.service.suggestions import (
    SuggestionFilter,
    count_suggestions,
    record_suggestion,
    suggestion_page,
)
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Suggestion
from tests.conftest import demo_actor


def all_rows(db: Database, wanted: SuggestionFilter, page: int = 3) -> list[int]:
    actor = demo_actor(db, "S01")
    ids: list[int] = []
    while True:
        rows = suggestion_page(db, actor, ids[-1] if ids else None, page, wanted)
        ids += [r.id for r in rows]
        if len(rows) < page:
            return ids


def test_newest_first_with_member_and_staff(demo_db: Database) -> None:
    clerk = demo_actor(demo_db, "C01")
    with demo_db.read() as s:
        member = s.scalars(select(Member).order_by(Member.id).limit(1)).one()
        name, card = member.name, member.card_no
    new = record_suggestion(demo_db, clerk, member.id, "试衣间\n多放几个衣架")
    walk_in = record_suggestion(demo_db, clerk, None, "停车位太少")
    rows = suggestion_page(demo_db, demo_actor(demo_db, "S01"), None, 2)
    assert [r.id for r in rows] == [walk_in, new]
    assert (rows[1].member_name, rows[1].card_no, rows[1].staff) == (name, card, clerk.name)
    assert rows[0].member_id is None and rows[0].member_name == ""
    ids = all_rows(demo_db, SuggestionFilter())
    assert ids == sorted(ids, reverse=True)
    assert len(ids) == count_suggestions(demo_db, demo_actor(demo_db, "S01"))


def test_the_period_and_the_member_narrow_the_list(demo_db: Database) -> None:
    clerk = demo_actor(demo_db, "C01")
    with demo_db.read() as s:
        member = s.scalars(select(Member).order_by(Member.id).offset(5).limit(1)).one()
        phone, member_id = member.phone, member.id
    old = record_suggestion(demo_db, clerk, member_id, "去年的建议")
    recent = record_suggestion(demo_db, clerk, member_id, "今天的建议")
    with demo_db.write() as s:
        s.execute(
            update(Suggestion)
            .where(Suggestion.id == old)
            .values(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=400))
        )
    mine = all_rows(demo_db, SuggestionFilter(member_text=phone))
    assert recent in mine and old in mine
    with demo_db.read() as s:
        assert set(s.scalars(select(Suggestion.member_id).where(Suggestion.id.in_(mine)))) == {member_id}
    lately = all_rows(demo_db, SuggestionFilter(start=dt.date.today() - dt.timedelta(days=89)))
    assert recent in lately and old not in lately
    assert old in all_rows(demo_db, SuggestionFilter(end=dt.date.today() - dt.timedelta(days=300)))


def test_clerks_may_not_read_the_list(demo_db: Database) -> None:
    with pytest.raises(PermissionDenied):
        suggestion_page(demo_db, demo_actor(demo_db, "C01"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=25))
def test_any_member_text_pages_consistently(demo_db: Database, text: str) -> None:
    wanted = SuggestionFilter(member_text=text)
    ids = all_rows(demo_db, wanted)
    assert ids == sorted(set(ids), reverse=True)
    assert count_suggestions(demo_db, demo_actor(demo_db, "S01"), wanted) == len(ids)
