"""Each member of staff's figures for a period: sales beside service quality, as the training asks.

One grouped pass per figure over the whole store (never one query per member of staff):

- sales: the sales they rang up (voided sales and the void records left out), their sum, and
  the part of both that members made (the member share);
- enrolments: the members they enrolled; referrals: the new members they brought in
  (企业内部员工介绍: ``Member.referrer_staff_id``), counted when the member enrolled;
- care tasks done: the care tasks they acted on (a task counts once however many actions);
- workflows completed: the guided workflows they walked to the end;
- satisfaction: the farewell ratings of the customers they served, pooled as the sum of
  perceived over the sum of expected (满意度 = 感受值 / 期望值);
- complaints about them: complaints opened in the period about a sale or return they served;
- complaints resolved, and resolved on time: by the handler, counted when resolved; on time
  when resolved within the complaint rules' ``resolve_hours`` of its severity.

The period is the store's local days (``analytics.figures.bounds``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from memberdesk.domain.analytics import satisfaction
from memberdesk.domain.complaints import ComplaintRules
from memberdesk.domain.vocab import Role, SaleStatus, WorkflowOutcome
from memberdesk.store.models import (
    CareAction,
    Complaint,
    Member,
    Sale,
    SaleReturn,
    Staff,
    Visit,
    WorkflowRun,
)


@dataclass
class StaffFigures:
    """One member of staff's figures for the period (money in fen)."""

    staff_id: int
    code: str
    name: str
    role: Role
    sales: int = 0
    sales_fen: int = 0
    member_sales: int = 0
    member_sales_fen: int = 0
    enrolments: int = 0
    referrals: int = 0
    care_tasks_done: int = 0
    workflows_completed: int = 0
    rated_visits: int = 0
    expected_sum: int = 0
    perceived_sum: int = 0
    complaints_about: int = 0
    complaints_resolved: int = 0
    complaints_resolved_on_time: int = 0

    @property
    def member_share(self) -> float | None:
        """The members' part of the sales' sum (None without sales)."""
        return self.member_sales_fen / self.sales_fen if self.sales_fen > 0 else None

    @property
    def satisfaction(self) -> float | None:
        """Perceived over expected, pooled over the rated visits (None when nobody rated)."""
        return satisfaction(self.perceived_sum, self.expected_sum) if self.rated_visits else None


def _seconds_between(s: Session, later: Any, earlier: Any) -> ColumnElement[Any]:
    """Seconds from ``earlier`` to ``later``, computed by the database."""
    if s.get_bind().dialect.name == "sqlite":  # stored as integer microseconds
        return (type_coerce(later, Integer) - type_coerce(earlier, Integer)) / 1_000_000
    return func.extract("epoch", later - earlier)


def _add(found: dict[int, StaffFigures], rows: Any, *fields: str) -> None:
    for staff_id, *values in rows:
        figures = found.get(staff_id)
        if figures is None:
            continue
        for field, value in zip(fields, values, strict=True):
            setattr(figures, field, int(value or 0))


def staff_figures(
    s: Session,
    store_id: int,
    lo: dt.datetime,
    hi: dt.datetime,
    rules: ComplaintRules,
    only: int | None = None,
) -> list[StaffFigures]:
    """The figures of the store's staff (or of the member of staff ``only``) from ``lo`` to
    before ``hi``, in staff number order; inactive staff only when they have figures."""
    who = select(Staff.id, Staff.code, Staff.name, Staff.role, Staff.active).where(Staff.store_id == store_id)
    if only is not None:
        who = who.where(Staff.id == only)
    found: dict[int, StaffFigures] = {}
    active: set[int] = set()
    for staff_id, code, name, role, is_active in s.execute(who):
        found[staff_id] = StaffFigures(staff_id, code, name, role)
        if is_active:
            active.add(staff_id)

    def mine(column: Any) -> list[ColumnElement[bool]]:
        return [column == only] if only is not None else []

    member = Sale.member_id.is_not(None)
    _add(
        found,
        s.execute(
            select(
                Sale.staff_id,
                func.count(),
                func.sum(Sale.total_fen),
                func.sum(case((member, 1), else_=0)),
                func.sum(case((member, Sale.total_fen), else_=0)),
            )
            .where(
                Sale.store_id == store_id,
                Sale.created_at >= lo,
                Sale.created_at < hi,
                Sale.voids_sale_id.is_(None),
                Sale.status == SaleStatus.COMPLETED,
                *mine(Sale.staff_id),
            )
            .group_by(Sale.staff_id)
        ),
        "sales",
        "sales_fen",
        "member_sales",
        "member_sales_fen",
    )
    enrolled = (Member.store_id == store_id, Member.enrolled_at >= lo, Member.enrolled_at < hi)
    _add(
        found,
        s.execute(
            select(Member.enrolled_by_id, func.count())
            .where(*enrolled, Member.enrolled_by_id.is_not(None), *mine(Member.enrolled_by_id))
            .group_by(Member.enrolled_by_id)
        ),
        "enrolments",
    )
    _add(
        found,
        s.execute(
            select(Member.referrer_staff_id, func.count())
            .where(*enrolled, Member.referrer_staff_id.is_not(None), *mine(Member.referrer_staff_id))
            .group_by(Member.referrer_staff_id)
        ),
        "referrals",
    )
    _add(
        found,
        s.execute(
            select(CareAction.staff_id, func.count(func.distinct(CareAction.task_id)))
            .where(CareAction.at >= lo, CareAction.at < hi, *mine(CareAction.staff_id))
            .group_by(CareAction.staff_id)
        ),
        "care_tasks_done",
    )
    _add(
        found,
        s.execute(
            select(WorkflowRun.staff_id, func.count())
            .where(
                WorkflowRun.store_id == store_id,
                WorkflowRun.outcome == WorkflowOutcome.COMPLETED,
                WorkflowRun.ended_at >= lo,
                WorkflowRun.ended_at < hi,
                *mine(WorkflowRun.staff_id),
            )
            .group_by(WorkflowRun.staff_id)
        ),
        "workflows_completed",
    )
    _add(
        found,
        s.execute(
            select(Visit.staff_id, func.count(), func.sum(Visit.expected), func.sum(Visit.perceived))
            .where(
                Visit.store_id == store_id,
                Visit.started_at >= lo,
                Visit.started_at < hi,
                Visit.expected.is_not(None),
                Visit.perceived.is_not(None),
                *mine(Visit.staff_id),
            )
            .group_by(Visit.staff_id)
        ),
        "rated_visits",
        "expected_sum",
        "perceived_sum",
    )
    _complaints(s, found, store_id, lo, hi, rules, mine)
    return sorted(
        (f for f in found.values() if f.staff_id in active or _has_figures(f)),
        key=lambda f: (f.code, f.staff_id),
    )


def _complaints(  # type: ignore[no-untyped-def]
    s: Session,
    found: dict[int, StaffFigures],
    store_id: int,
    lo: dt.datetime,
    hi: dt.datetime,
    rules: ComplaintRules,
    mine,
) -> None:
    served = func.coalesce(Sale.staff_id, SaleReturn.staff_id)
    _add(
        found,
        s.execute(
            select(served, func.count())
            .select_from(Complaint)
            .outerjoin(Sale, Sale.id == Complaint.sale_id)
            .outerjoin(SaleReturn, SaleReturn.id == Complaint.return_id)
            .where(
                Complaint.store_id == store_id,
                Complaint.opened_at >= lo,
                Complaint.opened_at < hi,
                served.is_not(None),
                *mine(served),
            )
            .group_by(served)
        ),
        "complaints_about",
    )
    allowed_seconds = case(
        *((Complaint.severity == severity, hours * 3600) for severity, hours in rules.resolve_hours.items()),
        else_=0,
    )
    on_time = _seconds_between(s, Complaint.resolved_at, Complaint.opened_at) <= allowed_seconds
    _add(
        found,
        s.execute(
            select(Complaint.handler_id, func.count(), func.sum(case((on_time, 1), else_=0)))
            .where(
                and_(
                    Complaint.store_id == store_id,
                    Complaint.handler_id.is_not(None),
                    Complaint.resolved_at >= lo,
                    Complaint.resolved_at < hi,
                    *mine(Complaint.handler_id),
                )
            )
            .group_by(Complaint.handler_id)
        ),
        "complaints_resolved",
        "complaints_resolved_on_time",
    )


def _has_figures(f: StaffFigures) -> bool:
    return any(
        (
            f.sales,
            f.enrolments,
            f.referrals,
            f.care_tasks_done,
            f.workflows_completed,
            f.rated_visits,
            f.complaints_about,
            f.complaints_resolved,
        )
    )
