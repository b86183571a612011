"""``memberdesk db check``: is the database intact, at the right schema, and do the books add up?

``check`` reports what it finds and never raises for what is wrong with the database: a
damaged page, a missing table or a check that fails half-way are findings.

``quick_check`` is SQLite's own quick look at every page (``PRAGMA quick_check``: the
b-trees and their cells, not the indexes' agreement with their tables); the app runs it
after each start and ``memberdesk db upgrade`` before it changes anything.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from memberdesk.domain.errors import DatabaseProblem
from memberdesk.store import migrate
from memberdesk.store.database import Database

# What reading a damaged file can raise, from the driver or through SQLAlchemy.
_READ_ERRORS = (SQLAlchemyError, sqlite3.Error, DatabaseProblem)


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


# Checks contributed by other parts of the app (the sales ledgers, member money), each a
# function ``(Database) -> list[str]`` of findings; a missing module is skipped.
EXTRA_CHECKS: tuple[tuple[str, str], ...] = (
    ("memberdesk.services.sales.reconcile", "check_ledgers"),
    ("memberdesk.services.sales.shift", "check_shifts"),  # each shift's count against the ledger
    ("memberdesk.services.money.reconcile", "check_money"),
)


QUICK_CHECK_STEPS = 100_000  # SQLite's virtual-machine steps between two questions to stop


class CheckStopped(Exception):
    """``quick_check`` was asked to stop (the app is closing) before it finished."""


def summarise(detail: str, lines: int = 3) -> str:
    """What SQLite said is wrong, cut to its first few findings (a damaged page can give
    hundreds of lines, one per cell)."""
    found = [line.strip() for line in detail.replace("; ", "\n").splitlines() if line.strip()]
    found = [line for line in found if not line.startswith("***")] or found
    more = len(found) - lines
    return "; ".join(found[:lines]) + (f"; … {more} more" if more > 0 else "")


def quick_check(db: Database, stop: Callable[[], bool] | None = None) -> str:
    """What ``PRAGMA quick_check`` finds wrong in the embedded database, summarised; "" when
    every page reads (and always for a server database, which checks itself).

    Reads the whole file, so it takes a while on a big store: ``stop`` is asked every
    ``QUICK_CHECK_STEPS`` steps and, when it says so, the check is interrupted and
    ``CheckStopped`` raised.
    """
    if not db.is_sqlite:
        return ""
    with db.engine.connect() as conn:
        driver = conn.connection.driver_connection
        if stop is not None:
            driver.set_progress_handler(lambda: 1 if stop() else 0, QUICK_CHECK_STEPS)  # type: ignore[union-attr]
        try:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check")]
        except _READ_ERRORS as exc:
            if stop is not None and stop():
                raise CheckStopped from exc
            return summarise(_driver_message(exc))
        finally:
            if stop is not None:
                driver.set_progress_handler(None, 0)  # type: ignore[union-attr]
    return "" if rows == ["ok"] else summarise("\n".join(rows))


def _driver_message(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).splitlines()[0]


def check(db: Database) -> HealthReport:
    report = HealthReport(db.location())
    try:
        state = migrate.schema_state(db)
    except _READ_ERRORS as problem:
        report.findings.append(f"schema: {_driver_message(problem)}")
        state = None
    if state is not None:
        report.schema_current, report.schema_head = state.current, state.head
        if not state.up_to_date:
            report.findings.append(
                f"schema {state.current} is behind {state.head}: run `memberdesk db upgrade`"
            )
    try:
        _integrity(db, report)
    except _READ_ERRORS as exc:
        report.integrity = f"the check could not finish ({_driver_message(exc)})"
        report.findings.append(f"integrity: {report.integrity}")
    if state is not None and state.up_to_date:
        for module_name, func_name in EXTRA_CHECKS:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError:
                continue
            try:
                report.findings.extend(getattr(module, func_name)(db))
            except _READ_ERRORS as exc:
                report.findings.append(f"{module_name.rsplit('.', 1)[-1]}: {_driver_message(exc)}")
    return report


def _integrity(db: Database, report: HealthReport) -> None:
    with db.engine.connect() as conn:
        if db.is_sqlite:
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            report.integrity = "ok" if rows == ["ok"] else summarise("\n".join(map(str, rows)), 10)
            if rows != ["ok"]:
                report.findings.append(f"integrity: the file is damaged: {report.integrity}")
            fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if fk:
                report.findings.append(
                    f"foreign keys: {len(fk)} rows point at nothing (first: {tuple(fk[0])})"
                )
            triggers = {
                r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            }
        else:
            conn.execute(text("SELECT 1"))
            report.integrity = "server"
            triggers = {
                r[0]
                for r in conn.execute(
                    text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entries'::regclass")
                )
            }
    if report.schema_current == report.schema_head and not triggers & set(AUDIT_TRIGGERS):
        report.findings.append("audit log: the triggers that keep it append-only are missing")
    if db.is_sqlite and report.schema_current == report.schema_head:
        report.findings.extend(_foreign_values(db))


def _foreign_values(db: Database) -> list[str]:
    """Columns holding values their type never writes on SQLite: text in a timestamp (stored
    as integer microseconds) or anything but a blob in a uid.

    SQLite orders every number before every text and every text before every blob, so a
    range on the column would silently miss such rows. The conditions are ranges too: where
    the column leads an index (every uid, the indexed timestamps) the check reads one entry.
    """
    from memberdesk.store.models import Base
    from memberdesk.store.models.base import Uid, UTCDateTime

    found = []
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, UTCDateTime):
                    where, stored = f"{column.name} >= ''", "integer microseconds"
                elif isinstance(column.type, Uid):
                    where, stored = f"{column.name} < x''", "16-byte uids"
                else:
                    continue
                sql = f"SELECT count(*) FROM (SELECT 1 FROM {table.name} WHERE {where} LIMIT 1000)"
                bad = conn.exec_driver_sql(sql).scalar()
                if bad:
                    found.append(
                        f"{table.name}.{column.name}: {bad}{'+' if bad >= 1000 else ''} values that are "
                        f"not {stored} (written past the column type; range queries miss them)"
                    )
    return found


AUDIT_TRIGGERS = ("audit_entries_no_update", "audit_entries_no_delete", "audit_entries_append_only")
