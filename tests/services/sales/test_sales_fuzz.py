"""Anything a clerk (or a caller) can hand the sale, return and points services: the answer
is a sale, a return, or one of the project's typed errors — and a refused input changes
nothing stored. On SQLite and PostgreSQL."""

from __future__ import annotations

import os
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import PaymentMethod, ReturnType, Role
from memberdesk.services.sales import points as points_svc
from memberdesk.services.sales.pricing import price_cart
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.services.sales.returns import Approval, ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store.models import (
    AuditEntry,
    MemberStats,
    Payment,
    PointsEntry,
    Product,
    Refund,
    ReturnLine,
    Sale,
    SaleLine,
    SaleReturn,
)
from tests.conftest import TEST_PINS, Shop
from tests.services.sales_helpers import add_member

EXAMPLES = int(os.environ.get("MEMBERDESK_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)

_ODD_TEXT = [
    "",
    " ",
    "0",
    "1",
    "-1",
    "1e5",
    "NaN",
    "inf",
    "１２８．５",
    "¥1,280.00",
    "128元",
    "0.001",
    "9" * 5000,
    "1" + "0" * 4400,
    "\x00",
    "A\x00B",
    "010101",
    "6901010100000",
    "R00000001",
    "r00000001",
    "R" + "0" * 60 + "1",
    "𠮷野家",
    "\u202e",
]
odd_text = st.one_of(st.sampled_from(_ODD_TEXT), st.text(max_size=40))
anything = st.one_of(
    odd_text,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.sampled_from([10**5000, -(10**4400), 2**63, 2**31]),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.floats(),
    st.none(),
    st.booleans(),
)
amount = st.one_of(st.integers(min_value=1, max_value=10**6), st.just(""), anything)
quantity = st.one_of(st.integers(min_value=1, max_value=5), anything)
methods = st.one_of(st.sampled_from(list(PaymentMethod)), st.sampled_from(["cash", None, 3]))


def snapshot(shop: Shop) -> tuple[int, ...]:
    """Everything a sale, a return or a points change writes."""
    with shop.db.read() as s:
        counts = [
            int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Sale, SaleLine, Payment, PointsEntry, SaleReturn, ReturnLine, Refund, AuditEntry)
        ]
        sums = s.execute(
            select(
                func.coalesce(func.sum(MemberStats.points_balance), 0),
                func.coalesce(func.sum(MemberStats.spend_fen), 0),
                func.coalesce(func.sum(MemberStats.visit_count), 0),
            )
        ).one()
    return (*counts, *(int(v) for v in sums))


def refused_or_done(shop: Shop, call: object) -> bool:
    """Run ``call``; a typed error must leave the store as it was. True when it went through."""
    before = snapshot(shop)
    try:
        call()  # type: ignore[operator]
    except ServiceError as err:
        assert err.english()  # a sentence for the clerk
        assert snapshot(shop) == before, f"refused ({err.english()}) but data changed"
        return False
    return True


@pytest.fixture
def catalogue(shop: Shop) -> list[str]:
    with shop.db.write() as s:
        s.add(
            Product(sku="010101", barcode="6901010100000", name="纯棉T恤", category="tops", price_fen=27900)
        )
        s.add(Product(sku="020202", name="牛仔裤", category="bottoms", price_fen=1))
    return ["010101", "6901010100000", "020202"]


def line_forms(codes: list[str]) -> st.SearchStrategy[LineForm]:
    return st.builds(
        LineForm,
        code=st.one_of(st.sampled_from(codes), st.just(""), odd_text),
        description=st.one_of(st.just("衬衫"), odd_text),
        category=st.one_of(st.sampled_from(["tops", "bottoms", ""]), odd_text),
        size=st.one_of(st.just("M"), odd_text),
        unit_price=st.one_of(st.just(""), amount),
        quantity=quantity,
        discount=st.one_of(st.just(""), amount),
    )


def test_any_sale_is_recorded_or_refused_cleanly(shop: Shop, catalogue: list[str]) -> None:
    member = add_member(shop.db, shop.store_id)
    points_svc.adjust(shop.db, shop.supervisor, member, "5000", "开业礼")
    recorded: list[int] = []

    good_line = st.builds(
        LineForm,
        code=st.sampled_from(catalogue),
        size=st.sampled_from(["", "M", "XL"]),
        quantity=st.integers(min_value=1, max_value=5),
    )
    good = st.builds(
        SaleForm,
        member_id=st.one_of(st.none(), st.just(member)),
        lines=st.lists(good_line, min_size=1, max_size=3),
        payments=st.lists(
            st.builds(
                PaymentForm,
                method=st.sampled_from([PaymentMethod.CASH, PaymentMethod.WECHAT]),
                amount=st.just(""),
            ),
            min_size=1,
            max_size=1,
        ),
        tendered=st.one_of(st.just(""), st.integers(min_value=1, max_value=10**7)),
        note=odd_text,
    )
    mixed = st.builds(
        SaleForm,
        member_id=st.one_of(st.none(), st.just(member), anything),
        lines=st.lists(line_forms(catalogue), max_size=4),
        payments=st.lists(st.builds(PaymentForm, method=methods, amount=amount), max_size=3),
        discount=st.one_of(st.just(""), amount),
        redeem_points=st.one_of(st.just(0), st.integers(min_value=0, max_value=6000), anything),
        note=odd_text,
        tendered=st.one_of(st.just(""), amount),
    )

    @FUZZ
    @given(form=st.one_of(good, mixed))
    def one_sale(form: SaleForm) -> None:
        try:
            cart = price_cart(shop.db, shop.clerk, form)
        except ServiceError:
            cart = None
        refusals.append(1)
        if refused_or_done(shop, lambda: recorded.append(record_sale(shop.db, shop.clerk, form).total_fen)):
            assert cart is not None and recorded[-1] == cart.total_fen  # the till's figure is recorded

    refusals: list[int] = []
    one_sale()
    assert recorded and len(recorded) < len(refusals)  # both ways were taken
    assert check_ledgers(shop.db) == []


def test_any_return_is_recorded_or_refused_cleanly(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    from memberdesk.services.staff import auth

    monkeypatch.setattr(auth, "sleep", lambda _s: None)  # wrong PINs answer at once here
    member = add_member(shop.db, shop.store_id)
    sale = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            member,
            [
                LineForm(description="大衣", unit_price="1500", quantity=3),
                LineForm(description="围巾", unit_price="99.5", quantity=2, discount="10"),
            ],
            [PaymentForm(PaymentMethod.WECHAT, "3000"), PaymentForm(PaymentMethod.CASH, "")],
        ),
    )
    line_ids = [ln.sale_line_id for ln in find_sale(shop.db, shop.clerk, sale.receipt_no)[1]]
    staff = [shop.clerk.staff_id, shop.supervisor.staff_id, shop.manager.staff_id]
    pins = [TEST_PINS[Role.SUPERVISOR], TEST_PINS[Role.MANAGER], "0000"]

    good = st.builds(
        ReturnForm,
        receipt_no=st.just(sale.receipt_no),
        lines=st.lists(
            st.builds(ReturnLineForm, sale_line_id=st.sampled_from(line_ids), quantity=st.just(1)),
            min_size=1,
            max_size=1,
        ),
        return_type=st.sampled_from(list(ReturnType)),
        reason=st.one_of(st.just("太小"), odd_text),
        approval=st.one_of(
            st.none(), st.just(Approval(shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR]))
        ),
    )
    mixed = st.builds(
        ReturnForm,
        receipt_no=st.one_of(st.just(sale.receipt_no), st.just(sale.receipt_no.lower()), odd_text),
        lines=st.lists(
            st.builds(
                ReturnLineForm,
                sale_line_id=st.one_of(st.sampled_from(line_ids), anything),
                quantity=quantity,
            ),
            max_size=3,
        ),
        return_type=st.one_of(st.sampled_from(list(ReturnType)), st.none(), odd_text),
        reason=st.one_of(st.just("太小"), odd_text),
        approval=st.one_of(
            st.none(),
            st.builds(
                Approval,
                staff_id=st.one_of(st.sampled_from(staff), anything),
                pin=st.one_of(st.sampled_from(pins), odd_text),
            ),
        ),
    )

    @FUZZ
    @given(form=st.one_of(good, mixed))
    def one_return(form: ReturnForm) -> None:
        outcomes.append(refused_or_done(shop, lambda: record_return(shop.db, shop.clerk, form)))

    outcomes: list[bool] = []
    one_return()
    assert True in outcomes and False in outcomes
    assert check_ledgers(shop.db) == []


def test_any_points_change_is_made_or_refused_cleanly(shop: Shop) -> None:
    member = add_member(shop.db, shop.store_id)

    @FUZZ
    @given(
        member_id=st.one_of(st.just(member), anything),
        delta=st.one_of(st.integers(min_value=-100, max_value=100), anything),
        reason=odd_text,
    )
    def one_change(member_id: object, delta: object, reason: str) -> None:
        refused_or_done(shop, lambda: points_svc.adjust(shop.db, shop.supervisor, member_id, delta, reason))  # type: ignore[arg-type]
        refused_or_done(shop, lambda: points_svc.birthday_gift(shop.db, shop.clerk, member_id))  # type: ignore[arg-type]

    one_change()
    assert check_ledgers(shop.db) == []


def test_decimal_and_text_amounts_agree() -> None:
    """A sanity check of the strategies' premise: the same yuan in any accepted form."""
    from memberdesk.services.common.inputs import money

    assert money("128.5", "x") == money(Decimal("128.50"), "x") == money(12850, "x")
