"""The staff scorecard of a period: each member of staff's figures beside their role's
targets, and the bonus the incentive rule gives.

Who sees what: supervisors and the manager (``VIEW_REPORTS``) see everyone; a clerk sees
only their own row. The rule is applied in the query itself, so another person's figures
never leave the database for a clerk, whatever screen or command asks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from memberdesk.services.analytics.figures import bounds
from memberdesk.services.common.context import Actor
from memberdesk.services.scorecard.figures import StaffFigures, staff_figures
from memberdesk.services.scorecard.incentive import Bonus, bonus, months_in
from memberdesk.services.scorecard.targets import RoleTargets, load_targets
from memberdesk.services.service.complaint_rules import load_complaint_rules
from memberdesk.services.staff.permissions import Permission, allowed
from memberdesk.store.database import Database
from memberdesk.store.models import Store


@dataclass(frozen=True)
class ScorecardRow:
    """One member of staff: what they did, what was expected of their role, what it pays."""

    figures: StaffFigures
    targets: RoleTargets
    bonus: Bonus


@dataclass(frozen=True)
class Scorecard:
    """The scorecard of a period (``start`` to ``end``, the store's local days)."""

    start: dt.date
    end: dt.date
    store_name: str
    rows: list[ScorecardRow]
    everyone: bool  # False: the clerk's own row only

    @property
    def bonus_total_fen(self) -> int:
        return sum(r.bonus.total_fen for r in self.rows)


def sees_everyone(actor: Actor) -> bool:
    """Supervisors and the manager see every member of staff; a clerk only themselves."""
    return allowed(actor, Permission.VIEW_REPORTS)


def scorecard(db: Database, actor: Actor, start: dt.date, end: dt.date) -> Scorecard:
    """The scorecard from ``start`` to ``end`` as ``actor`` may see it."""
    lo, hi = bounds(start, end)
    everyone = sees_everyone(actor)
    months = months_in(start, end)
    with db.read() as s:
        rules = load_complaint_rules(s, actor.store_id)
        targets = load_targets(s, actor.store_id)
        store = s.get(Store, actor.store_id)
        found = staff_figures(s, actor.store_id, lo, hi, rules, only=None if everyone else actor.staff_id)
    rows = []
    for f in found:
        role_targets = targets.get(f.role, RoleTargets(f.role))
        rows.append(ScorecardRow(f, role_targets, bonus(f, role_targets, months)))
    return Scorecard(start, end, store.name if store else "", rows, everyone)
