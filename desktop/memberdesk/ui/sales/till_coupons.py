"""The coupons of a sale at the till: the member's own, offered in a list, and any coupon whose
code is scanned or typed in the code box (``domain/coupons.looks_like_code``).

What a coupon takes off, and whether it may be used at all, is the service's word
(``services/sales/cart_money``); here only which codes the clerk applied.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from memberdesk.domain.coupons import looks_like_code
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import CouponKind
from memberdesk.services.money.coupons import CouponView


def coupon_code(text: str) -> str | None:
    """The coupon code typed or scanned in the till's code box, or None for a product code."""
    code = text.strip().upper()
    return code if looks_like_code(code) else None


def coupon_text(view: CouponView) -> str:
    """A coupon as the list offers it: its name, what it takes off and its last day."""
    terms = view.terms
    if terms.kind is CouponKind.AMOUNT_OFF:
        off = QCoreApplication.translate("TillCoupons", "%1 off").replace("%1", format_fen(terms.amount_fen))
    else:
        off = QCoreApplication.translate("TillCoupons", "%1% off").replace("%1", str(terms.percent_off))
    if terms.min_spend_fen:
        off += " " + QCoreApplication.translate("TillCoupons", "from %1").replace(
            "%1", format_fen(terms.min_spend_fen)
        )
    until = QCoreApplication.translate("TillCoupons", "until %1").replace("%1", view.valid_to.isoformat())
    return f"{view.name} · {off} · {until}"


class TillCoupons:
    """The codes applied: the one chosen in the list first, then those scanned, each once."""

    def __init__(self, combo: QComboBox) -> None:
        self.combo = combo
        self.scanned: list[str] = []

    def offer(self, views: Sequence[CouponView]) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(QCoreApplication.translate("TillCoupons", "(no coupon)"), "")
        for view in views:
            self.combo.addItem(coupon_text(view), view.code)
        self.combo.blockSignals(False)

    def codes(self) -> tuple[str, ...]:
        chosen = self.combo.currentData() or ""
        return tuple(dict.fromkeys(c for c in (chosen, *self.scanned) if c))

    def state(self) -> tuple[int, tuple[str, ...]]:
        return self.combo.currentIndex(), tuple(self.scanned)

    def restore(self, state: tuple[int, tuple[str, ...]]) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(state[0])
        self.combo.blockSignals(False)
        self.scanned = list(state[1])

    def add(self, code: str) -> None:
        """A scanned code: the member's own coupon is chosen in the list, another is added."""
        at = self.combo.findData(code)
        if at > 0 and not self.combo.currentData():
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(at)
            self.combo.blockSignals(False)
        elif code not in self.codes():
            self.scanned.append(code)

    def remove(self, code: str) -> None:
        if self.combo.currentData() == code:
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(0)
            self.combo.blockSignals(False)
        self.scanned = [c for c in self.scanned if c != code]
