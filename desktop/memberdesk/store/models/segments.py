"""Member tags (标签) and saved segments (会员分群): who a member is, in the store's own words,
and named filters over everything the store knows.

The indexes at the bottom belong to other features' tables: a segment over a million members
asks those tables questions they were not indexed for (who bought a category, whose last
visit is older than N days, whose balance is in a range).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from memberdesk.store.models.base import Base, UidMixin, UTCDateTime, utcnow
from memberdesk.store.models.members import Child, MemberStats
from memberdesk.store.models.sales import SaleLine

TAG_NAME_MAX = 12  # characters: a tag is a word or two (孕妈, 大客户), shown on the card


class Tag(Base):
    """A tag the store uses for members (孕妈, 学生, 大客户, 团购, 家庭 …).

    The manager keeps the list; ``free`` marks a tag a clerk typed at the card when the store
    allows it, so the manager sees which ones to keep. A tag in use is retired (``active``
    false), never deleted, so the members who carry it keep it."""

    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("store_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    name: Mapped[str] = mapped_column(String(TAG_NAME_MAX))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    free: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class MemberTag(Base):
    """A member carries a tag: who tagged them and when.

    WITHOUT ROWID on SQLite: a member's tags are one range read of the primary key; the
    (tag, member) index answers "who carries this tag" without reading the rows."""

    __tablename__ = "member_tags"
    __table_args__ = (
        Index("ix_member_tags_tag_member", "tag_id", "member_id"),
        {"sqlite_with_rowid": False},
    )

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id"), primary_key=True)
    tagged_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    tagged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class Segment(UidMixin, Base):
    """A saved, named filter over the members (``filter_json``: a ``SegmentFilter`` as JSON)."""

    __tablename__ = "segments"
    __table_args__ = (UniqueConstraint("store_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    name: Mapped[str] = mapped_column(String(50))
    filter_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


# What a segment asks of other features' tables, indexed (revision 0019).
Index("ix_sale_lines_category_sale", SaleLine.category, SaleLine.sale_id)
Index("ix_member_stats_last_visit", MemberStats.last_visit_at)
Index("ix_member_stats_points", MemberStats.points_balance)
Index("ix_children_birthday", Child.birthday)
