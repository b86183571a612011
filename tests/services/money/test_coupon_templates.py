"""The manager's list of coupon templates, and retiring one: no more coupons issued from it,
those already issued still usable, audited, nothing deleted."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from memberdesk.domain.errors import NotFound, PermissionDenied, ServiceError
from memberdesk.domain.vocab import CouponKind, CouponPurpose, Tier
from memberdesk.services.common.inputs import record_id
from memberdesk.services.money import coupon_templates, coupons
from memberdesk.store.models import AuditEntry
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

TODAY = dt.date(2026, 5, 20)
THIRTY_OFF = coupons.TemplateForm(
    name="满200减30", kind=CouponKind.AMOUNT_OFF, amount="30", min_spend="200", valid_days=30
)
TEN_PERCENT = coupons.TemplateForm(
    name="生日九折",
    kind=CouponKind.PERCENT_OFF,
    percent_off=10,
    cap="50",
    valid_to=dt.date(2026, 12, 31),
    categories=("shoes",),
    tiers=(Tier.GOLD, Tier.VIP),
    stackable=True,
    purpose=CouponPurpose.BIRTHDAY,
)


def test_the_list_shows_each_template_as_it_was_defined(shop: Shop) -> None:
    first = coupons.create_template(shop.db, shop.manager, THIRTY_OFF)
    second = coupons.create_template(shop.db, shop.manager, TEN_PERCENT)
    rows = {r.id: r for r in coupon_templates.templates(shop.db, shop.store_id)}
    assert set(rows) == {first, second}
    thirty = rows[first]
    assert (thirty.terms.amount_fen, thirty.terms.min_spend_fen, thirty.valid_days) == (30_00, 200_00, 30)
    assert thirty.active and thirty.purpose is CouponPurpose.MANUAL and thirty.tiers == ()
    birthday = rows[second]
    assert (birthday.terms.percent_off, birthday.terms.cap_fen) == (10, 50_00)
    assert birthday.terms.categories == frozenset({"shoes"}) and birthday.terms.stackable
    assert birthday.tiers == ("gold", "vip") and birthday.valid_to == dt.date(2026, 12, 31)


def test_a_retired_template_issues_nothing_more_but_its_coupons_stay(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    tid = coupons.create_template(shop.db, shop.manager, THIRTY_OFF)
    coupons.issue(shop.db, shop.supervisor, tid, [member], today=TODAY)
    coupon_templates.retire(shop.db, shop.manager, tid)
    coupon_templates.retire(shop.db, shop.manager, tid)  # again: nothing more happens
    assert [r.active for r in coupon_templates.templates(shop.db, shop.store_id)] == [False]
    with pytest.raises(NotFound):
        coupons.issue(shop.db, shop.supervisor, tid, [member], today=TODAY)
    assert [c.name for c in coupons.member_coupons(shop.db, member, today=TODAY)] == ["满200减30"]
    with shop.db.read() as s:
        retired = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "coupon.template_retire", AuditEntry.entity_id == tid
            )
        ).all()
        assert len(retired) == 1 and retired[0].staff_id == shop.manager.staff_id


def test_only_the_manager_retires_and_only_the_stores_own(shop: Shop) -> None:
    tid = coupons.create_template(shop.db, shop.manager, THIRTY_OFF)
    with pytest.raises(PermissionDenied):
        coupon_templates.retire(shop.db, shop.supervisor, tid)
    with pytest.raises(NotFound):
        coupon_templates.retire(shop.db, shop.manager, tid + 1)
    with pytest.raises(NotFound):
        coupon_templates.retire(shop.db, shop.manager, "abc")
    assert [r.active for r in coupon_templates.templates(shop.db, shop.store_id)] == [True]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.one_of(st.text(max_size=12), st.integers(min_value=-(2**63), max_value=2**63 - 1)))
def test_whatever_is_typed_as_a_template_only_the_one_it_names_is_retired(shop: Shop, typed: object) -> None:
    coupons.create_template(shop.db, shop.manager, THIRTY_OFF)  # the list grows with each example
    before = {r.id for r in coupon_templates.templates(shop.db, shop.store_id) if r.active}
    with contextlib.suppress(ServiceError):  # refused in words, never a crash
        coupon_templates.retire(shop.db, shop.manager, typed)
    after = {r.id for r in coupon_templates.templates(shop.db, shop.store_id) if r.active}
    assert after <= before
    gone = before - after
    if gone:
        assert gone == {record_id(typed, "template_id", "")}
