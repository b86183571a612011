"""Sales, voids, returns, points and the ledger check, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select, update

from memberdesk.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError, WrongPin
from memberdesk.domain.vocab import PaymentMethod, ReturnType, Role, SaleStatus
from memberdesk.services.sales import points as points_svc
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale, void_sale
from memberdesk.services.sales.returns import Approval, ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store.database import Database
from memberdesk.store.models import MemberStats, Payment, Sale, SaleLine, SaleReturn, utcnow
from tests.conftest import TEST_PINS, Shop
from tests.services.sales_helpers import add_member, three_line_sale

TOTAL = 2 * 9900 + 29950 + 3 * 1500 - 500


def _count(shop: Shop, model: type) -> int:
    with shop.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_sale_is_recorded_whole(shop: Shop) -> None:
    mid = add_member(shop.db, shop.store_id)
    r1 = record_sale(shop.db, shop.clerk, three_line_sale(mid))
    r2 = record_sale(shop.db, shop.clerk, three_line_sale(None))
    assert (r1.receipt_no, r2.receipt_no) == ("R00000001", "R00000002")
    assert r1.total_fen == TOTAL and r1.points_earned == TOTAL // 100
    assert points_svc.balance(shop.db, mid) == TOTAL // 100
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(SaleLine)) == 6
        stats = s.get(MemberStats, mid)
        assert stats is not None and (stats.spend_fen, stats.visit_count) == (TOTAL, 1)
    assert check_ledgers(shop.db) == []


@pytest.mark.parametrize(
    ("form", "field"),
    [
        (SaleForm(None, [LineForm(description="x", unit_price="-5")], []), "lines.0.unit_price"),
        (SaleForm(None, [LineForm(description="x", unit_price="abc")], []), "lines.0.unit_price"),
        (SaleForm(None, [LineForm(description="x", unit_price="99999999999")], []), "lines.0.unit_price"),
        (SaleForm(None, [LineForm(description="x", unit_price="5", quantity="0")], []), "lines.0.quantity"),
        (SaleForm(None, [LineForm(description="x", unit_price="5", quantity="1.5")], []), "lines.0.quantity"),
        (SaleForm(None, [LineForm(unit_price="5")], []), "lines.0.description"),
        (SaleForm(None, [], []), "lines"),
    ],
)
def test_bad_input_saves_nothing(shop: Shop, form: SaleForm, field: str) -> None:
    with pytest.raises(ValidationError) as err:
        record_sale(shop.db, shop.clerk, form)
    assert err.value.field == field
    assert _count(shop, Sale) == 0


def test_payments_must_equal_total(shop: Shop) -> None:
    mid = add_member(shop.db, shop.store_id)
    with pytest.raises(ValidationError) as err:
        record_sale(shop.db, shop.clerk, three_line_sale(mid, cash="100"))
    assert err.value.field == "payments"
    assert (_count(shop, Sale), _count(shop, Payment), _count(shop, SaleLine)) == (0, 0, 0)
    assert points_svc.balance(shop.db, mid) == 0


def test_split_payment_and_redemption(shop: Shop) -> None:
    mid = add_member(shop.db, shop.store_id)
    points_svc.adjust(shop.db, shop.supervisor, mid, "500", "开业礼")
    form = SaleForm(
        mid,
        [LineForm(description="裙子", unit_price="100")],
        [PaymentForm(PaymentMethod.CASH, "50"), PaymentForm(PaymentMethod.ALIPAY, "45")],
        redeem_points=500,
    )
    r = record_sale(shop.db, shop.clerk, form)
    assert r.total_fen == 9500 and r.points_earned == 95
    assert points_svc.balance(shop.db, mid) == 95
    with pytest.raises(Conflict):
        record_sale(
            shop.db,
            shop.clerk,
            SaleForm(
                mid,
                [LineForm(description="裙子", unit_price="100")],
                [PaymentForm(PaymentMethod.CASH, "99")],
                redeem_points=100,
            ),
        )
    assert check_ledgers(shop.db) == []


def test_void_reverses_same_day_by_supervisor(shop: Shop) -> None:
    mid = add_member(shop.db, shop.store_id)
    r = record_sale(shop.db, shop.clerk, three_line_sale(mid))
    with pytest.raises(PermissionDenied):
        void_sale(shop.db, shop.clerk, r.sale_id, "录错")
    v = void_sale(shop.db, shop.supervisor, r.sale_id, "录错")
    assert v.total_fen == -TOTAL
    assert points_svc.balance(shop.db, mid) == 0
    with shop.db.read() as s:
        orig = s.get(Sale, r.sale_id)
        assert orig is not None and orig.status is SaleStatus.VOIDED
    with pytest.raises(Conflict):
        void_sale(shop.db, shop.supervisor, r.sale_id, "again")
    old = record_sale(shop.db, shop.clerk, three_line_sale(mid), now=utcnow() - dt.timedelta(days=2))
    with pytest.raises(Conflict):
        void_sale(shop.db, shop.supervisor, old.sale_id, "late")
    assert check_ledgers(shop.db) == []


def _return(shop: Shop, receipt: str, line_id: int, qty: int, approval: Approval | None = None) -> int:
    return record_return(
        shop.db,
        shop.clerk,
        ReturnForm(receipt, [ReturnLineForm(line_id, qty)], ReturnType.SIZE_FIT, "太小", approval),
    ).refund_fen


def test_buy_and_return_never_gains_points(shop: Shop) -> None:
    mid = add_member(shop.db, shop.store_id)
    r = record_sale(shop.db, shop.clerk, three_line_sale(mid))
    _sid, lines = find_sale(shop.db, shop.clerk, r.receipt_no)
    refunded = 0
    for ln in lines:
        for _ in range(ln.sold):
            refunded += _return(shop, r.receipt_no, ln.sale_line_id, 1)
    assert refunded == TOTAL
    assert points_svc.balance(shop.db, mid) == 0
    with pytest.raises(Conflict):
        _return(shop, r.receipt_no, lines[0].sale_line_id, 1)
    assert check_ledgers(shop.db) == []


def test_return_rules(shop: Shop) -> None:
    r = record_sale(shop.db, shop.clerk, three_line_sale(None), now=utcnow() - dt.timedelta(days=30))
    _sid, lines = find_sale(shop.db, shop.clerk, r.receipt_no)
    with pytest.raises(ValidationError):
        record_return(
            shop.db,
            shop.clerk,
            ReturnForm(r.receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], None, "x"),
        )
    with pytest.raises(ValidationError):
        record_return(
            shop.db,
            shop.clerk,
            ReturnForm(r.receipt_no, [ReturnLineForm(lines[0].sale_line_id, 1)], ReturnType.OTHER, " "),
        )
    with pytest.raises(PermissionDenied):  # past the window: a supervisor's PIN is needed
        _return(shop, r.receipt_no, lines[0].sale_line_id, 1)
    with pytest.raises(WrongPin):
        _return(shop, r.receipt_no, lines[0].sale_line_id, 1, Approval(shop.supervisor.staff_id, "0000"))
    with pytest.raises(PermissionDenied):
        _return(
            shop, r.receipt_no, lines[0].sale_line_id, 1, Approval(shop.clerk.staff_id, TEST_PINS[Role.CLERK])
        )
    res = record_return(
        shop.db,
        shop.clerk,
        ReturnForm(
            r.receipt_no,
            [ReturnLineForm(lines[0].sale_line_id, 1)],
            ReturnType.QUALITY,
            "开线",
            Approval(shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR]),
        ),
    )
    assert res.approved_by_id == shop.supervisor.staff_id
    with pytest.raises(NotFound):
        find_sale(shop.db, shop.clerk, "R99999999")
    assert check_ledgers(shop.db) == []


def test_concurrent_returns_cannot_over_return(shop: Shop) -> None:
    r = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            None,
            [LineForm(description="鞋", unit_price="300", quantity=3)],
            [PaymentForm(PaymentMethod.CASH, "900")],
        ),
    )
    _sid, lines = find_sale(shop.db, shop.clerk, r.receipt_no)
    line_id = lines[0].sale_line_id
    barrier = threading.Barrier(4)
    outcomes: list[str] = []

    def counter() -> None:
        barrier.wait()
        try:
            _return(shop, r.receipt_no, line_id, 2)
            outcomes.append("ok")
        except Conflict:
            outcomes.append("refused")

    threads = [threading.Thread(target=counter) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ok", "refused", "refused", "refused"]
    assert find_sale(shop.db, shop.clerk, r.receipt_no)[1][0].returned == 2
    assert check_ledgers(shop.db) == []


def test_points_adjustment_is_supervisor_only(shop: Shop) -> None:
    mid = add_member(shop.db, shop.store_id)
    with pytest.raises(PermissionDenied):
        points_svc.adjust(shop.db, shop.clerk, mid, "10", "x")
    with pytest.raises(ValidationError):
        points_svc.adjust(shop.db, shop.supervisor, mid, "10", "")
    with pytest.raises(ValidationError):
        points_svc.adjust(shop.db, shop.supervisor, mid, "abc", "x")
    with pytest.raises(Conflict):
        points_svc.adjust(shop.db, shop.supervisor, mid, "-10", "x")
    points_svc.adjust(shop.db, shop.supervisor, mid, "+200", "开业礼")
    assert points_svc.balance(shop.db, mid) == 200


def test_reconcile_finds_planted_inconsistency(shop: Shop) -> None:
    mid = add_member(shop.db, shop.store_id)
    r = record_sale(shop.db, shop.clerk, three_line_sale(mid))
    assert check_ledgers(shop.db) == []
    with shop.db.write() as s:
        s.execute(update(Payment).where(Payment.sale_id == r.sale_id).values(amount_fen=1))
        s.execute(update(MemberStats).where(MemberStats.member_id == mid).values(points_balance=7))
    found = check_ledgers(shop.db)
    assert any("payments" in f for f in found)
    assert any(f.startswith(f"sale {r.sale_id}") for f in found)
    assert any(f.startswith(f"member {mid}") for f in found)


def test_return_without_receipt_is_supervisor_only(shop: Shop) -> None:
    from memberdesk.services.sales.returns import record_return_without_receipt

    mid = add_member(shop.db, shop.store_id)
    args = dict(
        member_id=mid,
        description="围巾",
        refund="59",
        method=PaymentMethod.CASH,
        return_type=ReturnType.QUALITY,
        reason="脱线",
    )
    with pytest.raises(PermissionDenied):
        record_return_without_receipt(shop.db, shop.clerk, **args)  # type: ignore[arg-type]
    res = record_return_without_receipt(shop.db, shop.supervisor, **args)  # type: ignore[arg-type]
    assert (res.refund_fen, res.approved_by_id) == (5900, None)  # never their own approver
    with shop.db.read() as s:
        ret = s.scalars(select(SaleReturn)).one()
        assert ret.without_receipt and ret.sale_id is None
    assert check_ledgers(shop.db) == []


def test_a_receipt_is_found_however_its_leading_zeros_are_typed(shop: Shop) -> None:
    r = record_sale(shop.db, shop.clerk, three_line_sale(None))
    assert r.receipt_no == "R00000001"
    for typed in ("R00000001", "r1", "R000000001", " r00000001 "):
        assert find_sale(shop.db, shop.clerk, typed)[0] == r.sale_id
    with pytest.raises(NotFound):
        find_sale(shop.db, shop.clerk, "R2")


def test_receipts_of_the_demo_and_of_the_counter_have_one_width(demo_db: Database) -> None:
    from tests.conftest import demo_actor

    r = record_sale(demo_db, demo_actor(demo_db, "C01"), three_line_sale(None))
    with demo_db.read() as s:
        widths = set(s.scalars(select(func.length(Sale.receipt_no)).distinct()))
    assert widths == {len(r.receipt_no)}
