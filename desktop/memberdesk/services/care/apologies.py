"""A complaint never followed up, of a member who has since lapsed, becomes two care tasks:
an apology (道歉) and a call from a supervisor (主管回访).

Never followed up: closed without a follow-up (no note, no satisfaction after), or still
open, being handled or resolved past its deadline (``domain/complaints.ComplaintRules``:
the time to take it, to resolve it, or to call back after resolving). Lapsed: the member's
last purchase is more than the store's ``lapse_days`` before today. The tasks are due
today, keyed ``apology:<complaint>`` and ``supervisor_call:<complaint>``: generating again,
on any day, creates nothing twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from memberdesk.domain.complaints import ComplaintRules
from memberdesk.domain.vocab import CareKind, ComplaintStatus, MemberStatus
from memberdesk.services.care.lapse import lapsed_since
from memberdesk.store.models import Complaint, Member, MemberStats

Add = Callable[..., None]
SHORT = 10  # characters of the complaint's description in the task's title
WAITING = (ComplaintStatus.OPEN, ComplaintStatus.HANDLING, ComplaintStatus.RESOLVED)


def task_keys(complaint_id: int) -> tuple[str, str]:
    return f"apology:{complaint_id}", f"supervisor_call:{complaint_id}"


def unfollowed_rows(
    s: Session, store_id: int, rules: ComplaintRules, today: dt.date, now: dt.datetime, add: Add
) -> None:
    """Offer an apology and a supervisor call task for each complaint never followed up of
    a member lapsed by ``today`` (``now``: the instant deadlines are judged at)."""
    _, lapsed_before = lapsed_since(s, store_id, today)
    closed_unfollowed = and_(
        Complaint.status == ComplaintStatus.CLOSED,
        Complaint.satisfaction_after.is_(None),
        or_(Complaint.follow_up_note.is_(None), Complaint.follow_up_note == ""),
    )
    for complaint in s.scalars(
        select(Complaint)
        .join(Member, Member.id == Complaint.member_id)
        .join(MemberStats, MemberStats.member_id == Complaint.member_id)
        .where(
            Complaint.store_id == store_id,
            Member.status == MemberStatus.ACTIVE,
            MemberStats.last_visit_at < lapsed_before,
            or_(closed_unfollowed, Complaint.status.in_(WAITING)),
        )
        .order_by(Complaint.id)
    ):
        if complaint.status in WAITING:
            due = rules.due_at(
                complaint.status, complaint.severity, complaint.opened_at, complaint.resolved_at
            )
            if due is None or due >= now:
                continue
        what = complaint.description.strip().splitlines()[0] if complaint.description.strip() else ""
        short = what if len(what) <= SHORT else what[: SHORT - 1] + "…"  # the list stays narrow
        title = f"{complaint.complaint_no}: {short}"
        apology, call = task_keys(complaint.id)
        add(CareKind.APOLOGY, today, apology, member_id=complaint.member_id, title=title)
        add(CareKind.SUPERVISOR_CALL, today, call, member_id=complaint.member_id, title=title)
