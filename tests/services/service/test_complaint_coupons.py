"""A complaint's compensation given as a real coupon: issued once, linked, audited, usable."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from memberdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from memberdesk.domain.vocab import CouponPurpose
from memberdesk.services.money import coupons
from memberdesk.services.money.reconcile import check_money
from memberdesk.services.service import complaint_coupons
from memberdesk.services.service import complaints as svc
from memberdesk.services.service.complaint_queue import detail
from memberdesk.store.models import AuditEntry, Coupon, CouponTemplate
from tests.conftest import Shop
from tests.services.sales_helpers import add_member
from tests.services.service.test_complaints import T0, _id, _manager, form


def test_the_supervisor_gives_the_compensation_as_a_coupon_for_the_member(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    number = svc.open_complaint(shop.db, shop.clerk, form(member))
    cid = _id(shop, number)
    svc.take(shop.db, shop.supervisor, cid)
    code = svc.resolve(
        shop.db, shop.supervisor, cid, "道歉并补偿购物券", "600", _manager(shop), now=T0, coupon_days=90
    )
    assert code is not None
    held = coupons.by_code(shop.db, shop.store_id, code)
    assert (held.member_id, held.terms.amount_fen, held.valid_from, held.valid_to) == (
        member,
        600_00,
        T0.astimezone().date(),
        T0.astimezone().date() + dt.timedelta(days=89),
    )
    linked = complaint_coupons.coupon_of(shop.db, shop.store_id, number)
    assert linked is not None and (linked.code, linked.amount_fen, linked.used) == (code, 600_00, False)
    assert detail(shop.db, shop.supervisor, cid).compensation_fen == 600_00
    with shop.db.read() as s:
        assert s.scalar(select(CouponTemplate.purpose).where(CouponTemplate.id == Coupon.template_id)) is (
            CouponPurpose.COMPENSATION
        )
        audited = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "coupon.issue")).all()
    assert audited == [f"complaint {number}"]
    assert check_money(shop.db) == []


def test_a_walk_in_gets_a_bearer_coupon_and_the_template_is_shared_by_equal_compensations(shop: Shop) -> None:
    codes = []
    for name in ("李女士", "王先生"):
        cid = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(None, customer_name=name)))
        codes.append(svc.resolve(shop.db, shop.manager, cid, "补偿", "2000", coupon_days=30))
    assert all(coupons.by_code(shop.db, shop.store_id, c or "").member_id is None for c in codes)
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(CouponTemplate)) == 1
        assert s.scalar(select(func.count()).select_from(Coupon)) == 2


def test_one_coupon_per_compensation_even_when_resolving_twice(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    cid = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(member)))
    svc.resolve(shop.db, shop.supervisor, cid, "补偿", "100", coupon_days=30)
    with pytest.raises(Conflict):  # the complaint moved on: resolving again is refused
        svc.resolve(shop.db, shop.supervisor, cid, "补偿", "100", coupon_days=30)
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Coupon)) == 1


@pytest.mark.parametrize(("amount", "days"), [("0", 30), ("100", 0 - 1), ("100", 400)])
def test_a_coupon_needs_an_amount_and_sensible_days(shop: Shop, amount: str, days: int) -> None:
    cid = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(None, customer_name="李")))
    with pytest.raises(ValidationError):
        svc.resolve(shop.db, shop.supervisor, cid, "补偿", amount, coupon_days=days)
    assert detail(shop.db, shop.supervisor, cid).resolution == ""


def test_a_clerk_resolving_on_the_spot_gives_no_coupon(shop: Shop) -> None:
    cid = _id(shop, svc.open_complaint(shop.db, shop.clerk, form(None, customer_name="李")))
    with pytest.raises(PermissionDenied):
        svc.resolve(shop.db, shop.clerk, cid, "补偿", "20", coupon_days=30)
