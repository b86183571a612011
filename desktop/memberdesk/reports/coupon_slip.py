"""The coupon slip (优惠券凭条) on the receipt's 80 mm roll: the coupon's name, what it takes
off, its validity and terms, and its code as text and as a QR code to scan at the till.

The same rows go to the PDF (for stores without a thermal printer) and to the thermal printer
(``coupon_slip_bytes``: the code as the printer's own QR code, then the cut).
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from memberdesk.documents.coupon_slip import CouponSlip
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import CouponKind
from memberdesk.reports.fonts import register
from memberdesk.reports.gift_card_slip import QR_SIDE, draw_qr, draw_rows
from memberdesk.reports.receipt import RULE, WIDTH, Row, _advance, _head, _member, _wrapped
from memberdesk.reports.thermal import Paper, render
from memberdesk.reports.wording import ReportLanguage


def _value(lang: ReportLanguage, data: CouponSlip) -> str:
    t = data.terms
    if t.kind is CouponKind.PERCENT_OFF:
        text = lang.translate("Receipt", "{percent}% off").format(percent=t.percent_off)
        if t.cap_fen:
            text += " " + lang.translate("Receipt", "(at most {cap})").format(cap=format_fen(t.cap_fen))
        return text
    return lang.translate("Receipt", "{amount} off").format(amount=format_fen(t.amount_fen))


def slip_rows(data: CouponSlip, language: str) -> list[Row]:
    lang = ReportLanguage(language)
    when = f"{data.created_at.astimezone():%Y-%m-%d %H:%M}"
    rows = _head(lang, data.store_name, lang.translate("Receipt", "Coupon slip"), when, data.staff)
    rows += _member(lang, data.member_name, data.member_card)
    rows += [RULE, Row(data.name, size=11), Row(_value(lang, data), size=11)]
    if data.terms.min_spend_fen:
        spend = lang.translate("Receipt", "On a spend of {amount} or more")
        rows.append(Row(spend.format(amount=format_fen(data.terms.min_spend_fen))))
    valid = lang.translate("Receipt", "Valid from {start} to {end}")
    rows.append(Row(valid.format(start=f"{data.valid_from:%Y-%m-%d}", end=f"{data.valid_to:%Y-%m-%d}")))
    rows.append(Row(lang.translate("Receipt", "Code"), data.code, 11))
    return [*rows, RULE]


def foot_rows(data: CouponSlip, language: str) -> list[Row]:
    lang = ReportLanguage(language)
    rows = []
    if data.terms.categories:
        only = lang.translate("Receipt", "For: {categories}")
        rows.append(Row(only.format(categories="、".join(sorted(data.terms.categories)))))
    if not data.terms.stackable:
        rows.append(Row(lang.translate("Receipt", "Not used together with another coupon.")))
    rows += [
        Row(lang.translate("Receipt", "Used once, on one sale; not paid out in cash.")),
        Row(lang.translate("Receipt", "Show this code at the till."), centred=True),
    ]
    return rows


def render_coupon_slip(data: CouponSlip, language: str = "zh_CN") -> bytes:
    font = register()
    top, foot = _wrapped(slip_rows(data, language), font), _wrapped(foot_rows(data, language), font)
    code_row = [Row(data.code, size=10, centred=True)]
    height = 24 * mm + QR_SIDE + sum(_advance(r.size) for r in (*top, *code_row, *foot))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, height))
    c.setTitle(data.code)
    y = draw_rows(c, top, font, height - 10 * mm)
    y0 = draw_qr(c, data.code, y)
    y = draw_rows(c, code_row, font, y0 - 5 * mm)
    draw_rows(c, foot, font, y)
    c.showPage()
    c.save()
    return buf.getvalue()


def coupon_slip_bytes(data: CouponSlip, language: str, paper: Paper) -> bytes:
    """The coupon slip for the thermal printer, the code as a QR code after the words."""
    rows = [*slip_rows(data, language), *foot_rows(data, language)]
    return render(rows, Paper(paper.chinese, False, data.code, paper.cut))
