"""The sale receipt's contents (小票), as plain values."""

from __future__ import annotations

from dataclasses import dataclass, field


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
