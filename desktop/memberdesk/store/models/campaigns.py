"""Campaigns (营销活动): a message, and perhaps a coupon, sent to a saved segment, with a
randomly held-out control group so the result can be measured honestly.

A campaign's audience is frozen when it is sent: one ``CampaignMember`` row per member, either
a recipient (who got the message and coupon) or a control (held out, got nothing). The primary
key (campaign, member) is what makes a campaign never reach the same member twice.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from memberdesk.store.models.base import Base, UidMixin, UTCDateTime, utcnow


class Campaign(UidMixin, Base):
    """One campaign: what it says, to whom (a saved segment), what it gives, and the window
    its result is measured in. ``seed`` draws the control group reproducibly."""

    __tablename__ = "campaigns"
    __table_args__ = (UniqueConstraint("store_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    name: Mapped[str] = mapped_column(String(50))
    kind: Mapped[str] = mapped_column(String(16))  # promotion, new_arrivals, event, winback
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id"))
    message: Mapped[str] = mapped_column(Text)
    coupon_template_id: Mapped[int | None] = mapped_column(ForeignKey("coupon_templates.id"))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    control_percent: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class CampaignMember(Base):
    """A member of a campaign's frozen audience: a recipient or a control, once only.

    ``lapsed`` records whether the member was lapsed when the campaign was sent, so the result
    can count who was won back."""

    __tablename__ = "campaign_members"
    __table_args__ = (Index("ix_campaign_members_member", "member_id"),)

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), primary_key=True)
    control: Mapped[bool] = mapped_column(Boolean)
    lapsed: Mapped[bool] = mapped_column(Boolean, default=False)
    coupon_code: Mapped[str] = mapped_column(String(32), default="")
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
