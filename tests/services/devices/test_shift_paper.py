"""The end-of-shift report as the supervisor reads it, on the thermal printer and as a PDF:
each payment method's lines add up to what was expected, cash shows the count and the
difference with its reason, the paper is cut and the drawer is not kicked."""

from __future__ import annotations

import re
import subprocess

import pytest

from memberdesk.domain.vocab import PaymentMethod
from memberdesk.reports.shift import shift_bytes, shift_pdf
from memberdesk.reports.thermal import Paper
from memberdesk.services.sales import shift
from tests.conftest import Shop
from tests.services.devices.escpos_reader import read
from tests.services.devices.test_shift import T0, TILL, a_day, at

AMOUNT = re.compile(r"^\s*(\S.*?)\s+([+−-]?)[¥￥]([\d,]+\.\d\d)$")


def closed_shift(shop: Shop) -> int:
    shift.open_shift(shop.db, shop.clerk, TILL, "500", now=T0)
    a_day(shop)
    return shift.close_shift(shop.db, shop.clerk, TILL, "1290", "少了10元", "500", now=at(120))


def blocks(lines: list[str]) -> dict[str, dict[str, int]]:
    """Amount lines grouped under the payment method's heading above them."""
    found: dict[str, dict[str, int]] = {}
    current = ""
    for line in lines:
        m = AMOUNT.match(line)
        if m is None:
            if line.strip() in ("Cash", "WeChat Pay"):
                current = line.strip()
                found[current] = {}
            continue
        label, sign, digits = m.groups()
        value = int(digits.replace(",", "").replace(".", ""))
        if current:
            found[current][label.strip()] = -value if sign in ("−", "-") else value
    return found


def adds_up(figures: dict[str, int]) -> bool:
    parts = ("Float", "Sales", "Refunds", "Top-ups and gift cards")
    return sum(figures.get(p, 0) for p in parts) == figures["Expected"]


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_thermal_shift_report_adds_up_and_is_cut_without_a_kick(shop: Shop) -> None:
    data = shift.report(shop.db, shop.store_id, closed_shift(shop))
    got = read(shift_bytes(data, "en", Paper(kick=True)))

    found = blocks(got.lines)
    assert set(found) == {"Cash", "WeChat Pay"} and all(adds_up(f) for f in found.values())
    assert found["Cash"]["Expected"] == 1_300_00 and found["Cash"]["Counted"] == 1_290_00
    assert found["Cash"]["Difference"] == -10_00
    assert "少了10元" in got.text and TILL in got.text
    assert got.cut_at == len(got.commands) - 1 and got.kicks == []
    assert data.cash is not None and data.cash.method is PaymentMethod.CASH


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_pdf_shift_report_says_the_same(shop: Shop) -> None:
    data = shift.report(shop.db, shop.store_id, closed_shift(shop))
    out = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=shift_pdf(data, "en"), capture_output=True, check=True
    )
    lines = [ln for ln in out.stdout.decode("utf-8").splitlines() if ln.strip()]

    found = blocks(lines)
    assert all(adds_up(f) for f in found.values())
    assert found["Cash"]["Difference"] == -10_00 and found["WeChat Pay"]["Expected"] == 300_00


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_the_shift_report_speaks_the_shops_chinese(shop: Shop) -> None:
    data = shift.report(shop.db, shop.store_id, closed_shift(shop))
    text = read(shift_bytes(data, "zh_CN", Paper())).text
    words_of_the_shop = ("交班表", "备用金", "销售", "退款", "应有", "实点", "差额", "现金差额原因：少了10元")
    for words in (*words_of_the_shop, "签字"):
        assert words in text, words
