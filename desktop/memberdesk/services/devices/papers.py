"""Finding the papers the counter's commands print again: a sale by its receipt number."""

from __future__ import annotations

from sqlalchemy import select

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound
from memberdesk.store.database import Database
from memberdesk.store.models import Sale


def sale_by_receipt(db: Database, store_id: int, receipt_no: str) -> int:
    """The id of the store's sale with this receipt number, or ``NotFound``."""
    with db.read() as s:
        found = s.scalar(
            select(Sale.id).where(Sale.store_id == store_id, Sale.receipt_no == receipt_no.strip())
        )
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "No sale has the receipt number {no}."),
            field="receipt_no",
            no=receipt_no,
        )
    return int(found)
