"""Members whose points expire this month, as care tasks (★ call or message them first).

For each month the calendar's range touches, the store's expiry policy says which points are
gone by the month's last day (``domain/expiry.py``, first in, first out); every active member
who still holds some of them gets one task keyed ``points:<member>:<YYYY-MM>``, due on the
first day of the month inside the range, its title the number of points. A month that already
has its tasks is not read again, so a refresh costs one look-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import groupby

from sqlalchemy import select
from sqlalchemy.orm import Session

from memberdesk.domain.expiry import ExpiryPolicy, PointsMove, cutoff, expiring
from memberdesk.domain.vocab import CareKind, MemberStatus, PointsSource
from memberdesk.store.models import CareTask, Member, MemberStats, PointsEntry

BATCH = 2_000
Add = Callable[..., None]


def months_between(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first day of each month that ``start``..``end`` touches."""
    out, month = [], start.replace(day=1)
    while month <= end:
        out.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return out


def month_end(first: dt.date) -> dt.date:
    return (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def task_key(member_id: int, month: dt.date) -> str:
    return f"points:{member_id}:{month:%Y-%m}"


def expiring_rows(
    s: Session, store_id: int, policy: ExpiryPolicy, start: dt.date, end: dt.date, add: Add
) -> None:
    for month in months_between(start, end):
        limit = cutoff(policy, month_end(month))
        if limit is None:
            continue
        listed = s.scalar(
            select(CareTask.id)
            .where(
                CareTask.store_id == store_id,
                CareTask.kind == CareKind.POINTS_EXPIRY,
                CareTask.due_date >= month,
                CareTask.due_date <= month_end(month),
            )
            .limit(1)
        )
        if listed is not None:
            continue
        due = max(month, start)
        for member_id, points in _expiring(s, store_id, limit):
            add(
                CareKind.POINTS_EXPIRY,
                due,
                task_key(member_id, month),
                member_id=member_id,
                title=str(points),
            )


def _expiring(s: Session, store_id: int, limit: dt.date) -> list[tuple[int, int]]:
    """(member, points) still unused among those earned before ``limit``, in batches."""
    found: list[tuple[int, int]] = []
    last_id = 0
    while True:
        members = list(
            s.scalars(
                select(Member.id)
                .join(MemberStats, MemberStats.member_id == Member.id)
                .where(
                    Member.id > last_id,
                    Member.store_id == store_id,
                    Member.status == MemberStatus.ACTIVE,
                    MemberStats.points_balance > 0,
                )
                .order_by(Member.id)
                .limit(BATCH)
            )
        )
        if not members:
            return found
        entries = s.execute(
            select(PointsEntry.member_id, PointsEntry.created_at, PointsEntry.delta, PointsEntry.source)
            .where(PointsEntry.member_id.in_(members))
            .order_by(PointsEntry.member_id, PointsEntry.created_at, PointsEntry.id)
        ).all()
        for member_id, rows in groupby(entries, key=lambda r: r.member_id):
            moves = [
                PointsMove(r.created_at.astimezone().date(), r.delta, r.source is PointsSource.EXPIRY)
                for r in rows
            ]
            points = expiring(moves, limit)
            if points > 0:
                found.append((member_id, points))
        last_id = members[-1]
