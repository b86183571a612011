"""Creating and editing an event: what a clerk may type, and what is refused in their words."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memberdesk.domain.errors import NotFound, ValidationError
from memberdesk.domain.events import Reply
from memberdesk.services.common.context import Actor
from memberdesk.services.events.invitations import invite
from memberdesk.services.events.plans import (
    EventForm,
    create_event,
    edit_event,
    get_event,
    list_events,
    validate,
)
from memberdesk.services.events.replies import record_reply
from tests.conftest import Shop
from tests.services.events.helpers import NOW, STARTS, event, member


def test_an_event_is_created_with_everything_the_invitation_needs(shop: Shop) -> None:
    event_id = event(shop)
    facts = get_event(shop.db, shop.clerk, event_id)
    assert (facts.title, facts.starts_at, facts.location, facts.capacity, facts.rsvp_contact) == (
        "VIP 会员答谢会", STARTS, "三楼活动厅", 30, "王经理 0571-88886666",
    )  # fmt: skip
    assert (facts.invited, facts.coming, facts.came, facts.places_left) == (0, 0, 0, 30)
    assert [e.id for e in list_events(shop.db, shop.clerk)] == [event_id]


@pytest.mark.parametrize(
    ("form", "field", "english"),
    [
        (EventForm("  ", STARTS, capacity=5), "title", "Give the event a name."),
        (EventForm("答谢会", None, capacity=5), "starts_at", "Enter the date and time of the event."),
        (EventForm("答谢会", NOW - dt.timedelta(minutes=1), capacity=5), "starts_at",
         "The event cannot start in the past."),
        (EventForm("答谢会", STARTS.replace(tzinfo=None), capacity=5), "starts_at",
         "Enter the date and time of the event."),
        (EventForm("答谢会", STARTS, capacity=0), "capacity", "An event has at least one place."),
        (EventForm("答谢会", STARTS, capacity="-3"), "capacity", "“-3” is not a number of places."),
        (EventForm("答谢会", STARTS, capacity=""), "capacity", "Enter how many members may come."),
        (EventForm("答谢会", STARTS.replace(year=2040), capacity=5), "starts_at",
         "The event is more than five years away: check the year."),
    ],
)  # fmt: skip
def test_mistakes_are_refused_on_their_field(form: EventForm, field: str, english: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate(form, NOW)
    assert (err.value.field, err.value.english()) == (field, english)


def test_full_width_capacity_is_read_as_digits() -> None:
    assert validate(EventForm("答谢会", STARTS, capacity="３０"), NOW)["capacity"] == 30


def test_editing_keeps_a_past_start_but_refuses_a_new_one_in_the_past(shop: Shop) -> None:
    event_id = event(shop)
    later = STARTS + dt.timedelta(days=30)
    form = EventForm("新年答谢会", STARTS, "一楼大厅", "40", "服务台", "")
    edit_event(shop.db, shop.clerk, event_id, form, now=later)  # the time left as it was
    assert get_event(shop.db, shop.clerk, event_id).title == "新年答谢会"
    with pytest.raises(ValidationError):
        edit_event(
            shop.db,
            shop.clerk,
            event_id,
            EventForm("x", STARTS + dt.timedelta(hours=1), capacity=4),
            now=later,
        )


def test_capacity_cannot_drop_below_those_already_coming(shop: Shop) -> None:
    event_id = event(shop, capacity=5)
    ids = [member(shop, f"1381234000{n}", f"会员{n}") for n in range(3)]
    invite(shop.db, shop.clerk, event_id, ids, now=NOW)
    for m in ids:
        record_reply(shop.db, shop.clerk, event_id, m, Reply.COMING, now=NOW)
    with pytest.raises(ValidationError) as err:
        edit_event(shop.db, shop.clerk, event_id, EventForm("答谢会", STARTS, capacity=2), now=NOW)
    assert err.value.params == {"coming": 3}
    edit_event(shop.db, shop.clerk, event_id, EventForm("答谢会", STARTS, capacity=3), now=NOW)
    assert get_event(shop.db, shop.clerk, event_id).places_left == 0


def test_an_unknown_event_or_another_stores_is_not_found(shop: Shop) -> None:
    event_id = event(shop)
    stranger = Actor(shop.clerk.staff_id, shop.store_id + 99, "x", shop.clerk.role)
    for actor, which in ((shop.clerk, event_id + 1), (stranger, event_id), (shop.clerk, -1)):
        with pytest.raises(NotFound):
            get_event(shop.db, actor, which)


texts = st.text(st.characters(codec="utf-8"), max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=texts,
    location=texts,
    contact=texts,
    capacity=st.one_of(st.none(), st.integers(-10, 200_000), texts, st.booleans()),
    minutes=st.integers(-10_000, 3_000_000),
)
def test_any_input_is_stored_as_given_or_refused_with_a_message(
    shop: Shop, title: str, location: str, contact: str, capacity: object, minutes: int
) -> None:
    form = EventForm(title, NOW + dt.timedelta(minutes=minutes), location, capacity, contact, title)
    try:
        event_id = create_event(shop.db, shop.clerk, form, now=NOW)
    except ValidationError as err:
        assert err.field in {"title", "starts_at", "capacity"}
        assert err.english()  # the message a clerk reads, with its values filled in
        return
    facts = get_event(shop.db, shop.clerk, event_id)
    assert (
        facts.title
        and len(facts.title) <= 100
        and len(facts.location) <= 100
        and len(facts.rsvp_contact) <= 100
    )
    assert facts.starts_at >= NOW.replace(second=0)
    assert facts.capacity is not None and 1 <= facts.capacity <= 100_000
