"""Coupons the care calendar gives, and the members whose points expire this month."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from memberdesk.domain.errors import NotFound, PermissionDenied, ValidationError
from memberdesk.domain.expiry import ExpiryPolicy, ExpiryRule
from memberdesk.domain.vocab import CareKind, CouponKind, CouponPurpose, PointsSource
from memberdesk.services.care import calendar as care
from memberdesk.services.care import coupons as care_coupons
from memberdesk.services.money import coupons
from memberdesk.services.money.reconcile import check_money
from memberdesk.services.rewards import expiry
from memberdesk.store.models import Coupon, Member, MemberStats, PointsEntry
from tests.conftest import Shop
from tests.services.care.test_care import add_member

D = dt.date
TODAY = D(2026, 9, 18)


def _template(shop: Shop, name: str, purpose: CouponPurpose, days: int = 30) -> int:
    form = coupons.TemplateForm(
        name=name, kind=CouponKind.AMOUNT_OFF, amount="50", min_spend="200", valid_days=days, purpose=purpose
    )
    return coupons.create_template(shop.db, shop.manager, form)


def _coupons(shop: Shop) -> list[tuple[int | None, str, dt.date, dt.date]]:
    with shop.db.read() as s:
        return [
            tuple(r)  # type: ignore[misc]
            for r in s.execute(
                select(Coupon.member_id, Coupon.issue_key, Coupon.valid_from, Coupon.valid_to).order_by(
                    Coupon.member_id
                )
            )
        ]


@pytest.mark.parametrize(
    ("window", "valid"),
    [("month", (D(2026, 9, 1), D(2026, 9, 30))), ("week", (D(2026, 9, 19), D(2026, 9, 25)))],
)
def test_a_birthday_coupon_once_in_the_birthday_month_or_week(
    shop: Shop, window: str, valid: tuple[dt.date, dt.date]
) -> None:
    born = add_member(shop, 1, "张丽", birthday=D(1990, 9, 22), birth_mmdd=922)
    add_member(shop, 2, "王芳", birthday=D(1990, 10, 22), birth_mmdd=1022)
    tid = _template(shop, "生日券", CouponPurpose.BIRTHDAY)
    care_coupons.save(
        shop.db, shop.manager, birthday_template=tid, welcome_template=0, birthday_window=window
    )
    for _ in range(2):  # run twice: one coupon
        care.generate(shop.db, shop.store_id, D(2026, 9, 20), D(2026, 9, 30), today=TODAY)
    assert _coupons(shop) == [(born, "birthday 2026", *valid)]
    assert check_money(shop.db) == []


def test_no_coupon_for_a_birthday_whose_days_are_over(shop: Shop) -> None:
    add_member(shop, 1, "张丽", birthday=D(1990, 8, 2), birth_mmdd=802)
    tid = _template(shop, "生日券", CouponPurpose.BIRTHDAY)
    care_coupons.save(shop.db, shop.manager, birthday_template=tid, welcome_template=0)
    care.generate(shop.db, shop.store_id, D(2026, 8, 1), D(2026, 8, 5), today=TODAY)
    assert _coupons(shop) == []


def test_a_welcome_coupon_for_members_enrolled_since_it_was_chosen(shop: Shop) -> None:
    before = add_member(shop, 1, "老会员")
    with shop.db.write() as s:
        s.execute(
            update(Member)
            .where(Member.id == before)
            .values(enrolled_at=dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC))
        )
    tid = _template(shop, "新人礼券", CouponPurpose.WELCOME, days=14)
    care_coupons.save(shop.db, shop.manager, birthday_template=0, welcome_template=tid, today=D(2026, 9, 1))
    new = add_member(shop, 2, "新会员")  # enrolled now, after the choice
    for _ in range(2):
        care.generate(shop.db, shop.store_id, TODAY, TODAY, today=TODAY)
    assert _coupons(shop) == [(new, "welcome", TODAY, TODAY + dt.timedelta(days=13))]


def test_only_the_manager_chooses_and_only_the_stores_templates(shop: Shop) -> None:
    tid = _template(shop, "生日券", CouponPurpose.BIRTHDAY)
    with pytest.raises(PermissionDenied):
        care_coupons.save(shop.db, shop.supervisor, birthday_template=tid, welcome_template=0)
    with pytest.raises(NotFound):
        care_coupons.save(shop.db, shop.manager, birthday_template=tid + 99, welcome_template=0)
    with pytest.raises(ValidationError):
        care_coupons.save(
            shop.db, shop.manager, birthday_template=tid, welcome_template=0, birthday_window="day"
        )
    chosen = care_coupons.save(
        shop.db, shop.manager, birthday_template=tid, welcome_template=tid, today=D(2026, 9, 1)
    )
    again = care_coupons.save(
        shop.db, shop.manager, birthday_template=tid, welcome_template=tid, today=D(2026, 9, 9)
    )
    assert chosen.welcome_since == again.welcome_since == D(2026, 9, 1)  # choosing again keeps the day
    assert care_coupons.load(shop.db, shop.store_id) == again
    assert [t.name for t in care_coupons.templates(shop.db, shop.clerk)] == ["生日券"]


def _earned(shop: Shop, member: int, points: int, at: dt.datetime) -> None:
    with shop.db.write() as s:
        s.add(PointsEntry(member_id=member, created_at=at, delta=points, source=PointsSource.ADJUSTMENT))
        s.merge(MemberStats(member_id=member, points_balance=points))


def test_members_whose_points_expire_this_month_are_listed_once(shop: Shop) -> None:
    soon = add_member(shop, 1, "张丽")
    later = add_member(shop, 2, "王芳")
    _earned(shop, soon, 800, dt.datetime(2024, 9, 10, 4, tzinfo=dt.UTC))  # two years ago this month
    _earned(shop, later, 500, dt.datetime(2025, 3, 10, 4, tzinfo=dt.UTC))
    expiry.save_policy(shop.db, shop.manager, ExpiryPolicy(ExpiryRule.ROLLING_MONTHS, 24))
    for _ in range(2):
        care.generate(shop.db, shop.store_id, D(2026, 9, 14), D(2026, 9, 20), today=TODAY)
    found = care.calendar(shop.db, shop.clerk, D(2026, 9, 14), D(2026, 9, 20), kinds=[CareKind.POINTS_EXPIRY])
    assert [(i.member_id, i.title, i.due_date) for i in found] == [(soon, "800", D(2026, 9, 14))]


def test_no_points_tasks_when_points_never_expire(shop: Shop) -> None:
    member = add_member(shop, 1, "张丽")
    _earned(shop, member, 800, dt.datetime(2020, 9, 10, 4, tzinfo=dt.UTC))
    care.generate(shop.db, shop.store_id, D(2026, 9, 14), D(2026, 9, 20), today=TODAY)
    assert (
        care.calendar(shop.db, shop.clerk, D(2026, 9, 14), D(2026, 9, 20), kinds=[CareKind.POINTS_EXPIRY])
        == []
    )
