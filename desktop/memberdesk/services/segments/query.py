"""A segment's filter compiled to ONE statement over the members (no row travels to Python
before the database has decided): count, a page, or the ids.

Each kind of question is an indexed subquery (tags by (tag, member), sales by time, the
children by birthday, the member totals by last visit and points) or a column of the member
row; the period's per-member totals (visits, spend, RFM) are one GROUP BY of the period's
sales joined with its returns, as the Reports page counts them (``services/analytics``):
spend is sales minus refunds of the period; RFM compares each buyer's recency (seconds since
the last purchase), frequency and money with the average of the period's buyers, "at or
better than the average" counting as high, compared exactly (x·n ≥ Σx) so both databases
agree to the fen and the second.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Select,
    and_,
    cast,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    type_coerce,
)

from memberdesk.domain import analytics as A
from memberdesk.domain.birthdays import lunar_keys_on
from memberdesk.domain.vocab import Channel, ConsentKind, MemberStatus, WalletKind
from memberdesk.services.analytics.figures import bounds
from memberdesk.services.segments.filters import SegmentFilter, check
from memberdesk.store.models import (
    Child,
    Consent,
    Member,
    MemberSize,
    MemberStats,
    MemberTag,
    Sale,
    SaleLine,
    SaleReturn,
    Tag,
    Wallet,
)
from memberdesk.store.models.base import epoch_micros


@dataclass(frozen=True)
class Moment:
    """What a relative filter is measured from: today (the store's calendar day) and the
    dialect, whose timestamps differ (integer microseconds on SQLite)."""

    today: dt.date
    dialect: str
    store_id: int | None = None

    def period(self, days: int) -> tuple[dt.datetime, dt.datetime]:
        return bounds(self.today - dt.timedelta(days=days - 1), self.today)


def _seconds_since(moment: Moment, later: dt.datetime, earlier: Any) -> ColumnElement[int]:
    """Whole seconds from the stored ``earlier`` to ``later``."""
    if moment.dialect == "sqlite":
        micros = literal(epoch_micros(later), BigInteger) - type_coerce(earlier, BigInteger)
        return type_coerce(micros // 1_000_000, BigInteger)
    return cast(func.floor(func.extract("epoch", literal(later.replace(tzinfo=None)) - earlier)), BigInteger)


def _period_totals(moment: Moment, days: int) -> Any:
    """Per member who bought in the period: visits, spend (sales minus the period's refunds)
    and seconds since the last purchase."""
    lo, hi = moment.period(days)
    sales = (
        select(
            Sale.member_id.label("member_id"),
            func.count().label("visits"),
            func.sum(Sale.total_fen).label("sales_fen"),
            func.max(Sale.created_at).label("last_at"),
        )
        .where(Sale.member_id.is_not(None), Sale.created_at >= lo, Sale.created_at < hi)
        .group_by(Sale.member_id)
        .subquery("period_sales")
    )
    refunds = (
        select(SaleReturn.member_id.label("member_id"), func.sum(SaleReturn.refund_total_fen).label("fen"))
        .where(SaleReturn.member_id.is_not(None), SaleReturn.created_at >= lo, SaleReturn.created_at < hi)
        .group_by(SaleReturn.member_id)
        .subquery("period_refunds")
    )
    return (
        select(
            sales.c.member_id,
            sales.c.visits,
            (sales.c.sales_fen - func.coalesce(refunds.c.fen, 0)).label("spend"),
            _seconds_since(moment, hi, sales.c.last_at).label("recency"),
        )
        .outerjoin(refunds, refunds.c.member_id == sales.c.member_id)
        .subquery("period_totals")
    )


def _rfm(moment: Moment, f: SegmentFilter) -> ColumnElement[bool]:
    totals = _period_totals(moment, f.period_days)
    over = (
        select(
            totals.c.member_id,
            totals.c.recency,
            totals.c.visits,
            totals.c.spend,
            func.count().over().label("n"),
            func.sum(totals.c.recency).over().label("sum_r"),
            func.sum(totals.c.visits).over().label("sum_f"),
            func.sum(totals.c.spend).over().label("sum_m"),
        )
    ).subquery("rfm")
    recent = over.c.recency * over.c.n <= over.c.sum_r
    frequent = over.c.visits * over.c.n >= over.c.sum_f
    big = over.c.spend * over.c.n >= over.c.sum_m
    wanted = []
    for code, seg in enumerate(A.SEGMENT_BY_CODE):
        if seg.value in f.rfm:
            parts = [c if code & bit else ~c for c, bit in ((recent, 4), (frequent, 2), (big, 1))]
            wanted.append(and_(*parts))
    return Member.id.in_(select(over.c.member_id).where(or_(*wanted)))


def _totals_condition(moment: Moment, f: SegmentFilter) -> list[ColumnElement[bool]]:
    asks_zero = (
        (f.visits_min in (None, 0))
        and (f.spend_min_fen is None or f.spend_min_fen <= 0)
        and (f.spend_max_fen is None or f.spend_max_fen >= 0)
    )
    totals = _period_totals(moment, f.period_days)
    conditions = []
    if f.visits_min is not None:
        conditions.append(totals.c.visits >= f.visits_min)
    if f.visits_max is not None:
        conditions.append(totals.c.visits <= f.visits_max)
    if f.spend_min_fen is not None:
        conditions.append(totals.c.spend >= f.spend_min_fen)
    if f.spend_max_fen is not None:
        conditions.append(totals.c.spend <= f.spend_max_fen)
    if not conditions:
        return []
    buyers = Member.id.in_(select(totals.c.member_id).where(*conditions))
    if not asks_zero:
        return [buyers]
    # a member who bought nothing in the period has 0 visits and spends 0 less any refunds
    lo, hi = moment.period(f.period_days)
    bought = exists().where(Sale.member_id == Member.id, Sale.created_at >= lo, Sale.created_at < hi)
    refunded = (
        select(func.coalesce(func.sum(SaleReturn.refund_total_fen), 0))
        .where(SaleReturn.member_id == Member.id, SaleReturn.created_at >= lo, SaleReturn.created_at < hi)
        .scalar_subquery()
    )
    idle = [~bought]
    if f.visits_max is not None:
        idle.append(literal(0) <= f.visits_max)
    if f.spend_min_fen is not None:
        idle.append(-refunded >= f.spend_min_fen)
    if f.spend_max_fen is not None:
        idle.append(-refunded <= f.spend_max_fen)
    return [or_(buyers, and_(*idle))]


def _tags(f: SegmentFilter, store_id: int | None) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []

    def carriers(names: Sequence[str]) -> Select[Any]:
        stmt = select(MemberTag.member_id).join(Tag, Tag.id == MemberTag.tag_id).where(Tag.name.in_(names))
        return stmt.where(Tag.store_id == store_id) if store_id is not None else stmt

    if f.tags_any:
        found.append(Member.id.in_(carriers(f.tags_any)))
    if f.tags_all:
        names = sorted(set(f.tags_all))
        found.append(
            Member.id.in_(carriers(names).group_by(MemberTag.member_id).having(func.count() == len(names)))
        )
    return found


def _birthday_month(moment: Moment, month: int) -> ColumnElement[bool]:
    """Kept in ``month`` of this year: a solar birthday by its month; a lunar one when its
    solar day this year falls in the month (the care calendar's own rule, day by day)."""
    year = moment.today.year
    day = dt.date(year, month, 1)
    plain: set[int] = set()
    leap: set[int] = set()
    while day.month == month:
        for mmdd, is_leap in lunar_keys_on(day):
            (leap if is_leap else plain).add(mmdd)
        day += dt.timedelta(days=1)
    solar = and_(
        Member.birthday_lunar.is_(False),
        Member.birth_mmdd >= month * 100,
        Member.birth_mmdd < month * 100 + 100,
    )
    lunar = and_(
        Member.birthday_lunar.is_(True),
        or_(
            and_(Member.lunar_leap.is_(False), Member.lunar_mmdd.in_(sorted(plain))) if plain else false(),
            and_(Member.lunar_leap.is_(True), Member.lunar_mmdd.in_(sorted(leap))) if leap else false(),
        ),
    )
    return or_(solar, lunar)


def _people(moment: Moment, f: SegmentFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if f.tiers:
        found.append(Member.tier.in_(f.tiers))
    if f.channels:
        found.append(Member.channel.in_(f.channels))
    if f.target_groups:
        found.append(and_(Member.channel == Channel.TARGET_GROUP, Member.channel_detail.in_(f.target_groups)))
    if f.birthday_month is not None:
        found.append(_birthday_month(moment, f.birthday_month))
    if f.child_age_min is not None or f.child_age_max is not None:
        year = moment.today.year
        born = [Child.member_id == Member.id, Child.birthday.is_not(None)]
        if f.child_age_max is not None:
            born.append(Child.birthday >= dt.date(year - f.child_age_max, 1, 1))
        if f.child_age_min is not None:
            born.append(Child.birthday <= dt.date(year - f.child_age_min, 12, 31))
        found.append(exists().where(*born))
    if f.size_category:
        sized = [MemberSize.member_id == Member.id, MemberSize.category == f.size_category]
        if f.sizes:
            sized.append(MemberSize.size.in_(f.sizes))
        found.append(exists().where(*sized))
    if f.promotions:
        latest = (
            select(Consent.granted)
            .where(Consent.member_id == Member.id, Consent.kind == ConsentKind.MARKETING)
            .order_by(Consent.recorded_at.desc(), Consent.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        found.append(latest.is_(True) if f.promotions == "yes" else or_(latest.is_(None), latest.is_(False)))
    return found


def _money(moment: Moment, f: SegmentFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if f.lapsed_days is not None:
        since, _hi = bounds(moment.today - dt.timedelta(days=f.lapsed_days - 1), moment.today)
        found.append(
            Member.id.in_(
                select(MemberStats.member_id).where(
                    MemberStats.last_visit_at.is_not(None), MemberStats.last_visit_at < since
                )
            )
        )
    if f.points_min is not None or f.points_max is not None:
        points = [MemberStats.member_id == Member.id]
        if f.points_min is not None:
            points.append(MemberStats.points_balance >= f.points_min)
        if f.points_max is not None:
            points.append(MemberStats.points_balance <= f.points_max)
        if f.points_min in (None, 0):  # no totals row yet: no points
            found.append(or_(exists().where(*points), ~exists().where(MemberStats.member_id == Member.id)))
        else:
            found.append(exists().where(*points))
    if f.stored_value_min_fen is not None or f.stored_value_max_fen is not None:
        balance = (
            select(Wallet.principal_fen + Wallet.bonus_fen)
            .where(Wallet.member_id == Member.id, Wallet.kind == WalletKind.MEMBER)
            .scalar_subquery()
        )
        held = func.coalesce(balance, 0)
        if f.stored_value_min_fen is not None:
            found.append(held >= f.stored_value_min_fen)
        if f.stored_value_max_fen is not None:
            found.append(held <= f.stored_value_max_fen)
    return found


def conditions(moment: Moment, f: SegmentFilter) -> list[ColumnElement[bool]]:
    """The filter as conditions on Member (active members of the store only)."""
    check(f)
    found: list[ColumnElement[bool]] = [Member.status == MemberStatus.ACTIVE]
    if moment.store_id is not None:
        found.append(Member.store_id == moment.store_id)
    found += _people(moment, f)
    found += _tags(f, moment.store_id)
    found += _money(moment, f)
    found += _totals_condition(moment, f)
    if f.category:
        lo, hi = moment.period(f.period_days)
        found.append(
            Member.id.in_(
                select(Sale.member_id)
                .join(SaleLine, SaleLine.sale_id == Sale.id)
                .where(SaleLine.category == f.category, Sale.created_at >= lo, Sale.created_at < hi)
            )
        )
    if f.rfm:
        found.append(_rfm(moment, f))
    return found


def ids_statement(moment: Moment, f: SegmentFilter) -> Select[Any]:
    return select(Member.id).where(*conditions(moment, f))


def count_statement(moment: Moment, f: SegmentFilter) -> Select[Any]:
    return select(func.count()).select_from(Member).where(*conditions(moment, f))
