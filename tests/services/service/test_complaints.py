"""The complaint life cycle: who may move it, compensation limits, history, the queue's order."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from memberdesk.domain.complaints import ComplaintRules
from memberdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError, WrongPin
from memberdesk.domain.vocab import ComplaintCategory, ComplaintStatus, Role, ServiceGap, Severity
from memberdesk.services.members.card import member_card
from memberdesk.services.sales.recording import record_sale
from memberdesk.services.service import complaints as svc
from memberdesk.services.service.complaint_queue import QueueView, detail, open_for_member, queue
from memberdesk.services.service.complaint_rules import get_complaint_rules, save_complaint_rules
from memberdesk.store.models import Complaint, ComplaintStep
from tests.conftest import TEST_PINS, Shop
from tests.services.sales_helpers import add_member, three_line_sale

T0 = dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.UTC)


def form(member_id: int | None = None, **changes: object) -> svc.ComplaintForm:
    values: dict[str, object] = {
        "member_id": member_id,
        "category": ComplaintCategory.PRODUCT_QUALITY,
        "severity": Severity.MEDIUM,
        "description": "裤子洗一次就起球",
        "customer_request": "换一条",
        "service_gap": ServiceGap.PROCEDURE,
    }
    values.update(changes)
    return svc.ComplaintForm(**values)  # type: ignore[arg-type]


def _id(shop: Shop, number: str) -> int:
    with shop.db.read() as s:
        return s.scalars(select(Complaint.id).where(Complaint.complaint_no == number)).one()


def _manager(shop: Shop) -> svc.ManagerApproval:
    return svc.ManagerApproval(shop.manager.staff_id, TEST_PINS[Role.MANAGER])


def test_the_whole_life_cycle_is_recorded_step_by_step(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    number = svc.open_complaint(shop.db, shop.clerk, form(member), now=T0)
    cid = _id(shop, number)
    assert number == "C0000001"
    assert member_card(shop.db, shop.clerk, member).open_complaints == 1

    svc.take(shop.db, shop.supervisor, cid, now=T0 + dt.timedelta(minutes=10))
    svc.resolve(shop.db, shop.supervisor, cid, "换新并赠送护理剂", "100", now=T0 + dt.timedelta(hours=1))
    svc.follow_up(shop.db, shop.clerk, cid, "电话回访，顾客满意", 5, now=T0 + dt.timedelta(days=2))
    svc.close(shop.db, shop.supervisor, cid, now=T0 + dt.timedelta(days=2, hours=1))

    d = detail(shop.db, shop.supervisor, cid)
    assert d.status is ComplaintStatus.CLOSED
    assert (d.compensation_fen, d.satisfaction_after, d.handler) == (10000, 5, "李主管")
    assert [(x.from_status, x.to_status, x.staff) for x in d.steps] == [
        (None, ComplaintStatus.OPEN, "张店员"),
        (ComplaintStatus.OPEN, ComplaintStatus.HANDLING, "李主管"),
        (ComplaintStatus.HANDLING, ComplaintStatus.RESOLVED, "李主管"),
        (ComplaintStatus.RESOLVED, ComplaintStatus.FOLLOWED_UP, "张店员"),
        (ComplaintStatus.FOLLOWED_UP, ComplaintStatus.CLOSED, "李主管"),
    ]
    assert d.steps[2].note == "换新并赠送护理剂"
    assert member_card(shop.db, shop.clerk, member).open_complaints == 0


def test_a_clerk_cannot_take_or_close_and_cannot_resolve_beyond_their_limit(shop: Shop) -> None:
    cid = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(None, customer_name="散客王先生")))
    with pytest.raises(PermissionDenied):
        svc.take(shop.db, shop.clerk, cid)
    limit = get_complaint_rules(shop.db, shop.store_id).limit_for(Role.CLERK)
    assert limit == 5000
    with pytest.raises(PermissionDenied) as refused:
        svc.resolve(shop.db, shop.clerk, cid, "赔偿", "50.01")
    assert refused.value.field == "approval"
    with pytest.raises(WrongPin):
        svc.resolve(
            shop.db, shop.clerk, cid, "赔偿", "80", svc.ManagerApproval(shop.manager.staff_id, "0000")
        )
    supervisor_pin = svc.ManagerApproval(shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR])
    with pytest.raises(PermissionDenied):  # a supervisor's PIN does not approve above the limit
        svc.resolve(shop.db, shop.clerk, cid, "赔偿", "80", supervisor_pin)
    assert detail(shop.db, shop.clerk, cid).status is ComplaintStatus.OPEN  # nothing half-written

    svc.resolve(shop.db, shop.clerk, cid, "当场道歉，赠送小礼品", "50")  # within the limit, on the spot
    d = detail(shop.db, shop.clerk, cid)
    assert (d.status, d.compensation_fen, d.handler) == (ComplaintStatus.RESOLVED, 5000, "张店员")
    assert [x.to_status for x in d.steps] == [
        ComplaintStatus.OPEN,
        ComplaintStatus.HANDLING,
        ComplaintStatus.RESOLVED,
    ]
    svc.follow_up(shop.db, shop.clerk, cid, "回访：顾客接受", None)  # any clerk may call back
    with pytest.raises(PermissionDenied):
        svc.close(shop.db, shop.clerk, cid)


def test_above_the_supervisors_limit_the_manager_approves_with_their_pin(shop: Shop) -> None:
    cid = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(None, customer_phone="13912345678")))
    svc.take(shop.db, shop.supervisor, cid)
    with pytest.raises(PermissionDenied):
        svc.resolve(shop.db, shop.supervisor, cid, "全额退款", "800")
    svc.resolve(shop.db, shop.supervisor, cid, "全额退款", "800", _manager(shop))
    d = detail(shop.db, shop.supervisor, cid)
    assert d.compensation_fen == 80000 and d.steps[-1].approved_by == "王经理"
    other = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(None, customer_name="李")))
    svc.resolve(shop.db, shop.manager, other, "经理当场处理", "2000")  # the manager has no limit
    assert detail(shop.db, shop.manager, other).steps[-1].approved_by == ""


def test_limits_come_from_the_store_rules(shop: Shop) -> None:
    rules = ComplaintRules(compensation_limit_fen={Role.CLERK: 0, Role.SUPERVISOR: 100_00})
    with pytest.raises(PermissionDenied):
        save_complaint_rules(shop.db, shop.supervisor, rules)
    save_complaint_rules(shop.db, shop.manager, rules)
    cid = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(None, customer_name="李")))
    with pytest.raises(PermissionDenied):
        svc.resolve(shop.db, shop.clerk, cid, "赔偿", "1")
    svc.resolve(shop.db, shop.clerk, cid, "道歉并解释", "0")
    with pytest.raises(ValidationError):
        save_complaint_rules(shop.db, shop.manager, ComplaintRules(follow_up_days=0))


def test_a_clerk_leaves_a_complaint_a_supervisor_handles_to_them(shop: Shop) -> None:
    cid = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(None, customer_name="李")))
    svc.take(shop.db, shop.supervisor, cid)
    with pytest.raises(PermissionDenied):
        svc.resolve(shop.db, shop.clerk, cid, "道歉", "0")
    svc.take(shop.db, shop.manager, cid)  # the manager takes over; recorded
    assert detail(shop.db, shop.manager, cid).handler == "王经理"


def test_moves_out_of_order_are_refused_and_change_nothing(shop: Shop) -> None:
    cid = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(None, customer_name="李")))
    with pytest.raises(Conflict):
        svc.follow_up(shop.db, shop.clerk, cid, "回访", 4)
    with pytest.raises(Conflict):
        svc.close(shop.db, shop.supervisor, cid)
    svc.resolve(shop.db, shop.supervisor, cid, "道歉", 0)
    with pytest.raises(Conflict):  # a second counter resolving the same complaint
        svc.resolve(shop.db, shop.supervisor, cid, "再次处理", 0)
    with pytest.raises(NotFound):
        svc.take(shop.db, shop.supervisor, cid + 100)
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ComplaintStep)) == 3


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"category": None}, "category"),
        ({"severity": None}, "severity"),
        ({"description": "   "}, "description"),
        ({"description": "x" * 2001}, "description"),
        ({"member_id": None}, "customer_name"),  # a walk-in needs a name or phone to call back
        ({"member_id": None, "customer_phone": "12345"}, "customer_phone"),
        ({"receipt_no": "R99999999"}, "receipt_no"),
    ],
)
def test_what_the_clerk_types_is_checked(shop: Shop, changes: dict[str, object], field: str) -> None:
    changes.setdefault("member_id", add_member(shop.db, shop.store_id))
    with pytest.raises((ValidationError, NotFound)) as caught:
        svc.open_complaint(shop.db, shop.clerk, form(**changes))
    assert caught.value.field == field
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 0


def test_a_complaint_links_to_the_members_sale_and_not_anothers(shop: Shop) -> None:
    member, other = add_member(shop.db, shop.store_id, 1), add_member(shop.db, shop.store_id, 2)
    sale = record_sale(shop.db, shop.clerk, three_line_sale(member))
    number = svc.open_complaint(shop.db, shop.clerk, form(member, receipt_no=sale.receipt_no.lower()))
    assert detail(shop.db, shop.clerk, _id(shop, number)).receipt_no == sale.receipt_no
    with pytest.raises(ValidationError):
        svc.open_complaint(shop.db, shop.clerk, form(other, receipt_no=sale.receipt_no))


def test_resolution_and_follow_up_inputs_are_checked(shop: Shop) -> None:
    cid = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(None, customer_name="李")))
    for text, money in (("", "0"), ("道歉", "-5"), ("道歉", "abc"), ("道歉", "100001")):
        with pytest.raises(ValidationError):
            svc.resolve(shop.db, shop.manager, cid, text, money)
    svc.resolve(shop.db, shop.manager, cid, "道歉", "0")
    for note, score in (("", 3), ("回访", 0), ("回访", 6)):
        with pytest.raises(ValidationError):
            svc.follow_up(shop.db, shop.clerk, cid, note, score)
    svc.follow_up(shop.db, shop.clerk, cid, "顾客没接电话，短信回访", None)
    assert detail(shop.db, shop.clerk, cid).satisfaction_after is None


def test_the_queue_puts_the_most_urgent_target_first_and_flags_late_ones(shop: Shop) -> None:
    now = T0 + dt.timedelta(hours=30)
    opened = {
        "old_low": (Severity.LOW, T0),  # respond target 24 h: passed 6 h ago
        "fresh_high": (Severity.HIGH, now - dt.timedelta(minutes=10)),  # due in 50 min
        "medium": (Severity.MEDIUM, now - dt.timedelta(hours=2)),  # due in 2 h
        "old_high": (Severity.HIGH, now - dt.timedelta(hours=3)),  # passed 2 h ago
        "handled_high": (Severity.HIGH, T0 + dt.timedelta(hours=5)),  # handling: resolve within 24 h
    }
    ids = {}
    for name, (severity, at) in opened.items():
        number = svc.open_complaint(
            shop.db, shop.clerk, form(None, customer_name=name, severity=severity), now=at
        )
        ids[name] = _id(shop, number)
    svc.take(shop.db, shop.supervisor, ids["handled_high"], now=T0 + dt.timedelta(hours=6))
    done = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(None, customer_name="done"), now=T0))
    svc.resolve(shop.db, shop.supervisor, done, "道歉", 0, now=T0 + dt.timedelta(hours=1))

    rows = queue(shop.db, shop.supervisor, QueueView.TO_HANDLE, now=now)
    assert [r.customer for r in rows] == ["old_low", "old_high", "handled_high", "fresh_high", "medium"]
    assert [r.overdue for r in rows] == [True, True, True, False, False]
    assert rows[2].handler == "李主管" and rows[2].status is ComplaintStatus.HANDLING
    follow = queue(shop.db, shop.supervisor, QueueView.TO_FOLLOW_UP, now=now)
    assert [(r.customer, r.overdue) for r in follow] == [("done", False)]
    assert queue(shop.db, shop.supervisor, QueueView.CLOSED, now=now) == []


def test_the_member_sees_their_open_complaints(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    svc.open_complaint(shop.db, shop.clerk, form(member, severity=Severity.HIGH), now=T0)
    rows = open_for_member(shop.db, shop.clerk, member, now=T0 + dt.timedelta(hours=2))
    assert len(rows) == 1 and rows[0].overdue and rows[0].customer.startswith("会员")


def test_two_supervisors_resolving_at_once_give_one_resolution(shop: Shop) -> None:
    import threading

    cid = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(None, customer_name="李")))
    barrier = threading.Barrier(3)
    outcomes: list[str] = []

    def counter(actor_name: str) -> None:
        actor = shop.supervisor if actor_name == "supervisor" else shop.manager
        barrier.wait()
        try:
            svc.resolve(shop.db, actor, cid, f"{actor_name} 处理", "10")
            outcomes.append("resolved")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=counter, args=(n,)) for n in ("supervisor", "manager", "supervisor")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict", "conflict", "resolved"]
    d = detail(shop.db, shop.manager, cid)
    assert [x.to_status for x in d.steps].count(ComplaintStatus.RESOLVED) == 1


def test_a_change_of_service_gap_comes_back_as_the_gaps_not_as_its_stored_note(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    cid = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(member, service_gap=None), now=T0))
    svc.set_service_gap(shop.db, shop.supervisor, cid, ServiceGap.BEHAVIOUR)
    svc.set_service_gap(shop.db, shop.supervisor, cid, ServiceGap.PROMOTION)
    svc.add_note(shop.db, shop.supervisor, cid, "service_gap: 顾客说的")  # typed, merely alike
    steps = detail(shop.db, shop.supervisor, cid).steps
    assert [(x.gap_change, x.note) for x in steps[1:]] == [
        ((None, ServiceGap.BEHAVIOUR), ""),
        ((ServiceGap.BEHAVIOUR, ServiceGap.PROMOTION), ""),
        (None, "service_gap: 顾客说的"),
    ]
    assert all(x.to_status is ComplaintStatus.OPEN for x in steps)  # a gap keeps the status
