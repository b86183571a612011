"""The care calendar: the right people on the right days, once, and what staff did."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from memberdesk.domain import lunar
from memberdesk.domain.errors import PermissionDenied, ValidationError
from memberdesk.domain.vocab import CareActionKind, CareKind, Gender, MemberStatus, ServiceKind, ServiceStatus
from memberdesk.services.care import calendar as care
from memberdesk.store.models import (
    CareTask,
    Child,
    EventInvitation,
    Member,
    MemberEvent,
    ServiceRecord,
)
from tests.conftest import Shop

D = dt.date
START, END = D(2026, 9, 20), D(2026, 9, 30)  # Mid-Autumn 2026 is 25 September


def cal(shop: Shop, start: dt.date, end: dt.date) -> list[care.CareItem]:
    care.generate(shop.db, shop.store_id, start, end)
    return care.calendar(shop.db, shop.clerk, start, end)


def add_member(shop: Shop, n: int, name: str, gender: Gender = Gender.FEMALE, **fields: object) -> int:
    with shop.db.write() as s:
        member = Member(
            store_id=shop.store_id,
            card_no=f"M001{n:07d}",
            phone=f"1380000{n:04d}",
            phone_last4=f"{n:04d}",
            name=name,
            gender=gender,
            **fields,
        )
        s.add(member)
        s.flush()
        return member.id


@pytest.fixture
def people(shop: Shop) -> dict[str, int]:
    ids = {
        "solar": add_member(shop, 1, "张丽", birthday=D(1990, 9, 22), birth_mmdd=922),
        "outside": add_member(shop, 2, "王芳", birthday=D(1990, 10, 22), birth_mmdd=1022),
        # lunar 8/15 is kept on 25 September 2026
        "lunar": add_member(
            shop,
            3,
            "曾强",
            Gender.MALE,
            birthday=D(1980, 9, 23),
            birth_mmdd=923,
            birthday_lunar=True,
            lunar_mmdd=815,
        ),
        "closed": add_member(
            shop, 4, "李娜", birthday=D(1985, 9, 24), birth_mmdd=924, status=MemberStatus.CLOSED
        ),
        "parent": add_member(shop, 5, "陈静"),
    }
    with shop.db.write() as s:
        child = Child(
            member_id=ids["parent"], name="乐乐", gender=Gender.MALE, birthday=D(2020, 9, 26), birth_mmdd=926
        )
        event = MemberEvent(
            store_id=shop.store_id,
            title="VIP 会员答谢会",
            starts_at=dt.datetime(2026, 9, 28, 3, 0, tzinfo=dt.UTC),
        )
        s.add_all([child, event])
        s.flush()
        s.add(EventInvitation(event_id=event.id, member_id=ids["outside"]))
        s.add(
            ServiceRecord(
                store_id=shop.store_id,
                member_id=ids["solar"],
                kind=ServiceKind.ALTERATION,
                description="裤脚改短",
                promised_date=D(2026, 9, 27),
                status=ServiceStatus.PENDING,
                created_by_id=shop.clerk.staff_id,
            )
        )
        ids["child"] = child.id
    return ids


def test_calendar_finds_each_kind_on_its_day(shop: Shop, people: dict[str, int]) -> None:
    items = cal(shop, START, END)
    found = {(i.kind, i.member_id, i.due_date) for i in items}
    assert (CareKind.BIRTHDAY, people["solar"], D(2026, 9, 22)) in found
    assert (CareKind.BIRTHDAY, people["lunar"], D(2026, 9, 25)) in found
    assert (CareKind.CHILD_BIRTHDAY, people["parent"], D(2026, 9, 26)) in found
    assert (CareKind.EVENT, people["outside"], D(2026, 9, 28)) in found
    assert (CareKind.AFTER_SALES, people["solar"], D(2026, 9, 27)) in found
    assert (CareKind.HOLIDAY, None, D(2026, 9, 25)) in found
    assert all(i.member_id not in (people["closed"],) for i in items)
    assert not any(i.kind == CareKind.BIRTHDAY and i.member_id == people["outside"] for i in items)
    child = next(i for i in items if i.kind == CareKind.CHILD_BIRTHDAY)
    assert (child.child_name, child.child_gender, child.turning) == ("乐乐", Gender.MALE, 6)
    solar = next(i for i in items if i.member_id == people["solar"] and i.kind == CareKind.BIRTHDAY)
    assert solar.honorific == "张女士" and solar.turning == 36
    assert [i.due_date for i in items] == sorted(i.due_date for i in items)


def test_a_lunar_birthday_is_not_kept_on_its_solar_date(shop: Shop, people: dict[str, int]) -> None:
    items = cal(shop, D(2026, 9, 23), D(2026, 9, 23))
    assert not any(i.member_id == people["lunar"] for i in items)


def test_february_29_is_kept_on_the_28th_in_common_years(shop: Shop) -> None:
    leapling = add_member(shop, 9, "周敏", birthday=D(1996, 2, 29), birth_mmdd=229)
    items = cal(shop, D(2027, 2, 27), D(2027, 3, 1))
    assert [(i.member_id, i.due_date) for i in items if i.kind == CareKind.BIRTHDAY] == [
        (leapling, D(2027, 2, 28))
    ]
    # the card greets for the 31st birthday on that day, not the 30th
    assert [i.turning for i in items if i.kind == CareKind.BIRTHDAY] == [31]


def test_leap_month_thirtieth_is_kept_on_the_leap_months_29th(shop: Shop) -> None:
    member = add_member(
        shop, 7, "闰月", birthday=D(1987, 8, 23), birthday_lunar=True, lunar_mmdd=630, lunar_leap=True
    )
    items = cal(shop, D(2025, 7, 20), D(2025, 8, 31))
    assert [(i.member_id, i.due_date) for i in items if i.kind == CareKind.BIRTHDAY] == [
        (member, D(2025, 8, 22))
    ]


def test_lunar_thirtieth_falls_on_the_29th(shop: Shop) -> None:
    year = next(y for y in range(2026, 2035) if lunar.month_length(y, 3) == 29)
    member = add_member(shop, 8, "解红", birthday_lunar=True, lunar_mmdd=330)
    kept = lunar.occurrence(year, 3, 29)
    items = cal(shop, kept, kept)
    assert [i.member_id for i in items if i.kind == CareKind.BIRTHDAY] == [member]


def test_generating_twice_adds_nothing(shop: Shop, people: dict[str, int]) -> None:
    first = cal(shop, START, END)
    second = cal(shop, START, END)
    assert [i.task_id for i in first] == [i.task_id for i in second]
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(CareTask)) == len(first)


def test_two_counters_generating_at_once_make_no_duplicates(shop: Shop, people: dict[str, int]) -> None:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            care.generate(shop.db, shop.store_id, START, END)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with shop.db.read() as s:
        keys = s.scalars(select(CareTask.task_key)).all()
    assert len(keys) == len(set(keys)) > 0


def test_marking_records_who_and_what(shop: Shop, people: dict[str, int]) -> None:
    items = cal(shop, START, END)
    task = next(i for i in items if i.member_id == people["solar"] and i.kind == CareKind.BIRTHDAY)
    care.mark(shop.db, shop.clerk, [task.task_id], CareActionKind.CARD_PRINTED)
    care.mark(shop.db, shop.supervisor, [task.task_id], CareActionKind.CALLED, "祝福已送达")
    again = next(i for i in cal(shop, START, END) if i.task_id == task.task_id)
    assert again.last_action == CareActionKind.CALLED and again.last_action_by == "李主管"
    counted = care.counts(shop.db, shop.clerk, START, END)
    assert counted[CareKind.BIRTHDAY] == (2, 1)


def test_bad_ranges_are_refused(shop: Shop) -> None:
    with pytest.raises(ValidationError):
        care.generate(shop.db, shop.store_id, END, START)
    with pytest.raises(ValidationError):
        care.generate(shop.db, shop.store_id, START, START + dt.timedelta(days=400))


def test_marking_needs_the_permission(shop: Shop, people: dict[str, int]) -> None:
    from dataclasses import replace

    from memberdesk.domain.vocab import Role
    from memberdesk.services.staff import permissions

    nobody = replace(shop.clerk, role=Role.CLERK)
    saved = permissions.GRANTS[Role.CLERK]
    permissions.GRANTS[Role.CLERK] = frozenset(saved - {permissions.Permission.RECORD_CARE})
    try:
        with pytest.raises(PermissionDenied):
            care.mark(shop.db, nobody, [1], CareActionKind.SKIPPED)
    finally:
        permissions.GRANTS[Role.CLERK] = saved
