"""The membership figures of one store and period: what the report and the Reports page show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from memberdesk.domain import analytics as A
from memberdesk.domain.churn import LAPSE_DAYS, WinbackCause

CHURN_DAYS = LAPSE_DAYS  # no purchase for this long: the member has lapsed (a store setting)


@dataclass(frozen=True)
class ChurnedMember:
    member_id: int
    name: str
    last_visit: dt.date
    lifetime_fen: int
    year_fen: int  # what they bought in the 365 days up to their last purchase
    last_complaint: str  # category and what happened, if any
    last_return: str  # type and reason, if any
    cause: WinbackCause = WinbackCause.UNKNOWN  # the likely cause (domain/churn.py)


@dataclass
class MembershipFigures:
    """Every figure of the membership report for one store and period (plain data)."""

    store_name: str
    start: dt.date
    end: dt.date
    members_total: int = 0
    members_new: int = 0
    members_active: int = 0
    members_lapsed: int = 0
    gross_sales_fen: int = 0  # every sale of the period, walk-ins' included, before refunds
    refunds_fen: int = 0  # every refund of the period
    by_channel: list[tuple[str, int]] = field(default_factory=list)
    by_partner: list[tuple[str, int]] = field(default_factory=list)
    top_referrers: list[tuple[int, str, int]] = field(default_factory=list)
    staff_referrers: list[tuple[str, int]] = field(default_factory=list)
    tiers: list[tuple[str, int]] = field(default_factory=list)
    pareto: A.Pareto = field(default_factory=lambda: A.pareto([]))
    # segment, members, their net spend (purchases less refunds in the period)
    rfm: list[tuple[A.Segment, int, int]] = field(default_factory=list)
    rfm_members: dict[A.Segment, list[int]] = field(default_factory=dict)
    churn_days: int = CHURN_DAYS
    churn_base: int = 0  # members active at the period's start (bought in the churn_days before)
    churned_count: int = 0  # of them, lapsed by the period's end (domain/churn.py)
    churn_rate_year: float | None = None  # lost share on a yearly footing (None: no base)
    revenue_at_risk_fen: int = 0  # what the lost bought in the year up to their last purchase
    churned: list[ChurnedMember] = field(default_factory=list)
    # the lost by likely cause: cause, members, what they bought in their last year
    churn_causes: list[tuple[WinbackCause, int, int]] = field(default_factory=list)
    churned_ids: list[int] = field(default_factory=list)  # every lost member, biggest first
    returns_by_type: list[tuple[str, int, int]] = field(default_factory=list)  # type, count, refund
    top_return_reasons: list[tuple[str, str, int]] = field(default_factory=list)  # type, reason, count
    complaints_by_category: list[tuple[str, int]] = field(default_factory=list)
    complaints_by_gap: list[tuple[str, int]] = field(default_factory=list)
    complaints_by_status: list[tuple[str, int]] = field(default_factory=list)
    resolve_hours_median: float | None = None
    resolve_hours_p90: float | None = None
    resolved_count: int = 0
    suggestions_count: int = 0  # suggestions (建议) recorded in the period, from members or walk-ins
    satisfaction_by_month: list[tuple[str, float, float, float, int]] = field(default_factory=list)
    satisfaction_by_staff: list[tuple[str, float, int]] = field(default_factory=list)
    care_by_kind: list[tuple[str, int, int]] = field(default_factory=list)  # kind, tasks, done

    @property
    def retention(self) -> float | None:
        """The share of the period's base still buying at its end."""
        return (self.churn_base - self.churned_count) / self.churn_base if self.churn_base else None

    @property
    def complaints_count(self) -> int:
        return sum(n for _, n in self.complaints_by_category)

    @property
    def net_sales_fen(self) -> int:
        """Gross sales less refunds: what the Reports page calls "net sales", as the report does."""
        return self.gross_sales_fen - self.refunds_fen
