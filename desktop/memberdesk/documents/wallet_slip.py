"""The slip a member takes away after a top-up (充值凭条), as plain values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from memberdesk.domain.vocab import PaymentMethod


@dataclass(frozen=True)
class TopupSlip:
    """What was paid in, the store's bonus, and the balance after, principal and bonus apart."""

    store_name: str
    doc_no: str
    created_at: dt.datetime
    staff: str
    member_name: str
    member_card: str
    paid_fen: int
    method: PaymentMethod
    bonus_fen: int
    principal_after_fen: int
    bonus_after_fen: int

    @property
    def balance_after_fen(self) -> int:
        return self.principal_after_fen + self.bonus_after_fen
