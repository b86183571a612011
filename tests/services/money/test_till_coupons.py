"""Coupons at checkout (优惠券): applied in the till by code, the saving spread over the lines it
applies to, used once in the sale's own transaction, not given back by a return, released by
a void."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from memberdesk.domain.errors import Conflict, NotFound, ValidationError
from memberdesk.domain.vocab import CouponEventKind, CouponKind, PaymentMethod, ReturnType, Tier
from memberdesk.services.money import coupons
from memberdesk.services.money.reconcile import check_money
from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm, price_cart
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import record_sale, void_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store.models import Coupon, CouponEvent, Member, Sale, SaleLine
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

NOW = dt.datetime(2026, 5, 20, 4, 0, tzinfo=dt.UTC)
TODAY = NOW.astimezone().date()
THIRTY_OFF = coupons.TemplateForm(
    name="满200减30", kind=CouponKind.AMOUNT_OFF, amount="30", min_spend="200", valid_days=30
)


def cart(member_id: int | None, *codes: str, tops: str = "150", shoes: str = "100") -> SaleForm:
    return SaleForm(
        member_id,
        [
            LineForm(description="衬衫", category="tops", unit_price=tops, quantity=1),
            LineForm(description="运动鞋", category="shoes", unit_price=shoes, quantity=1),
        ],
        [PaymentForm(PaymentMethod.WECHAT, "")],
        coupons=tuple(codes),
    )


def give(shop: Shop, member: int, form: coupons.TemplateForm = THIRTY_OFF) -> str:
    tid = coupons.create_template(shop.db, shop.manager, form)
    return coupons.issue(shop.db, shop.supervisor, tid, [member], today=TODAY)[0]


@pytest.fixture
def member(shop: Shop) -> int:
    return add_member(shop.db, shop.store_id)


def books_clean(shop: Shop) -> None:
    assert check_money(shop.db) == []
    assert check_ledgers(shop.db) == []


def test_a_coupon_takes_its_saving_off_and_is_spread_over_the_lines(shop: Shop, member: int) -> None:
    code = give(shop, member)
    priced = price_cart(shop.db, shop.clerk, cart(member, code.lower()), now=NOW)
    assert [(c.name, c.saving_fen) for c in priced.coupons] == [("满200减30", 30_00)]
    assert priced.total_fen == 250_00 - 30_00
    assert [ln.coupon_fen for ln in priced.lines] == [18_00, 12_00]  # 150 : 100
    sale = record_sale(shop.db, shop.clerk, cart(member, code), now=NOW)
    assert sale.total_fen == 220_00
    with shop.db.read() as s:
        lines = s.scalars(select(SaleLine).order_by(SaleLine.line_no)).all()
        assert [(ln.coupon_fen, ln.total_fen) for ln in lines] == [(18_00, 132_00), (12_00, 88_00)]
        coupon = s.scalars(select(Coupon).where(Coupon.code == code)).one()
        assert coupon.used
        events = s.scalars(select(CouponEvent)).all()
        assert [(e.kind, e.sale_id, e.discount_fen) for e in events] == [
            (CouponEventKind.USE, sale.sale_id, 30_00)
        ]
    assert coupons.member_coupons(shop.db, member, today=TODAY) == []
    books_clean(shop)


def test_a_category_coupon_saves_only_on_its_lines(shop: Shop, member: int) -> None:
    code = give(
        shop,
        member,
        coupons.TemplateForm(
            name="鞋类8折", kind=CouponKind.PERCENT_OFF, percent_off=20, categories=("shoes",), valid_days=30
        ),
    )
    priced = price_cart(shop.db, shop.clerk, cart(member, code), now=NOW)
    assert [ln.coupon_fen for ln in priced.lines] == [0, 20_00]
    assert priced.total_fen == 230_00


@pytest.mark.parametrize(
    ("form", "tops", "says"),
    [
        (THIRTY_OFF, "50", "do not reach this coupon's minimum spend"),
        (
            coupons.TemplateForm(
                name="金卡专享", kind=CouponKind.AMOUNT_OFF, amount="20", tiers=(Tier.GOLD,), valid_days=30
            ),
            "150",
            "members of another tier",
        ),
        (
            coupons.TemplateForm(
                name="童装券", kind=CouponKind.AMOUNT_OFF, amount="20", categories=("kids",), valid_days=30
            ),
            "150",
            "of this coupon's categories",
        ),
        (
            coupons.TemplateForm(
                name="下月券",
                kind=CouponKind.AMOUNT_OFF,
                amount="20",
                valid_from=TODAY + dt.timedelta(days=10),
                valid_to=TODAY + dt.timedelta(days=40),
            ),
            "150",
            "This coupon is valid from",
        ),
    ],
)
def test_a_coupon_that_does_not_apply_is_refused_with_the_reason(
    shop: Shop, member: int, form: coupons.TemplateForm, tops: str, says: str
) -> None:
    code = give(shop, member, form)
    with pytest.raises(Conflict) as shown:
        record_sale(shop.db, shop.clerk, cart(member, code, tops=tops), now=NOW)
    assert says in str(shown.value) and shown.value.field == "coupon"
    with shop.db.read() as s:
        assert s.scalars(select(Sale)).first() is None
        assert not s.scalars(select(Coupon)).one().used


def test_another_members_coupon_an_unknown_code_and_a_repeated_code_are_refused(
    shop: Shop, member: int
) -> None:
    code = give(shop, member)
    other = add_member(shop.db, shop.store_id, 2)
    with pytest.raises(Conflict, match="another member"):
        price_cart(shop.db, shop.clerk, cart(other, code), now=NOW)
    with pytest.raises(Conflict, match="another member"):
        price_cart(shop.db, shop.clerk, cart(None, code), now=NOW)
    with pytest.raises(NotFound):
        price_cart(shop.db, shop.clerk, cart(member, "Q2345678923"), now=NOW)
    with pytest.raises(ValidationError):
        price_cart(shop.db, shop.clerk, cart(member, code, code.lower()), now=NOW)
    for odd in ([code, 7], [" "], [code, ""]):
        with pytest.raises(ValidationError):
            price_cart(shop.db, shop.clerk, replace(cart(member), coupons=odd), now=NOW)  # type: ignore[arg-type]


def test_a_coupon_is_used_once(shop: Shop, member: int) -> None:
    code = give(shop, member)
    record_sale(shop.db, shop.clerk, cart(member, code), now=NOW)
    with pytest.raises(Conflict, match="already been used"):
        record_sale(shop.db, shop.clerk, cart(member, code), now=NOW)
    books_clean(shop)


def test_a_coupon_that_does_not_stack_is_the_only_one(shop: Shop, member: int) -> None:
    first = give(shop, member)
    stackable = coupons.TemplateForm(
        name="叠加券", kind=CouponKind.AMOUNT_OFF, amount="10", stackable=True, valid_days=30
    )
    second = give(shop, member, stackable)
    third = give(shop, member, stackable)
    with pytest.raises(Conflict, match="cannot be combined"):
        price_cart(shop.db, shop.clerk, cart(member, first, second), now=NOW)
    both = price_cart(shop.db, shop.clerk, cart(member, second, third), now=NOW)
    assert both.coupon_fen == 20_00 and both.total_fen == 230_00


def test_a_return_refunds_each_line_net_of_its_coupon_share_and_keeps_the_coupon_used(
    shop: Shop, member: int
) -> None:
    code = give(shop, member)
    sale = record_sale(shop.db, shop.clerk, cart(member, code), now=NOW)
    _sid, lines = find_sale(shop.db, shop.clerk, sale.receipt_no)
    back = record_return(
        shop.db,
        shop.clerk,
        ReturnForm(sale.receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.SIZE_FIT, "偏小"),
        now=NOW,
    )
    assert back.refund_fen == 150_00 - 18_00
    rest = record_return(
        shop.db,
        shop.clerk,
        ReturnForm(sale.receipt_no, [ReturnLineForm(lines[1].sale_line_id, 1)], ReturnType.SIZE_FIT, "偏小"),
        now=NOW,
    )
    assert back.refund_fen + rest.refund_fen == sale.total_fen  # never more than was paid
    with shop.db.read() as s:
        assert s.scalars(select(Coupon)).one().used  # a return does not give the coupon back
    books_clean(shop)


def test_a_void_releases_the_coupon(shop: Shop, member: int) -> None:
    code = give(shop, member)
    sale = record_sale(shop.db, shop.clerk, cart(member, code), now=NOW)
    void_sale(shop.db, shop.supervisor, sale.sale_id, "收错了", now=NOW + dt.timedelta(minutes=3))
    with shop.db.read() as s:
        assert not s.scalars(select(Coupon)).one().used
        kinds = [e.kind for e in s.scalars(select(CouponEvent).order_by(CouponEvent.id))]
        assert kinds == [CouponEventKind.USE, CouponEventKind.RELEASE]
    assert [c.code for c in coupons.member_coupons(shop.db, member, today=TODAY)] == [code]
    again = record_sale(shop.db, shop.clerk, cart(member, code), now=NOW + dt.timedelta(minutes=5))
    assert again.total_fen == 220_00
    books_clean(shop)


def test_a_tier_coupon_applies_to_its_tier(shop: Shop, member: int) -> None:
    with shop.db.write() as s:
        s.get(Member, member).tier = Tier.GOLD  # type: ignore[union-attr]
    code = give(
        shop,
        member,
        coupons.TemplateForm(
            name="金卡专享", kind=CouponKind.AMOUNT_OFF, amount="20", tiers=(Tier.GOLD,), valid_days=30
        ),
    )
    assert price_cart(shop.db, shop.clerk, cart(member, code), now=NOW).total_fen == 230_00
