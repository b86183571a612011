"""The demo store comes with targets, so its scorecard shows bonuses earned and withheld."""

from __future__ import annotations

import datetime as dt

from memberdesk.domain.vocab import Role
from memberdesk.services.scorecard.scorecard import scorecard
from memberdesk.services.scorecard.targets import RoleTargets, get_targets
from memberdesk.store.database import Database
from tests.conftest import demo_actor


def test_the_demo_scorecard_has_targets_and_bonuses(demo_db: Database) -> None:
    manager = demo_actor(demo_db, "M01")
    targets = get_targets(demo_db, manager.store_id)
    assert targets[Role.CLERK].sales_target_fen > 0 and targets[Role.CLERK].satisfaction_threshold > 0
    assert targets[Role.MANAGER] == RoleTargets(Role.MANAGER)
    card = scorecard(demo_db, manager, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    clerks = [r for r in card.rows if r.figures.role is Role.CLERK]
    assert len(clerks) == 3 and all(r.figures.sales for r in clerks)
    assert any(r.figures.rated_visits for r in clerks)
    assert card.bonus_total_fen > 0
    assert any(r.bonus.enrolment_fen for r in clerks)
