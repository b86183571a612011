"""The coupon slip and the gift card slip on the thermal printer, read back as the printer
reads them: the words in GB18030 within 48 columns, the code as text and as the printer's QR
code, the cut, and never the drawer; and the same slips as PDFs for stores without one."""

from __future__ import annotations

import datetime as dt

import pytest

from memberdesk.documents.coupon_slip import CouponSlip
from memberdesk.documents.gift_card_slip import GiftCardSlip
from memberdesk.domain.coupons import CouponTerms
from memberdesk.domain.vocab import CouponKind, PaymentMethod
from memberdesk.reports.coupon_slip import coupon_slip_bytes, render_coupon_slip
from memberdesk.reports.gift_card_slip import gift_card_slip_bytes
from memberdesk.reports.thermal import Paper
from memberdesk.services.devices.setup import GB18030, RASTER
from tests.reports.pdfcheck import flat, page_texts
from tests.services.devices.escpos_reader import columns, read

WHEN = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)


def a_coupon(kind: CouponKind = CouponKind.AMOUNT_OFF) -> CouponSlip:
    terms = CouponTerms(
        kind=kind,
        amount_fen=20_00,
        percent_off=15,
        cap_fen=50_00,
        min_spend_fen=100_00,
        categories=frozenset({"shoes"}),
    )
    return CouponSlip(
        "花园店",
        WHEN,
        "王芳",
        "李娜",
        "C000123",
        "满100减20",
        "CPN7Q2K9XW",
        terms,
        dt.date(2026, 12, 7),
        dt.date(2027, 1, 6),
    )


def a_card() -> GiftCardSlip:
    return GiftCardSlip(
        "花园店", "G00000007", WHEN, "王芳", "GC4821-7730-1195", 500_00, PaymentMethod.WECHAT, 500_00
    )


@pytest.mark.usefixtures("chinese")
def test_the_coupon_slip_prints_its_value_validity_terms_code_and_qr() -> None:
    got = read(coupon_slip_bytes(a_coupon(), "zh_CN", Paper(chinese=GB18030, kick=True)))
    text = got.text
    for word in (
        "花园店",
        "满100减20",
        "￥20.00",
        "￥100.00",
        "2026-12-07",
        "2027-01-06",
        "CPN7Q2K9XW",
        "shoes",
    ):
        assert word in text, word
    assert got.qr == ["CPN7Q2K9XW"]
    assert got.cut_at == len(got.commands) - 1
    assert got.kicks == []  # a slip never opens the drawer
    assert all(columns(line) <= 48 for line in got.lines)


def test_a_percent_coupon_says_its_percent_and_its_cap() -> None:
    got = read(coupon_slip_bytes(a_coupon(CouponKind.PERCENT_OFF), "en", Paper(chinese=GB18030)))
    assert "15% off (at most ¥50.00)".replace("¥", "￥") in got.text
    assert "Not used together with another coupon." in got.text


@pytest.mark.usefixtures("chinese")
def test_the_gift_card_slip_prints_on_the_thermal_printer_with_its_code_as_qr() -> None:
    got = read(gift_card_slip_bytes(a_card(), "zh_CN", Paper(chinese=GB18030, kick=True)))
    for word in ("GC4821-7730-1195", "￥500.00", "G00000007"):
        assert word in got.text, word
    assert got.qr == ["GC4821-7730-1195"] and got.kicks == []
    assert got.cut_at == len(got.commands) - 1
    assert all(columns(line) <= 48 for line in got.lines)


def test_without_a_chinese_font_the_slips_are_pictures_with_the_qr() -> None:
    for data in (coupon_slip_bytes(a_coupon(), "zh_CN", Paper(chinese=RASTER)),):
        got = read(data)
        assert got.rasters and got.qr == ["CPN7Q2K9XW"]


@pytest.mark.usefixtures("chinese")
def test_the_coupon_slip_pdf_has_every_term() -> None:
    text = flat(" ".join(page_texts(render_coupon_slip(a_coupon(), "zh_CN"))))
    for word in ("满100减20", "¥20.00", "¥100.00", "2027-01-06", "CPN7Q2K9XW", "优惠券"):
        assert word in text, word
