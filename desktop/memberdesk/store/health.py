"""``memberdesk db check``: is the database intact, at the right schema, and do the books add up?

``check`` reports what it finds and never raises for what is wrong with the database: a
damaged page, a missing table or a check that fails half-way are findings.

``quick_check`` is SQLite's own quick look at every page (``PRAGMA quick_check``: the
b-trees and their cells, not the indexes' agreement with their tables); the app runs it
after each start and ``memberdesk db upgrade`` before it changes anything.

``check(quick=True)`` is that quick look and every ledger reconciliation (minutes less than
the full check at a big store); the full check adds SQLite's ``integrity_check`` (every index
entry against its row), the foreign keys and the stored value types: the nightly job. On
PostgreSQL the page check reads every table (the server verifies its pages' checksums as it
reads them) and, in the full check, every b-tree index with ``amcheck`` when it is installed.
Both say how far they are through ``progress(stage, done, total)`` and stop, raising
``CheckStopped``, when ``stop()`` says so: a check only reads, so nothing is left half-done.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, text
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


# Steps of SQLite's virtual machine per page of a MemberDesk file, measured on the demo store
# (100,000 members: quick_check ≈ 990, integrity_check ≈ 1,500): how the page check guesses
# how far it is. Never shown as done before it is.
STEPS_PER_PAGE = {"quick_check": 1_000, "integrity_check": 1_500}

Progress = Callable[[str, int, int], None]  # (stage, done, total); total 0: a stage begins


class CheckStopped(Exception):
    """The check was asked to stop (the app is closing, Ctrl+C) before it finished; ``where``
    says in which part and how far it was."""

    def __init__(self, where: str = "") -> None:
        super().__init__(where)
        self.where = where


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


def check(
    db: Database,
    *,
    quick: bool = False,
    progress: Progress | None = None,
    stop: Callable[[], bool] | None = None,
) -> HealthReport:
    """What is wrong with the database (``HealthReport.findings``); the quick check or the
    full one (module docstring). Raises ``CheckStopped`` when ``stop()`` says so."""
    said: Progress = progress or (lambda _stage, _done, _total: None)
    asked: Callable[[], bool] = stop or (lambda: False)
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
    with _stoppable(db, asked):
        try:
            if quick:
                _pages(db, report, "quick_check", said, asked)
            else:
                _integrity(db, report, said, asked)
        except _READ_ERRORS as exc:
            if asked():
                raise CheckStopped("the check of the pages") from exc
            report.integrity = f"the check could not finish ({_driver_message(exc)})"
            report.findings.append(f"integrity: {report.integrity}")
        if state is not None and state.up_to_date:
            _ledgers(db, report, said, asked)
    return report


def _ledgers(db: Database, report: HealthReport, said: Progress, asked: Callable[[], bool]) -> None:
    """Every reconciliation the other parts of the app register (``EXTRA_CHECKS``)."""
    for done, (module_name, func_name) in enumerate(EXTRA_CHECKS):
        name = module_name.removeprefix("memberdesk.services.")
        where = f"the ledgers, {done} of {len(EXTRA_CHECKS)} checked"
        if asked():
            raise CheckStopped(where)
        said(f"ledgers ({name})", done, len(EXTRA_CHECKS))
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError:
            continue
        try:
            report.findings.extend(getattr(module, func_name)(db))
        except _READ_ERRORS as exc:
            if asked():
                raise CheckStopped(where) from exc
            report.findings.append(f"{name.rsplit('.', 1)[-1]}: {_driver_message(exc)}")
    said("ledgers", len(EXTRA_CHECKS), len(EXTRA_CHECKS))


@contextmanager
def _stoppable(db: Database, asked: Callable[[], bool]) -> Iterator[None]:
    """Every SQLite connection the check takes asks ``asked`` between steps, so a long
    reconciliation query stops too (SQLite interrupts it; the caller raises CheckStopped)."""
    if not db.is_sqlite:
        yield
        return

    def taken(dbapi: Any, _record: Any, _proxy: Any) -> None:
        dbapi.set_progress_handler(lambda: 1 if asked() else 0, QUICK_CHECK_STEPS)

    def given_back(dbapi: Any, _record: Any) -> None:
        dbapi.set_progress_handler(None, 0)

    event.listen(db.engine, "checkout", taken)
    event.listen(db.engine, "checkin", given_back)
    try:
        yield
    finally:
        event.remove(db.engine, "checkout", taken)
        event.remove(db.engine, "checkin", given_back)


def _pages(
    db: Database, report: HealthReport, pragma: str, said: Progress, asked: Callable[[], bool]
) -> None:
    """SQLite's ``quick_check`` or ``integrity_check`` of every page, with its progress; on
    PostgreSQL every table read (and its indexes checked, in the full check)."""
    if not db.is_sqlite:
        _server_pages(db, report, said, asked, indexes=pragma == "integrity_check")
        return
    with db.engine.connect() as conn:
        driver: Any = conn.connection.driver_connection
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
        stage = "quick check of every page" if pragma == "quick_check" else "integrity check of every page"
        per_call = QUICK_CHECK_STEPS / STEPS_PER_PAGE[pragma]
        calls = 0

        def step() -> int:
            nonlocal calls
            calls += 1
            said(stage, min(int(calls * per_call), pages * 99 // 100), pages)
            return 1 if asked() else 0

        said(stage, 0, pages)
        driver.set_progress_handler(step, QUICK_CHECK_STEPS)
        try:
            rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
        except _READ_ERRORS as exc:
            if asked():
                raise CheckStopped(
                    f"the {stage}, about {int(calls * per_call):,} of {pages:,} pages"
                ) from exc
            raise
        finally:
            driver.set_progress_handler(None, 0)
        said(stage, pages, pages)
    report.integrity = "ok" if rows == ["ok"] else summarise("\n".join(map(str, rows)), 10)
    if pragma == "quick_check" and report.integrity == "ok":
        report.integrity = "ok (quick check)"
    if rows != ["ok"]:
        report.findings.append(f"integrity: the file is damaged: {report.integrity}")


def _server_pages(
    db: Database, report: HealthReport, said: Progress, asked: Callable[[], bool], *, indexes: bool
) -> None:
    """Read every table of the server database (a damaged page fails the read when the
    cluster has data checksums) and, with ``indexes``, check each b-tree index with the
    ``amcheck`` extension when it is installed."""
    stage = "every table read"
    with db.engine.connect() as conn:
        tables = conn.execute(
            text(
                "SELECT c.relname, greatest(c.relpages, 1) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind = 'r' AND n.nspname = current_schema() ORDER BY c.relname"
            )
        ).all()
        total = sum(int(pages) for _name, pages in tables)
        done = 0
        said(stage, 0, total)
        for name, pages in tables:
            if asked():
                raise CheckStopped(f"the {stage}, {done:,} of {total:,} pages")
            conn.execute(text(f'SELECT count(*) FROM "{name}"'))
            done += int(pages)
            said(stage, done, total)
        report.integrity = "ok (every table read)"
        if indexes:
            report.integrity += _amcheck(conn, said, asked)


def _amcheck(conn: Any, said: Progress, asked: Callable[[], bool]) -> str:
    if not conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")).first():
        return "; indexes not checked (the server's amcheck extension is not installed)"
    found = conn.execute(
        text(
            "SELECT c.oid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am am ON am.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE am.amname = 'btree' AND n.nspname = current_schema()"
        )
    ).all()
    for done, (oid,) in enumerate(found):
        if asked():
            raise CheckStopped(f"the index check, {done} of {len(found)} indexes")
        said("index check", done, len(found))
        conn.execute(text("SELECT bt_index_check(:oid)"), {"oid": oid})
    said("index check", len(found), len(found))
    return "; every index checked"


def _integrity(db: Database, report: HealthReport, said: Progress, asked: Callable[[], bool]) -> None:
    _pages(db, report, "integrity_check", said, asked)
    said("foreign keys and the audit log's triggers", 0, 0)
    with db.engine.connect() as conn:
        if db.is_sqlite:
            fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            if fk:
                report.findings.append(
                    f"foreign keys: {len(fk)} rows point at nothing (first: {tuple(fk[0])})"
                )
            triggers = {
                r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            }
        else:
            triggers = {
                r[0]
                for r in conn.execute(
                    text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entries'::regclass")
                )
            }
    if report.schema_current == report.schema_head and not triggers & set(AUDIT_TRIGGERS):
        report.findings.append("audit log: the triggers that keep it append-only are missing")
    if db.is_sqlite and report.schema_current == report.schema_head:
        said("stored value types", 0, 0)
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
