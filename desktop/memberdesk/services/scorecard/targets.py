"""Targets per role and the incentive rules, set by the manager (``staff_targets``).

A role without a row has no targets and earns no bonus (every figure zero), so the
scorecard works before the manager has set anything.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.vocab import Role
from memberdesk.services.common.context import Actor
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import StaffTarget, utcnow

MAX_SALES_TARGET_FEN = 100_000_000_00  # ¥100,000,000 a month: beyond any counter, catches a typo
MAX_BONUS_FEN = 100_000_00  # ¥100,000 per enrolment, referral or sales bonus
MAX_ENROLMENTS = 100_000
MAX_THRESHOLD = 500  # perceived / expected is at most 5 / 1


@dataclass(frozen=True)
class RoleTargets:
    """A role's monthly targets and its incentive rules (money in fen; the satisfaction
    threshold in hundredths of perceived / expected, 0 for none)."""

    role: Role
    sales_target_fen: int = 0
    enrolment_target: int = 0
    satisfaction_threshold: int = 0
    bonus_per_enrolment_fen: int = 0
    bonus_per_referral_fen: int = 0
    sales_bonus_fen: int = 0

    def problems(self) -> list[str]:
        """The fields out of range (empty when all are fine)."""
        highs = {
            "sales_target_fen": MAX_SALES_TARGET_FEN,
            "enrolment_target": MAX_ENROLMENTS,
            "satisfaction_threshold": MAX_THRESHOLD,
            "bonus_per_enrolment_fen": MAX_BONUS_FEN,
            "bonus_per_referral_fen": MAX_BONUS_FEN,
            "sales_bonus_fen": MAX_BONUS_FEN,
        }
        bad = []
        for name, high in highs.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= high:
                bad.append(name)
        return bad


MESSAGES = {
    "sales_target_fen": QT_TRANSLATE_NOOP(
        "Errors", "A monthly sales target is between ¥0 and ¥100,000,000.00."
    ),
    "enrolment_target": QT_TRANSLATE_NOOP(
        "Errors", "A monthly target of new members is a whole number from 0 to 100,000."
    ),
    "satisfaction_threshold": QT_TRANSLATE_NOOP(
        "Errors", "The satisfaction threshold is from 0 (none) to 5.00 (perceived / expected)."
    ),
    "bonus_per_enrolment_fen": QT_TRANSLATE_NOOP("Errors", "A bonus is between ¥0 and ¥100,000.00."),
    "bonus_per_referral_fen": QT_TRANSLATE_NOOP("Errors", "A bonus is between ¥0 and ¥100,000.00."),
    "sales_bonus_fen": QT_TRANSLATE_NOOP("Errors", "A bonus is between ¥0 and ¥100,000.00."),
}

_FIELDS = [f.name for f in dataclasses.fields(RoleTargets) if f.name != "role"]


def load_targets(s: Session, store_id: int) -> dict[Role, RoleTargets]:
    """Every role's targets (a role never set: all zero)."""
    found = {role: RoleTargets(role) for role in Role}
    for row in s.scalars(select(StaffTarget).where(StaffTarget.store_id == store_id)):
        found[row.role] = RoleTargets(row.role, **{name: getattr(row, name) for name in _FIELDS})
    return found


def get_targets(db: Database, store_id: int) -> dict[Role, RoleTargets]:
    with db.read() as s:
        return load_targets(s, store_id)


def save_targets(db: Database, actor: Actor, targets: RoleTargets) -> None:
    """Validate and store one role's targets (manager only); audited with before and after."""
    require(actor, Permission.MANAGE_RULES)
    bad = targets.problems()
    if bad:
        raise ValidationError(MESSAGES[bad[0]], field=bad[0])
    with db.write() as s:
        row = s.get(StaffTarget, (actor.store_id, targets.role))
        before = {name: getattr(row, name) for name in _FIELDS} if row else {}
        if row is None:
            row = StaffTarget(store_id=actor.store_id, role=targets.role)
            s.add(row)
        for name in _FIELDS:
            setattr(row, name, getattr(targets, name))
        row.updated_at = utcnow()
        row.updated_by_id = actor.staff_id
        after = {name: getattr(targets, name) for name in _FIELDS}
        audit.record(
            s,
            actor,
            "rules.staff_targets",
            entity="staff_targets",
            before=before,
            after={"role": targets.role.value, **after},
        )
