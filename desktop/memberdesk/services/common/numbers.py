"""Per-store sequential numbers customers see (receipts, returns, top-ups, complaints).

Taken inside the caller's transaction, row-locked until its commit, so numbers are unique and
without gaps even when counters share a server.
"""

from __future__ import annotations

from sqlalchemy import bindparam, insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from memberdesk.services.common.driver_sql import DriverStatement, SessionDriver, table_of
from memberdesk.store.models import NumberSequence

_seq = table_of(NumberSequence)

_TAKE_NUMBER = DriverStatement(
    update(_seq)
    .where(_seq.c.store_id == bindparam("store"), _seq.c.name == bindparam("sequence"))
    .values(next_value=_seq.c.next_value + 1)
    .returning(_seq.c.next_value)
)


def next_number(session: Session, store_id: int, name: str) -> int:
    """Take the next value of a per-store sequence (row-locked until the commit)."""
    driver = SessionDriver(session)
    row = driver.first(_TAKE_NUMBER, store=store_id, sequence=name)
    if row is not None:
        return int(row[0]) - 1
    try:
        with session.begin_nested():
            session.execute(insert(NumberSequence).values(store_id=store_id, name=name, next_value=2))
        return 1
    except IntegrityError:  # another counter created it at the same moment: take the next one
        return int(driver.rows(_TAKE_NUMBER, store=store_id, sequence=name)[0][0]) - 1
