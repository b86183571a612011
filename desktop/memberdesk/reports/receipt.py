"""The sale receipt (小票) as a PDF, from plain data (80 mm roll width)."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from memberdesk.documents.receipt import ReceiptData
from memberdesk.domain.money import format_fen
from memberdesk.reports.fonts import register
from memberdesk.reports.linebreak import break_lines

WIDTH = 80 * mm


def _label(data: ReceiptData, key: str, default: str) -> str:
    return data.labels.get(key, default)


def _rows(data: ReceiptData, font: str) -> list[tuple[str, str, float, bool]]:
    """What is printed, top to bottom: (text, amount at the right, size, centred); ``""`` with
    size 0 is a rule. Long texts are broken into lines that fit the roll."""
    rows: list[tuple[str, str, float, bool]] = []

    def add(text: str, amount: str = "", size: float = 8.5, centred: bool = False) -> None:
        room = WIDTH - 10 * mm - (stringWidth(amount, font, size) + 3 * mm if amount else 0)
        lines = break_lines(text, room, lambda t: stringWidth(t, font, size), keep=())
        for n, line in enumerate(lines):
            rows.append((line.rstrip(), amount if n == len(lines) - 1 else "", size, centred))

    add(data.store_name, size=12, centred=True)
    add(f"{_label(data, 'receipt_no', 'Receipt')}: {data.receipt_no}")
    add(f"{data.when}  {_label(data, 'staff', 'Staff')}: {data.staff}")
    if data.member:
        add(f"{_label(data, 'member', 'Member')}: {data.member}")
    rows.append(("", "", 0, False))
    for ln in data.lines:
        add(ln.description + (f" ({ln.size})" if ln.size else ""))
        add(f"  {ln.quantity} × {format_fen(ln.unit_fen)}", format_fen(ln.total_fen))
    rows.append(("", "", 0, False))
    if data.discount_fen:
        add(_label(data, "discount", "Discount"), "-" + format_fen(data.discount_fen))
    add(_label(data, "total", "Total"), format_fen(data.total_fen), 11)
    for method, amount in data.payments:
        add(method, format_fen(amount))
    if data.points_earned:
        add(f"{_label(data, 'points', 'Points earned')}: {data.points_earned}")
    if data.invoice_desk:
        add(f"{_label(data, 'invoice', 'Invoices')}: {data.invoice_desk}")
    add(_label(data, "check", "Please check your receipt."))
    return rows


def _advance(size: float) -> float:
    return 4 * mm if size == 0 else size * 1.5


def render_receipt(data: ReceiptData) -> bytes:
    font = register()
    rows = _rows(data, font)
    height = 20 * mm + sum(_advance(size) for _, _, size, _ in rows)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, height))
    c.setTitle(data.receipt_no)
    y = height - 10 * mm
    left, right = 5 * mm, WIDTH - 5 * mm
    for text, amount, size, centred in rows:
        if size == 0:
            c.line(left, y + 1 * mm, right, y + 1 * mm)
        else:
            c.setFont(font, size)
            if centred:
                c.drawCentredString(WIDTH / 2, y, text)
            else:
                c.drawString(left, y, text)
            if amount:
                c.drawRightString(right, y, amount)
        y -= _advance(size)
    c.showPage()
    c.save()
    return buf.getvalue()
