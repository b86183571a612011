"""Limits no caller can get around: the refund limit per sale, birthday points, amounts of any
type, stored value, and absurd quantities — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from memberdesk.domain.errors import Conflict, PermissionDenied, ServiceError, ValidationError
from memberdesk.domain.vocab import PaymentMethod, PointsSource, ReturnType, Role, Tier
from memberdesk.services.sales import points as points_svc
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.services.sales.returns import Approval, ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store.models import Member, Payment, PointsEntry, Sale, SaleLine, SaleReturn
from tests.conftest import TEST_PINS, Shop
from tests.services.sales_helpers import add_member


def _count(shop: Shop, model: type) -> int:
    with shop.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _three_coats(shop: Shop) -> tuple[str, int]:
    sale = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            None,
            [LineForm(description="羊绒大衣", unit_price="1500", quantity=3)],
            [PaymentForm(PaymentMethod.BANK_CARD, "4500")],
        ),
    )
    return sale.receipt_no, find_sale(shop.db, shop.clerk, sale.receipt_no)[1][0].sale_line_id


def _return_one(shop: Shop, receipt: str, line_id: int, approval: Approval | None = None) -> int | None:
    form = ReturnForm(receipt, [ReturnLineForm(line_id, 1)], ReturnType.CHANGED_MIND, "不想要了", approval)
    return record_return(shop.db, shop.clerk, form).approved_by_id


def test_refund_limit_counts_every_return_of_the_sale(shop: Shop) -> None:
    """Limit ¥2,000: three returns of ¥1,500 from one sale — the second already needs approval."""
    receipt, line_id = _three_coats(shop)
    assert _return_one(shop, receipt, line_id) is None  # ¥1,500 refunded in all: below the limit
    with pytest.raises(PermissionDenied) as err:
        _return_one(shop, receipt, line_id)  # ¥3,000 in all
    assert "¥3,000.00" in err.value.english() and "¥2,000.00" in err.value.english()
    assert _count(shop, SaleReturn) == 1
    pin = Approval(shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR])
    assert _return_one(shop, receipt, line_id, pin) == shop.supervisor.staff_id
    with pytest.raises(PermissionDenied):
        _return_one(shop, receipt, line_id)
    assert _return_one(shop, receipt, line_id, pin) == shop.supervisor.staff_id
    with shop.db.read() as s:
        notes = s.scalars(select(SaleReturn.approval_note).order_by(SaleReturn.id)).all()
    assert notes == ["", "over_limit", "over_limit"]
    assert check_ledgers(shop.db) == []


def test_a_pin_typed_when_none_is_needed_approves_nothing(shop: Shop) -> None:
    receipt, line_id = _three_coats(shop)
    pin = Approval(shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR])
    assert _return_one(shop, receipt, line_id, pin) is None


@pytest.mark.parametrize(
    "qty",
    ["9" * 4301, 10**5000, "1" + "0" * 5000, -(10**4400), "１" * 5000],
    ids=["nines", "int", "digits", "negative", "full-width"],
)
def test_absurd_return_quantity_is_a_typed_error(shop: Shop, qty: object) -> None:
    receipt, line_id = _three_coats(shop)
    with pytest.raises(ValidationError) as err:
        record_return(
            shop.db,
            shop.clerk,
            ReturnForm(receipt, [ReturnLineForm(line_id, qty)], ReturnType.QUALITY, "开线"),  # type: ignore[arg-type]
        )
    assert err.value.field == "lines.0.quantity"
    assert _count(shop, SaleReturn) == 0


def test_the_same_line_twice_cannot_add_up_past_the_bound(shop: Shop) -> None:
    receipt, line_id = _three_coats(shop)
    lines = [ReturnLineForm(line_id, 999), ReturnLineForm(line_id, 999)]
    with pytest.raises(ValidationError):
        record_return(shop.db, shop.clerk, ReturnForm(receipt, lines, ReturnType.QUALITY, "开线"))


def _birthday_member(shop: Shop, tier: Tier = Tier.REGULAR, birthday: dt.date | None = None) -> int:
    mid = add_member(shop.db, shop.store_id)
    with shop.db.write() as s:
        member = s.get(Member, mid)
        assert member is not None
        member.birthday = birthday or dt.date(1990, 5, 17)
        member.birth_mmdd = 517
        member.tier = tier
    return mid


def test_birthday_points_come_from_the_rules_once_a_year(shop: Shop) -> None:
    mid = _birthday_member(shop, Tier.GOLD)
    may = dt.datetime(2026, 5, 17, 3, tzinfo=dt.UTC)
    assert points_svc.birthday_gift(shop.db, shop.clerk, mid, now=may) == 300  # the gold rule
    assert points_svc.birthday_gift(shop.db, shop.clerk, mid, now=may + dt.timedelta(days=30)) == 0
    assert points_svc.balance(shop.db, mid) == 300
    next_year = dt.datetime(2027, 5, 17, 3, tzinfo=dt.UTC)
    assert points_svc.birthday_gift(shop.db, shop.clerk, mid, now=next_year) == 300
    assert points_svc.balance(shop.db, mid) == 600
    assert check_ledgers(shop.db) == []


def test_a_clerk_cannot_choose_the_birthday_amount_or_year(shop: Shop) -> None:
    mid = _birthday_member(shop)
    with pytest.raises(TypeError):
        points_svc.birthday_gift(shop.db, shop.clerk, mid, 1_000_000_000, year=2026)  # type: ignore[call-arg,misc]
    with pytest.raises(TypeError):
        points_svc.birthday_gift(shop.db, shop.clerk, mid, points=1_000_000_000)  # type: ignore[call-arg]
    assert points_svc.balance(shop.db, mid) == 0


def test_no_birthday_points_without_a_birthday_on_file(shop: Shop) -> None:
    mid = add_member(shop.db, shop.store_id)
    with pytest.raises(Conflict):
        points_svc.birthday_gift(shop.db, shop.clerk, mid)
    with pytest.raises(ServiceError):
        points_svc.birthday_gift(shop.db, shop.clerk, 10**30)
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(PointsEntry)) == 0
        assert not s.scalars(
            select(PointsEntry).where(PointsEntry.source == PointsSource.BIRTHDAY_GIFT)
        ).all()


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (LineForm(description="x", unit_price=10**17), "lines.0.unit_price"),
        (LineForm(description="x", unit_price=10**19), "lines.0.unit_price"),
        (LineForm(description="x", unit_price=10**4400), "lines.0.unit_price"),
        (LineForm(description="x", unit_price=-1), "lines.0.unit_price"),
        (LineForm(description="x", unit_price=12.5), "lines.0.unit_price"),
        (LineForm(description="x", unit_price=True), "lines.0.unit_price"),
        (LineForm(description="x", unit_price=Decimal("1E+30")), "lines.0.unit_price"),
        (LineForm(description="x", unit_price=Decimal("NaN")), "lines.0.unit_price"),
        (LineForm(description="x", unit_price=Decimal("12.345")), "lines.0.unit_price"),
        (LineForm(description="x", unit_price="5", discount=10**19), "lines.0.discount"),
        (LineForm(description="x", unit_price="5", quantity=10**19), "lines.0.quantity"),
    ],
)
def test_every_amount_obeys_one_validation_whatever_its_type(shop: Shop, line: LineForm, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        record_sale(shop.db, shop.clerk, SaleForm(None, [line], [PaymentForm(PaymentMethod.CASH, "")]))
    assert err.value.field == field
    assert err.value.english()  # a sentence for the clerk, not a traceback
    assert (_count(shop, Sale), _count(shop, SaleLine), _count(shop, Payment)) == (0, 0, 0)


def test_integer_fen_and_decimal_yuan_are_the_same_amount(shop: Shop) -> None:
    a = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            None, [LineForm(description="x", unit_price=12850)], [PaymentForm(PaymentMethod.CASH, 12850)]
        ),
    )
    b = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            None,
            [LineForm(description="x", unit_price=Decimal("128.50"))],
            [PaymentForm(PaymentMethod.CASH, Decimal("128.5"))],
        ),
    )
    assert a.total_fen == b.total_fen == 12850


@pytest.mark.parametrize("amount", [10**17, 10**19, "100000001", 10**10 + 1])
def test_integer_payments_obey_the_maximum(shop: Shop, amount: object) -> None:
    with pytest.raises(ValidationError) as err:
        record_sale(
            shop.db,
            shop.clerk,
            SaleForm(
                None, [LineForm(description="x", unit_price="5")], [PaymentForm(PaymentMethod.CASH, amount)]
            ),
        )
    assert err.value.field == "payments.0.amount"
    assert _count(shop, Sale) == 0


def test_a_sale_total_above_the_maximum_is_refused(shop: Shop) -> None:
    line = LineForm(description="x", unit_price="99999999", quantity=999)
    with pytest.raises(ValidationError) as err:
        record_sale(shop.db, shop.clerk, SaleForm(None, [line], [PaymentForm(PaymentMethod.CASH, "")]))
    assert err.value.field == "lines"
    assert _count(shop, Sale) == 0


def test_stored_value_is_not_accepted_without_a_balance(shop: Shop) -> None:
    """¥50,000 in stored value for a member with no stored-value balance went through."""
    from memberdesk.domain.errors import ServiceError

    mid = add_member(shop.db, shop.store_id)
    form = SaleForm(
        mid,
        [LineForm(description="貂皮大衣", unit_price="50000")],
        [PaymentForm(PaymentMethod.STORED_VALUE, "50000")],
    )
    with pytest.raises(ServiceError) as err:
        record_sale(shop.db, shop.clerk, form)
    assert str(err.value) == "This member has no stored-value balance."
    split = SaleForm(
        mid,
        [LineForm(description="貂皮大衣", unit_price="50000")],
        [PaymentForm(PaymentMethod.CASH, "1"), PaymentForm(PaymentMethod.STORED_VALUE, "")],
    )
    with pytest.raises(ServiceError):
        record_sale(shop.db, shop.clerk, split)
    assert (_count(shop, Sale), _count(shop, Payment), _count(shop, PointsEntry)) == (0, 0, 0)


@pytest.mark.parametrize("member_id", [2**31, 2**63, -1, 0, True])
def test_an_impossible_member_id_is_no_such_member(shop: Shop, member_id: int) -> None:
    from memberdesk.domain.errors import NotFound

    form = SaleForm(
        member_id, [LineForm(description="x", unit_price="5")], [PaymentForm(PaymentMethod.CASH, "")]
    )
    with pytest.raises(NotFound):
        record_sale(shop.db, shop.clerk, form)
    with pytest.raises(NotFound):
        points_svc.adjust(shop.db, shop.supervisor, member_id, "10", "补录")
    assert _count(shop, Sale) == 0


def test_approval_pins_count_toward_the_lock_out(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    """A clerk guessing a supervisor's PIN at the return counter locks that supervisor out."""
    from memberdesk.domain.errors import AccountLocked, WrongPin
    from memberdesk.services.staff import auth

    monkeypatch.setattr(auth, "sleep", lambda _s: None)
    receipt, line_id = _three_coats(shop)
    _return_one(shop, receipt, line_id)
    guesses = 0
    with pytest.raises(AccountLocked):
        for pin in ("0000", "1111", "2222", "3333", "4444", "6666"):
            try:
                _return_one(shop, receipt, line_id, Approval(shop.supervisor.staff_id, pin))
            except WrongPin:
                guesses += 1
    assert guesses == 4
    with pytest.raises(AccountLocked):  # now even the right PIN approves nothing
        _return_one(shop, receipt, line_id, Approval(shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR]))
    assert _count(shop, SaleReturn) == 1
