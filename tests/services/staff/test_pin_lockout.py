"""Every PIN check counts toward one lock-out: sign-in, approvals, changing a PIN, headless
commands; a locked account's PIN is refused wherever it is typed; wrong PINs answer slower."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select

from memberdesk.domain.errors import AccountLocked, PermissionDenied, WrongPin
from memberdesk.domain.vocab import ComplaintCategory, Role, Severity
from memberdesk.services.service import complaints as svc
from memberdesk.services.staff import auth
from memberdesk.services.staff.permissions import Permission
from memberdesk.store.models import Complaint, Staff
from tests.conftest import TEST_PINS, Shop

T0 = dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.UTC)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delays the PIN checks asked for (recorded instead of slept)."""
    seen: list[float] = []
    monkeypatch.setattr(auth, "sleep", seen.append)
    return seen


def _complaint(shop: Shop) -> int:
    number = svc.open_complaint(
        shop.db,
        shop.clerk,
        svc.ComplaintForm(
            member_id=None,
            category=ComplaintCategory.PRODUCT_QUALITY,
            severity=Severity.MEDIUM,
            description="拉链坏了",
            customer_name="散客王先生",
        ),
        now=T0,
    )
    with shop.db.read() as s:
        return s.scalars(select(Complaint.id).where(Complaint.complaint_no == number)).one()


def _lock(shop: Shop, staff_id: int) -> None:
    for _ in range(auth.MAX_ATTEMPTS - 1):
        with pytest.raises(WrongPin):
            auth.sign_in(shop.db, staff_id, "0000", now=T0)
    with pytest.raises(AccountLocked):
        auth.sign_in(shop.db, staff_id, "0000", now=T0)


def _failures(shop: Shop, staff_id: int) -> int:
    with shop.db.read() as s:
        staff = s.get(Staff, staff_id)
        assert staff is not None
        return staff.failed_attempts


def test_a_locked_managers_pin_does_not_approve_compensation(shop: Shop, waits: list[float]) -> None:
    cid = _complaint(shop)
    _lock(shop, shop.manager.staff_id)
    right = svc.ManagerApproval(shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    with pytest.raises(AccountLocked) as refused:
        svc.resolve(shop.db, shop.clerk, cid, "赔偿", "80", right, now=T0 + dt.timedelta(minutes=1))
    assert refused.value.field == "approval"
    later = T0 + dt.timedelta(minutes=auth.LOCK_MINUTES + 1)
    svc.resolve(shop.db, shop.clerk, cid, "赔偿", "80", right, now=later)


def test_wrong_approval_pins_lock_the_approver(shop: Shop, waits: list[float]) -> None:
    cid = _complaint(shop)
    wrong = svc.ManagerApproval(shop.manager.staff_id, "0000")
    for n in range(1, auth.MAX_ATTEMPTS):
        with pytest.raises(WrongPin):
            svc.resolve(shop.db, shop.clerk, cid, "赔偿", "80", wrong, now=T0)
        assert _failures(shop, shop.manager.staff_id) == n
    with pytest.raises(AccountLocked):
        svc.resolve(shop.db, shop.clerk, cid, "赔偿", "80", wrong, now=T0)
    # the manager cannot sign in either: one lock-out for every PIN check
    with pytest.raises(AccountLocked):
        auth.sign_in(
            shop.db, shop.manager.staff_id, TEST_PINS[Role.MANAGER], now=T0 + dt.timedelta(minutes=2)
        )


def test_failures_add_up_across_sign_in_change_pin_and_approval(shop: Shop, waits: list[float]) -> None:
    staff_id = shop.manager.staff_id
    with pytest.raises(WrongPin):
        auth.sign_in(shop.db, staff_id, "0000", now=T0)
    with pytest.raises(WrongPin):
        auth.change_pin(shop.db, shop.manager, "0000", "2468", now=T0)
    with pytest.raises(WrongPin):
        auth.approve(
            shop.db, shop.clerk, staff_id, "0000", Permission.APPROVE_COMPENSATION, refused="x", now=T0
        )
    with pytest.raises(WrongPin):
        auth.verify_pin(shop.db, staff_id, "0000", purpose="export members", now=T0)
    assert _failures(shop, staff_id) == 4
    with pytest.raises(AccountLocked):
        auth.sign_in(shop.db, staff_id, "0000", now=T0)


def test_changing_a_pin_is_refused_while_locked(shop: Shop, waits: list[float]) -> None:
    _lock(shop, shop.clerk.staff_id)
    with pytest.raises(AccountLocked):
        auth.change_pin(shop.db, shop.clerk, TEST_PINS[Role.CLERK], "2468", now=T0 + dt.timedelta(minutes=1))
    later = T0 + dt.timedelta(minutes=auth.LOCK_MINUTES + 1)
    assert auth.sign_in(shop.db, shop.clerk.staff_id, TEST_PINS[Role.CLERK], now=later)


def test_a_right_pin_resets_the_count(shop: Shop, waits: list[float]) -> None:
    for _ in range(2):
        with pytest.raises(WrongPin):
            auth.sign_in(shop.db, shop.clerk.staff_id, "0000", now=T0)
    auth.sign_in(shop.db, shop.clerk.staff_id, TEST_PINS[Role.CLERK], now=T0)
    assert _failures(shop, shop.clerk.staff_id) == 0


def test_wrong_pins_answer_slower_and_slower(shop: Shop, waits: list[float]) -> None:
    for _ in range(auth.MAX_ATTEMPTS - 1):
        with pytest.raises(WrongPin):
            auth.sign_in(shop.db, shop.clerk.staff_id, "0000", now=T0)
    assert waits[0] > 0 and all(a < b for a, b in itertools.pairwise(waits))
    assert len(waits) == auth.MAX_ATTEMPTS - 2  # the first slip answers at once
    assert max(waits) <= auth.MAX_DELAY_S


def test_a_clerk_or_another_stores_manager_cannot_approve_and_their_pin_is_not_tried(
    shop: Shop, waits: list[float]
) -> None:
    cid = _complaint(shop)
    clerk = svc.ManagerApproval(shop.clerk.staff_id, TEST_PINS[Role.CLERK])
    with pytest.raises(PermissionDenied):
        svc.resolve(shop.db, shop.clerk, cid, "赔偿", "80", clerk, now=T0)
    assert _failures(shop, shop.clerk.staff_id) == 0
    nobody = svc.ManagerApproval(987654, "1234")
    with pytest.raises(PermissionDenied):
        svc.resolve(shop.db, shop.clerk, cid, "赔偿", "80", nobody, now=T0)


def test_no_pin_is_asked_within_the_limit(shop: Shop, waits: list[float]) -> None:
    cid = _complaint(shop)
    blank = svc.ManagerApproval(shop.manager.staff_id, "")
    svc.resolve(shop.db, shop.clerk, cid, "当场道歉", "50", blank, now=T0)
    assert _failures(shop, shop.manager.staff_id) == 0
