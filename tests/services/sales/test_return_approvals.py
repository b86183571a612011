"""Who approves a return: the refund limit holds for a return without a receipt too, and nobody
approves their own act — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from memberdesk.domain.errors import PermissionDenied
from memberdesk.domain.vocab import PaymentMethod, ReturnType, Role
from memberdesk.services.common.context import Actor
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import record_sale
from memberdesk.services.sales.returns import (
    Approval,
    ReturnForm,
    ReturnLineForm,
    find_sale,
    record_return,
    record_return_without_receipt,
)
from memberdesk.services.staff.auth import hash_pin
from memberdesk.store.models import AuditEntry, SaleReturn, Staff, utcnow
from tests.conftest import TEST_PINS, Shop
from tests.services.sales_helpers import three_line_sale

SECOND_SUPERVISOR_PIN = "5678"


def _second_supervisor(shop: Shop) -> Actor:
    with shop.db.write() as s:
        staff = Staff(
            store_id=shop.store_id,
            code="S02",
            name="赵主管",
            role=Role.SUPERVISOR,
            pin_hash=hash_pin(SECOND_SUPERVISOR_PIN),
        )
        s.add(staff)
        s.flush()
        return Actor(staff.id, shop.store_id, staff.name, staff.role, staff.code)


def _returns(shop: Shop) -> int:
    with shop.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(SaleReturn)) or 0)


def _without_receipt(shop: Shop, actor: Actor, refund: str, approval: Approval | None = None) -> int | None:
    return record_return_without_receipt(
        shop.db,
        actor,
        member_id=None,
        description="羊绒大衣",
        refund=refund,
        method=PaymentMethod.CASH,
        return_type=ReturnType.QUALITY,
        reason="顾客说是这里买的",
        approval=approval,
    ).approved_by_id


def test_a_supervisor_alone_cannot_refund_above_the_limit_without_a_receipt(shop: Shop) -> None:
    """¥1,000,000 in cash, no receipt, the store's limit ¥2,000: refused without a second person."""
    with pytest.raises(PermissionDenied) as err:
        _without_receipt(shop, shop.supervisor, "1000000")
    assert err.value.field == "approval"
    assert "¥2,000.00" in err.value.english()
    own = Approval(shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR])
    with pytest.raises(PermissionDenied) as err:
        _without_receipt(shop, shop.supervisor, "1000000", own)
    assert err.value.field == "approval"
    assert _returns(shop) == 0
    other = _second_supervisor(shop)
    second = Approval(other.staff_id, SECOND_SUPERVISOR_PIN)
    assert _without_receipt(shop, shop.supervisor, "1000000", second) == other.staff_id
    with shop.db.read() as s:
        ret = s.scalars(select(SaleReturn)).one()
        assert (ret.staff_id, ret.approved_by_id) == (shop.supervisor.staff_id, other.staff_id)
        assert ret.approval_note == "without_receipt over_limit"
    assert check_ledgers(shop.db) == []


def test_within_the_limit_the_recorder_is_never_recorded_as_their_own_approver(shop: Shop) -> None:
    assert _without_receipt(shop, shop.supervisor, "59") is None
    with shop.db.read() as s:
        ret = s.scalars(select(SaleReturn)).one()
        assert ret.staff_id == shop.supervisor.staff_id and ret.approved_by_id is None
        assert ret.without_receipt and ret.approval_note == "without_receipt"
        actions = s.scalars(select(AuditEntry.action)).all()
    assert "return.without_receipt" in actions


def test_a_manager_above_the_limit_needs_someone_else_too(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        _without_receipt(shop, shop.manager, "2000.01")
    with pytest.raises(PermissionDenied):
        own = Approval(shop.manager.staff_id, TEST_PINS[Role.MANAGER])
        _without_receipt(shop, shop.manager, "2000.01", own)
    supervisor = Approval(shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR])
    assert _without_receipt(shop, shop.manager, "2000.01", supervisor) == shop.supervisor.staff_id
    assert _without_receipt(shop, shop.manager, "2000") is None  # at the limit: not above it


def test_an_own_pin_never_approves_an_ordinary_return(shop: Shop) -> None:
    """A supervisor recording a late return types their own PIN: refused, and it is not counted
    as a wrong PIN either; another supervisor's PIN approves it."""
    sale = record_sale(shop.db, shop.clerk, three_line_sale(None), now=utcnow() - dt.timedelta(days=30))
    line_id = find_sale(shop.db, shop.supervisor, sale.receipt_no)[1][0].sale_line_id

    def give_back(approval: Approval | None) -> int | None:
        form = ReturnForm(sale.receipt_no, [ReturnLineForm(line_id, 1)], ReturnType.QUALITY, "开线", approval)
        return record_return(shop.db, shop.supervisor, form).approved_by_id

    with pytest.raises(PermissionDenied):
        give_back(None)
    with pytest.raises(PermissionDenied) as err:
        give_back(Approval(shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR]))
    assert err.value.field == "approval"
    with pytest.raises(PermissionDenied):  # a wrong own PIN is refused the same way, before the PIN
        give_back(Approval(shop.supervisor.staff_id, "0000"))
    with shop.db.read() as s:
        me = s.get(Staff, shop.supervisor.staff_id)
        assert me is not None and me.failed_attempts == 0
    assert _returns(shop) == 0
    assert give_back(Approval(shop.manager.staff_id, TEST_PINS[Role.MANAGER])) == shop.manager.staff_id
    assert check_ledgers(shop.db) == []


def test_a_clerk_cannot_approve_and_cannot_return_without_a_receipt(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        _without_receipt(shop, shop.clerk, "59")
    with pytest.raises(PermissionDenied):
        _without_receipt(shop, shop.supervisor, "5000", Approval(shop.clerk.staff_id, TEST_PINS[Role.CLERK]))
    assert _returns(shop) == 0
