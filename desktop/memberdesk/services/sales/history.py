"""The till's sale history (销售记录): a member's sales, or one day's at this store, newest first.

Read only. Each row says what the clerk needs to find the sale again and act on it: the
receipt number, when, who bought, the total, how it was paid, and whether it has been voided
or goods of it returned. The reversing records a void writes are not listed: the voided sale
itself shows "voided". Pages of ``limit`` rows; ``more`` says whether an older page exists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound
from memberdesk.domain.vocab import PaymentMethod, SaleStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import clean_code, record_id
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Payment, Sale, SaleReturn

PAGE_SIZE = 50
MAX_PAGE = 500


@dataclass(frozen=True)
class SaleRow:
    """One sale as the history lists it."""

    sale_id: int
    receipt_no: str
    created_at: dt.datetime
    member_id: int | None
    member_name: str  # "" for a walk-in customer
    total_fen: int
    payments: tuple[tuple[PaymentMethod, int], ...]
    voided: bool
    returns: int  # how many returns of its goods were recorded (0: none)
    returned_fen: int  # what they refunded


@dataclass(frozen=True)
class SalePage:
    """A page of the history, newest first; ``more``: older sales follow."""

    rows: tuple[SaleRow, ...]
    more: bool


def member_sales(
    db: Database, actor: Actor, member_id: int, *, offset: int = 0, limit: int = PAGE_SIZE
) -> SalePage:
    """The member's sales at this store, newest first."""
    require(actor, Permission.RECORD_SALE)
    member_id = record_id(member_id, "member_id", QT_TRANSLATE_NOOP("Errors", "No such member."))
    query = _listed(actor).where(Sale.member_id == member_id)
    with db.read() as s:
        return _page(s, query, offset, limit)


def day_sales(
    db: Database, actor: Actor, day: dt.date, *, offset: int = 0, limit: int = PAGE_SIZE
) -> SalePage:
    """The sales of ``day`` (the counter's local calendar day) at this store, newest first."""
    require(actor, Permission.RECORD_SALE)
    start = dt.datetime.combine(day, dt.time()).astimezone()
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).astimezone()
    query = _listed(actor).where(Sale.created_at >= start, Sale.created_at < end)
    with db.read() as s:
        return _page(s, query, offset, limit)


def sale_by_receipt(db: Database, actor: Actor, receipt_no: str) -> SaleRow:
    """The sale a scanned or typed receipt number names (a void's own number is refused)."""
    require(actor, Permission.RECORD_SALE)
    code = clean_code(receipt_no).upper()
    with db.read() as s:
        found = _page(s, _listed(actor).where(Sale.receipt_no == code), 0, 1).rows
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No sale with this receipt number."), field="receipt_no")
    return found[0]


def local_day(at: dt.datetime) -> dt.date:
    """The shop's day of a moment: the counter's local calendar day (as ``void_sale`` counts)."""
    return at.astimezone().date()


def _listed(actor: Actor) -> Select[Sale, str]:
    return (
        select(Sale, Member.name)
        .outerjoin(Member, Member.id == Sale.member_id)
        .where(Sale.store_id == actor.store_id, Sale.voids_sale_id.is_(None))
        .order_by(Sale.created_at.desc(), Sale.id.desc())
    )


def _page(s: Session, query: Select[Sale, str], offset: int, limit: int) -> SalePage:
    offset, limit = max(0, int(offset)), max(1, min(MAX_PAGE, int(limit)))
    found = s.execute(query.offset(offset).limit(limit + 1)).all()
    more, found = len(found) > limit, found[:limit]
    ids = [sale.id for sale, _name in found]
    paid: dict[int, list[tuple[PaymentMethod, int]]] = {i: [] for i in ids}
    returned: dict[int, tuple[int, int]] = {}
    if ids:
        for sale_id, method, amount in s.execute(
            select(Payment.sale_id, Payment.method, Payment.amount_fen)
            .where(Payment.sale_id.in_(ids))
            .order_by(Payment.id)
        ):
            paid[int(sale_id)].append((PaymentMethod(method), int(amount)))
        for returned_of, count, refunded in s.execute(
            select(SaleReturn.sale_id, func.count(), func.sum(SaleReturn.refund_total_fen))
            .where(SaleReturn.sale_id.in_(ids))
            .group_by(SaleReturn.sale_id)
        ):
            returned[int(returned_of or 0)] = (int(count), int(refunded or 0))
    rows = tuple(
        SaleRow(
            sale.id,
            sale.receipt_no,
            sale.created_at,
            sale.member_id,
            name or "",
            sale.total_fen,
            tuple(paid[sale.id]),
            sale.status is SaleStatus.VOIDED,
            *returned.get(sale.id, (0, 0)),
        )
        for sale, name in found
    )
    return SalePage(rows, more)
