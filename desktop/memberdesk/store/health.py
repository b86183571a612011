"""``memberdesk db check``: is the database intact, at the right schema, and do the books add up?"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from sqlalchemy import text

from memberdesk.store import migrate
from memberdesk.store.database import Database, DatabaseProblem


@dataclass
class HealthReport:
    """What ``db check`` found; ``ok`` only when every part passed."""

    location: str
    schema_current: str | None = None
    schema_head: str = ""
    integrity: str = ""
    findings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings


# Checks contributed by other parts of the app (e.g. the ledger reconciliation), each a
# function ``(Database) -> list[str]`` of findings; a missing module is skipped.
EXTRA_CHECKS: tuple[tuple[str, str], ...] = (("memberdesk.services.reconcile", "check_ledgers"),)


def check(db: Database) -> HealthReport:
    report = HealthReport(db.location())
    try:
        state = migrate.schema_state(db)
    except DatabaseProblem as problem:
        report.findings.append(f"schema: {problem}")
        return report
    report.schema_current, report.schema_head = state.current, state.head
    if not state.up_to_date:
        report.findings.append(f"schema {state.current} is behind {state.head}: run `memberdesk db upgrade`")
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            report.integrity = "ok" if rows == ["ok"] else "; ".join(rows[:10])
            if rows != ["ok"]:
                report.findings.append(f"integrity: {report.integrity}")
            fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if fk:
                report.findings.append(
                    f"foreign keys: {len(fk)} rows point at nothing (first: {tuple(fk[0])})"
                )
        else:
            conn.execute(text("SELECT 1"))
            report.integrity = "server"
    if state.up_to_date:
        for module_name, func_name in EXTRA_CHECKS:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError:
                continue
            report.findings.extend(getattr(module, func_name)(db))
    return report
