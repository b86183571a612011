"""Stored value (储值), gift cards (礼品卡) and coupons (优惠券): accounts and their ledgers.

An account's balance is the sum of its entries, principal and bonus apart; the totals on the
account row are kept in the same transaction as each entry (and locked while spending), and
``memberdesk db check`` proves they equal the ledger. Entries are never edited or deleted.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from memberdesk.domain.vocab import (
    CouponEventKind,
    CouponKind,
    CouponPurpose,
    PaymentMethod,
    WalletEntryKind,
    WalletKind,
)
from memberdesk.store.models.base import Base, UidMixin, UTCDateTime, code_column, str_enum, utcnow


class Wallet(UidMixin, Base):
    """A member's stored-value account, or a gift card's balance."""

    __tablename__ = "wallets"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    kind: Mapped[WalletKind] = mapped_column(str_enum(WalletKind, 12))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), unique=True)
    card_code: Mapped[str | None] = mapped_column(code_column(32), unique=True)  # gift cards
    principal_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    bonus_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    # The member's own PIN for spending (argon2id), with its lock-out like staff PINs.
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class WalletEntry(UidMixin, Base):
    """One movement of a balance: principal and bonus apart, with the money that changed hands."""

    __tablename__ = "wallet_entries"
    __table_args__ = (
        Index("ix_wallet_entries_wallet_created", "wallet_id", "created_at"),
        Index("ix_wallet_entries_created", "created_at"),
        Index(
            "ix_wallet_entries_sale_id",
            "sale_id",
            sqlite_where=text("sale_id IS NOT NULL"),
            postgresql_where=text("sale_id IS NOT NULL"),
        ),
        Index(
            "ix_wallet_entries_return_id",
            "return_id",
            sqlite_where=text("return_id IS NOT NULL"),
            postgresql_where=text("return_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    wallet_id: Mapped[int] = mapped_column(ForeignKey("wallets.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[WalletEntryKind] = mapped_column(str_enum(WalletEntryKind, 12))
    principal_fen: Mapped[int] = mapped_column(BigInteger)  # signed: + in, − out
    bonus_fen: Mapped[int] = mapped_column(BigInteger)
    # Money the store took in (+, a top-up) or paid out (−, a withdrawal), and how.
    money_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    method: Mapped[PaymentMethod | None] = mapped_column(str_enum(PaymentMethod, 16))
    doc_no: Mapped[str] = mapped_column(code_column(24), default="")  # top-up / withdrawal number
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"))
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(String(200), default="")


class CouponTemplate(UidMixin, Base):
    """What a coupon gives and when it may be used; each coupon issued carries its own code."""

    __tablename__ = "coupon_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    name: Mapped[str] = mapped_column(String(60))
    purpose: Mapped[CouponPurpose] = mapped_column(str_enum(CouponPurpose, 16))
    kind: Mapped[CouponKind] = mapped_column(str_enum(CouponKind, 12))
    amount_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # amount off
    percent_off: Mapped[int] = mapped_column(Integer, default=0)  # 10 = 10 % off
    cap_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # most a percent coupon takes off; 0 = none
    min_spend_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    valid_days: Mapped[int] = mapped_column(Integer, default=0)  # N days from issue; 0 = the dates above
    categories: Mapped[str] = mapped_column(String(200), default="")  # comma-separated; empty = all
    tiers: Mapped[str] = mapped_column(String(60), default="")  # comma-separated; empty = every tier
    stackable: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class Coupon(UidMixin, Base):
    """One coupon with its own code, for one member (or the bearer); used once.

    ``used`` is the coupon's state, kept with its events in one transaction under the row's
    lock; ``memberdesk db check`` proves it equals uses minus releases. ``issue_key`` makes
    automatic issues idempotent (one birthday coupon per member and year, one welcome coupon).
    """

    __tablename__ = "coupons"
    __table_args__ = (
        UniqueConstraint("template_id", "member_id", "issue_key"),
        Index("ix_coupons_member_valid", "member_id", "valid_to"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    template_id: Mapped[int] = mapped_column(ForeignKey("coupon_templates.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    code: Mapped[str] = mapped_column(code_column(24), unique=True)
    issue_key: Mapped[str] = mapped_column(String(60), default="")
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")  # e.g. the complaint it compensates
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class CouponEvent(UidMixin, Base):
    """A coupon applied to a sale, or given back when that sale was voided."""

    __tablename__ = "coupon_events"
    __table_args__ = (
        Index("ix_coupon_events_coupon", "coupon_id"),
        Index("ix_coupon_events_sale", "sale_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    coupon_id: Mapped[int] = mapped_column(ForeignKey("coupons.id"))
    kind: Mapped[CouponEventKind] = mapped_column(str_enum(CouponEventKind, 12))
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"))
    discount_fen: Mapped[int] = mapped_column(BigInteger)  # what the coupon took off that sale
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class TierChange(UidMixin, Base):
    """A member's tier moved (the yearly review, or a manager), with the reason shown in history."""

    __tablename__ = "tier_changes"
    __table_args__ = (Index("ix_tier_changes_member", "member_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    from_tier: Mapped[str] = mapped_column(String(12))
    to_tier: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(String(200))
    review_key: Mapped[str] = mapped_column(String(24), default="")  # e.g. "2026": one review a year
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
