"""One seeded demo store, built once, read as a store manager would read it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from memberdesk.demo.build import DemoPlan, build_store

# Midsummer, so that the last two years hold both seasons on either side of the end.
PLAUSIBLE_UNTIL = dt.date(2026, 7, 15)
PLAUSIBLE_PLAN = DemoPlan(members=1500, seed=5, until=PLAUSIBLE_UNTIL)

Query = Callable[..., list[tuple[Any, ...]]]


@pytest.fixture(scope="session")
def plausible_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plausible-demo") / "demo.sqlite3"
    build_store(str(path), PLAUSIBLE_PLAN)
    return path


@pytest.fixture
def sql(plausible_demo: Path) -> Query:
    """Rows of a query on the demo store."""

    def run(statement: str, *args: Any) -> list[tuple[Any, ...]]:
        with sqlite3.connect(plausible_demo) as conn:
            return conn.execute(statement, args).fetchall()

    return run


def day_of(micros: int) -> dt.date:
    """The local (China) date of a stored timestamp (integer microseconds, UTC)."""
    return (dt.datetime(1970, 1, 1) + dt.timedelta(microseconds=micros, hours=8)).date()


def age_days(born: str, on: dt.date) -> int:
    return (on - dt.date.fromisoformat(born)).days


def age_years(born: str, on: dt.date) -> float:
    return age_days(born, on) / 365.25
