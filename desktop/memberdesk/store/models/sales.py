"""The ledger: products, sales, payments, returns, refunds and points.

Nothing here is edited or deleted after it is written: a mistaken sale is voided by a
reversing sale, a refund is a return, a points correction is a new entry.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from memberdesk.domain.vocab import (
    PaymentMethod,
    PointsSource,
    ReturnType,
    SaleStatus,
    ServiceKind,
    ServiceStatus,
)
from memberdesk.store.models.base import Base, UidMixin, UTCDateTime, code_column, str_enum, utcnow


class Product(Base):
    """An optional catalogue entry; free sale lines work without one."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(code_column(40), unique=True)
    barcode: Mapped[str | None] = mapped_column(code_column(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(30))
    price_fen: Mapped[int] = mapped_column(BigInteger)
    sizes: Mapped[str] = mapped_column(String(200), default="")  # comma-separated
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Sale(UidMixin, Base):
    """A sale (or, with ``voids_sale_id``, the reversing record that voids one)."""

    __tablename__ = "sales"
    __table_args__ = (
        UniqueConstraint("store_id", "receipt_no"),
        # a member's history in time order; covering, so a long period's per-member totals
        # walk it in member order instead of sorting millions of rows
        Index("ix_sales_member_created", "member_id", "created_at", "total_fen"),
        # covering for the period reports: a range on time that never reads the table
        Index("ix_sales_created", "created_at", "member_id", "total_fen"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    receipt_no: Mapped[str] = mapped_column(code_column(24))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    subtotal_fen: Mapped[int] = mapped_column(BigInteger)
    discount_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    total_fen: Mapped[int] = mapped_column(BigInteger)
    points_earned: Mapped[int] = mapped_column(Integer, default=0)
    points_redeemed: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[SaleStatus] = mapped_column(str_enum(SaleStatus, 12), default=SaleStatus.COMPLETED)
    voids_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(String(200), default="")
    # What the receipt prints besides the lines and payments (revision 0006): the part of
    # ``discount_fen`` the redeemed points paid (the rest is the sale discount), the cash the
    # customer handed over (0: not typed) and the member's points after the sale (NULL for a
    # walk-in and for sales recorded before 0006).
    redeem_fen: Mapped[int] = mapped_column(BigInteger, default=0, server_default=text("0"))
    cash_tendered_fen: Mapped[int] = mapped_column(BigInteger, default=0, server_default=text("0"))
    points_balance_after: Mapped[int | None] = mapped_column(BigInteger)
    points_owed_after: Mapped[int | None] = mapped_column(BigInteger)

    lines: Mapped[list[SaleLine]] = relationship(back_populates="sale", order_by="SaleLine.line_no")
    payments: Mapped[list[Payment]] = relationship(back_populates="sale")


class SaleLine(Base):
    """One line of a sale: a catalogue product or a free line."""

    __tablename__ = "sale_lines"
    __table_args__ = (UniqueConstraint("sale_id", "line_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    sku: Mapped[str] = mapped_column(String(40), default="")
    category: Mapped[str] = mapped_column(String(30), default="")
    description: Mapped[str] = mapped_column(String(100))
    size: Mapped[str] = mapped_column(String(16), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_fen: Mapped[int] = mapped_column(BigInteger)
    discount_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # the line's own discount
    # the member price (会员折扣) and the line's share of the sale's coupons (revision 0015);
    # ``total_fen`` is net of them: quantity × unit price − discount − member − coupon
    member_fen: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    coupon_fen: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    total_fen: Mapped[int] = mapped_column(BigInteger)

    sale: Mapped[Sale] = relationship(back_populates="lines")


class Payment(Base):
    """How a sale was paid; the payments of a sale add up to its total."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod, 16))
    amount_fen: Mapped[int] = mapped_column(BigInteger)

    sale: Mapped[Sale] = relationship(back_populates="payments")


class SaleReturn(UidMixin, Base):
    """Goods brought back (退货): type and reason are required, so it need not happen again."""

    __tablename__ = "returns"
    __table_args__ = (
        UniqueConstraint("store_id", "return_no"),
        Index("ix_returns_member_created", "member_id", "created_at"),
        Index("ix_returns_sale", "sale_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    return_no: Mapped[str] = mapped_column(code_column(24))
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"))  # None: no receipt
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    approval_note: Mapped[str] = mapped_column(String(200), default="")
    return_type: Mapped[ReturnType] = mapped_column(str_enum(ReturnType, 20))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    refund_total_fen: Mapped[int] = mapped_column(BigInteger)
    points_reversed: Mapped[int] = mapped_column(Integer, default=0)  # earned on the goods, taken back
    without_receipt: Mapped[bool] = mapped_column(Boolean, default=False)
    # the returned goods' share of the points redeemed on the sale, given back (revision 0006)
    points_restored: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))

    lines: Mapped[list[ReturnLine]] = relationship(back_populates="sale_return")
    refunds: Mapped[list[Refund]] = relationship(back_populates="sale_return")


class ReturnLine(Base):
    """A returned quantity of one sale line."""

    __tablename__ = "return_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id"), index=True)
    sale_line_id: Mapped[int | None] = mapped_column(ForeignKey("sale_lines.id"), index=True)
    description: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[int] = mapped_column(Integer)
    refund_fen: Mapped[int] = mapped_column(BigInteger)

    sale_return: Mapped[SaleReturn] = relationship(back_populates="lines")


class Refund(Base):
    """Money paid back for a return, to one of the original payment methods."""

    __tablename__ = "refunds"

    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id"), index=True)
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod, 16))
    amount_fen: Mapped[int] = mapped_column(BigInteger)

    sale_return: Mapped[SaleReturn] = relationship(back_populates="refunds")


class PointsEntry(UidMixin, Base):
    """One change of a member's points; the balance is always the sum of these.

    ``owed_delta`` (revision 0006) changes the points the member owes the store: a return or
    void that takes back more than the balance holds takes the balance to zero and records
    the rest as owed (+); points that come in later pay it off first (−). The points owed are
    the sum of these, as the balance is the sum of ``delta``; an entry's whole movement is
    ``delta - owed_delta``.
    """

    __tablename__ = "points_entries"
    __table_args__ = (
        Index("ix_points_member_created", "member_id", "created_at"),
        # NULL on nearly every row: only entries that reverse a return are indexed
        Index(
            "ix_points_entries_return_id",
            "return_id",
            sqlite_where=text("return_id IS NOT NULL"),
            postgresql_where=text("return_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    delta: Mapped[int] = mapped_column(Integer)
    source: Mapped[PointsSource] = mapped_column(str_enum(PointsSource, 16))
    reason: Mapped[str] = mapped_column(String(200), default="")
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), index=True)
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    owed_delta: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))


class ServiceRecord(UidMixin, Base):
    """After-sales service (售后服务) promised for a sale line: alteration, repair, ..."""

    __tablename__ = "service_records"
    __table_args__ = (
        Index("ix_service_records_member", "member_id"),
        Index("ix_service_records_status_due", "status", "promised_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    sale_line_id: Mapped[int | None] = mapped_column(ForeignKey("sale_lines.id"))
    kind: Mapped[ServiceKind] = mapped_column(str_enum(ServiceKind, 16))
    description: Mapped[str] = mapped_column(Text)
    promised_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ServiceStatus] = mapped_column(str_enum(ServiceStatus, 16), default=ServiceStatus.PENDING)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
