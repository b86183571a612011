"""Members and what the counter knows about them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from memberdesk.domain.vocab import Channel, ConsentKind, Gender, MemberStatus, SizeCategory, Tier
from memberdesk.store.models.base import Base, UidMixin, UTCDateTime, code_column, str_enum, utcnow


class Member(UidMixin, Base):
    """A store member (会员).

    ``phone`` is the normalised number (``13812345678`` or ``+4915112345678``); the search
    columns (``phone_last4``, ``card_no``, and the rows of ``member_keys``) are derived from
    it and from the name by the service that writes the member, so every lookup the counter
    makes is an index range scan.
    """

    __tablename__ = "members"
    __table_args__ = (
        Index("ix_members_phone_last4", "phone_last4"),
        Index("ix_members_birth_mmdd", "birth_mmdd"),
        Index("ix_members_lunar_mmdd", "lunar_mmdd"),
        Index("ix_members_referrer", "referrer_member_id"),
        Index("ix_members_enrolled", "enrolled_at"),  # new members of a period
        Index("ix_members_status_tier", "status", "tier"),  # tier distribution without reading rows
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    card_no: Mapped[str] = mapped_column(code_column(32), unique=True)
    phone: Mapped[str] = mapped_column(code_column(20), unique=True)
    phone_last4: Mapped[str] = mapped_column(code_column(4))
    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[Gender] = mapped_column(str_enum(Gender, 1), default=Gender.UNKNOWN)
    # Solar birthday (may be unknown). For members who celebrate the lunar date, the lunar
    # month/day is kept too and the care calendar moves it to the right solar day each year.
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    birth_mmdd: Mapped[int | None] = mapped_column(SmallInteger)  # 1225 for 25 Dec
    birthday_lunar: Mapped[bool] = mapped_column(Boolean, default=False)
    lunar_mmdd: Mapped[int | None] = mapped_column(SmallInteger)  # lunar month*100 + day
    lunar_leap: Mapped[bool] = mapped_column(Boolean, default=False)
    email: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    occupation: Mapped[str] = mapped_column(String(50), default="")
    hobbies: Mapped[str] = mapped_column(String(200), default="")
    hair_type: Mapped[str] = mapped_column(String(20), default="")
    skin_type: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Sensitive personal information (PIPL): stored only with a recorded SENSITIVE consent.
    ethnicity: Mapped[str | None] = mapped_column(String(20))
    religion: Mapped[str | None] = mapped_column(String(20))
    income_band: Mapped[str | None] = mapped_column(String(20))
    tier: Mapped[Tier] = mapped_column(str_enum(Tier, 12), default=Tier.REGULAR)
    status: Mapped[MemberStatus] = mapped_column(str_enum(MemberStatus, 12), default=MemberStatus.ACTIVE)
    channel: Mapped[Channel] = mapped_column(str_enum(Channel), default=Channel.WALK_IN)
    # Partner kind, target group or a free word, depending on the channel.
    channel_detail: Mapped[str] = mapped_column(String(50), default="")
    referrer_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    referrer_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    enrolled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    enrolled_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    sizes: Mapped[list[MemberSize]] = relationship(back_populates="member", cascade="all, delete-orphan")
    children: Mapped[list[Child]] = relationship(back_populates="member", cascade="all, delete-orphan")


class MemberKey(Base):
    """One searchable key of a member's name: the name itself, pinyin initials, full pinyin.

    A narrow (key, member_id) table, WITHOUT ROWID on SQLite, so a prefix search is a range
    scan that returns member ids directly. A member with a polyphonic surname gets one row
    per plausible reading.
    """

    __tablename__ = "member_keys"
    __table_args__ = (
        Index("ix_member_keys_member", "member_id"),
        {"sqlite_with_rowid": False},
    )

    key: Mapped[str] = mapped_column(code_column(64), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)


class MemberSize(Base):
    """The size a member wears in one category (尺码).

    WITHOUT ROWID on SQLite: the rows are stored in primary-key order, so a member's sizes
    are one range read and the key is not kept a second time in an index of its own.
    """

    __tablename__ = "member_sizes"
    __table_args__ = {"sqlite_with_rowid": False}

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    category: Mapped[SizeCategory] = mapped_column(str_enum(SizeCategory, 16), primary_key=True)
    size: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    member: Mapped[Member] = relationship(back_populates="sizes")


class Child(Base):
    """A member's child, for children's sizes and a gift on the child's birthday."""

    __tablename__ = "children"
    __table_args__ = (Index("ix_children_birth_mmdd", "birth_mmdd"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(50), default="")
    gender: Mapped[Gender] = mapped_column(str_enum(Gender, 1), default=Gender.UNKNOWN)
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    birth_mmdd: Mapped[int | None] = mapped_column(SmallInteger)

    member: Mapped[Member] = relationship(back_populates="children")


class Consent(Base):
    """A consent the member gave or withdrew; the latest row per kind is in force."""

    __tablename__ = "consents"
    __table_args__ = (Index("ix_consents_member_kind", "member_id", "kind", "recorded_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    kind: Mapped[ConsentKind] = mapped_column(str_enum(ConsentKind, 16))
    granted: Mapped[bool] = mapped_column(Boolean)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(String(200), default="")


class MemberStats(Base):
    """Running totals per member, updated in the same transaction as the sale or return.

    Lets the member card show lifetime spend and visits without scanning sales; the
    database check proves they equal the sums of the ledgers.
    """

    __tablename__ = "member_stats"

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    spend_fen: Mapped[int] = mapped_column(BigInteger, default=0)  # sales minus returns
    visit_count: Mapped[int] = mapped_column(Integer, default=0)
    first_visit_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_visit_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    points_balance: Mapped[int] = mapped_column(BigInteger, default=0)  # never below zero
    # points the member owes (a return took back more than the balance held; revision 0006)
    points_owed: Mapped[int] = mapped_column(BigInteger, default=0, server_default=text("0"))


class MemberEvent(UidMixin, Base):
    """A member event (会员活动), such as an appreciation party (答谢会)."""

    __tablename__ = "member_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    title: Mapped[str] = mapped_column(String(100))
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    location: Mapped[str] = mapped_column(String(100), default="")
    # whom the invited answer (名字和电话), printed on the invitation; empty: the store's phone
    rsvp_contact: Mapped[str] = mapped_column(String(100), default="", server_default="")
    description: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # how many members may come (revision 0020); None on events written before it: no limit
    capacity: Mapped[int | None] = mapped_column(Integer)


class EventInvitation(Base):
    """A member invited to an event. Their replies and their arrival are records of their
    own (``EventReply``, ``EventAttendance`` in models/events.py, revision 0020)."""

    __tablename__ = "event_invitations"
    __table_args__ = (UniqueConstraint("event_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("member_events.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    invited_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
