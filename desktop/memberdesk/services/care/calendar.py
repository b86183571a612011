"""The care calendar (顾客关怀): birthdays, children's birthdays, festivals, events, after-sales.

Tasks are generated for a date range and stored, so what staff did for each (card
printed, message sent, called, gift given, skipped) is kept. Generation is idempotent:
each task has a key made of what it is for, inserted with "on conflict do nothing", so
running the calendar twice - or on two counters at once - adds nothing.

Birthdays are found through the month-day indexes (``birth_mmdd`` for solar birthdays,
``lunar_mmdd`` for lunar ones, ``children.birth_mmdd``): the range's days are turned into
the month-days that fall on them, never by reading every member.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from memberdesk.domain import birthdays
from memberdesk.domain.complaints import ComplaintRules
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from memberdesk.domain.events import Reply
from memberdesk.domain.holidays import holidays_between
from memberdesk.domain.members import honorific
from memberdesk.domain.vocab import CareActionKind, CareKind, Gender, MemberStatus, ServiceStatus
from memberdesk.services.care import apologies, expiring
from memberdesk.services.care import coupons as care_coupons
from memberdesk.services.common.context import Actor
from memberdesk.services.members.forms import check_text
from memberdesk.services.rewards import expiry
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import (
    CareAction,
    CareTask,
    Child,
    EventInvitation,
    EventReply,
    Member,
    MemberEvent,
    ServiceRecord,
    Staff,
    utcnow,
)

MAX_RANGE_DAYS = 366


@dataclass(frozen=True)
class CareMark:
    """Something done for a task: what, by whom, when."""

    action: CareActionKind
    by: str
    at: dt.datetime


@dataclass(frozen=True)
class CareItem:
    """One line of the care calendar, ready to show or to print a card from.

    ``marks`` are all that was done for the task, oldest first (``last_action`` is the
    newest); an event's task carries the event's time, place and reply contact.
    """

    task_id: int
    kind: CareKind
    due_date: dt.date
    holiday: str
    title: str
    member_id: int | None
    member_name: str
    member_gender: Gender
    honorific: str
    turning: int | None  # the age the member (or the child) turns that day
    lunar: bool
    child_name: str
    child_gender: Gender | None
    last_action: CareActionKind | None
    last_action_by: str
    last_action_at: dt.datetime | None
    marks: tuple[CareMark, ...] = ()
    event_at: dt.datetime | None = None
    event_place: str = ""
    event_rsvp: str = ""


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."), field="end"
        )
    if (end - start).days >= MAX_RANGE_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose at most {days} days at a time."),
            field="end",
            days=MAX_RANGE_DAYS,
        )
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _solar_days(days: Iterable[dt.date]) -> dict[int, list[dt.date]]:
    """month*100+day -> the days in range on which a solar birthday of that month-day is kept."""
    found: dict[int, list[dt.date]] = defaultdict(list)
    for day in days:
        for key in birthdays.solar_keys_on(day):
            found[key].append(day)
    return found


def _lunar_days(days: Iterable[dt.date]) -> dict[tuple[int, bool], list[dt.date]]:
    found: dict[tuple[int, bool], list[dt.date]] = defaultdict(list)
    for day in days:
        for key in birthdays.lunar_keys_on(day):
            found[key].append(day)
    return found


def _task_rows(s: Session, store_id: int, start: dt.date, end: dt.date) -> list[dict[str, object]]:
    days = _days(start, end)
    rows: list[dict[str, object]] = []

    def add(kind: CareKind, due: dt.date, key: str, **fields: object) -> None:
        rows.append({"store_id": store_id, "kind": kind, "due_date": due, "task_key": key, **fields})

    active = Member.status == MemberStatus.ACTIVE
    solar = _solar_days(days)
    for member_id, mmdd in s.execute(
        select(Member.id, Member.birth_mmdd).where(
            Member.birth_mmdd.in_(list(solar)), Member.birthday_lunar.is_(False), active
        )
    ):
        for due in solar.get(mmdd or 0, []):
            add(CareKind.BIRTHDAY, due, f"birthday:{member_id}:{due}", member_id=member_id)
    by_lunar = _lunar_days(days)
    for member_id, mmdd, leap in s.execute(
        select(Member.id, Member.lunar_mmdd, Member.lunar_leap).where(
            Member.lunar_mmdd.in_(sorted({k[0] for k in by_lunar})), Member.birthday_lunar.is_(True), active
        )
    ):
        for due in by_lunar.get((mmdd or 0, bool(leap)), []):
            add(CareKind.BIRTHDAY, due, f"birthday:{member_id}:{due}", member_id=member_id)
    for child_id, member_id, mmdd in s.execute(
        select(Child.id, Child.member_id, Child.birth_mmdd)
        .join(Member, Member.id == Child.member_id)
        .where(Child.birth_mmdd.in_(list(solar)), active)
    ):
        for due in solar.get(mmdd or 0, []):
            add(
                CareKind.CHILD_BIRTHDAY,
                due,
                f"child:{child_id}:{due}",
                member_id=member_id,
                child_id=child_id,
            )
    for holiday in holidays_between(start, end):
        add(
            CareKind.HOLIDAY,
            holiday.date,
            f"holiday:{holiday.date}:{holiday.holiday}",
            holiday=holiday.holiday.value,
        )
    _events_and_services(s, start, end, add)
    return rows


def _events_and_services(s: Session, start: dt.date, end: dt.date, add) -> None:  # type: ignore[no-untyped-def]
    # Event times are UTC; the day that counts is the store's local day.
    window_start = dt.datetime.combine(start - dt.timedelta(days=1), dt.time(), dt.UTC)
    window_end = dt.datetime.combine(end + dt.timedelta(days=2), dt.time(), dt.UTC)
    # the reply in force (append-only replies, the latest counts): a member who said no gets no
    # invitation task, so no card or message either
    reply_in_force = (
        select(EventReply.reply)
        .where(EventReply.event_id == MemberEvent.id, EventReply.member_id == EventInvitation.member_id)
        .order_by(EventReply.id.desc())
        .limit(1)
        .correlate(MemberEvent, EventInvitation)
        .scalar_subquery()
    )
    for event_id, title, starts_at, member_id in s.execute(
        select(MemberEvent.id, MemberEvent.title, MemberEvent.starts_at, EventInvitation.member_id)
        .join(EventInvitation, EventInvitation.event_id == MemberEvent.id)
        .where(MemberEvent.starts_at >= window_start, MemberEvent.starts_at < window_end)
        .where(func.coalesce(reply_in_force, Reply.NO_ANSWER.value) != Reply.NOT_COMING.value)
    ):
        day = starts_at.astimezone().date()
        if start <= day <= end:
            add(
                CareKind.EVENT,
                day,
                f"event:{event_id}:{member_id}",
                member_id=member_id,
                event_id=event_id,
                title=title,
            )
    for record_id, service_member, promised, what in s.execute(
        select(
            ServiceRecord.id, ServiceRecord.member_id, ServiceRecord.promised_date, ServiceRecord.description
        ).where(
            ServiceRecord.status.in_([ServiceStatus.PENDING, ServiceStatus.IN_PROGRESS]),
            ServiceRecord.promised_date >= start,
            ServiceRecord.promised_date <= end,
        )
    ):
        add(
            CareKind.AFTER_SALES,
            promised,
            f"service:{record_id}",
            member_id=service_member,
            service_record_id=record_id,
            title=what[:120],
        )


def _adder(rows: list[dict[str, object]], store_id: int):  # type: ignore[no-untyped-def]
    def add(kind: CareKind, due: dt.date, key: str, **fields: object) -> None:
        rows.append({"store_id": store_id, "kind": kind, "due_date": due, "task_key": key, **fields})

    return add


def _insert_ignoring_existing(s: Session, rows: list[dict[str, object]]) -> None:
    if not rows:
        return
    dialect = s.get_bind().dialect.name
    columns = ("member_id", "child_id", "event_id", "service_record_id", "holiday", "title")
    full = [
        {c: None for c in columns[:4]} | {"holiday": "", "title": "", "created_at": utcnow()} | r
        for r in rows
    ]
    make = postgresql.insert if dialect == "postgresql" else sqlite.insert if dialect == "sqlite" else insert
    stmt = make(CareTask).on_conflict_do_nothing(index_elements=["task_key"])  # type: ignore[attr-defined]
    s.execute(stmt, full)


def generate(
    db: Database,
    store_id: int,
    start: dt.date,
    end: dt.date,
    *,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    complaint_rules: ComplaintRules | None = None,
) -> None:
    """Create the care tasks of ``start``..``end`` that do not exist yet (idempotent), and the
    coupons that go with them (``services/care/coupons.py``): a birthday coupon for each
    birthday, a welcome coupon for each new member; and a task for each member whose points
    expire in a month of the range (``services/care/expiring.py``); and, when the range holds
    today, an apology and a supervisor call task for each complaint never followed up of a
    member now lapsed (``services/care/apologies.py``; ``complaint_rules``: the store's
    deadlines, the defaults when not given).

    The range's existing keys are read once and only missing tasks are offered to the
    insert, so a refresh of an already generated week reads instead of writing; the insert
    still ignores conflicts, for two counters that generate the same new task at once.
    """
    policy = expiry.load_policy(db, store_id)
    today = today or dt.date.today()
    with db.write() as s:
        rows = _task_rows(s, store_id, start, end)
        expiring.expiring_rows(s, store_id, policy, start, end, _adder(rows, store_id))
        if start <= today <= end:
            apologies.unfollowed_rows(
                s,
                store_id,
                complaint_rules or ComplaintRules(),
                today,
                now or utcnow(),
                _adder(rows, store_id),
            )
        care_coupons.birthday_coupons_in(
            s,
            store_id,
            [(int(r["member_id"]), r["due_date"]) for r in rows if r["kind"] is CareKind.BIRTHDAY],  # type: ignore[call-overload, misc]
            today=today,
        )
        care_coupons.welcome_coupons_in(s, store_id, today=today)
        existing = set(
            s.scalars(
                select(CareTask.task_key).where(
                    CareTask.store_id == store_id, CareTask.due_date >= start, CareTask.due_date <= end
                )
            )
        )
        _insert_ignoring_existing(s, [r for r in rows if r["task_key"] not in existing])


def calendar(
    db: Database,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    *,
    kinds: Iterable[CareKind] | None = None,
    member_id: int | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[CareItem]:
    """The stored care tasks from ``start`` to ``end``, by date, with what was done last.

    Call ``generate`` for the range first (once per refresh, not per page).
    """
    require(actor, Permission.FIND_MEMBER)
    _days(start, end)
    latest = (
        select(CareAction.task_id, func.max(CareAction.id).label("action_id"))
        .group_by(CareAction.task_id)
        .subquery()
    )
    action = aliased(CareAction)
    stmt = (
        select(
            CareTask,
            Member.name,
            Member.gender,
            Member.birthday,
            Member.birthday_lunar,
            Child,
            action,
            Staff.name,
            MemberEvent.starts_at,
            MemberEvent.location,
            MemberEvent.rsvp_contact,
        )
        .outerjoin(Member, Member.id == CareTask.member_id)
        .outerjoin(MemberEvent, MemberEvent.id == CareTask.event_id)
        .outerjoin(Child, Child.id == CareTask.child_id)
        .outerjoin(latest, latest.c.task_id == CareTask.id)
        .outerjoin(action, action.id == latest.c.action_id)
        .outerjoin(Staff, Staff.id == action.staff_id)
        .where(CareTask.store_id == actor.store_id, CareTask.due_date >= start, CareTask.due_date <= end)
        .order_by(CareTask.due_date, CareTask.kind, CareTask.id)
        .offset(offset)
        .limit(limit)
    )
    if kinds is not None:
        stmt = stmt.where(CareTask.kind.in_(list(kinds)))
    if member_id is not None:
        stmt = stmt.where(CareTask.member_id == member_id)
    items = []
    with db.read() as s:
        rows = s.execute(stmt).all()
        marks = _marks(s, [row[0].id for row in rows])
        for task, name, gender, birthday, is_lunar, child, done, staff_name, *event in rows:
            turning = None
            # The task's day is the birthday as kept (a lunar date moves; 29 February is kept
            # on the 28th), so the age turned is the difference of the years.
            if task.kind == CareKind.BIRTHDAY and birthday is not None:
                turning = max(task.due_date.year - birthday.year, 0)
            if child is not None and child.birthday is not None:
                turning = max(task.due_date.year - child.birthday.year, 0)
            items.append(
                CareItem(
                    task_id=task.id,
                    kind=task.kind,
                    due_date=task.due_date,
                    holiday=task.holiday,
                    title=task.title,
                    member_id=task.member_id,
                    member_name=name or "",
                    member_gender=gender or Gender.UNKNOWN,
                    honorific=honorific(name, gender) if name else "",
                    turning=turning,
                    lunar=bool(is_lunar),
                    child_name=child.name if child is not None else "",
                    child_gender=child.gender if child is not None else None,
                    last_action=done.action if done is not None else None,
                    last_action_by=staff_name or "",
                    last_action_at=done.at if done is not None else None,
                    marks=marks.get(task.id, ()),
                    event_at=event[0],
                    event_place=event[1] or "",
                    event_rsvp=event[2] or "",
                )
            )
    return items


def _marks(s: Session, task_ids: list[int]) -> dict[int, tuple[CareMark, ...]]:
    """Everything done for these tasks, oldest first (through the index on task_id)."""
    found: dict[int, list[CareMark]] = defaultdict(list)
    for start in range(0, len(task_ids), 500):
        chunk = task_ids[start : start + 500]
        for task_id, action, at, by in s.execute(
            select(CareAction.task_id, CareAction.action, CareAction.at, Staff.name)
            .join(Staff, Staff.id == CareAction.staff_id)
            .where(CareAction.task_id.in_(chunk))
            .order_by(CareAction.id)
        ):
            found[task_id].append(CareMark(action, by, at))
    return {task_id: tuple(done) for task_id, done in found.items()}


def counts(db: Database, actor: Actor, start: dt.date, end: dt.date) -> dict[CareKind, tuple[int, int]]:
    """(tasks, tasks with something done) per kind among the stored tasks of the range."""
    require(actor, Permission.FIND_MEMBER)
    done = select(CareAction.task_id).distinct().subquery()
    with db.read() as s:
        rows = s.execute(
            select(CareTask.kind, func.count(), func.count(done.c.task_id))
            .outerjoin(done, done.c.task_id == CareTask.id)
            .where(CareTask.store_id == actor.store_id, CareTask.due_date >= start, CareTask.due_date <= end)
            .group_by(CareTask.kind)
        ).all()
    return {kind: (int(total), int(marked)) for kind, total, marked in rows}


def mark(db: Database, actor: Actor, task_ids: Iterable[int], action: CareActionKind, note: str = "") -> int:
    """Record that ``action`` was done for each task, by the actor, now; returns how many."""
    require(actor, Permission.RECORD_CARE)
    ids = sorted(set(task_ids))
    check_text(note, "note", single_line=False)
    if len(note) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The note is too long (200 characters at most)."), field="note"
        )
    with db.write() as s:
        found = set(
            s.scalars(select(CareTask.id).where(CareTask.id.in_(ids), CareTask.store_id == actor.store_id))
        )
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Care task {id} was not found."), id=missing[0])
        now = utcnow()
        s.execute(
            insert(CareAction),
            [
                {"task_id": i, "action": action, "staff_id": actor.staff_id, "at": now, "note": note.strip()}
                for i in ids
            ],
        )
        audit.record(
            s,
            actor,
            "care.mark",
            entity="care_task",
            entity_id=ids[0] if len(ids) == 1 else None,
            detail=f"{action.value} x{len(ids)}",
        )
    return len(ids)
