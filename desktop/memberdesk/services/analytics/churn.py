"""Churn and retention of a period (顾客流失), as ``domain/churn.py`` defines them.

Counted from the sales themselves, so a period in the past reads as it was then: the base
is the members with a sale in the ``churn_days`` before the period's start, the lost are
those of them without a sale in the ``churn_days`` before its end. Both are answered by the
database through the (member, time) index of sales; only the 30 biggest lost members'
names and likely causes are read into Python.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, case, exists, func, literal, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from memberdesk.documents.figures import ChurnedMember, MembershipFigures
from memberdesk.domain.churn import (
    BADLY_RATED,
    HALF_YEAR_DAYS,
    LAPSE_DAYS,
    LAPSE_DAYS_RANGE,
    LAPSE_SETTING,
    YEAR_DAYS,
    WinbackCause,
    likely_cause,
    parse_lapse_days,
    yearly_churn,
)
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.vocab import ComplaintStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.services.staff.settings import write_setting
from memberdesk.store.database import Database
from memberdesk.store.models import Complaint, Member, MemberStats, Sale, SaleReturn, Setting

TOP_LOST = 30
_DAY_MICROS = 86_400_000_000


def lapse_days(s: Session, store_id: int) -> int:
    """The store's setting: no purchase for this many days and a member has lapsed."""
    row = s.get(Setting, (store_id, LAPSE_SETTING))
    return parse_lapse_days(row.value) if row is not None else LAPSE_DAYS


def _within_days_before(s: Session, at: Any, last: Any, days: int = YEAR_DAYS) -> ColumnElement[bool]:
    """``at`` falls in the ``days`` days up to and including ``last`` (both stored timestamps)."""
    if s.get_bind().dialect.name == "sqlite":  # integer microseconds
        a, b = type_coerce(at, Integer), type_coerce(last, Integer)
        return and_(a <= b, a > b - days * _DAY_MICROS)
    return and_(at <= last, at > last - literal(dt.timedelta(days=days)))


def _after_year_before(s: Session, at: Any, last: Any) -> ColumnElement[bool]:
    """``at`` is later than 365 days before ``last`` (a return after the last purchase counts)."""
    if s.get_bind().dialect.name == "sqlite":
        later: ColumnElement[bool] = (
            type_coerce(at, Integer) > type_coerce(last, Integer) - YEAR_DAYS * _DAY_MICROS
        )
        return later
    return at > last - literal(dt.timedelta(days=YEAR_DAYS))  # type: ignore[no-any-return]


def _causes(s: Session, per_member: Any, hi: dt.datetime) -> dict[int, WinbackCause]:
    """The likely cause of each lost member (``domain.churn.likely_cause``): complaints as
    they stand now, returns in the year up to their last purchase or since (before the
    period's end), and their purchases in the two half-years up to the last one."""
    lost = select(per_member.c.member_id)
    complained = set(
        s.scalars(
            select(Complaint.member_id).where(
                Complaint.member_id.in_(lost),
                Complaint.opened_at < hi,
                or_(
                    Complaint.status.in_([ComplaintStatus.OPEN, ComplaintStatus.HANDLING]),
                    Complaint.satisfaction_after <= BADLY_RATED,
                    and_(
                        Complaint.status == ComplaintStatus.CLOSED,
                        Complaint.satisfaction_after.is_(None),
                        or_(Complaint.follow_up_note.is_(None), Complaint.follow_up_note == ""),
                    ),
                ),
            )
        )
    )
    returned = set(
        s.scalars(
            select(SaleReturn.member_id)
            .join(per_member, per_member.c.member_id == SaleReturn.member_id)
            .where(
                SaleReturn.created_at < hi, _after_year_before(s, SaleReturn.created_at, per_member.c.last)
            )
        )
    )
    bought = aliased(Sale)
    recent = case((_within_days_before(s, bought.created_at, per_member.c.last, HALF_YEAR_DAYS), 1), else_=0)
    causes = {}
    for member_id, visits, last_half in s.execute(
        select(per_member.c.member_id, func.count(), func.sum(recent))
        .join(
            bought,
            and_(
                bought.member_id == per_member.c.member_id,
                _within_days_before(s, bought.created_at, per_member.c.last),
            ),
        )
        .group_by(per_member.c.member_id)
    ):
        last_half = int(last_half or 0)
        causes[int(member_id)] = likely_cause(
            member_id in complained, member_id in returned, int(visits) - last_half, last_half
        )
    return causes


def lost_members(s: Session, lo: dt.datetime, hi: dt.datetime, days: int) -> Any:
    """A subquery of the base members lost in ``lo``..``hi`` (column ``member_id``), and the
    base itself: (lost, base)."""
    gap = dt.timedelta(days=days)
    base = (
        select(Sale.member_id)
        .where(Sale.member_id.is_not(None), Sale.created_at >= lo - gap, Sale.created_at < lo)
        .distinct()
        .subquery("base")
    )
    later = aliased(Sale)
    stayed = exists().where(
        later.member_id == base.c.member_id, later.created_at >= hi - gap, later.created_at < hi
    )
    lost = select(base.c.member_id).where(~stayed).subquery("lost")
    return lost, base


def churn(s: Session, f: MembershipFigures, lo: dt.datetime, hi: dt.datetime) -> None:
    """Base, lost, the yearly churn rate, the revenue at risk and the 30 biggest lost."""
    lost, base = lost_members(s, lo, hi, f.churn_days)
    f.churn_base = s.scalar(select(func.count()).select_from(base)) or 0
    # each lost member's last purchase, then what they bought in the year up to it
    last = (
        select(Sale.member_id, func.max(Sale.created_at).label("last"))
        .where(Sale.member_id.in_(select(lost.c.member_id)), Sale.created_at < hi)
        .group_by(Sale.member_id)
        .subquery("last")
    )
    spent = aliased(Sale)
    per_member = (
        select(last.c.member_id, last.c.last, func.sum(spent.total_fen).label("year_fen"))
        .join(
            spent,
            and_(spent.member_id == last.c.member_id, _within_days_before(s, spent.created_at, last.c.last)),
        )
        .group_by(last.c.member_id, last.c.last)
        .subquery("per_member")
    )
    count, risk = s.execute(select(func.count(), func.sum(per_member.c.year_fen))).one()
    f.churned_count = int(count or 0)
    f.revenue_at_risk_fen = int(risk or 0)
    causes = _causes(s, per_member, hi)
    spent_by = dict(s.execute(select(per_member.c.member_id, per_member.c.year_fen)).all())
    f.churned_ids = [int(i) for i, _ in sorted(spent_by.items(), key=lambda kv: (-int(kv[1] or 0), kv[0]))]
    f.churn_causes = [
        (
            cause,
            sum(1 for c in causes.values() if c is cause),
            sum(int(spent_by.get(i) or 0) for i, c in causes.items() if c is cause),
        )
        for cause in WinbackCause
    ]
    f.churn_rate_year = yearly_churn(f.churn_base, f.churned_count, (f.end - f.start).days + 1)
    gap = dt.timedelta(days=f.churn_days)
    f.members_lapsed = s.scalar(select(func.count()).where(MemberStats.last_visit_at < hi - gap)) or 0
    top = s.execute(
        select(Member.id, Member.name, per_member.c.last, MemberStats.spend_fen, per_member.c.year_fen)
        .join(per_member, per_member.c.member_id == Member.id)
        .outerjoin(MemberStats, MemberStats.member_id == Member.id)
        .order_by(per_member.c.year_fen.desc(), Member.id)
        .limit(TOP_LOST)
    ).all()
    ids = [r[0] for r in top]
    complaint: dict[int, str] = {}
    for member_id, category, what in s.execute(
        select(Complaint.member_id, Complaint.category, Complaint.description)
        .where(Complaint.member_id.in_(ids), Complaint.opened_at < hi)
        .order_by(Complaint.opened_at)
    ):
        if member_id is not None:
            complaint[member_id] = f"{category.value}: {what}"
    returned: dict[int, str] = {}
    for member_id, rtype, reason in s.execute(
        select(SaleReturn.member_id, SaleReturn.return_type, SaleReturn.reason)
        .where(SaleReturn.member_id.in_(ids), SaleReturn.created_at < hi)
        .order_by(SaleReturn.created_at)
    ):
        if member_id is not None:
            returned[member_id] = f"{rtype.value}: {reason}"
    f.churned = [
        ChurnedMember(
            i,
            name,
            when.astimezone().date() if when else f.end,
            int(lifetime or 0),
            int(year or 0),
            complaint.get(i, ""),
            returned.get(i, ""),
            causes.get(i, WinbackCause.UNKNOWN),
        )
        for i, name, when, lifetime, year in top
    ]


def save_lapse_days(db: Database, actor: Actor, days: int) -> None:
    """Store the days without a purchase after which a member has lapsed (manager only)."""
    require(actor, Permission.MANAGE_RULES)
    low, high = LAPSE_DAYS_RANGE
    if not low <= days <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose between {low} and {high} days."),
            field="lapse_days",
            low=low,
            high=high,
        )
    with db.write() as s:
        write_setting(s, actor, LAPSE_SETTING, json.dumps(days), "rules.lapse_days")


def get_lapse_days(db: Database, store_id: int) -> int:
    with db.read() as s:
        return lapse_days(s, store_id)
