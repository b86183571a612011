"""Whatever a clerk types at the door or pastes into the invite box is answered, never a crash;
and the demo store has events to show: invited, replied, checked in, walk-ins."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memberdesk.domain.errors import NotFound
from memberdesk.services.events.door import check_in
from memberdesk.services.events.invitations import members_from_lines
from memberdesk.services.events.plans import list_events
from memberdesk.store.database import Database
from tests.conftest import Shop, demo_actor
from tests.services.events.helpers import STARTS, event, member

typed = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=60),
    st.from_regex(r"\+?[0-9０-９ -]{0,20}", fullmatch=True),
    st.just("13812340001"),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=typed)
def test_any_code_at_the_door_checks_in_its_member_or_is_refused(shop: Shop, code: str) -> None:
    if not list_events(shop.db, shop.clerk):
        event(shop)
        member(shop, "13812340001", "李娜")
    (facts,) = list_events(shop.db, shop.clerk)
    try:
        done = check_in(shop.db, shop.clerk, facts.id, code, now=STARTS)
    except NotFound as err:
        assert err.field == "code"
        return
    assert done.name == "李娜" and done.count == 1


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(codec="utf-8"), max_size=300))
def test_any_pasted_text_gives_members_or_lines_of_nobody(shop: Shop, text: str) -> None:
    found = members_from_lines(shop.db, shop.clerk, text)
    assert found.member_ids == [] and all(line.strip() for line in found.unknown)


def test_the_demo_store_has_an_event_behind_and_one_ahead(demo_db: Database) -> None:
    manager = demo_actor(demo_db, "M01")
    ahead, past = list_events(demo_db, manager)
    assert (ahead.title, past.title.endswith("新品品鉴会")) == ("VIP 会员答谢会", True)
    assert ahead.invited == past.invited > 100 and ahead.coming <= (ahead.capacity or 0) and ahead.came == 0
    assert (
        past.came > 50
        and past.walk_ins > 0
        and past.not_coming > 0
        and past.coming > past.came - past.walk_ins
    )
