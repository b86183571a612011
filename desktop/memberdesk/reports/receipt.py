"""The sale receipt (小票) and the return slip (退货单) as PDFs on an 80 mm roll.

Both are drawn from the plain values of ``documents/receipt.py``: this module adds the words
(from the catalogues, in the language asked for) and the layout, never a figure of its own.
Each paper is a list of rows — text on the left, an amount on the right — and rules between
the parts, so a line printer could print the same rows.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from memberdesk.documents.receipt import Receipt, ReturnSlip
from memberdesk.domain.errors import QT_TRANSLATE_NOOP
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.domain.wallet import Split
from memberdesk.reports.fonts import register
from memberdesk.reports.linebreak import break_lines
from memberdesk.reports.wording import ReportLanguage

WIDTH = 80 * mm
MARGIN = 5 * mm
CONTEXT = "Receipt"

METHODS: dict[PaymentMethod, str] = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Receipt", "Cash"),
    PaymentMethod.BANK_CARD: QT_TRANSLATE_NOOP("Receipt", "Bank card"),
    PaymentMethod.WECHAT: QT_TRANSLATE_NOOP("Receipt", "WeChat Pay"),
    PaymentMethod.ALIPAY: QT_TRANSLATE_NOOP("Receipt", "Alipay"),
    PaymentMethod.STORED_VALUE: QT_TRANSLATE_NOOP("Receipt", "Stored value"),
    PaymentMethod.GIFT_CARD: QT_TRANSLATE_NOOP("Receipt", "Gift card"),
    PaymentMethod.OTHER: QT_TRANSLATE_NOOP("Receipt", "Other"),
    PaymentMethod.EXCHANGE: QT_TRANSLATE_NOOP("Receipt", "Exchange credit"),
}


@dataclass(frozen=True)
class Row:
    """One printed line: text at the left, an amount at the right; size 0 is a rule."""

    text: str = ""
    amount: str = ""
    size: float = 8.5
    centred: bool = False


RULE = Row(size=0)


def minus(fen: int) -> str:
    """An amount taken off, as the receipt prints it: −¥20.00."""
    return "−" + format_fen(fen)


def points(n: int) -> str:
    return f"{n:,}"


def _method(lang: ReportLanguage, method: PaymentMethod) -> str:
    return lang.translate(CONTEXT, METHODS[method])


def _head(lang: ReportLanguage, store: str, number: str, when: str, staff: str) -> list[Row]:
    staff_label = lang.translate("Receipt", "Staff")
    return [Row(store, size=12, centred=True), Row(number), Row(f"{when}  {staff_label}: {staff}")]


def _member(lang: ReportLanguage, name: str, card: str) -> list[Row]:
    label = lang.translate("Receipt", "Member")
    return [Row(f"{label}: {name} {card}".rstrip())] if name else []


def _goods(lang: ReportLanguage, data: Receipt) -> list[Row]:
    rows: list[Row] = []
    for ln in data.lines:
        rows.append(Row(ln.description + (f" ({ln.size})" if ln.size else "")))
        rows.append(Row(f"  {ln.quantity} × {format_fen(ln.unit_fen)}", format_fen(ln.gross_fen)))
        if ln.discount_fen:
            rows.append(Row("  " + lang.translate("Receipt", "Item discount"), minus(ln.discount_fen)))
    return rows


def _sums(lang: ReportLanguage, data: Receipt) -> list[Row]:
    rows = [Row(lang.translate("Receipt", "Goods"), format_fen(data.gross_fen))]
    if data.line_discount_fen:
        rows.append(Row(lang.translate("Receipt", "Item discounts"), minus(data.line_discount_fen)))
    if data.member_price_fen:
        rows.append(Row(lang.translate("Receipt", "Member price"), minus(data.member_price_fen)))
    for coupon in data.coupons:
        label = lang.translate("Receipt", "Coupon {name}").format(name=coupon.name)
        rows.append(Row(label, minus(coupon.amount_fen)))
    if data.sale_discount_fen:
        rows.append(Row(lang.translate("Receipt", "Sale discount"), minus(data.sale_discount_fen)))
    if data.points_redeemed:
        label = lang.translate("Receipt", "{points} points redeemed").format(
            points=points(data.points_redeemed)
        )
        rows.append(Row(label, minus(data.points_value_fen)))
    rows.append(Row(lang.translate("Receipt", "Total"), format_fen(data.total_fen), 11))
    return rows


def _payments(lang: ReportLanguage, data: Receipt) -> list[Row]:
    rows = [Row(_method(lang, p.method), format_fen(p.amount_fen)) for p in data.payments]
    if data.cash_tendered_fen:
        rows.append(Row(lang.translate("Receipt", "Cash tendered"), format_fen(data.cash_tendered_fen)))
        rows.append(Row(lang.translate("Receipt", "Change"), format_fen(data.change_fen)))
    if data.stored_after is not None:
        rows += _balance(lang, data.stored_after, data.card_code)
    return rows


def _balance(lang: ReportLanguage, after: Split, card_code: str = "") -> list[Row]:
    """The stored-value balance after, principal and bonus (本金, 赠送) apart; a gift card's
    balance (it has no bonus) with its code."""
    if card_code:
        label = lang.translate("Receipt", "Gift card {code} balance").format(code=card_code)
        return [Row(label, format_fen(after.total_fen))]
    return [
        Row(lang.translate("Receipt", "Stored-value balance"), format_fen(after.total_fen)),
        Row(
            "  "
            + lang.translate("Receipt", "principal {principal} + bonus {bonus}").format(
                principal=format_fen(after.principal_fen), bonus=format_fen(after.bonus_fen)
            )
        ),
    ]


def _member_points(lang: ReportLanguage, data: Receipt) -> list[Row]:
    if not data.member_name:
        return []
    rows = [RULE, Row(lang.translate("Receipt", "Points earned"), points(data.points_earned))]
    if data.points_balance_after is not None:
        rows.append(Row(lang.translate("Receipt", "Points balance"), points(data.points_balance_after)))
    if data.points_owed_after:
        rows.append(Row(lang.translate("Receipt", "Points owed"), points(data.points_owed_after)))
    return rows


def receipt_rows(data: Receipt, language: str) -> list[Row]:
    """The receipt top to bottom."""
    lang = ReportLanguage(language)
    when = f"{data.created_at.astimezone():%Y-%m-%d %H:%M}"
    number = lang.translate("Receipt", "Receipt {no}").format(no=data.receipt_no)
    rows = _head(lang, data.store_name, number, when, data.staff) + _member(
        lang, data.member_name, data.member_card
    )
    rows += [RULE, *_goods(lang, data), RULE, *_sums(lang, data), RULE, *_payments(lang, data)]
    rows += _member_points(lang, data)
    rows.append(RULE)
    if data.invoice_desk:
        label = lang.translate("Receipt", "Invoices are issued at: {desk}")
        rows.append(Row(label.format(desk=data.invoice_desk)))
    rows.append(Row(lang.translate("Receipt", "Please check your receipt."), centred=True))
    return rows


def _slip_points(lang: ReportLanguage, data: ReturnSlip) -> list[Row]:
    if not (data.points_restored or data.points_reversed):
        return []
    rows = [RULE]
    if data.points_restored:
        label = lang.translate("Receipt", "Redeemed points given back")
        rows.append(Row(label, "+" + points(data.points_restored)))
    if data.points_reversed:
        label = lang.translate("Receipt", "Earned points taken back")
        rows.append(Row(label, "−" + points(data.points_reversed)))
    if data.points_owed:
        label = lang.translate("Receipt", "Points owed, paid off from the next points earned")
        rows.append(Row(label, points(data.points_owed)))
    return rows


def slip_rows(data: ReturnSlip, language: str) -> list[Row]:
    """The return slip top to bottom."""
    lang = ReportLanguage(language)
    when = f"{data.created_at.astimezone():%Y-%m-%d %H:%M}"
    number = lang.translate("Receipt", "Return slip {no}").format(no=data.return_no)
    rows = _head(lang, data.store_name, number, when, data.staff)
    sale = data.receipt_no or lang.translate("Receipt", "without a receipt")
    rows.append(Row(lang.translate("Receipt", "For receipt {no}").format(no=sale)))
    rows += _member(lang, data.member_name, data.member_card)
    if data.approver:
        rows.append(Row(lang.translate("Receipt", "Approved by {name}").format(name=data.approver)))
    why = lang.translate("Receipt", "Why: {kind} · {reason}")
    rows.append(Row(why.format(kind=lang.word(ReturnType, data.return_type), reason=data.reason)))
    rows.append(RULE)
    for ln in data.lines:
        rows.append(Row(ln.description + (f" ({ln.size})" if ln.size else "")))
        rows.append(Row(f"  × {ln.quantity}", format_fen(ln.refund_fen)))
    rows += [RULE, Row(lang.translate("Receipt", "Refund"), format_fen(data.refund_fen), 11)]
    to = lang.translate("Receipt", "to {method}")
    rows += [
        Row("  " + to.format(method=_method(lang, p.method)), format_fen(p.amount_fen)) for p in data.refunds
    ]
    if data.stored_after is not None:
        rows += _balance(lang, data.stored_after, data.card_code)
    if data.coupons_kept:
        kept = lang.translate(
            "Receipt",
            "Coupon {names} was used on this sale: the refund is net of it, and it is not given back.",
        )
        rows.append(Row(kept.format(names="、".join(data.coupons_kept))))
    rows += _slip_points(lang, data)
    rows += [RULE, Row(lang.translate("Receipt", "Please keep this slip."), centred=True)]
    return rows


def _wrapped(rows: list[Row], font: str) -> list[Row]:
    """Long texts broken into lines that fit the roll; the amount stays on the last line."""
    out: list[Row] = []
    for row in rows:
        if row.size == 0:
            out.append(row)
            continue
        room = WIDTH - 2 * MARGIN - (stringWidth(row.amount, font, row.size) + 3 * mm if row.amount else 0)
        lines = break_lines(row.text, room, lambda t, size=row.size: stringWidth(t, font, size), keep=())
        for n, line in enumerate(lines):
            last = n == len(lines) - 1
            out.append(Row(line.rstrip(), row.amount if last else "", row.size, row.centred))
    return out


def _advance(size: float) -> float:
    return 4 * mm if size == 0 else size * 1.5


def draw(rows: list[Row], title: str) -> bytes:
    """The rows on a roll as long as they need."""
    font = register()
    rows = _wrapped(rows, font)
    height = 20 * mm + sum(_advance(r.size) for r in rows)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, height))
    c.setTitle(title)
    y = height - 10 * mm
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
    c.showPage()
    c.save()
    return buf.getvalue()


def render_receipt(data: Receipt, language: str = "zh_CN") -> bytes:
    return draw(receipt_rows(data, language), data.receipt_no)


def render_return_slip(data: ReturnSlip, language: str = "zh_CN") -> bytes:
    return draw(slip_rows(data, language), data.return_no)
