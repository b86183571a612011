"""What a complaint can be about: the member's recent sales and returns, newest first.

A complaint names one receipt or return number (``ComplaintForm.receipt_no``); the counter
offers the member's latest of both so the clerk picks instead of typing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from memberdesk.domain.vocab import SaleStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Sale, SaleReturn


class RecordKind(StrEnum):
    SALE = "sale"
    RETURN = "return"


@dataclass(frozen=True)
class RelatedRecord:
    """A sale (receipt number, amount paid) or a return (return number, amount refunded)."""

    kind: RecordKind
    number: str
    created_at: dt.datetime
    amount_fen: int


def related_records(db: Database, actor: Actor, member_id: int, *, limit: int = 10) -> list[RelatedRecord]:
    """The member's latest ``limit`` sales and ``limit`` returns in this store, newest first."""
    require(actor, Permission.OPEN_COMPLAINT)
    with db.read() as s:
        sales = s.execute(
            select(Sale.receipt_no, Sale.created_at, Sale.total_fen)
            .where(
                Sale.member_id == member_id,
                Sale.store_id == actor.store_id,
                Sale.status == SaleStatus.COMPLETED,
                Sale.voids_sale_id.is_(None),
            )
            .order_by(Sale.created_at.desc())
            .limit(limit)
        ).all()
        returns = s.execute(
            select(SaleReturn.return_no, SaleReturn.created_at, SaleReturn.refund_total_fen)
            .where(SaleReturn.member_id == member_id, SaleReturn.store_id == actor.store_id)
            .order_by(SaleReturn.created_at.desc())
            .limit(limit)
        ).all()
    records = [RelatedRecord(RecordKind.SALE, n, at, fen) for n, at, fen in sales]
    records += [RelatedRecord(RecordKind.RETURN, n, at, fen) for n, at, fen in returns]
    return sorted(records, key=lambda r: r.created_at, reverse=True)
