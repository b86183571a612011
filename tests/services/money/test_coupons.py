"""Coupons at the service: templates, issuing (idempotent where it must be), the once-only use."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from memberdesk.domain.coupons import CartLine, CouponTerms, discount_for, looks_like_code, spread
from memberdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from memberdesk.domain.vocab import CouponKind, Tier
from memberdesk.services.money import coupons
from memberdesk.services.money.reconcile import check_money
from memberdesk.services.sales.recording import record_sale
from tests.conftest import Shop
from tests.services.sales_helpers import add_member, three_line_sale

TODAY = dt.date(2026, 5, 20)
TEN_OFF = coupons.TemplateForm(
    name="满100减10", kind=CouponKind.AMOUNT_OFF, amount="10", min_spend="100", valid_days=30
)


def test_issued_coupons_have_their_own_codes_and_validity(shop: Shop) -> None:
    members = [add_member(shop.db, shop.store_id, n) for n in (1, 2)]
    tid = coupons.create_template(shop.db, shop.manager, TEN_OFF)
    codes = coupons.issue(shop.db, shop.supervisor, tid, members, today=TODAY)
    assert len(set(codes)) == 2 and all(looks_like_code(c) for c in codes)
    held = coupons.member_coupons(shop.db, members[0], today=TODAY)
    assert [(c.name, c.valid_from, c.valid_to) for c in held] == [
        ("满100减10", TODAY, TODAY + dt.timedelta(days=29))
    ]
    assert coupons.member_coupons(shop.db, members[0], today=TODAY + dt.timedelta(days=30)) == []
    assert coupons.by_code(shop.db, shop.store_id, codes[1].lower()).member_id == members[1]


def test_a_coupon_given_by_hand_a_second_time_is_a_second_coupon(shop: Shop) -> None:
    """A supervisor who gives the same member the same coupon again (a second apology, a second
    prize) gives a second coupon: never nothing while saying it was given."""
    member = add_member(shop.db, shop.store_id)
    tid = coupons.create_template(shop.db, shop.manager, TEN_OFF)
    first = coupons.issue(shop.db, shop.supervisor, tid, [member], today=TODAY)
    again = coupons.issue(shop.db, shop.supervisor, tid, [member], today=TODAY)
    assert len(first) == len(again) == 1 and first != again
    assert len(coupons.member_coupons(shop.db, member, today=TODAY)) == 2
    assert check_money(shop.db) == []


def test_who_may_define_and_issue(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    with pytest.raises(PermissionDenied):
        coupons.create_template(shop.db, shop.supervisor, TEN_OFF)
    tid = coupons.create_template(shop.db, shop.manager, TEN_OFF)
    with pytest.raises(PermissionDenied):
        coupons.issue(shop.db, shop.clerk, tid, [member], today=TODAY)


@pytest.mark.parametrize(
    "form",
    [
        coupons.TemplateForm(name="", kind=CouponKind.AMOUNT_OFF, amount="10", valid_days=30),
        coupons.TemplateForm(name="x", kind=CouponKind.AMOUNT_OFF, amount="abc", valid_days=30),
        coupons.TemplateForm(name="x", kind=CouponKind.PERCENT_OFF, percent_off=95, valid_days=30),
        coupons.TemplateForm(name="x", kind=CouponKind.AMOUNT_OFF, amount="10"),
        coupons.TemplateForm(
            name="x",
            kind=CouponKind.AMOUNT_OFF,
            amount="10",
            valid_from=TODAY,
            valid_to=TODAY - dt.timedelta(1),
        ),
    ],
)
def test_a_template_that_cannot_work_is_refused(shop: Shop, form: coupons.TemplateForm) -> None:
    with pytest.raises(ValidationError):
        coupons.create_template(shop.db, shop.manager, form)


def test_an_automatic_issue_runs_twice_and_gives_once(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    tid = coupons.create_template(shop.db, shop.manager, TEN_OFF)
    for _ in range(2):
        with shop.db.write() as s:
            coupons.issue_in(s, None, shop.store_id, tid, [member], today=TODAY, issue_key="birthday 2026")
    assert len(coupons.member_coupons(shop.db, member, today=TODAY)) == 1


def test_a_coupon_is_used_once_and_a_void_gives_it_back(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)
    tid = coupons.create_template(shop.db, shop.manager, TEN_OFF)
    (code,) = coupons.issue(shop.db, shop.supervisor, tid, [member], today=TODAY)
    coupon = coupons.by_code(shop.db, shop.store_id, code)
    sale = record_sale(shop.db, shop.clerk, three_line_sale(member))
    now = dt.datetime(2026, 5, 20, 10, tzinfo=dt.UTC)
    with shop.db.write() as s:
        coupons.use_in(
            s, coupon.id, sale_id=sale.sale_id, discount_fen=1000, staff_id=shop.clerk.staff_id, at=now
        )
    with pytest.raises(Conflict), shop.db.write() as s:
        coupons.use_in(
            s, coupon.id, sale_id=sale.sale_id, discount_fen=1000, staff_id=shop.clerk.staff_id, at=now
        )
    assert coupons.why_not(
        coupons.by_code(shop.db, shop.store_id, code),
        member_id=member,
        tier=Tier.REGULAR,
        day=TODAY,
        lines=[CartLine("tops", 200_00)],
    ).startswith("This coupon has already been used")
    assert check_money(shop.db) == []
    with shop.db.write() as s:
        assert coupons.release_in(s, sale.sale_id, staff_id=shop.clerk.staff_id, at=now) == 1
    assert not coupons.by_code(shop.db, shop.store_id, code).used
    assert check_money(shop.db) == []


lines_st = st.lists(
    st.builds(
        CartLine, st.sampled_from(["tops", "shoes", "kids"]), st.integers(min_value=0, max_value=10**7)
    ),
    max_size=8,
)
terms_st = st.one_of(
    st.builds(
        CouponTerms,
        kind=st.just(CouponKind.AMOUNT_OFF),
        amount_fen=st.integers(1, 10**6),
        min_spend_fen=st.integers(0, 10**6),
        categories=st.frozensets(st.sampled_from(["tops", "shoes"]), max_size=2),
    ),
    st.builds(
        CouponTerms,
        kind=st.just(CouponKind.PERCENT_OFF),
        percent_off=st.integers(1, 90),
        cap_fen=st.integers(0, 10**6),
        min_spend_fen=st.integers(0, 10**6),
        categories=st.frozensets(st.sampled_from(["tops", "shoes"]), max_size=2),
    ),
)


@given(terms_st, lines_st)
def test_a_coupon_never_takes_more_than_its_lines_cost_and_spreads_exactly(
    terms: CouponTerms, lines: list[CartLine]
) -> None:
    off = discount_for(terms, lines)
    eligible = [
        ln.total_fen if not terms.categories or ln.category in terms.categories else 0 for ln in lines
    ]
    assert 0 <= off <= sum(eligible)
    if terms.cap_fen and terms.kind is CouponKind.PERCENT_OFF:
        assert off <= terms.cap_fen
    shares = spread(off, lines, terms)
    assert sum(shares) == off
    assert all(0 <= sh <= e for sh, e in zip(shares, eligible, strict=True))
