"""The member card: what the clerk sees once a member is recognised.

One read connection, a handful of primary-key or indexed lookups (members with member_stats,
the open-complaint count and the latest marketing consent in one statement; sizes, children;
after-sales by ``ix_service_records_member``, the last sales by ``ix_sales_member_created``
with what was returned of each line by ``return_lines.sale_line_id``, care by
``ix_care_tasks_member``). Nothing scans sales: totals come from ``member_stats``.

The card is opened at every recognition, so its statements are built once, here, and read
as rows: building ``select()``s and ORM objects per call cost more than the SQL itself.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import namedtuple
from typing import Any

from sqlalchemy import BindParameter, Date, Integer, Select, bindparam, false, func, select
from sqlalchemy.orm import aliased

from memberdesk.documents.member_card import (
    OPEN_SERVICE,
    ChildInfo,
    LatestCare,
    MemberCard,
    MemberMoney,
    NextBirthday,
    PointsExpiring,
    Purchase,
    ServiceDue,
)
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound
from memberdesk.domain.expiry import ExpiryPolicy, ExpiryRule, PointsMove, expiring_soon
from memberdesk.domain.members import (
    CHILD_BIRTHDAY_NOTICE_DAYS,
    birthday_this_week,
    child_age,
    honorific,
    lapsed_days,
    next_lunar_birthday,
    next_solar_birthday,
)
from memberdesk.domain.phone import mask_phone
from memberdesk.domain.vocab import (
    ComplaintStatus,
    ConsentKind,
    PointsSource,
    SizeCategory,
)
from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import DriverStatement
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import (
    CareAction,
    CareTask,
    Child,
    Complaint,
    Consent,
    Coupon,
    Member,
    MemberSize,
    MemberStats,
    PointsEntry,
    ReturnLine,
    Sale,
    SaleLine,
    ServiceRecord,
    Setting,
    Staff,
    Wallet,
)

LAST_SALES = 3
LAST_LINES = 6
CLOSED_SERVICES_SHOWN = 3
EXPIRY_WARNING_DAYS = 31  # points that expire within the next month are flagged
# The settings the money block reads with the member, by the keys their services store them
# under (services/sales/rules.py, services/rewards/expiry.py: higher layers than members).
SALES_RULES_KEY = "sales.rules"
EXPIRY_KEY = "rewards.expiry"
DEFAULT_REDEEM_FEN_PER_POINT = 1


# --- the statements, built once ---------------------------------------------------------------

_ID: BindParameter[int] = bindparam("member_id", type_=Integer)
_TODAY: BindParameter[dt.date] = bindparam("today", type_=Date)
_referrer = aliased(Member, name="referrer")
_ref_staff = aliased(Staff, name="ref_staff")
_enrolled_by = aliased(Staff, name="enrolled_by")

_OPEN_COMPLAINTS = (
    select(func.count())
    .select_from(Complaint)
    .where(Complaint.member_id == Member.id, Complaint.status != ComplaintStatus.CLOSED)
    .correlate(Member)
    .scalar_subquery()
)
_MARKETING = (
    select(Consent.granted)
    .where(Consent.member_id == Member.id, Consent.kind == ConsentKind.MARKETING)
    .order_by(Consent.recorded_at.desc(), Consent.id.desc())
    .limit(1)
    .correlate(Member)
    .scalar_subquery()
)
_VALID_COUPONS = (
    select(func.count())
    .select_from(Coupon)
    .where(
        Coupon.member_id == Member.id,
        Coupon.used == false(),
        Coupon.valid_from <= _TODAY,
        Coupon.valid_to >= _TODAY,
    )
    .correlate(Member)
    .scalar_subquery()
)


def _setting(key: str) -> Any:
    return (
        select(Setting.value)
        .where(Setting.store_id == Member.store_id, Setting.key == key)
        .correlate(Member)
        .scalar_subquery()
    )


_MEMBER = (
    select(
        Member.id,
        Member.name,
        Member.gender,
        Member.phone,
        Member.card_no,
        Member.tier,
        Member.enrolled_at,
        Member.channel,
        Member.channel_detail,
        Member.skin_type,
        Member.hair_type,
        Member.occupation,
        Member.hobbies,
        Member.birthday,
        Member.birthday_lunar,
        Member.lunar_mmdd,
        Member.lunar_leap,
        Member.notes,
        Member.ethnicity,
        Member.religion,
        Member.income_band,
        MemberStats.points_balance,
        MemberStats.spend_fen,
        MemberStats.visit_count,
        MemberStats.last_visit_at,
        _referrer.name.label("referrer_name"),
        _ref_staff.name.label("ref_staff_name"),
        _enrolled_by.name.label("enrolled_by_name"),
        _OPEN_COMPLAINTS.label("open_complaints"),
        _MARKETING.label("marketing"),
        MemberStats.points_owed,
        Wallet.id.label("wallet_id"),
        Wallet.principal_fen,
        Wallet.bonus_fen,
        _VALID_COUPONS.label("coupons_valid"),
        _setting(SALES_RULES_KEY).label("sales_rules"),
        _setting(EXPIRY_KEY).label("expiry_policy"),
    )
    .outerjoin(MemberStats, MemberStats.member_id == Member.id)
    .outerjoin(Wallet, Wallet.member_id == Member.id)
    .outerjoin(_referrer, _referrer.id == Member.referrer_member_id)
    .outerjoin(_ref_staff, _ref_staff.id == Member.referrer_staff_id)
    .outerjoin(_enrolled_by, _enrolled_by.id == Member.enrolled_by_id)
    .where(Member.id == _ID)
)
_SIZES = select(MemberSize.category, MemberSize.size).where(MemberSize.member_id == _ID)
_CHILDREN = select(Child.name, Child.gender, Child.birthday).where(Child.member_id == _ID).order_by(Child.id)
_LAST_SALES = (
    select(Sale.id, Sale.created_at)
    .where(Sale.member_id == _ID)
    .order_by(Sale.created_at.desc())
    .limit(LAST_SALES)
    .subquery()
)
_RETURNED = (
    select(func.coalesce(func.sum(ReturnLine.quantity), 0))
    .where(ReturnLine.sale_line_id == SaleLine.id)
    .correlate(SaleLine)
    .scalar_subquery()
)
_PURCHASES = (
    select(
        _LAST_SALES.c.created_at,
        SaleLine.description,
        SaleLine.size,
        SaleLine.quantity,
        SaleLine.total_fen,
        _RETURNED.label("returned"),
    )
    .join(SaleLine, SaleLine.sale_id == _LAST_SALES.c.id)
    .order_by(_LAST_SALES.c.created_at.desc(), SaleLine.line_no)
    .limit(LAST_LINES)
)
_SERVICE_COLUMNS = (
    ServiceRecord.id,
    ServiceRecord.kind,
    ServiceRecord.status,
    ServiceRecord.promised_date,
    ServiceRecord.description,
)
_SERVICES_OPEN = (
    select(*_SERVICE_COLUMNS)
    .where(ServiceRecord.member_id == _ID, ServiceRecord.status.in_(OPEN_SERVICE))
    .order_by(ServiceRecord.promised_date, ServiceRecord.id)
)
_SERVICES_CLOSED = (
    select(*_SERVICE_COLUMNS)
    .where(ServiceRecord.member_id == _ID, ServiceRecord.status.not_in(OPEN_SERVICE))
    .order_by(ServiceRecord.created_at.desc(), ServiceRecord.id.desc())
    .limit(CLOSED_SERVICES_SHOWN)
)
_LATEST_CARE = (
    select(CareTask.kind, CareTask.title, CareAction.action, CareAction.at)
    .join(CareAction, CareAction.task_id == CareTask.id)
    .where(CareTask.member_id == _ID)
    .order_by(CareAction.at.desc())
    .limit(1)
)
# Read only when the store's points expire and the member has points: expiry is first in,
# first out over the whole ledger (domain/expiry.py), as the expiry run counts it.
_POINTS_MOVES: Select[*tuple[Any, ...]] = (
    select(PointsEntry.created_at, PointsEntry.delta, PointsEntry.source)
    .where(PointsEntry.member_id == _ID)
    .order_by(PointsEntry.created_at, PointsEntry.id)
)
_SIZE_ORDER = {category: n for n, category in enumerate(SizeCategory)}


_STATEMENTS: tuple[Select[*tuple[Any, ...]], ...] = (
    _MEMBER,
    _SIZES,
    _CHILDREN,
    _PURCHASES,
    _SERVICES_OPEN,
    _SERVICES_CLOSED,
    _LATEST_CARE,
)
_MemberRow: Any = namedtuple("_MemberRow", [str(c.key) for c in _MEMBER.selected_columns])  # type: ignore[misc]
# Compiled once for the driver, with the columns' own converters (see services/common/driver_sql.py):
# a card costs little more than its SQL (benchmarks/bench_member_card.py).
# The member's statement takes today's date (valid coupons) through its column type.
_DRIVER = (
    DriverStatement(_STATEMENTS[0], convert=True, bind=True),
    *(DriverStatement(stmt, convert=True) for stmt in _STATEMENTS[1:]),
)
_DRIVER_MOVES = DriverStatement(_POINTS_MOVES, convert=True)
_COL = {str(c.key): n for n, c in enumerate(_MEMBER.selected_columns)}


def _needs_moves(member_rows: list[tuple[Any, ...]]) -> bool:
    """True when the card must read the points ledger: points on file and a policy that expires."""
    if not member_rows:
        return False
    row = member_rows[0]
    return (
        bool(row[_COL["points_balance"]])
        and expiry_policy(row[_COL["expiry_policy"]]).rule is not ExpiryRule.NEVER
    )


def _read(db: Database, member_id: int, today: dt.date | None = None) -> list[list[tuple[Any, ...]]]:
    """Every statement's rows in one read transaction, on the driver's cursor; the points
    ledger last, and only when expiry needs it."""
    dialect = db.engine.dialect
    params: dict[str, object] = {"member_id": member_id}
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            if db.is_sqlite:  # the driver begins nothing for a SELECT: one snapshot for all
                cursor.execute("BEGIN DEFERRED")
            found = [_DRIVER[0].rows(cursor, dialect, {**params, "today": today or dt.date.today()})]
            found += [statement.rows(cursor, dialect, params) for statement in _DRIVER[1:]]
            found.append(_DRIVER_MOVES.rows(cursor, dialect, params) if _needs_moves(found[0]) else [])
            return found
        finally:
            cursor.close()
            raw.rollback()
    finally:
        raw.close()


def _read_core(db: Database, member_id: int, today: dt.date | None = None) -> list[list[tuple[Any, ...]]]:
    params: dict[str, object] = {"member_id": member_id, "today": today or dt.date.today()}
    with db.engine.connect() as conn:
        found = [[tuple(row) for row in conn.execute(stmt, params)] for stmt in _STATEMENTS]
        moves = conn.execute(_POINTS_MOVES, params).all() if _needs_moves(found[0]) else []
        found.append([tuple(row) for row in moves])
        return found


def expiry_policy(text: str | None) -> ExpiryPolicy:
    """The store's points expiry policy from its setting (the expiry run's own reading:
    anything unreadable or out of range is "never")."""
    if not text:
        return ExpiryPolicy()
    try:
        raw = json.loads(text)
        policy = ExpiryPolicy(ExpiryRule(raw["rule"]), int(raw.get("months", 24)))
    except (ValueError, KeyError, TypeError):
        return ExpiryPolicy()
    return ExpiryPolicy() if policy.problems() else policy


def redeem_fen_per_point(text: str | None) -> int:
    """What one point pays at the till, from the store's sales rules (as the till reads it)."""
    if not text:
        return DEFAULT_REDEEM_FEN_PER_POINT
    try:
        value = int(json.loads(text).get("redeem_fen_per_point", DEFAULT_REDEEM_FEN_PER_POINT))
    except (ValueError, TypeError, AttributeError):
        return DEFAULT_REDEEM_FEN_PER_POINT
    return value if 0 <= value <= 10_000 else DEFAULT_REDEEM_FEN_PER_POINT


def _money(m: Any, move_rows: list[tuple[Any, ...]], today: dt.date) -> MemberMoney:
    points = int(m.points_balance or 0)
    soon = None
    if move_rows:
        moves = [
            PointsMove(at.astimezone().date(), delta, source is PointsSource.EXPIRY)
            for at, delta, source in move_rows
        ]
        found = expiring_soon(moves, expiry_policy(m.expiry_policy), today, EXPIRY_WARNING_DAYS)
        soon = PointsExpiring(*found) if found else None
    return MemberMoney(
        has_wallet=m.wallet_id is not None,
        principal_fen=int(m.principal_fen or 0),
        bonus_fen=int(m.bonus_fen or 0),
        points_value_fen=points * redeem_fen_per_point(m.sales_rules),
        points_owed=int(m.points_owed or 0),
        coupons_valid=int(m.coupons_valid or 0),
        expiring=soon,
    )


def _children(rows: list[tuple[Any, ...]], today: dt.date) -> tuple[ChildInfo, ...]:
    out = []
    for name, gender, birthday in rows:
        soon = None
        if birthday is not None:
            days = (next_solar_birthday(birthday.month, birthday.day, today) - today).days
            soon = days if days <= CHILD_BIRTHDAY_NOTICE_DAYS else None
        out.append(ChildInfo(name, gender, child_age(birthday, today) if birthday else None, soon))
    return tuple(out)


def next_birthday(
    birthday: dt.date | None, lunar_mmdd: int | None, lunar_leap: bool, celebrates_lunar: bool, today: dt.date
) -> NextBirthday | None:
    """The next day the birthday is kept (today included), the age turned then and the age today.

    The day is the one rule of ``domain.birthdays`` (the card's "birthday this week" and the
    care calendar use it too); the age turned is the difference of the years, as the care
    calendar prints it, so the card and the card printed for the day say the same age.
    """
    if birthday is None:
        return None
    lunar = None
    if celebrates_lunar and lunar_mmdd:
        month, day = divmod(lunar_mmdd, 100)
        lunar = (month, day, bool(lunar_leap))
        on = next_lunar_birthday(month, day, bool(lunar_leap), today)
    else:
        on = next_solar_birthday(birthday.month, birthday.day, today)
    if on is None:  # a lunar date past the years the tables cover
        return None
    turning = max(on.year - birthday.year, 0)
    age = turning if on == today else max(turning - 1, 0)
    return NextBirthday(on, turning, age, (birthday.month, birthday.day), lunar)


def _service(row: tuple[Any, ...], today: dt.date) -> ServiceDue:
    record_id, kind, status, promised, description = row
    overdue = status in OPEN_SERVICE and promised is not None and promised < today
    return ServiceDue(kind, status, promised, overdue, record_id, description)


def _aware(at: dt.datetime) -> dt.datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)


def member_card(db: Database, actor: Actor, member_id: int, today: dt.date | None = None) -> MemberCard:
    """The card of ``member_id`` as of ``today`` (the local date; defaults to now)."""
    require(actor, Permission.FIND_MEMBER)
    today = today or dt.date.today()
    member_rows, size_rows, child_rows, purchase_rows, open_rows, closed_rows, care_rows, move_rows = _read(
        db, member_id, today
    )
    if not member_rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Member {id} was not found."), id=member_id)
    m: Any = _MemberRow(*member_rows[0])
    sizes = sorted(((r[0], r[1]) for r in size_rows), key=lambda p: _SIZE_ORDER[p[0]])
    children = _children(child_rows, today)
    purchases = tuple(
        Purchase(_aware(at), description, size, quantity, total, int(returned or 0))
        for at, description, size, quantity, total, returned in purchase_rows
    )
    services_open = tuple(_service(r, today) for r in open_rows)
    services_closed = tuple(_service(r, today) for r in closed_rows)
    care = care_rows[0] if care_rows else None
    last_visit = m.last_visit_at
    return MemberCard(
        id=m.id,
        name=m.name,
        greeting=honorific(m.name, m.gender),
        gender=m.gender,
        masked_phone=mask_phone(m.phone),
        card_no=m.card_no,
        tier=m.tier,
        points=m.points_balance or 0,
        member_since=m.enrolled_at.date(),
        channel=m.channel,
        channel_detail=m.channel_detail,
        referrer_name=m.referrer_name or "",
        referrer_staff_name=m.ref_staff_name or "",
        enrolled_by_name=m.enrolled_by_name or "",
        sizes=tuple(sizes),
        skin_type=m.skin_type,
        hair_type=m.hair_type,
        occupation=m.occupation,
        hobbies=m.hobbies,
        children=children,
        birthday=m.birthday,
        birthday_lunar=m.birthday_lunar,
        birthday_this_week=birthday_this_week(
            m.birthday, m.lunar_mmdd, m.lunar_leap, m.birthday_lunar, today
        ),
        lapsed_days=lapsed_days(last_visit.date() if last_visit else None, today),
        open_complaints=m.open_complaints or 0,
        services_due=services_open,
        spend_fen=m.spend_fen or 0,
        visit_count=m.visit_count or 0,
        last_visit_at=last_visit,
        last_purchases=purchases,
        latest_care=LatestCare(*care) if care else None,
        notes=m.notes,
        marketing_consent=bool(m.marketing),
        sensitive_on_file=bool(m.ethnicity or m.religion or m.income_band),
        services_closed=services_closed,
        next_birthday=next_birthday(m.birthday, m.lunar_mmdd, m.lunar_leap, m.birthday_lunar, today),
        money=_money(m, move_rows, today),
    )
