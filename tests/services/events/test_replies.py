"""Replies: each one a record of its own (the latest in force), no "coming" beyond the places."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from memberdesk.domain.errors import Conflict, NotFound, ValidationError
from memberdesk.domain.events import Reply
from memberdesk.services.events.invitations import guests, invite
from memberdesk.services.events.plans import get_event
from memberdesk.services.events.replies import record_reply
from memberdesk.store.models import EventReply
from tests.conftest import Shop
from tests.services.events.helpers import NOW, event, member


def test_a_changed_reply_keeps_its_history_and_the_latest_counts(shop: Shop) -> None:
    event_id = event(shop)
    li = member(shop, "13812340001", "李娜")
    invite(shop.db, shop.clerk, event_id, [li], now=NOW)
    assert record_reply(shop.db, shop.clerk, event_id, li, Reply.COMING, now=NOW)
    assert not record_reply(shop.db, shop.clerk, event_id, li, "coming", now=NOW)  # said already: nothing new
    assert record_reply(shop.db, shop.manager, event_id, li, Reply.NOT_COMING, now=NOW)
    with shop.db.read() as s:
        history = s.execute(select(EventReply.reply, EventReply.recorded_by_id).order_by(EventReply.id)).all()
    assert history == [(Reply.COMING, shop.clerk.staff_id), (Reply.NOT_COMING, shop.manager.staff_id)]
    facts = get_event(shop.db, shop.clerk, event_id)
    assert (facts.coming, facts.not_coming, facts.no_answer) == (0, 1, 0)
    assert record_reply(shop.db, shop.clerk, event_id, li, Reply.NO_ANSWER, now=NOW)
    facts = get_event(shop.db, shop.clerk, event_id)
    assert (facts.coming, facts.not_coming, facts.no_answer) == (0, 0, 1)
    assert [g.reply for g in guests(shop.db, shop.clerk, event_id)] == [Reply.NO_ANSWER]


def test_coming_beyond_the_places_is_refused_with_the_numbers(shop: Shop) -> None:
    event_id = event(shop, capacity=2)
    ids = [member(shop, f"1381234000{n}", f"会员{n}") for n in range(3)]
    invite(shop.db, shop.clerk, event_id, ids, now=NOW)
    record_reply(shop.db, shop.clerk, event_id, ids[0], Reply.COMING, now=NOW)
    record_reply(shop.db, shop.clerk, event_id, ids[1], Reply.COMING, now=NOW)
    with pytest.raises(Conflict) as err:
        record_reply(shop.db, shop.clerk, event_id, ids[2], Reply.COMING, now=NOW)
    assert err.value.english() == "The event is full: 2 of 2 places are taken."
    record_reply(shop.db, shop.clerk, event_id, ids[0], Reply.NOT_COMING, now=NOW)  # a place comes free
    record_reply(shop.db, shop.clerk, event_id, ids[2], Reply.COMING, now=NOW)
    assert get_event(shop.db, shop.clerk, event_id).places_left == 0


def test_only_the_invited_reply_and_only_with_a_known_word(shop: Shop) -> None:
    event_id = event(shop)
    li = member(shop, "13812340001", "李娜")
    with pytest.raises(NotFound):
        record_reply(shop.db, shop.clerk, event_id, li, Reply.COMING, now=NOW)
    invite(shop.db, shop.clerk, event_id, [li], now=NOW)
    with pytest.raises(ValidationError):
        record_reply(shop.db, shop.clerk, event_id, li, "maybe", now=NOW)
