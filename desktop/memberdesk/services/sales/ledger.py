"""Shared steps of every ledger write: sequential numbers, running totals, points entries.

All of them run inside the caller's transaction, so a sale, its number, the member's totals
and the points entry are committed together or not at all. They are the statements every
sale runs, so they run on the driver's cursor, compiled once (see ``driver_sql``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from memberdesk.domain.vocab import PointsSource
from memberdesk.services.common.driver_sql import DriverStatement, SessionDriver, insert_row, table_of
from memberdesk.store.models import MemberStats, PointsEntry, UTCDateTime, new_uid

_stats = table_of(MemberStats)
_entries = table_of(PointsEntry)

_BALANCE_LOCKED = DriverStatement(
    select(_stats.c.points_balance, _stats.c.points_owed)
    .where(_stats.c.member_id == bindparam("member"))
    .with_for_update()
)
_TOTALS = {
    "spend_fen": _stats.c.spend_fen + bindparam("add_spend"),
    "visit_count": _stats.c.visit_count + bindparam("add_visits"),
    "points_balance": _stats.c.points_balance + bindparam("add_points"),
    "points_owed": _stats.c.points_owed + bindparam("add_owed"),
}
_at = bindparam("at", type_=UTCDateTime)
_BUMP = DriverStatement(update(_stats).where(_stats.c.member_id == bindparam("member")).values(**_TOTALS))
_BUMP_VISIT = DriverStatement(
    update(_stats)
    .where(_stats.c.member_id == bindparam("member"))
    .values(**_TOTALS, last_visit_at=_at, first_visit_at=func.coalesce(_stats.c.first_visit_at, _at)),
    bind=True,
)
_ADD_ENTRY = DriverStatement(insert_row(_entries), bind=True)


def _create_stats(session: Session, member_id: int) -> None:
    """A member's first ledger write creates their totals row (once, even when two race)."""
    try:
        with session.begin_nested():
            session.execute(insert(MemberStats).values(member_id=member_id))
    except IntegrityError:
        pass


@dataclass(frozen=True)
class PointsPosition:
    """A member's points: the balance they may spend and the points they owe the store.

    Never both above zero: points that come in pay off what is owed first, and only a
    balance of zero leaves anything owed.
    """

    balance: int = 0
    owed: int = 0

    def moved(self, points: int) -> tuple[int, int, PointsPosition]:
        """``points`` in (+) or out (−): the entry's ``delta`` and ``owed_delta`` and the new
        position. Points in pay off what is owed first; points out take only what the balance
        holds and the rest becomes owed, so the balance never goes below zero."""
        if points >= 0:
            paid_off = min(points, self.owed)
            delta, owed_delta = points - paid_off, -paid_off
        else:
            taken = min(-points, self.balance)
            delta, owed_delta = -taken, -points - taken
        return delta, owed_delta, PointsPosition(self.balance + delta, self.owed + owed_delta)


def lock_points(session: Session, member_id: int) -> PointsPosition:
    """The member's points, with their totals row locked until the commit."""
    driver = SessionDriver(session)
    row = driver.first(_BALANCE_LOCKED, member=member_id)
    if row is None:
        _create_stats(session, member_id)
        row = driver.rows(_BALANCE_LOCKED, member=member_id)[0]
    return PointsPosition(int(row[0]), int(row[1]))


def bump_stats(
    session: Session,
    member_id: int,
    *,
    at: dt.datetime,
    spend_fen: int = 0,
    visits: int = 0,
    points: int = 0,
    owed: int = 0,
) -> None:
    """Add to the member's running totals (the row is created on first use)."""
    stmt = _BUMP_VISIT if visits > 0 else _BUMP
    params: dict[str, object] = {
        "member": member_id,
        "add_spend": spend_fen,
        "add_visits": visits,
        "add_points": points,
        "add_owed": owed,
    }
    if visits > 0:
        params["at"] = at
    driver = SessionDriver(session)
    # One statement in the usual case; a member's first ledger write creates the row.
    if driver.execute(stmt, **params) == 0:
        _create_stats(session, member_id)
        driver.execute(stmt, **params)


def points_entry(
    member_id: int,
    delta: int,
    source: PointsSource,
    *,
    at: dt.datetime,
    reason: str = "",
    staff_id: int | None = None,
    sale_id: int | None = None,
    return_id: int | None = None,
    owed_delta: int = 0,
) -> dict[str, object]:
    """One ledger entry's row, for ``add_entries``."""
    return {
        "member_id": member_id,
        "created_at": at,
        "delta": delta,
        "owed_delta": owed_delta,
        "source": source,
        "reason": reason,
        "staff_id": staff_id,
        "sale_id": sale_id,
        "return_id": return_id,
        "uid": new_uid(),
    }


def add_entries(session: Session, entries: list[Mapping[str, object]]) -> None:
    """Write ledger entries (from ``points_entry``); the caller adds them to the totals."""
    SessionDriver(session).executemany(
        _ADD_ENTRY, [e for e in entries if e["delta"] != 0 or e.get("owed_delta", 0) != 0]
    )


@dataclass(frozen=True)
class PointsMoved:
    """What ``move_points`` wrote: the sums to add to the member's totals, and where they stand."""

    points: int
    owed: int
    position: PointsPosition


def plan_points(
    position: PointsPosition, moves: Sequence[tuple[int, PointsSource]]
) -> tuple[list[tuple[int, int, PointsSource]], PointsMoved]:
    """The entries (delta, owed_delta, source) of ``moves`` made in order from ``position``."""
    planned: list[tuple[int, int, PointsSource]] = []
    for points, source in moves:
        delta, owed_delta, position = position.moved(points)
        planned.append((delta, owed_delta, source))
    return planned, PointsMoved(sum(d for d, _o, _s in planned), sum(o for _d, o, _s in planned), position)


def move_points(
    session: Session,
    member_id: int,
    position: PointsPosition,
    moves: Sequence[tuple[int, PointsSource]],
    *,
    at: dt.datetime,
    reason: str = "",
    staff_id: int | None = None,
    sale_id: int | None = None,
    return_id: int | None = None,
) -> PointsMoved:
    """Write one ledger entry per move (signed points, in order) from the member's locked
    ``position``; the caller adds the returned sums to the totals (``bump_stats``)."""
    planned, moved = plan_points(position, moves)
    add_entries(
        session,
        [
            points_entry(
                member_id,
                delta,
                source,
                at=at,
                reason=reason,
                staff_id=staff_id,
                sale_id=sale_id,
                return_id=return_id,
                owed_delta=owed_delta,
            )
            for delta, owed_delta, source in planned
        ],
    )
    return moved
