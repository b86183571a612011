"""The top-up slip (充值凭条) on the receipt's 80 mm roll, drawn from ``documents/wallet_slip``.

The rows add up as the member reads them: paid in plus the bonus is what the balance grew by;
the balance after is printed with its principal and bonus apart, as the card shows it.
"""

from __future__ import annotations

from memberdesk.documents.wallet_slip import TopupSlip
from memberdesk.domain.money import format_fen
from memberdesk.reports.receipt import RULE, Row, _head, _member, _method, draw
from memberdesk.reports.wording import ReportLanguage


def topup_rows(data: TopupSlip, language: str) -> list[Row]:
    lang = ReportLanguage(language)
    when = f"{data.created_at.astimezone():%Y-%m-%d %H:%M}"
    number = lang.translate("Receipt", "Top-up slip {no}").format(no=data.doc_no)
    rows = _head(lang, data.store_name, number, when, data.staff) + _member(
        lang, data.member_name, data.member_card
    )
    rows += [
        RULE,
        Row(lang.translate("Receipt", "Paid in"), format_fen(data.paid_fen)),
        Row("  " + _method(lang, data.method), format_fen(data.paid_fen)),
        Row(lang.translate("Receipt", "Store's bonus"), format_fen(data.bonus_fen)),
        Row(
            lang.translate("Receipt", "Added to the balance"), format_fen(data.paid_fen + data.bonus_fen), 11
        ),
        RULE,
        Row(lang.translate("Receipt", "Balance"), format_fen(data.balance_after_fen), 11),
        Row("  " + lang.translate("Receipt", "of which paid in"), format_fen(data.principal_after_fen)),
        Row("  " + lang.translate("Receipt", "of which bonus"), format_fen(data.bonus_after_fen)),
        RULE,
        Row(lang.translate("Receipt", "The bonus is not paid back in cash."), centred=True),
        Row(lang.translate("Receipt", "Please keep this top-up slip."), centred=True),
    ]
    return rows


def render_topup_slip(data: TopupSlip, language: str = "zh_CN") -> bytes:
    return draw(topup_rows(data, language), data.doc_no)
