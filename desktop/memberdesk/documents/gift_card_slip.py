"""The slip handed over with a gift card sold (礼品卡凭条), as plain values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from memberdesk.domain.vocab import PaymentMethod


@dataclass(frozen=True)
class GiftCardSlip:
    """The card's code, the money paid for it and how, and what the card holds."""

    store_name: str
    doc_no: str
    created_at: dt.datetime
    staff: str
    code: str
    paid_fen: int
    method: PaymentMethod
    balance_fen: int
