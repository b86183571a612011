"""The exchange slip (换货单): one paper for the goods given back, the goods taken and the
difference, on the 80 mm roll as a PDF and as ESC/POS bytes (the same rows).

It adds up as the customer reads it: given back − taken is the difference, and the difference
is the only money that moved (paid by the customer, or refunded to them).
"""

from __future__ import annotations

from memberdesk.documents.exchange_slip import ExchangeSlip
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.reports.receipt import (
    RULE,
    Row,
    _balance,
    _goods,
    _head,
    _member,
    _member_points,
    _method,
    _slip_points,
    _sums,
    draw,
)
from memberdesk.reports.thermal import Paper, paper_of, render
from memberdesk.reports.wording import ReportLanguage
from memberdesk.services.devices.setup import DeviceSettings
from memberdesk.services.sales.receipts import exchange_slip
from memberdesk.store.database import Database


def _given_back(lang: ReportLanguage, data: ExchangeSlip) -> list[Row]:
    rows = [Row(lang.translate("Receipt", "Goods given back"), size=10)]
    for ln in data.returned.lines:
        rows.append(Row(ln.description + (f" ({ln.size})" if ln.size else "")))
        rows.append(Row(f"  × {ln.quantity}", format_fen(ln.refund_fen)))
    rows.append(Row(lang.translate("Receipt", "Given back"), format_fen(data.returned_fen)))
    return rows


def _taken(lang: ReportLanguage, data: ExchangeSlip) -> list[Row]:
    rows = [Row(lang.translate("Receipt", "Goods taken"), size=10), *_goods(lang, data.taken)]
    sums = _sums(lang, data.taken)
    total = sums[-1]  # the sale's total, as "Taken"
    return [*rows, *sums[:-1], Row(lang.translate("Receipt", "Taken"), total.amount)]


def _difference(lang: ReportLanguage, data: ExchangeSlip) -> list[Row]:
    rows = [
        Row(lang.translate("Receipt", "Given back"), format_fen(data.returned_fen)),
        Row(lang.translate("Receipt", "Taken"), format_fen(data.taken_fen)),
    ]
    diff = data.difference_fen
    if diff > 0:
        rows.append(Row(lang.translate("Receipt", "Difference paid"), format_fen(diff), 11))
        rows += [Row("  " + _method(lang, p.method), format_fen(p.amount_fen)) for p in data.paid]
        tendered = data.taken.cash_tendered_fen
        if tendered:
            rows.append(Row(lang.translate("Receipt", "Cash tendered"), format_fen(tendered)))
            rows.append(Row(lang.translate("Receipt", "Change"), format_fen(data.taken.change_fen)))
    elif diff < 0:
        rows.append(Row(lang.translate("Receipt", "Difference refunded"), format_fen(-diff), 11))
        to = lang.translate("Receipt", "to {method}")
        rows += [
            Row("  " + to.format(method=_method(lang, p.method)), format_fen(p.amount_fen))
            for p in data.refunded
        ]
    else:
        rows.append(Row(lang.translate("Receipt", "Even exchange: no money changed hands."), size=10))
    after = data.taken.stored_after if data.paid and data.taken.stored_after else data.returned.stored_after
    code = data.taken.card_code if data.paid and data.taken.stored_after else data.returned.card_code
    if after is not None and (data.paid or data.refunded):
        rows += _balance(lang, after, code)
    return rows


def exchange_rows(data: ExchangeSlip, language: str) -> list[Row]:
    """The exchange slip top to bottom."""
    lang = ReportLanguage(language)
    ret = data.returned
    when = f"{ret.created_at.astimezone():%Y-%m-%d %H:%M}"
    number = lang.translate("Receipt", "Exchange slip {no}").format(
        no=f"{ret.return_no} / {data.taken.receipt_no}"
    )
    rows = _head(lang, ret.store_name, number, when, ret.staff)
    rows.append(Row(lang.translate("Receipt", "For receipt {no}").format(no=ret.receipt_no)))
    rows += _member(lang, ret.member_name, ret.member_card)
    if ret.approver:
        rows.append(Row(lang.translate("Receipt", "Approved by {name}").format(name=ret.approver)))
    why = lang.translate("Receipt", "Why: {kind} · {reason}")
    rows.append(Row(why.format(kind=lang.word(ReturnType, ret.return_type), reason=ret.reason)))
    rows += [RULE, *_given_back(lang, data), RULE, *_taken(lang, data), RULE, *_difference(lang, data)]
    rows += _slip_points(lang, ret)
    rows += _member_points(lang, data.taken)
    rows += [RULE, Row(lang.translate("Receipt", "Please keep this exchange slip."), centred=True)]
    return rows


def render_exchange_slip(data: ExchangeSlip, language: str = "zh_CN") -> bytes:
    return draw(exchange_rows(data, language), data.returned.return_no)


def exchange_slip_bytes(data: ExchangeSlip, language: str, paper: Paper) -> bytes:
    """The exchange's slip for the thermal printer, the new receipt's number as a QR code (a
    later return or exchange of the goods taken scans it)."""
    code = paper.code or data.taken.receipt_no
    return render(exchange_rows(data, language), Paper(paper.chinese, paper.kick, code, paper.cut))


def exchange_paper(
    db: Database, store_id: int, return_id: int, sale_id: int, language: str, settings: DeviceSettings
) -> bytes:
    """A recorded exchange's slip; the drawer opens when cash moved either way."""
    data = exchange_slip(db, store_id, return_id, sale_id)
    cash = [p for p in (*data.paid, *data.refunded) if p.method is PaymentMethod.CASH]
    return exchange_slip_bytes(data, language, paper_of(settings, kick=bool(cash)))
