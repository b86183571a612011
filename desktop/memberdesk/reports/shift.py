"""The end-of-shift report (交班表) on paper: on the thermal printer or as a PDF on the same
80 mm roll as the receipt, from the plain values of ``documents/shift.py``.

Every payment method shows how its expected amount comes about (float, sales, refunds, stored
value), cash then what was counted and the difference, so the paper adds up by itself.
"""

from __future__ import annotations

from memberdesk.documents.shift import ShiftLine, ShiftReport
from memberdesk.domain.money import format_fen
from memberdesk.reports.receipt import METHODS, RULE, Row, draw, minus
from memberdesk.reports.thermal import TITLE, Paper, render
from memberdesk.reports.wording import ReportLanguage


def _signed(fen: int) -> str:
    return ("+" if fen > 0 else "") + format_fen(fen)


def _method_rows(lang: ReportLanguage, line: ShiftLine) -> list[Row]:
    rows = [Row(lang.translate("Receipt", METHODS[line.method]), size=10)]
    if line.float_fen:
        rows.append(Row("  " + lang.translate("ShiftReport", "Float"), format_fen(line.float_fen)))
    rows.append(Row("  " + lang.translate("ShiftReport", "Sales"), format_fen(line.sales_fen)))
    if line.refunds_fen:
        rows.append(Row("  " + lang.translate("ShiftReport", "Refunds"), minus(line.refunds_fen)))
    if line.stored_value_fen:
        rows.append(
            Row(
                "  " + lang.translate("ShiftReport", "Top-ups and gift cards"),
                _signed(line.stored_value_fen),
            )
        )
    rows.append(Row("  " + lang.translate("ShiftReport", "Expected"), format_fen(line.expected_fen)))
    if line.counted_fen is not None:
        rows.append(Row("  " + lang.translate("ShiftReport", "Counted"), format_fen(line.counted_fen)))
        rows.append(Row("  " + lang.translate("ShiftReport", "Difference"), _signed(line.difference_fen), 11))
    return rows


def shift_rows(data: ShiftReport, language: str) -> list[Row]:
    """The report top to bottom."""
    lang = ReportLanguage(language)
    when = "%Y-%m-%d %H:%M"
    rows = [
        Row(data.store_name, size=TITLE, centred=True),
        Row(lang.translate("ShiftReport", "Shift report {no}").format(no=data.shift_id), centred=True),
        Row(lang.translate("ShiftReport", "Till: {till}").format(till=data.till)),
        Row(
            lang.translate("ShiftReport", "Opened {when} by {name}").format(
                when=f"{data.opened_at.astimezone():{when}}", name=data.opened_by
            )
        ),
        Row(
            lang.translate("ShiftReport", "Closed {when} by {name}").format(
                when=f"{data.closed_at.astimezone():{when}}", name=data.closed_by
            )
        ),
    ]
    for line in data.lines:
        rows += [RULE, *_method_rows(lang, line)]
    rows.append(RULE)
    if data.reason:
        rows.append(
            Row(lang.translate("ShiftReport", "Why the cash differs: {reason}").format(reason=data.reason))
        )
    if data.next_float_fen is not None:
        rows.append(
            Row(
                lang.translate("ShiftReport", "Float left for the next shift"),
                format_fen(data.next_float_fen),
            )
        )
    rows += [Row(), Row(lang.translate("ShiftReport", "Signed: ____________"))]
    return rows


def shift_pdf(data: ShiftReport, language: str = "zh_CN") -> bytes:
    return draw(shift_rows(data, language), f"shift-{data.shift_id}")


def shift_bytes(data: ShiftReport, language: str, paper: Paper) -> bytes:
    """For the thermal printer; never kicks the drawer (the count is done with it open)."""
    return render(shift_rows(data, language), Paper(paper.chinese, kick=False, cut=paper.cut))
