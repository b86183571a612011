"""A shift's count as the end-of-shift report (交班表) shows it, as plain values.

Built by ``services/sales/shift.py`` from the count rows; drawn on the thermal printer or as a
PDF by ``reports/shift.py``. The figures add up on every line:

    expected = float + sales − refunds + stored value      (each payment method)
    difference = counted − expected                        (cash, the only one counted)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from memberdesk.domain.vocab import PaymentMethod


@dataclass(frozen=True)
class ShiftLine:
    method: PaymentMethod
    float_fen: int
    sales_fen: int
    refunds_fen: int
    stored_value_fen: int
    expected_fen: int
    counted_fen: int | None  # None: not counted (only cash is)
    difference_fen: int


@dataclass(frozen=True)
class ShiftReport:
    store_name: str
    till: str
    shift_id: int
    opened_at: dt.datetime
    opened_by: str
    closed_at: dt.datetime
    closed_by: str
    lines: tuple[ShiftLine, ...]
    reason: str  # why the cash differs; "" when it does not
    next_float_fen: int | None  # what the next shift starts with; None when none followed

    @property
    def cash(self) -> ShiftLine | None:
        return next((ln for ln in self.lines if ln.method is PaymentMethod.CASH), None)
