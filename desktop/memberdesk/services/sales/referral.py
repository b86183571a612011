"""The referral reward (推荐有礼): points to the member who referred a new member, when the new
member's first sale is recorded.

The rule, stated once:
- The reward is the store's ``referral_points`` (``member_rules``; 0 is off), given to the
  referring member (``Member.referrer_member_id``) as one ``REFERRAL`` points entry that names
  the sale, in the sale's own transaction: both are recorded or neither.
- Only the referred member's first sale counts, and only once: not when they have another sale
  on record, nor when a reward already stands for one of their sales. A referring member who is
  no longer active gets nothing.
- A return of that first sale does not take the reward back (the new member did come and
  buy); a void the same day does (the sale never happened), and then the member's next sale
  is their first.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memberdesk.domain.vocab import MemberStatus, PointsSource, SaleStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.sales.ledger import bump_stats, lock_points, move_points
from memberdesk.store.models import Member, PointsEntry, Sale


def reward_first_sale(
    s: Session, actor: Actor, member_id: int, sale_id: int, receipt_no: str, points: int, now: dt.datetime
) -> int:
    """Give the referring member ``points`` for ``sale_id`` if it is the referred member's first
    sale; returns the points given (0 when the rule does not apply)."""
    if points <= 0:
        return 0
    referrer_id = s.scalar(select(Member.referrer_member_id).where(Member.id == member_id))
    if referrer_id is None or referrer_id == member_id:
        return 0
    referrer = s.get(Member, referrer_id)
    if referrer is None or referrer.status is not MemberStatus.ACTIVE:
        return 0
    others = s.scalar(
        select(func.count())
        .select_from(Sale)
        .where(
            Sale.member_id == member_id,
            Sale.id != sale_id,
            Sale.voids_sale_id.is_(None),
            Sale.status == SaleStatus.COMPLETED,
        )
    )
    standing = s.scalar(
        select(func.count())
        .select_from(PointsEntry)
        .join(Sale, Sale.id == PointsEntry.sale_id)
        .where(
            PointsEntry.source == PointsSource.REFERRAL,
            Sale.member_id == member_id,
            Sale.status == SaleStatus.COMPLETED,
        )
    )
    if others or standing:
        return 0
    moved = move_points(
        s,
        referrer_id,
        lock_points(s, referrer_id),
        [(points, PointsSource.REFERRAL)],
        at=now,
        sale_id=sale_id,
        staff_id=actor.staff_id,
        reason=f"referral {receipt_no}",
    )
    bump_stats(s, referrer_id, at=now, points=moved.points, owed=moved.owed)
    return points


def take_back_on_void(s: Session, actor: Actor, sale: Sale, void_id: int, now: dt.datetime) -> int:
    """A voided sale's referral reward, taken back from the referring member (what their
    balance cannot give is owed); returns the points taken back."""
    rows = s.execute(
        select(PointsEntry.member_id, func.sum(PointsEntry.delta - PointsEntry.owed_delta))
        .where(PointsEntry.sale_id == sale.id, PointsEntry.source == PointsSource.REFERRAL)
        .group_by(PointsEntry.member_id)
    ).all()
    taken = 0
    for referrer_id, given in rows:
        if not given:
            continue
        moved = move_points(
            s,
            referrer_id,
            lock_points(s, referrer_id),
            [(-int(given), PointsSource.VOID)],
            at=now,
            sale_id=void_id,
            staff_id=actor.staff_id,
            reason=f"referral {sale.receipt_no}",
        )
        bump_stats(s, referrer_id, at=now, points=moved.points, owed=moved.owed)
        taken += int(given)
    return taken
