"""The demo store's past campaign: recipients, a control group and a result to read."""

from __future__ import annotations

import datetime as dt

from memberdesk.services.campaigns import campaigns, results
from memberdesk.store.database import Database
from tests.conftest import demo_actor


def test_the_demo_has_a_past_campaign_with_a_measured_result(demo_db: Database) -> None:
    manager = demo_actor(demo_db, "M01")
    (info,) = campaigns.list_campaigns(demo_db, manager.store_id)
    assert info.sent_at is not None and info.ends_on < dt.date(2026, 11, 30)
    assert info.recipients > 0 and info.controls > 0
    assert 0.05 < info.controls / (info.recipients + info.controls) < 0.4
    found = results.result(demo_db, manager, info.id)
    assert found.totals["sales"][0] > 0 and found.lift("bought").low is not None
    (line,) = results.in_period(demo_db, manager, info.starts_on, info.ends_on)
    assert line.name == info.name
