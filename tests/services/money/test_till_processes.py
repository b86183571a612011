"""Member money at the till across processes: two counters spending one balance or using one
coupon at once, and a counter killed in the middle of a stored-value sale or its return."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import time

from sqlalchemy import func, select

from memberdesk.domain.errors import ServiceError
from memberdesk.domain.vocab import CouponKind, PaymentMethod, ReturnType
from memberdesk.domain.wallet import Presence, WalletRules
from memberdesk.services.money import coupons, presence, wallet
from memberdesk.services.money import rules as wallet_rules
from memberdesk.services.money.reconcile import check_money
from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import record_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.store.database import Database, make_engine
from memberdesk.store.models import Sale, SaleReturn, WalletEntry
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

NOW = dt.datetime(2026, 3, 14, 10, 0, tzinfo=dt.UTC)
PIN = "246810"
ROUNDS = 60


def _sale(member_id: int, price: str, *, card: str = "", pin: str = PIN) -> SaleForm:
    return SaleForm(
        member_id,
        [LineForm(description="大衣", category="coats", unit_price=price, quantity=1)],
        [PaymentForm(PaymentMethod.STORED_VALUE, "")],
        member_pin=pin,
        member_card=card,
    )


def _spender(db: Database, shop: Shop, member_id: int, go_fd: int, out_fd: int) -> None:
    try:
        own = Database.from_engine(make_engine(db.url))
        os.read(go_fd, 1)  # both start together
        try:
            got = record_sale(own, shop.clerk, _sale(member_id, "800"), now=NOW)
            os.write(out_fd, f"ok {got.receipt_no}\n".encode())
        except ServiceError as err:
            os.write(out_fd, f"refused {err}\n".encode())
    finally:
        os._exit(0)


def test_two_counters_spending_one_balance_at_once_exactly_one_succeeds(shop: Shop) -> None:
    db = shop.db
    member_id = add_member(db, shop.store_id)
    wallet.topup(db, shop.clerk, member_id, "1000", PaymentMethod.CASH, now=NOW)  # ¥1,100 in all
    presence.set_pin(db, shop.clerk, member_id, PIN)
    go_r, go_w = os.pipe()
    out_r, out_w = os.pipe()
    db.dispose()  # no pooled connection may be shared with the children
    pids = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:
            _spender(db, shop, member_id, go_r, out_w)
        pids.append(pid)
    os.close(out_w)
    os.write(go_w, b"gg")
    for pid in pids:
        os.waitpid(pid, 0)
    answers = b""
    while chunk := os.read(out_r, 4096):
        answers += chunk
    for fd in (go_r, go_w, out_r):
        os.close(fd)
    said = sorted(answers.decode().splitlines())
    assert len(said) == 2
    assert said[0].startswith("ok ")
    assert said[1] == "refused The stored-value balance is only ¥300.00."
    assert wallet.balance(db, member_id).total_fen == 300_00
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
    assert check_money(db) == []
    assert check_ledgers(db) == []


def _coupon_user(db: Database, shop: Shop, form: SaleForm, go_fd: int, out_fd: int) -> None:
    try:
        own = Database.from_engine(make_engine(db.url))
        os.read(go_fd, 1)
        try:
            got = record_sale(own, shop.clerk, form, now=NOW)
            os.write(out_fd, f"ok {got.receipt_no}\n".encode())
        except ServiceError as err:
            os.write(out_fd, f"refused {err}\n".encode())
    finally:
        os._exit(0)


def test_two_counters_using_one_coupon_at_once_exactly_one_succeeds(shop: Shop) -> None:
    db = shop.db
    member_id = add_member(db, shop.store_id)
    tid = coupons.create_template(
        db,
        shop.manager,
        coupons.TemplateForm(name="满100减10", kind=CouponKind.AMOUNT_OFF, amount="10", valid_days=30),
    )
    code = coupons.issue(db, shop.supervisor, tid, [member_id], today=NOW.astimezone().date())[0]
    form = SaleForm(
        member_id,
        [LineForm(description="围巾", category="accessories", unit_price="120", quantity=1)],
        [PaymentForm(PaymentMethod.CASH, "")],
        coupons=(code,),
    )
    go_r, go_w = os.pipe()
    out_r, out_w = os.pipe()
    db.dispose()
    pids = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:
            _coupon_user(db, shop, form, go_r, out_w)
        pids.append(pid)
    os.close(out_w)
    os.write(go_w, b"gg")
    for pid in pids:
        os.waitpid(pid, 0)
    answers = b""
    while chunk := os.read(out_r, 4096):
        answers += chunk
    for fd in (go_r, go_w, out_r):
        os.close(fd)
    said = sorted(answers.decode().splitlines())
    assert len(said) == 2 and said[0].startswith("ok ")
    assert said[1] == "refused This coupon has already been used."
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
    assert check_money(db) == []
    assert check_ledgers(db) == []


def _sell_and_return(db: Database, shop: Shop, member_id: int, write_fd: int) -> None:
    """Sales paid by stored value, each returned in part; each acknowledged after its commit."""
    try:
        own = Database.from_engine(make_engine(db.url))
        for _ in range(1000):
            sale = record_sale(own, shop.clerk, _sale(member_id, "3", card="C000001", pin=""))
            os.write(write_fd, f"S {sale.receipt_no}\n".encode())
            _sid, lines = find_sale(own, shop.clerk, sale.receipt_no)
            back = record_return(
                own,
                shop.clerk,
                ReturnForm(
                    sale.receipt_no,
                    [ReturnLineForm(lines[0].sale_line_id, 1)],
                    ReturnType.CHANGED_MIND,
                    "不要了",
                ),
            )
            os.write(write_fd, f"T {back.return_no}\n".encode())
    finally:
        os._exit(0)


def _round(db: Database, shop: Shop, member_id: int, rng: random.Random) -> list[str]:
    read_fd, write_fd = os.pipe()
    db.dispose()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _sell_and_return(db, shop, member_id, write_fd)
    os.close(write_fd)
    wanted = rng.randint(0, 3)
    buffer = b""
    while buffer.count(b"\n") < wanted:
        chunk = os.read(read_fd, 4096)
        if not chunk:
            break
        buffer += chunk
    deadline = time.perf_counter() + rng.uniform(0, 0.015)  # a random moment inside the next one
    while time.perf_counter() < deadline:
        pass
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_fd, 4096):
        buffer += chunk
    os.close(read_fd)
    complete = buffer.rsplit(b"\n", 1)[0] if b"\n" in buffer else b""
    return [line.decode() for line in complete.split(b"\n") if line]


def test_sigkill_during_stored_value_sales_and_returns_loses_nothing_and_splits_nothing(
    shop: Shop,
) -> None:
    db = shop.db
    wallet_rules.save(db, shop.manager, WalletRules(presence=Presence.CARD))  # no PIN hashing per sale
    member_id = add_member(db, shop.store_id)
    wallet.topup(db, shop.clerk, member_id, "1000", PaymentMethod.CASH, now=NOW)
    rng = random.Random(20261207)
    acknowledged: list[str] = []
    for _ in range(ROUNDS):
        acknowledged += _round(db, shop, member_id, rng)
    assert len(acknowledged) > ROUNDS
    with db.read() as s:
        sales = set(s.scalars(select(Sale.receipt_no)))
        returns = set(s.scalars(select(SaleReturn.return_no)))
    assert {a[2:] for a in acknowledged if a[0] == "S"} <= sales
    assert {a[2:] for a in acknowledged if a[0] == "T"} <= returns
    # every sale took ¥3 and every return gave it back: the balance is what the books say
    held = wallet.balance(db, member_id).total_fen
    assert held == 1_100_00 - 3_00 * (len(sales) - len(returns))
    assert check_money(db) == []  # every payment has its spend, every refund its entry
    assert check_ledgers(db) == []


def _top_up_and_pay_back(db: Database, shop: Shop, member_id: int, write_fd: int) -> None:
    """Top-ups of ¥100 and, every third, ¥50 paid back; each acknowledged after its commit."""
    try:
        own = Database.from_engine(make_engine(db.url))
        for n in range(1000):
            if n % 3 == 2:
                got = wallet.withdraw(own, shop.manager, member_id, "50", PaymentMethod.CASH, "顾客要求")
            else:
                got = wallet.topup(own, shop.clerk, member_id, "100", PaymentMethod.CASH)
            os.write(write_fd, f"{got.doc_no}\n".encode())
    finally:
        os._exit(0)


def test_sigkill_during_top_ups_and_withdrawals_keeps_every_balance_the_sum_of_its_entries(
    shop: Shop,
) -> None:
    """A counter killed at a random moment of a top-up or a payback: every slip it printed is in
    the books, nothing is half-written, and the balance is what the entries say."""
    db = shop.db
    member_id = add_member(db, shop.store_id)
    rng = random.Random(20261208)
    acknowledged: list[str] = []
    for _ in range(ROUNDS // 2):
        read_fd, write_fd = os.pipe()
        db.dispose()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            _top_up_and_pay_back(db, shop, member_id, write_fd)
        os.close(write_fd)
        wanted, buffer = rng.randint(0, 3), b""
        while buffer.count(b"\n") < wanted and (chunk := os.read(read_fd, 4096)):
            buffer += chunk
        deadline = time.perf_counter() + rng.uniform(0, 0.015)  # a random moment inside the next one
        while time.perf_counter() < deadline:
            pass
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while chunk := os.read(read_fd, 4096):
            buffer += chunk
        os.close(read_fd)
        complete = buffer.rsplit(b"\n", 1)[0] if b"\n" in buffer else b""
        acknowledged += [line.decode() for line in complete.split(b"\n") if line]
    assert len(acknowledged) > ROUNDS // 2
    with db.read() as s:
        rows = s.execute(select(WalletEntry.doc_no, WalletEntry.money_fen)).all()
    recorded = {doc: fen for doc, fen in rows}
    assert set(acknowledged) <= set(recorded)
    paid_in = sum(fen for fen in recorded.values() if fen > 0)
    paid_out = -sum(fen for fen in recorded.values() if fen < 0)
    assert paid_in == 100_00 * sum(doc.startswith("C") for doc in recorded)
    assert paid_out == 50_00 * sum(doc.startswith("W") for doc in recorded)
    assert check_money(db) == []  # the balance is the sum of its entries, never below zero
