"""The demo store's staff targets and bonuses, so its staff scorecard has something to measure.

Set where the demo's counter staff land around them: the busiest clerk reaches the sales
target, the others fall a little short; satisfaction thresholds that some meet and some miss.
"""

from __future__ import annotations

from memberdesk.demo.basket import DAY
from memberdesk.demo.columns import Table
from memberdesk.demo.people import STORE_ID
from memberdesk.demo.rewards import MANAGER_ID

# role: (monthly sales target, enrolments a month, satisfaction ×100, per enrolment, per referral,
# sales bonus) for a store of 2,000 members; a smaller or larger demo has its targets in proportion
TARGETS = {
    "clerk": (160_000_00, 10, 85, 10_00, 20_00, 500_00),
    "supervisor": (50_000_00, 5, 80, 10_00, 20_00, 300_00),
}
MEMBERS = 2000


def targets(end: int, members: int) -> Table:
    """One row of targets per counter role (the manager has none)."""
    table = Table("staff_targets")
    table.add("store_id", [STORE_ID] * len(TARGETS))
    table.add("role", list(TARGETS))
    for n, name in enumerate(
        (
            "sales_target_fen",
            "enrolment_target",
            "satisfaction_threshold",
            "bonus_per_enrolment_fen",
            "bonus_per_referral_fen",
            "sales_bonus_fen",
        )
    ):
        scaled = n < 2  # the targets grow with the store; the threshold and the bonuses do not
        table.add(
            name,
            [max(1, values[n] * members // MEMBERS) if scaled else values[n] for values in TARGETS.values()],
        )
    table.add("updated_at", [(end - 400) * DAY] * len(TARGETS), "ts")
    table.add("updated_by_id", [MANAGER_ID] * len(TARGETS), "null_int")
    return table
