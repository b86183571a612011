"""Random days at the till with member money: top-ups, sales paid partly from the balance and
with coupons, returns and voids, in any order. After every step no balance is below zero and
every balance is the sum of its ledger, no coupon is used twice (``check_money`` and the sales
``check_ledgers`` clean); once every sale is returned or voided, each balance is what was paid
in, principal and bonus apart, and buying and returning gained no points. SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from memberdesk.domain.errors import Conflict, NotFound, ServiceError, ValidationError
from memberdesk.domain.vocab import CouponKind, PaymentMethod, ReturnType, SaleStatus
from memberdesk.domain.wallet import Presence, WalletRules
from memberdesk.services.money import coupons, wallet
from memberdesk.services.money import rules as wallet_rules
from memberdesk.services.money.reconcile import check_money
from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import record_sale, void_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store.models import Coupon, CouponEvent, MemberStats, Sale, Wallet
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

NOW = dt.datetime(2026, 5, 20, 2, 0, tzinfo=dt.UTC)
EXAMPLES = int(os.environ.get("MEMBERDESK_FUZZ_EXAMPLES", "25"))
_people = itertools.count(100)

topups = st.tuples(st.just("topup"), st.integers(0, 1), st.sampled_from(["100", "500", "1000", "3000"]))
sales = st.tuples(
    st.just("sale"),
    st.integers(0, 1),
    st.integers(1, 800),  # the goods, yuan
    st.sampled_from(["", "all", "10", "99.99", "400"]),  # what the balance pays ("" nothing)
    st.booleans(),  # with the member's coupon
)
returns = st.tuples(st.just("return"), st.integers(0, 50), st.integers(0, 1))
voids = st.tuples(st.just("void"), st.integers(0, 50))
steps = st.lists(st.one_of(topups, sales, sales, sales, returns, voids), min_size=1, max_size=20)


@dataclass
class Day:
    shop: Shop
    members: list[int]
    cards: list[str]
    receipts: list[str] = field(default_factory=list)
    at: dt.datetime = NOW

    def tick(self) -> dt.datetime:
        self.at += dt.timedelta(minutes=1)
        return self.at


def _open(shop: Shop) -> Day:
    wallet_rules.save(shop.db, shop.manager, WalletRules(presence=Presence.CARD))
    members = [add_member(shop.db, shop.store_id, next(_people)) for _ in range(2)]
    tid = coupons.create_template(
        shop.db,
        shop.manager,
        coupons.TemplateForm(
            name="满100减15", kind=CouponKind.AMOUNT_OFF, amount="15", min_spend="100", valid_days=30
        ),
    )
    coupons.issue(shop.db, shop.supervisor, tid, members * 3, today=NOW.astimezone().date())
    return Day(shop, members, [f"C{n:06d}" for n in _card_numbers(shop, members)])


def _card_numbers(shop: Shop, members: list[int]) -> list[int]:
    from memberdesk.store.models import Member

    with shop.db.read() as s:
        return [int(s.get(Member, m).card_no[1:]) for m in members]  # type: ignore[union-attr]


def _sale(day: Day, who: int, yuan: int, stored: str, coupon: bool) -> None:
    member = day.members[who]
    payments = []
    if stored:
        payments.append(PaymentForm(PaymentMethod.STORED_VALUE, "" if stored == "all" else stored))
    if stored != "all":
        payments.append(PaymentForm(PaymentMethod.CASH, ""))
    codes: tuple[str, ...] = ()
    if coupon:
        held = coupons.member_coupons(day.shop.db, member, today=NOW.astimezone().date())
        codes = (held[0].code,) if held else ()
    form = SaleForm(
        member,
        [LineForm(description="衬衫", category="tops", unit_price=str(yuan), quantity=2)],
        payments,
        coupons=codes,
        member_card=day.cards[who],
    )
    done = record_sale(day.shop.db, day.shop.clerk, form, now=day.tick())
    day.receipts.append(done.receipt_no)


def _return(day: Day, which: int, qty_less: int) -> None:
    if not day.receipts:
        return
    receipt = day.receipts[which % len(day.receipts)]
    _sid, lines = find_sale(day.shop.db, day.shop.clerk, receipt)
    left = lines[0].sold - lines[0].returned
    form = ReturnForm(
        receipt,
        [ReturnLineForm(lines[0].sale_line_id, max(1, left - qty_less))],
        ReturnType.CHANGED_MIND,
        "不要了",
    )
    record_return(day.shop.db, day.shop.supervisor, form, now=day.tick())


def _void(day: Day, which: int) -> None:
    if not day.receipts:
        return
    with day.shop.db.read() as s:
        sale_id = s.scalar(select(Sale.id).where(Sale.receipt_no == day.receipts[which % len(day.receipts)]))
    assert sale_id is not None
    void_sale(day.shop.db, day.shop.supervisor, sale_id, "收错了", now=day.tick())


def _books_hold(day: Day) -> None:
    with day.shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Wallet).where(Wallet.principal_fen < 0)) == 0
        assert s.scalar(select(func.count()).select_from(Wallet).where(Wallet.bonus_fen < 0)) == 0
    assert check_money(day.shop.db) == []
    assert check_ledgers(day.shop.db) == []


def _undo_everything(day: Day) -> None:
    """Every sale still standing goes back: its goods returned (supervisor: no approvals)."""
    for receipt in day.receipts:
        try:
            _sid, lines = find_sale(day.shop.db, day.shop.clerk, receipt)
        except Conflict:  # voided
            continue
        left = lines[0].sold - lines[0].returned
        if left:
            form = ReturnForm(
                receipt, [ReturnLineForm(lines[0].sale_line_id, left)], ReturnType.CHANGED_MIND, "退"
            )
            record_return(day.shop.db, day.shop.supervisor, form, now=day.tick())


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(script=steps)
def test_member_money_at_the_till_always_adds_up(shop: Shop, script: list[tuple[object, ...]]) -> None:
    day = _open(shop)
    paid_in = {m: [0, 0] for m in day.members}
    for step in script:
        try:
            if step[0] == "topup":
                _kind, who, amount = step
                got = wallet.topup(
                    shop.db, shop.clerk, day.members[who], amount, PaymentMethod.CASH, now=day.tick()
                )  # type: ignore[index]
                paid_in[day.members[who]][0] += got.principal_fen  # type: ignore[index]
                paid_in[day.members[who]][1] += got.bonus_fen  # type: ignore[index]
            elif step[0] == "sale":
                _sale(day, *step[1:])  # type: ignore[arg-type]
            elif step[0] == "return":
                _return(day, *step[1:])  # type: ignore[arg-type]
            else:
                _void(day, *step[1:])  # type: ignore[arg-type]
        except (Conflict, ValidationError, NotFound):
            pass  # refused (balance short, coupon's minimum not reached, nothing left to return, …)
        except ServiceError as err:  # anything else refused is a failure of the rules
            raise AssertionError(f"{step}: {err}") from err
        _books_hold(day)
    _undo_everything(day)
    _books_hold(day)
    with shop.db.read() as s:
        for member in day.members:
            held = s.execute(
                select(Wallet.principal_fen, Wallet.bonus_fen).where(Wallet.member_id == member)
            ).first()
            assert tuple(held or (0, 0)) == tuple(paid_in[member])  # every spend came back, part by part
            stats = s.get(MemberStats, member)
            assert stats is None or stats.points_balance - stats.points_owed == 0  # no points gained
        # a coupon stays used by a sale that was returned; a voided sale's coupon is free again
        standing = s.scalar(
            select(func.count())
            .select_from(CouponEvent)
            .join(Sale, Sale.id == CouponEvent.sale_id)
            .where(Sale.status == SaleStatus.COMPLETED, Sale.member_id.in_(day.members))
        )
        used = s.scalar(
            select(func.count())
            .select_from(Coupon)
            .where(Coupon.used.is_(True), Coupon.member_id.in_(day.members))
        )
        assert standing == used
