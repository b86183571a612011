"""Members and an event to invite them to, for the events tests."""

from __future__ import annotations

import datetime as dt

from memberdesk.domain.vocab import ConsentKind
from memberdesk.services.events.plans import EventForm, create_event
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.store.models import Consent
from tests.conftest import Shop

NOW = dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC)
STARTS = dt.datetime(2026, 12, 12, 11, 0, tzinfo=dt.UTC)


def member(shop: Shop, phone: str, name: str, *, consent: bool | None = True) -> int:
    """A member; with a marketing consent granted (True), withdrawn (False) or never asked (None)."""
    member_id = enrol(shop.db, shop.clerk, MemberForm(phone=phone, name=name))
    if consent is not None:
        with shop.db.write() as s:
            s.add(Consent(member_id=member_id, kind=ConsentKind.MARKETING, granted=consent))
    return member_id


def event(shop: Shop, *, capacity: object = 30, title: str = "VIP 会员答谢会") -> int:
    form = EventForm(title, STARTS, "三楼活动厅", capacity, "王经理 0571-88886666", "茶歇、抽奖与专属礼品")
    return create_event(shop.db, shop.clerk, form, now=NOW)
