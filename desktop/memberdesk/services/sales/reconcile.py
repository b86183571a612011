"""The integrity check of the ledgers, run by ``memberdesk db check``.

Each finding is one English sentence naming the record; an empty list means every total
reconciles.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memberdesk.store.database import Database
from memberdesk.store.models import (
    MemberStats,
    Payment,
    PointsEntry,
    Refund,
    ReturnLine,
    Sale,
    SaleLine,
    SaleReturn,
)


def _total(s: Session, column: object) -> int:
    return int(s.scalar(select(func.coalesce(func.sum(column), 0))) or 0)


def check_ledgers(db: Database) -> list[str]:
    """Sales − returns = payments − refunds, per sale and per return too; points balance and
    points owed = their ledger sums, neither below zero and never both above it; member totals
    = their ledgers; the points a sale earned and a return moved are in the ledger."""
    out: list[str] = []
    with db.read() as s:
        sales, returns = _total(s, Sale.total_fen), _total(s, SaleReturn.refund_total_fen)
        paid, refunded = _total(s, Payment.amount_fen), _total(s, Refund.amount_fen)
        if sales - returns != paid - refunded:
            out.append(f"sales {sales} - returns {returns} != payments {paid} - refunds {refunded} (fen)")
        pay = (
            select(Payment.sale_id, func.sum(Payment.amount_fen).label("p"))
            .group_by(Payment.sale_id)
            .subquery()
        )
        lines = (
            select(SaleLine.sale_id, func.sum(SaleLine.total_fen).label("l"))
            .group_by(SaleLine.sale_id)
            .subquery()
        )
        for sid, rno, total, sub, p, ln in s.execute(
            select(Sale.id, Sale.receipt_no, Sale.total_fen, Sale.subtotal_fen, pay.c.p, lines.c.l)
            .outerjoin(pay, pay.c.sale_id == Sale.id)
            .outerjoin(lines, lines.c.sale_id == Sale.id)
            .where(
                (func.coalesce(pay.c.p, 0) != Sale.total_fen)
                | (func.coalesce(lines.c.l, 0) != Sale.subtotal_fen)
            )
        ):
            out.append(
                f"sale {sid} ({rno}): total {total}, payments {p or 0}, subtotal {sub}, lines {ln or 0}"
            )
        ref = (
            select(Refund.return_id, func.sum(Refund.amount_fen).label("r"))
            .group_by(Refund.return_id)
            .subquery()
        )
        rl = (
            select(ReturnLine.return_id, func.sum(ReturnLine.refund_fen).label("l"))
            .group_by(ReturnLine.return_id)
            .subquery()
        )
        for rid, rno, total, r, ln in s.execute(
            select(SaleReturn.id, SaleReturn.return_no, SaleReturn.refund_total_fen, ref.c.r, rl.c.l)
            .outerjoin(ref, ref.c.return_id == SaleReturn.id)
            .outerjoin(rl, rl.c.return_id == SaleReturn.id)
            .where(
                (func.coalesce(ref.c.r, 0) != SaleReturn.refund_total_fen)
                | (func.coalesce(rl.c.l, 0) != SaleReturn.refund_total_fen)
            )
        ):
            out.append(f"return {rid} ({rno}): refund {total}, refunds {r or 0}, lines {ln or 0}")
        earned = (
            select(PointsEntry.sale_id, func.sum(PointsEntry.delta - PointsEntry.owed_delta).label("d"))
            .where(PointsEntry.source == "sale")
            .group_by(PointsEntry.sale_id)
            .subquery()
        )
        for sid, rno, pts, d in s.execute(
            select(Sale.id, Sale.receipt_no, Sale.points_earned, earned.c.d)
            .outerjoin(earned, earned.c.sale_id == Sale.id)
            .where(
                Sale.member_id.is_not(None),
                Sale.voids_sale_id.is_(None),
                func.coalesce(earned.c.d, 0) != Sale.points_earned,
            )
        ):
            out.append(f"sale {sid} ({rno}): earned {pts} points, ledger has {d or 0}")
        out.extend(_return_points(s))
        out.extend(_member_totals(s))
    return out


def _return_points(s: Session) -> list[str]:
    """A member's return moved, in the ledger, the redeemed points it gave back less the
    earned points it took back (part of which may be owed)."""
    moved = (
        select(PointsEntry.return_id, func.sum(PointsEntry.delta - PointsEntry.owed_delta).label("m"))
        .where(PointsEntry.return_id.is_not(None))
        .group_by(PointsEntry.return_id)
        .subquery()
    )
    want = SaleReturn.points_restored - SaleReturn.points_reversed
    return [
        f"return {rid} ({rno}): points {w:+d}, ledger has {m or 0:+d}"
        for rid, rno, w, m in s.execute(
            select(SaleReturn.id, SaleReturn.return_no, want, moved.c.m)
            .outerjoin(moved, moved.c.return_id == SaleReturn.id)
            .where(SaleReturn.member_id.is_not(None), func.coalesce(moved.c.m, 0) != want)
        )
    ]


def _member_totals(s: Session) -> list[str]:
    out: list[str] = []
    pts = (
        select(
            PointsEntry.member_id,
            func.sum(PointsEntry.delta).label("v"),
            func.sum(PointsEntry.owed_delta).label("o"),
        )
        .group_by(PointsEntry.member_id)
        .subquery()
    )
    sold = (
        select(Sale.member_id, func.sum(Sale.total_fen).label("v"))
        .where(Sale.member_id.is_not(None))
        .group_by(Sale.member_id)
        .subquery()
    )
    back = (
        select(SaleReturn.member_id, func.sum(SaleReturn.refund_total_fen).label("v"))
        .where(SaleReturn.member_id.is_not(None))
        .group_by(SaleReturn.member_id)
        .subquery()
    )
    visits = (
        select(Sale.member_id, func.count().label("v"))
        .where(Sale.member_id.is_not(None), Sale.voids_sale_id.is_(None), Sale.status == "completed")
        .group_by(Sale.member_id)
        .subquery()
    )
    spend = func.coalesce(sold.c.v, 0) - func.coalesce(back.c.v, 0)
    for mid, bal, p, sp, want_sp, vc, want_vc in s.execute(
        select(
            MemberStats.member_id,
            MemberStats.points_balance,
            func.coalesce(pts.c.v, 0),
            MemberStats.spend_fen,
            spend,
            MemberStats.visit_count,
            func.coalesce(visits.c.v, 0),
        )
        .outerjoin(pts, pts.c.member_id == MemberStats.member_id)
        .outerjoin(sold, sold.c.member_id == MemberStats.member_id)
        .outerjoin(back, back.c.member_id == MemberStats.member_id)
        .outerjoin(visits, visits.c.member_id == MemberStats.member_id)
        .where(
            (MemberStats.points_balance != func.coalesce(pts.c.v, 0))
            | (MemberStats.spend_fen != spend)
            | (MemberStats.visit_count != func.coalesce(visits.c.v, 0))
        )
    ):
        out.append(
            f"member {mid}: points {bal} vs ledger {p}, spend {sp} vs {want_sp}, visits {vc} vs {want_vc}"
        )
    for mid, bal, owed, ledger_owed in s.execute(
        select(
            MemberStats.member_id,
            MemberStats.points_balance,
            MemberStats.points_owed,
            func.coalesce(pts.c.o, 0),
        )
        .outerjoin(pts, pts.c.member_id == MemberStats.member_id)
        .where(
            (MemberStats.points_owed != func.coalesce(pts.c.o, 0))
            | (MemberStats.points_balance < 0)
            | (MemberStats.points_owed < 0)
            | ((MemberStats.points_balance > 0) & (MemberStats.points_owed > 0))
        )
    ):
        out.append(f"member {mid}: points {bal}, owed {owed} vs ledger {ledger_owed}")
    missing = (
        s.execute(
            select(PointsEntry.member_id)
            .outerjoin(MemberStats, MemberStats.member_id == PointsEntry.member_id)
            .where(MemberStats.member_id.is_(None))
            .distinct()
        )
        .scalars()
        .all()
    )
    out.extend(f"member {m}: points ledger without running totals" for m in missing)
    return out
