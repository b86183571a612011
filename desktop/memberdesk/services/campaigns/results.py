"""A campaign's measured result: recipients against the held-out control group.

In the campaign's window (its first to its last day, the store's calendar) each member of the
frozen audience has: visits, sales (completed, not voided), revenue (those sales' totals, in
fen), whether they bought, whether they redeemed the campaign's coupon, and, for a member who
was lapsed when it was sent, whether they bought again (won back). Each measure is a mean per
member in each group; the lift is recipients' mean minus control's, with a 95 % interval by
Welch's unequal-variance normal approximation (for a yes/no measure it is the unpooled
two-proportion interval). No interval without at least two members in each group.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from memberdesk.documents.campaign_lines import CampaignLine
from memberdesk.domain.vocab import SaleStatus
from memberdesk.services.campaigns.campaigns import get
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Campaign, CampaignMember, Coupon, Sale, Visit

Z95 = 1.959963984540054
MEASURES = ("visits", "sales", "revenue_fen", "bought", "redeemed", "won_back")


@dataclass(frozen=True)
class Lift:
    """One measure: each group's mean per member, the difference and its 95 % interval
    (``low``/``high`` None when a group is too small to tell)."""

    measure: str
    recipients: float
    control: float
    difference: float
    low: float | None
    high: float | None

    @property
    def clear(self) -> bool:
        """The interval leaves zero out: the campaign made a difference beyond chance."""
        return self.low is not None and self.high is not None and (self.low > 0 or self.high < 0)


@dataclass(frozen=True)
class CampaignResult:
    campaign_id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    recipients: int
    controls: int
    lapsed_recipients: int
    lapsed_controls: int
    totals: dict[str, tuple[int, int]]  # measure -> (recipients' total, control's total)
    lifts: tuple[Lift, ...]

    def lift(self, measure: str) -> Lift:
        return next(x for x in self.lifts if x.measure == measure)


def welch(a: list[float], b: list[float]) -> tuple[float, float | None, float | None]:
    """mean(a) - mean(b) with its 95 % Welch interval (None, None when either has < 2)."""
    if not a or not b:
        return (math.fsum(a) / len(a) if a else 0.0) - (math.fsum(b) / len(b) if b else 0.0), None, None
    ma, mb = math.fsum(a) / len(a), math.fsum(b) / len(b)
    if len(a) < 2 or len(b) < 2:
        return ma - mb, None, None
    va = math.fsum((x - ma) ** 2 for x in a) / (len(a) - 1)
    vb = math.fsum((x - mb) ** 2 for x in b) / (len(b) - 1)
    half = Z95 * math.sqrt(va / len(a) + vb / len(b))
    return ma - mb, ma - mb - half, ma - mb + half


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _per_member(rows: Iterable[tuple[int | None, int]]) -> dict[int, int]:
    return {int(m): int(v or 0) for m, v in rows if m is not None}


def result(db: Database, actor: Actor, campaign_id: int) -> CampaignResult:
    """The campaign's result as it stands (the window may still be running)."""
    require(actor, Permission.VIEW_REPORTS)
    info = get(db, actor.store_id, campaign_id)
    lo, hi = _midnight(info.starts_on), _midnight(info.ends_on + dt.timedelta(days=1))
    audience = select(CampaignMember.member_id).where(CampaignMember.campaign_id == campaign_id)
    sales = (
        select(Sale.member_id, func.count(), func.sum(Sale.total_fen))
        .where(
            Sale.member_id.in_(audience),
            Sale.created_at >= lo,
            Sale.created_at < hi,
            Sale.status == SaleStatus.COMPLETED,
            Sale.voids_sale_id.is_(None),
        )
        .group_by(Sale.member_id)
    )
    visits = (
        select(Visit.member_id, func.count())
        .where(Visit.member_id.in_(audience), Visit.started_at >= lo, Visit.started_at < hi)
        .group_by(Visit.member_id)
    )
    redeemed = select(Coupon.member_id).where(
        Coupon.issue_key == f"campaign {campaign_id}", Coupon.used.is_(True), Coupon.member_id.in_(audience)
    )
    with db.read() as s:
        members = [
            (int(m), bool(c), bool(lapsed))
            for m, c, lapsed in s.execute(
                select(CampaignMember.member_id, CampaignMember.control, CampaignMember.lapsed).where(
                    CampaignMember.campaign_id == campaign_id
                )
            )
        ]
        sale_rows = {int(m): (int(n), int(t or 0)) for m, n, t in s.execute(sales) if m is not None}
        visit_rows = _per_member((m, n) for m, n in s.execute(visits))
        used = {int(m) for m in s.scalars(redeemed) if m is not None}
    values: dict[str, tuple[list[float], list[float]]] = {m: ([], []) for m in MEASURES}
    for member_id, control, lapsed in members:
        n, total = sale_rows.get(member_id, (0, 0))
        one = {
            "visits": visit_rows.get(member_id, 0), "sales": n, "revenue_fen": total, "bought": int(n > 0),
            "redeemed": int(member_id in used),
        }  # fmt: skip
        if lapsed:
            one["won_back"] = int(n > 0)
        for measure, value in one.items():
            values[measure][1 if control else 0].append(float(value))
    lifts = []
    for measure in MEASURES:
        a, b = values[measure]
        diff, low, high = welch(a, b)
        mean_a = math.fsum(a) / len(a) if a else 0.0
        mean_b = math.fsum(b) / len(b) if b else 0.0
        lifts.append(Lift(measure, mean_a, mean_b, diff, low, high))
    totals = {m: (int(math.fsum(values[m][0])), int(math.fsum(values[m][1]))) for m in MEASURES}
    return CampaignResult(
        campaign_id, info.name, info.starts_on, info.ends_on,
        sum(not c for _m, c, _l in members), sum(c for _m, c, _l in members),
        sum(lp and not c for _m, c, lp in members), sum(lp and c for _m, c, lp in members),
        totals, tuple(lifts),
    )  # fmt: skip


def in_period(db: Database, actor: Actor, start: dt.date, end: dt.date) -> list[CampaignLine]:
    """The sent campaigns whose window meets the period, oldest first, as the report lists them."""
    require(actor, Permission.VIEW_REPORTS)
    with db.read() as s:
        ids = list(
            s.scalars(
                select(Campaign.id)
                .where(
                    Campaign.store_id == actor.store_id,
                    Campaign.sent_at.is_not(None),
                    Campaign.starts_on <= end,
                    Campaign.ends_on >= start,
                )
                .order_by(Campaign.starts_on, Campaign.id)
            )
        )
    lines = []
    for campaign_id in ids:
        found = result(db, actor, campaign_id)
        bought, revenue = found.lift("bought"), found.lift("revenue_fen")
        kind = get(db, actor.store_id, campaign_id).kind
        lines.append(
            CampaignLine(
                found.name,
                kind.value,
                found.starts_on,
                found.ends_on,
                found.recipients,
                found.controls,
                bought.recipients,
                bought.control,
                bought.difference,
                bought.low,
                bought.high,
                round(revenue.difference),
            )
        )
    return lines
