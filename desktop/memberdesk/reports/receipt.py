"""The sale receipt (小票) as a PDF, from plain data (80 mm roll width)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from memberdesk.domain.money import format_fen
from memberdesk.reports.fonts import register

WIDTH = 80 * mm


@dataclass(frozen=True)
class ReceiptLine:
    description: str
    size: str
    quantity: int
    unit_fen: int
    total_fen: int


@dataclass(frozen=True)
class ReceiptData:
    """Everything printed; labels come translated from the caller."""

    store_name: str
    receipt_no: str
    when: str
    staff: str
    member: str
    lines: list[ReceiptLine]
    discount_fen: int
    total_fen: int
    payments: list[tuple[str, int]]
    points_earned: int
    invoice_desk: str
    labels: dict[str, str] = field(default_factory=dict)


def _label(data: ReceiptData, key: str, default: str) -> str:
    return data.labels.get(key, default)


def render_receipt(data: ReceiptData) -> bytes:
    font = register()
    height = (70 + 9 * len(data.lines) + 5 * len(data.payments)) * mm
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(WIDTH, height))
    c.setTitle(data.receipt_no)
    y = height - 10 * mm
    left, right = 5 * mm, WIDTH - 5 * mm

    def row(text: str, amount: str = "", size: float = 8.5) -> None:
        nonlocal y
        c.setFont(font, size)
        c.drawString(left, y, text)
        if amount:
            c.drawRightString(right, y, amount)
        y -= size * 1.5

    def rule() -> None:
        nonlocal y
        c.line(left, y + 1 * mm, right, y + 1 * mm)
        y -= 4 * mm

    c.setFont(font, 12)
    c.drawCentredString(WIDTH / 2, y, data.store_name)
    y -= 8 * mm
    row(f"{_label(data, 'receipt_no', 'Receipt')}: {data.receipt_no}")
    row(f"{data.when}  {_label(data, 'staff', 'Staff')}: {data.staff}")
    if data.member:
        row(f"{_label(data, 'member', 'Member')}: {data.member}")
    rule()
    for ln in data.lines:
        row(ln.description + (f" ({ln.size})" if ln.size else ""))
        row(f"  {ln.quantity} × {format_fen(ln.unit_fen)}", format_fen(ln.total_fen))
    rule()
    if data.discount_fen:
        row(_label(data, "discount", "Discount"), "-" + format_fen(data.discount_fen))
    row(_label(data, "total", "Total"), format_fen(data.total_fen), 11)
    for method, amount in data.payments:
        row(method, format_fen(amount))
    if data.points_earned:
        row(f"{_label(data, 'points', 'Points earned')}: {data.points_earned}")
    if data.invoice_desk:
        row(f"{_label(data, 'invoice', 'Invoices')}: {data.invoice_desk}")
    row(_label(data, "check", "Please check your receipt."))
    c.showPage()
    c.save()
    return buf.getvalue()
