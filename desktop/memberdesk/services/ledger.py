"""Shared steps of every ledger write: sequential numbers, running totals, points entries.

All of them run inside the caller's transaction, so a sale, its number, the member's totals
and the points entry are committed together or not at all.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from memberdesk.domain.vocab import PointsSource
from memberdesk.store.models import MemberStats, NumberSequence, PointsEntry, UTCDateTime


def next_number(session: Session, store_id: int, name: str) -> int:
    """Take the next value of a per-store sequence (row-locked until the commit)."""
    stmt = (
        update(NumberSequence)
        .where(NumberSequence.store_id == store_id, NumberSequence.name == name)
        .values(next_value=NumberSequence.next_value + 1)
        .returning(NumberSequence.next_value)
    )
    value = session.execute(stmt).scalar_one_or_none()
    if value is not None:
        return value - 1
    try:
        with session.begin_nested():
            session.execute(insert(NumberSequence).values(store_id=store_id, name=name, next_value=2))
        return 1
    except IntegrityError:  # another counter created it at the same moment: take the next one
        return int(session.execute(stmt).scalar_one()) - 1


def ensure_stats(session: Session, member_id: int) -> None:
    exists = session.execute(
        select(MemberStats.member_id).where(MemberStats.member_id == member_id).with_for_update()
    ).first()
    if exists is None:
        try:
            with session.begin_nested():
                session.execute(insert(MemberStats).values(member_id=member_id))
        except IntegrityError:
            pass


def lock_points_balance(session: Session, member_id: int) -> int:
    """The member's points balance, with their totals row locked until the commit."""
    ensure_stats(session, member_id)
    return int(
        session.execute(
            select(MemberStats.points_balance).where(MemberStats.member_id == member_id).with_for_update()
        ).scalar_one()
    )


def bump_stats(
    session: Session,
    member_id: int,
    *,
    at: dt.datetime,
    spend_fen: int = 0,
    visits: int = 0,
    points: int = 0,
) -> None:
    """Add to the member's running totals (the row is created on first use)."""
    values: dict[str, object] = {
        "spend_fen": MemberStats.spend_fen + spend_fen,
        "visit_count": MemberStats.visit_count + visits,
        "points_balance": MemberStats.points_balance + points,
    }
    if visits > 0:
        values["last_visit_at"] = at
        # typed: a bare datetime inside a function would be bound as SQLAlchemy's own DateTime
        values["first_visit_at"] = func.coalesce(MemberStats.first_visit_at, literal(at, UTCDateTime))
    stmt = update(MemberStats).where(MemberStats.member_id == member_id).values(**values)
    # One statement in the usual case; a member's first ledger write creates the row.
    if session.execute(stmt).rowcount == 0:  # type: ignore[attr-defined]
        ensure_stats(session, member_id)
        session.execute(stmt)


def add_points(
    session: Session,
    member_id: int,
    delta: int,
    source: PointsSource,
    *,
    at: dt.datetime,
    reason: str = "",
    staff_id: int | None = None,
    sale_id: int | None = None,
    return_id: int | None = None,
) -> None:
    """Write one ledger entry; the caller adds ``delta`` to the member's totals."""
    if delta == 0:
        return
    session.add(
        PointsEntry(
            member_id=member_id,
            created_at=at,
            delta=delta,
            source=source,
            reason=reason,
            staff_id=staff_id,
            sale_id=sale_id,
            return_id=return_id,
        )
    )
