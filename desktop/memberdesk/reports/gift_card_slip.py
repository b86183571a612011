"""The gift card slip (礼品卡凭条) on the receipt's 80 mm roll, drawn from
``documents/gift_card_slip``, with the card's code as a QR code to scan at the till.

The QR code is drawn as vector squares from the ``qrcode`` package's module matrix: the
package is already what the thermal printer's driver (python-escpos) prints QR codes with, so
the PDF and a printed slip carry the same symbol, and no image is rasterised into the PDF.
"""

from __future__ import annotations

import io

import qrcode
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from memberdesk.documents.gift_card_slip import GiftCardSlip
from memberdesk.domain.money import format_fen
from memberdesk.reports.fonts import register
from memberdesk.reports.receipt import MARGIN, RULE, WIDTH, Row, _advance, _head, _method, _wrapped
from memberdesk.reports.thermal import Paper, render
from memberdesk.reports.wording import ReportLanguage

QR_SIDE = 32 * mm


def slip_rows(data: GiftCardSlip, language: str) -> list[Row]:
    lang = ReportLanguage(language)
    when = f"{data.created_at.astimezone():%Y-%m-%d %H:%M}"
    number = lang.translate("Receipt", "Gift card slip {no}").format(no=data.doc_no)
    return [
        *_head(lang, data.store_name, number, when, data.staff),
        RULE,
        Row(lang.translate("Receipt", "Gift card"), data.code, 11),
        Row(lang.translate("Receipt", "Paid"), format_fen(data.paid_fen)),
        Row("  " + _method(lang, data.method), format_fen(data.paid_fen)),
        Row(lang.translate("Receipt", "The card holds"), format_fen(data.balance_fen), 11),
        RULE,
    ]


def foot_rows(language: str) -> list[Row]:
    lang = ReportLanguage(language)
    return [
        Row(lang.translate("Receipt", "Show this code at the till to pay."), centred=True),
        Row(lang.translate("Receipt", "Whoever holds the code can spend the card."), centred=True),
        Row(lang.translate("Receipt", "A gift card is not paid back in cash."), centred=True),
    ]


def qr_modules(code: str) -> list[list[bool]]:
    """The QR code's dark modules, row by row, with its quiet zone (medium error correction)."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    qr.add_data(code)
    qr.make(fit=True)
    return [[bool(v) for v in row] for row in qr.get_matrix()]


def draw_rows(c: canvas.Canvas, rows: list[Row], font: str, y: float) -> float:
    left, right = MARGIN, WIDTH - MARGIN
    for row in rows:
        if row.size == 0:
            c.line(left, y + 1 * mm, right, y + 1 * mm)
        else:
            c.setFont(font, row.size)
            if row.centred:
                c.drawCentredString(WIDTH / 2, y, row.text)
            else:
                c.drawString(left, y, row.text)
            if row.amount:
                c.drawRightString(right, y, row.amount)
        y -= _advance(row.size)
    return y


def draw_qr(c: canvas.Canvas, code: str, y: float) -> float:
    """The code's QR symbol centred below ``y``; returns its bottom edge."""
    modules = qr_modules(code)
    cell = QR_SIDE / len(modules)
    x0, y0 = (WIDTH - QR_SIDE) / 2, y - QR_SIDE
    c.setFillGray(0)
    for r, row in enumerate(modules):
        for col, dark in enumerate(row):
            if dark:
                c.rect(x0 + col * cell, y0 + (len(modules) - 1 - r) * cell, cell, cell, stroke=0, fill=1)
    return y0


def gift_card_slip_bytes(data: GiftCardSlip, language: str, paper: Paper) -> bytes:
    """The gift card slip for the thermal printer: the same words, the card's code as the
    printer's own QR code, then the cut (never the drawer: the sale's own paper kicks it)."""
    rows = [*slip_rows(data, language), Row(data.code, size=10, centred=True), *foot_rows(language)]
    return render(rows, Paper(paper.chinese, False, data.code, paper.cut))


def render_gift_card_slip(data: GiftCardSlip, language: str = "zh_CN") -> bytes:
    font = register()
    top, foot = _wrapped(slip_rows(data, language), font), _wrapped(foot_rows(language), font)
    code_row = [Row(data.code, size=10, centred=True)]
    height = 24 * mm + QR_SIDE + sum(_advance(r.size) for r in (*top, *code_row, *foot))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, height))
    c.setTitle(data.doc_no)
    y = draw_rows(c, top, font, height - 10 * mm)
    y0 = draw_qr(c, data.code, y)
    y = draw_rows(c, code_row, font, y0 - 5 * mm)
    draw_rows(c, foot, font, y)
    c.showPage()
    c.save()
    return buf.getvalue()
