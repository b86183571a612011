"""The slip of an exchange (换货单), as plain values: the return and the new sale it joins."""

from __future__ import annotations

from dataclasses import dataclass

from memberdesk.documents.receipt import PaidPart, Receipt, ReturnSlip
from memberdesk.domain.vocab import PaymentMethod


@dataclass(frozen=True)
class ExchangeSlip:
    """What came back, what was taken, and the difference, which is all the money that moved:
    given back − taken + paid − refunded = 0."""

    returned: ReturnSlip
    taken: Receipt

    @property
    def returned_fen(self) -> int:
        return self.returned.refund_fen

    @property
    def taken_fen(self) -> int:
        return self.taken.total_fen

    @property
    def difference_fen(self) -> int:
        """Positive: the customer paid it; negative: it went back to them."""
        return self.taken_fen - self.returned_fen

    @property
    def paid(self) -> tuple[PaidPart, ...]:
        return tuple(p for p in self.taken.payments if p.method is not PaymentMethod.EXCHANGE)

    @property
    def refunded(self) -> tuple[PaidPart, ...]:
        return tuple(p for p in self.returned.refunds if p.method is not PaymentMethod.EXCHANGE)
