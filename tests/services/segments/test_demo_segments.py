"""The demo store carries tags on a share of its members and two saved segments that hold
someone, so the screens render rich members."""

from __future__ import annotations

import datetime as dt

from memberdesk.services.segments import segments, tags
from memberdesk.store.database import Database
from tests.conftest import DEMO_PLAN_MEMBERS, demo_actor


def test_demo_tags_and_segments_hold_members(demo_db: Database) -> None:
    manager = demo_actor(demo_db, "M01")
    found = {t.name: t.members for t in tags.list_tags(demo_db, manager)}
    assert set(found) == {"孕妈", "学生", "大客户", "团购", "家庭"}
    assert all(n > 0 for n in found.values())
    assert sum(found.values()) < DEMO_PLAN_MEMBERS  # a share of the members, not all
    saved = segments.list_segments(demo_db, manager)
    assert len(saved) == 3  # the third is the audience of the demo's past campaign
    today = dt.date(2026, 11, 30)
    for seg in saved:
        assert segments.count(demo_db, seg.filter, today=today, store_id=manager.store_id) > 0, seg.name
