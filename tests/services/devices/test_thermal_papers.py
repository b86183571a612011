"""The papers on the thermal printer, read back byte by byte as the printer reads them: the
receipt's words and figures in GB18030 (or drawn as a picture), 48 columns, the receipt number
as a QR code, the cut at the end and the drawer's kick only when asked."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from memberdesk.documents.receipt import PaidPart, Receipt, ReceiptLine, ReturnSlip, ReturnSlipLine
from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.reports.receipt import Row
from memberdesk.reports.thermal import (
    COLUMNS,
    Paper,
    lay_out,
    receipt_bytes,
    return_slip_bytes,
    sample_page_bytes,
    width,
)
from memberdesk.services.devices.setup import GB18030, RASTER
from tests.services.devices.escpos_reader import columns, read

WHEN = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.UTC)


def a_receipt() -> Receipt:
    lines = (
        ReceiptLine("女士羊毛大衣 双面呢 长款 加厚 秋冬新款 藏青色", "M", 2, 59_900, 2_000, 117_800),
        ReceiptLine("儿童袜子", "", 3, 1_500, 0, 4_500),
    )
    payments = (PaidPart(PaymentMethod.CASH, 100_000), PaidPart(PaymentMethod.WECHAT, 20_800))
    return Receipt(
        store_name="花园店",
        invoice_desk="一楼服务台",
        receipt_no="S20261207-0042",
        created_at=WHEN,
        staff="王芳",
        member_name="李娜",
        member_card="C000123",
        lines=lines,
        sale_discount_fen=1_000,
        points_redeemed=500,
        points_value_fen=500,
        total_fen=120_800,
        payments=payments,
        cash_tendered_fen=100_000,
        change_fen=0,
        points_earned=120,
        points_balance_after=1_320,
    )


def a_slip() -> ReturnSlip:
    return ReturnSlip(
        store_name="花园店",
        return_no="T20261207-0003",
        receipt_no="S20261207-0042",
        created_at=WHEN,
        staff="王芳",
        approver="",
        member_name="李娜",
        member_card="C000123",
        return_type=ReturnType.SIZE_FIT,
        reason="尺码偏小",
        lines=(ReturnSlipLine("儿童袜子", "", 1, 1_500),),
        refund_fen=1_500,
        refunds=(PaidPart(PaymentMethod.CASH, 1_500),),
        points_restored=0,
        points_reversed=15,
        points_owed=0,
    )


@pytest.mark.usefixtures("chinese")
def test_the_receipt_prints_in_gb18030_with_every_figure_the_qr_and_the_cut() -> None:
    got = read(receipt_bytes(a_receipt(), "zh_CN", Paper(chinese=GB18030)))

    assert got.names()[:2] == ["ESC @", "FS &"]  # initialised, then Chinese mode
    text = got.text
    for words in ("花园店", "S20261207-0042", "王芳", "李娜", "女士羊毛大衣", "儿童袜子", "请核对小票和金额"):
        assert words in text
    # every figure the customer checks: the goods, the total, each payment, tendered, points after
    for figure in ("￥1,198.00", "￥45.00", "￥1,208.00", "￥1,000.00", "￥208.00", "1,320"):
        assert figure in text, figure
    assert "请核对小票，谢谢惠顾" not in text  # the one closing line, not two
    assert got.qr == ["S20261207-0042"]
    # the cut comes after everything printed, and nothing opens the drawer
    assert got.cut_at == len(got.commands) - 1
    assert got.names().index("GS ( k") < got.cut_at
    assert got.kicks == []


@pytest.mark.usefixtures("chinese")
def test_every_line_fits_48_columns_chinese_counted_as_two() -> None:
    got = read(receipt_bytes(a_receipt(), "zh_CN", Paper()))
    printed = [ln for ln in got.lines if ln]
    title = printed[0]
    assert title.strip() == "花园店" and columns(title) <= COLUMNS // 2  # double width
    assert all(columns(ln) <= COLUMNS for ln in printed[1:])
    # amounts stand at the right edge of their line
    total = next(ln for ln in printed if ln.endswith("￥1,208.00") and "合计" in ln)
    assert columns(total) == COLUMNS


def test_the_drawer_is_kicked_after_the_cut_only_when_asked() -> None:
    plain = read(receipt_bytes(a_receipt(), "en", Paper(kick=False)))
    kicked = read(receipt_bytes(a_receipt(), "en", Paper(kick=True)))

    assert plain.kicks == []
    assert kicked.kicks == [bytes([0, 50, 50])]  # pin 2, 100 ms on, 100 ms off
    assert kicked.names().index("ESC p") > kicked.cut_at


@pytest.mark.usefixtures("chinese")
def test_without_a_chinese_font_the_words_are_a_picture_of_the_paper_width() -> None:
    got = read(receipt_bytes(a_receipt(), "zh_CN", Paper(chinese=RASTER)))

    assert "FS &" not in got.names()
    assert [ln for ln in got.lines if ln] == []  # no text at all: everything is drawn
    assert got.rasters and all(w == 72 for w, _ in got.rasters)  # 576 dots
    assert sum(h for _, h in got.rasters) > 500  # the whole receipt, not one line
    assert got.qr == ["S20261207-0042"]
    assert got.cut_at == len(got.commands) - 1


@pytest.mark.usefixtures("chinese")
def test_the_return_slip_prints_its_number_and_the_refund() -> None:
    got = read(return_slip_bytes(a_slip(), "zh_CN", Paper(kick=True)))

    for words in ("T20261207-0003", "S20261207-0042", "儿童袜子", "尺码偏小", "￥15.00"):
        assert words in got.text
    assert got.qr == ["T20261207-0003"]
    assert got.kicks and got.cut_at < got.names().index("ESC p")


def test_the_test_page_names_the_printer_and_fills_the_width() -> None:
    got = read(sample_page_bytes("花园店", "tcp://192.168.1.50:9100", "en", Paper()))

    assert "tcp://192.168.1.50:9100" in got.text
    assert "-" * COLUMNS in got.lines
    assert got.cut_at == len(got.commands) - 1


texts = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Mn", "Me", "Zl", "Zp")), max_size=80
)


@given(texts, st.sampled_from(["", "¥1.00", "-¥1,280.00", "1,320"]), st.sampled_from([8.5, 11, 12]))
def test_any_typed_text_is_kept_whole_and_fits_its_line(text: str, amount: str, size: float) -> None:
    lines = lay_out([Row(text, amount, size)])

    room = COLUMNS // 2 if size >= 12 else COLUMNS
    assert all(width(ln.left) + (width(ln.right) + 1 if ln.right else 0) <= room for ln in lines)
    assert [ln.right for ln in lines if ln.right] == ([amount.replace("¥", "￥")] if amount else [])
    kept = "".join(ln.left for ln in lines).replace(" ", "")
    assert kept == text.replace("¥", "￥").replace("−", "-").replace(" ", "").replace("\u00a0", "")
