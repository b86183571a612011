"""The care calendar's invitation rows follow the replies: who said no gets no invitation task
(no card, no message); who said yes, or nothing yet, keeps theirs."""

from __future__ import annotations

import datetime as dt

from memberdesk.domain.events import Reply
from memberdesk.domain.vocab import CareKind
from memberdesk.services.care import calendar as care
from memberdesk.services.events.invitations import invite
from memberdesk.services.events.replies import record_reply
from tests.conftest import Shop
from tests.services.events.helpers import NOW, STARTS, event, member


def test_a_member_who_said_no_has_no_invitation_task(shop: Shop) -> None:
    event_id = event(shop)
    yes, no, silent, changed = (
        member(shop, f"1381234000{n}", name) for n, name in enumerate(["艾青", "白雪", "陈晨", "丁一"])
    )
    invite(shop.db, shop.clerk, event_id, [yes, no, silent, changed], now=NOW)
    record_reply(shop.db, shop.clerk, event_id, yes, Reply.COMING, now=NOW)
    record_reply(shop.db, shop.clerk, event_id, no, Reply.NOT_COMING, now=NOW)
    record_reply(shop.db, shop.clerk, event_id, changed, Reply.NOT_COMING, now=NOW)
    record_reply(shop.db, shop.clerk, event_id, changed, Reply.COMING, now=NOW)  # thought better of it
    day = STARTS.astimezone().date()
    start, end = day - dt.timedelta(days=1), day + dt.timedelta(days=1)
    care.generate(shop.db, shop.store_id, start, end)
    rows = care.calendar(shop.db, shop.clerk, start, end, kinds=[CareKind.EVENT])
    assert sorted(i.member_id for i in rows if i.member_id) == sorted([yes, silent, changed])
