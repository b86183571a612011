"""Checking in at the door: by card or phone, walk-ins let in and marked, twice changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from memberdesk.domain.errors import NotFound
from memberdesk.domain.events import Reply
from memberdesk.services.events.door import check_in
from memberdesk.services.events.follow_up import follow_up
from memberdesk.services.events.invitations import invite
from memberdesk.services.events.plans import get_event
from memberdesk.services.events.replies import record_reply
from memberdesk.store.models import EventAttendance, Member
from tests.conftest import Shop
from tests.services.events.helpers import NOW, STARTS, event, member


def _card(shop: Shop, member_id: int) -> str:
    with shop.db.read() as s:
        return str(s.scalar(select(Member.card_no).where(Member.id == member_id)))


def test_invited_by_card_walk_in_by_phone_and_twice_changes_nothing(shop: Shop) -> None:
    event_id = event(shop)
    li = member(shop, "13812340001", "李娜")
    zhao = member(shop, "13812340009", "赵敏", consent=None)
    invite(shop.db, shop.clerk, event_id, [li], now=NOW)
    first = check_in(shop.db, shop.clerk, event_id, _card(shop, li).lower(), now=STARTS)
    assert (first.member_id, first.name, first.walk_in, first.already, first.count) == (
        li,
        "李娜",
        False,
        False,
        1,
    )
    walk = check_in(shop.db, shop.clerk, event_id, "138-1234-0009", now=STARTS + dt.timedelta(minutes=5))
    assert (walk.member_id, walk.walk_in, walk.already, walk.count) == (zhao, True, False, 2)
    again = check_in(shop.db, shop.manager, event_id, "13812340001", now=STARTS + dt.timedelta(minutes=9))
    assert (again.already, again.checked_in_at, again.count, again.walk_in) == (True, STARTS, 2, False)
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(EventAttendance)) == 2
        by = s.scalar(select(EventAttendance.checked_in_by_id).where(EventAttendance.member_id == li))
    assert by == shop.clerk.staff_id
    facts = get_event(shop.db, shop.clerk, event_id)
    assert (facts.came, facts.walk_ins) == (2, 1)


def test_a_code_of_nobody_is_refused_and_records_nothing(shop: Shop) -> None:
    event_id = event(shop)
    for code in ("13899999999", "", "   ", "NOPE123"):
        with pytest.raises(NotFound):
            check_in(shop.db, shop.clerk, event_id, code, now=STARTS)
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(EventAttendance)) == 0


def test_follow_up_lists_who_came_and_who_said_yes_and_stayed_away(shop: Shop) -> None:
    event_id = event(shop)
    came, missed, declined = (
        member(shop, f"1381234000{n}", name) for n, name in enumerate(["艾青", "白雪", "陈晨"])
    )
    invite(shop.db, shop.clerk, event_id, [came, missed, declined], now=NOW)
    for who, said in ((came, Reply.COMING), (missed, Reply.COMING), (declined, Reply.NOT_COMING)):
        record_reply(shop.db, shop.clerk, event_id, who, said, now=NOW)
    check_in(shop.db, shop.clerk, event_id, "13812340000", now=STARTS)
    found = follow_up(shop.db, shop.clerk, event_id)
    assert [g.member_id for g in found.came] == [came]
    assert [g.member_id for g in found.did_not_come] == [missed]


@pytest.mark.postgres
@pytest.mark.parametrize("db", ["postgresql"], indirect=True)
def test_two_doors_scanning_one_card_at_once_record_one_arrival(shop: Shop) -> None:
    """The other door's arrival commits after this check-in looked and before it writes: the
    check-in answers "already checked in" instead of failing on the unique arrival."""
    from sqlalchemy import event as sa_event
    from sqlalchemy import insert

    from memberdesk.store.models.base import new_uid

    event_id = event(shop)
    li = member(shop, "13812340001", "李娜")
    other_door = STARTS - dt.timedelta(minutes=1)
    raced: list[bool] = []

    def the_other_door_first(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("INSERT INTO EVENT_ATTENDANCE") and not raced:
            raced.append(True)
            with shop.db.engine.connect() as other:  # another counter, its own transaction
                row = {"event_id": event_id, "member_id": li, "checked_in_at": other_door,
                       "checked_in_by_id": shop.manager.staff_id, "walk_in": True,
                       "uid": new_uid()}  # fmt: skip
                other.execute(insert(EventAttendance).values(**row))
                other.commit()

    sa_event.listen(shop.db.engine, "before_cursor_execute", the_other_door_first)
    try:
        done = check_in(shop.db, shop.clerk, event_id, "13812340001", now=STARTS)
    finally:
        sa_event.remove(shop.db.engine, "before_cursor_execute", the_other_door_first)
    assert raced and (done.already, done.checked_in_at, done.count) == (True, other_door, 1)
