"""After-sales records: promised, in progress, done or cancelled, each step with who and when."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from memberdesk.domain.errors import Conflict, NotFound
from memberdesk.domain.vocab import ServiceKind, ServiceStatus
from memberdesk.services.care import calendar as care
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.service import aftersales
from memberdesk.services.service.aftersales import ServiceForm
from memberdesk.store.models import AuditEntry, CareTask, ServiceRecord
from tests.conftest import Shop

TODAY = dt.date.today()


def promise(shop: Shop, member_id: int | None, days: int = 2) -> int:
    form = ServiceForm(
        None, ServiceKind.ALTERATION, "裤长改短 2 厘米", TODAY + dt.timedelta(days=days), None, member_id
    )
    return aftersales.record_service(shop.db, shop.clerk, form)


@pytest.fixture
def member(shop: Shop) -> int:
    return enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张丽"))


def test_in_progress_then_done_keeps_who_and_when_and_leaves_the_due_list(shop: Shop, member: int) -> None:
    record = promise(shop, member)
    assert [i.id for i in aftersales.due_items(shop.db, shop.store_id)] == [record]
    aftersales.set_status(shop.db, shop.clerk, record, ServiceStatus.IN_PROGRESS)
    aftersales.set_status(shop.db, shop.supervisor, record, ServiceStatus.DONE, note="顾客已取走")
    steps = aftersales.history(shop.db, shop.clerk, record)
    assert [(c.staff_name, c.from_status, c.to_status, c.note) for c in steps] == [
        ("张店员", ServiceStatus.PENDING, ServiceStatus.IN_PROGRESS, ""),
        ("李主管", ServiceStatus.IN_PROGRESS, ServiceStatus.DONE, "顾客已取走"),
    ]
    assert all(c.at.tzinfo is not None for c in steps)
    with shop.db.read() as s:
        rec = s.get(ServiceRecord, record)
        assert rec is not None and rec.status is ServiceStatus.DONE and rec.done_at is not None
        assert rec.note == "顾客已取走"
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == record)))
    assert actions.count("service.status") == 2
    assert aftersales.due_items(shop.db, shop.store_id) == []
    assert aftersales.service_list(shop.db, shop.clerk) == []
    done = aftersales.service_list(shop.db, shop.clerk, statuses=(ServiceStatus.DONE,))
    assert [(r.id, r.changed_by, r.masked_phone, r.member_name) for r in done] == [
        (record, "李主管", "138****5678", "张丽")
    ]


def test_a_done_record_makes_no_care_task(shop: Shop, member: int) -> None:
    record = promise(shop, member)
    aftersales.set_status(shop.db, shop.clerk, record, ServiceStatus.DONE)
    care.generate(shop.db, shop.store_id, TODAY, TODAY + dt.timedelta(days=7))
    with shop.db.read() as s:
        assert s.scalar(select(CareTask.id).where(CareTask.service_record_id == record)) is None


def test_cancelled_is_final_and_done_can_be_taken_up_again(shop: Shop, member: int) -> None:
    cancelled, done = promise(shop, member), promise(shop, member)
    aftersales.set_status(shop.db, shop.clerk, cancelled, ServiceStatus.CANCELLED, note="顾客不改了")
    for status in ServiceStatus:
        with pytest.raises(Conflict):
            aftersales.set_status(shop.db, shop.clerk, cancelled, status)
    aftersales.set_status(shop.db, shop.clerk, done, ServiceStatus.DONE)
    with pytest.raises(Conflict):
        aftersales.set_status(shop.db, shop.clerk, done, ServiceStatus.DONE)
    aftersales.set_status(shop.db, shop.clerk, done, ServiceStatus.IN_PROGRESS, note="还是太长")
    with shop.db.read() as s:
        rec = s.get(ServiceRecord, done)
        assert rec is not None and rec.status is ServiceStatus.IN_PROGRESS and rec.done_at is None
    assert [r.id for r in aftersales.service_list(shop.db, shop.clerk)] == [done]


def test_overdue_open_records_are_flagged_and_listed_first(shop: Shop, member: int) -> None:
    late, soon = promise(shop, member, days=3), promise(shop, None, days=5)
    later = TODAY + dt.timedelta(days=4)
    rows = aftersales.service_list(shop.db, shop.clerk, today=later)
    assert [(r.id, r.overdue) for r in rows] == [(late, True), (soon, False)]
    assert rows[1].member_name == "" and rows[1].masked_phone == ""


def test_an_unknown_record_is_not_found(shop: Shop) -> None:
    with pytest.raises(NotFound):
        aftersales.set_status(shop.db, shop.clerk, 999, ServiceStatus.DONE)
