"""The receipt as the customer checks it: read back from the PDF of a recorded sale, its lines,
discounts, points' value, payments, cash tendered and change add up to the total — for sales of
many shapes, on SQLite and PostgreSQL. And the return slip says what went back where."""

from __future__ import annotations

import itertools
import re
import subprocess
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from memberdesk.domain.points import SalesRules
from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.reports.receipt import render_receipt, render_return_slip
from memberdesk.services.sales import points as points_svc
from memberdesk.services.sales.receipts import return_slip, sale_receipt
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, find_sale, record_return
from memberdesk.services.sales.rules import save_rules
from tests.conftest import Shop
from tests.services.sales_helpers import add_member

AMOUNT = re.compile(r"\s([−-]?)¥([\d,]+\.\d\d)\s*$")
ITEM = re.compile(r"^\s*(\d+) × ¥([\d,]+\.\d\d)\s")
METHODS = {
    "Cash": PaymentMethod.CASH,
    "WeChat Pay": PaymentMethod.WECHAT,
    "Bank card": PaymentMethod.BANK_CARD,
}
_members = itertools.count(1)


def text_of(pdf: bytes) -> list[str]:
    """The PDF's text as laid out on the roll, one printed row a line."""
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return [ln for ln in out.stdout.decode("utf-8").splitlines() if ln.strip()]


def fen(sign: str, digits: str) -> int:
    value = int(digits.replace(",", "").replace(".", ""))
    return -value if sign else value


@dataclass
class ReadBack:
    """What a customer reads on an English receipt, sorted into its kinds."""

    items: list[int] = field(default_factory=list)  # quantity × price, each checked
    item_discounts: list[int] = field(default_factory=list)
    named: dict[str, int] = field(default_factory=dict)
    payments: dict[PaymentMethod, int] = field(default_factory=dict)
    points_line: str = ""
    all_amounts: list[int] = field(default_factory=list)


def read_back(rows: list[str]) -> ReadBack:
    got = ReadBack()
    for row in rows:
        found = AMOUNT.search(row)
        if not found:
            continue
        amount = fen(*found.groups())
        got.all_amounts.append(amount)
        label = row[: found.start()].strip()
        item = ITEM.match(row)
        if item:
            assert int(item.group(1)) * fen("", item.group(2)) == amount, row  # quantity × price
            got.items.append(amount)
        elif label == "Item discount":
            got.item_discounts.append(amount)
        elif label.endswith("points redeemed"):
            got.points_line = label
            got.named["points"] = amount
        elif label in METHODS:
            got.payments[METHODS[label]] = amount
        else:
            got.named[label] = amount
    return got


lines = st.lists(
    st.tuples(
        st.sampled_from(["开衫", "羊绒大衣", "Merino wool cardigan, hand wash only", "童装连衣裙（限量款）"]),
        st.integers(min_value=1, max_value=4),
        st.integers(min_value=1, max_value=300_000),
        st.sampled_from([0, 0, 10, 25]),  # line discount, percent
    ),
    min_size=1,
    max_size=5,
)


@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    cart=lines,
    member=st.booleans(),
    sale_discount_pct=st.sampled_from([0, 0, 5, 20]),
    redeem_pct=st.sampled_from([0, 0, 10, 50]),
    split=st.booleans(),
    tendered_extra=st.sampled_from([None, 0, 1, 5_000]),
)
def test_every_figure_on_the_receipt_adds_up_to_the_total(
    shop: Shop,
    cart: list[tuple[str, int, int, int]],
    member: bool,
    sale_discount_pct: int,
    redeem_pct: int,
    split: bool,
    tendered_extra: int | None,
) -> None:
    save_rules(shop.db, shop.manager, SalesRules(redeem_fen_per_point=1))
    forms = [
        LineForm(
            description=name,
            size="M" if n % 2 else "",
            unit_price=price,
            quantity=qty,
            discount=qty * price * pct // 100 or "",
        )
        for n, (name, qty, price, pct) in enumerate(cart)
    ]
    subtotal = sum(qty * price - qty * price * pct // 100 for _n, qty, price, pct in cart)
    discount = subtotal * sale_discount_pct // 100
    mid = add_member(shop.db, shop.store_id, next(_members)) if member else None
    redeem = max(0, (subtotal - discount) * redeem_pct // 100 - 1) if mid else 0
    if redeem:
        points_svc.adjust(shop.db, shop.supervisor, mid, str(redeem + 5), "开业礼")
    due = subtotal - discount - redeem
    split = split and due >= 2
    cash_part = max(1, due // 3) if split else due
    payments = [PaymentForm(PaymentMethod.CASH, cash_part)]
    if split:
        payments.append(PaymentForm(PaymentMethod.WECHAT, ""))
    tendered = "" if tendered_extra is None else cash_part + tendered_extra
    sale = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(mid, forms, payments, discount=discount or "", redeem_points=redeem, tendered=tendered),
    )
    receipt = sale_receipt(shop.db, shop.store_id, sale.sale_id)
    got = read_back(text_of(render_receipt(receipt, "en")))

    total = got.named["Total"]
    assert total == sale.total_fen
    assert got.named["Goods"] == sum(got.items)
    assert got.named.get("Item discounts", 0) == sum(got.item_discounts)
    taken_off = (
        -got.named.get("Item discounts", 0) - got.named.get("Sale discount", 0) - got.named.get("points", 0)
    )
    assert sum(got.items) - taken_off == total
    assert sum(got.payments.values()) == total
    if redeem:
        assert got.points_line == f"{redeem:,} points redeemed" and -got.named["points"] == redeem
    else:
        assert "points" not in got.named
    if tendered_extra is not None:
        assert got.named["Cash tendered"] - got.payments[PaymentMethod.CASH] == got.named["Change"]
        assert got.named["Change"] == tendered_extra == sale.change_fen
    else:
        assert "Cash tendered" not in got.named and "Change" not in got.named
    rows = "\n".join(text_of(render_receipt(receipt, "en")))
    if mid is not None:
        assert f"Points earned {sale.points_earned:,}" in re.sub(r"\s+", " ", rows)
        assert f"Points balance {points_svc.balance(shop.db, mid):,}" in re.sub(r"\s+", " ", rows)
    else:
        assert "Points" not in rows


def test_the_chinese_receipt_prints_the_same_figures_with_the_points(shop: Shop, chinese: None) -> None:
    """The cardigan sale of the complaint: ¥20 off a ¥279 line, 10,000 points for ¥100, ¥500
    in cash for ¥438 (the rest by WeChat), every figure printed and named."""
    mid = add_member(shop.db, shop.store_id, 90)
    points_svc.adjust(shop.db, shop.supervisor, mid, "12000", "开业礼")
    sale = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            mid,
            [
                LineForm(description="开衫", size="M", unit_price="279", quantity=2, discount="20"),
                LineForm(description="围巾", unit_price="42"),
            ],
            [PaymentForm(PaymentMethod.CASH, "438"), PaymentForm(PaymentMethod.WECHAT, "")],
            redeem_points=10_000,
            tendered="500",
        ),
    )
    receipt = sale_receipt(shop.db, shop.store_id, sale.sale_id)
    english, chinese_rows = text_of(render_receipt(receipt, "en")), text_of(render_receipt(receipt, "zh_CN"))
    assert read_back(chinese_rows).all_amounts == read_back(english).all_amounts  # the same figures
    flat = re.sub(r"\s+", "", "".join(chinese_rows))
    printed = ("单品优惠−¥20.00", "10,000积分抵扣−¥100.00", "现金¥438.00", "实收现金¥500.00", "找零¥62.00")
    for words in printed:
        assert words in flat, words
    assert f"本次积分{sale.points_earned:,}" in flat and f"积分余额{2_000 + sale.points_earned:,}" in flat


def test_the_return_slip_says_where_the_money_and_the_points_went(shop: Shop, chinese: None) -> None:
    mid = add_member(shop.db, shop.store_id, 91)
    points_svc.adjust(shop.db, shop.supervisor, mid, "10000", "开业礼")
    sale = record_sale(
        shop.db,
        shop.clerk,
        SaleForm(
            mid,
            [
                LineForm(description="开衫", size="M", unit_price="279", quantity=2),
                LineForm(description="围巾", unit_price="42"),
            ],
            [PaymentForm(PaymentMethod.CASH, "")],
            redeem_points=10_000,
        ),
    )
    line = find_sale(shop.db, shop.clerk, sale.receipt_no)[1][0]
    done = record_return(
        shop.db,
        shop.clerk,
        ReturnForm(sale.receipt_no, [ReturnLineForm(line.sale_line_id, 1)], ReturnType.SIZE_FIT, "偏大"),
    )
    slip = return_slip(shop.db, shop.store_id, done.return_id)
    assert (slip.refund_fen, slip.points_restored, slip.points_reversed) == (
        done.refund_fen,
        done.points_restored,
        done.points_reversed,
    )
    english = re.sub(r"\s+", " ", "\n".join(text_of(render_return_slip(slip, "en"))))
    assert f"to Cash ¥{done.refund_fen // 100:,}.{done.refund_fen % 100:02d}" in english
    assert f"Redeemed points given back +{done.points_restored:,}" in english
    flat = re.sub(r"\s+", "", "".join(text_of(render_return_slip(slip, "zh_CN"))))
    assert sale.receipt_no in flat and done.return_no in flat and "开衫(M)" in flat
    assert f"退还抵扣积分+{done.points_restored:,}" in flat
