"""The staff scorecard's targets and incentive rules, one row per role of a store."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from memberdesk.domain.vocab import Role
from memberdesk.store.models.base import Base, UTCDateTime, str_enum, utcnow


class StaffTarget(Base):
    """What the manager expects of each member of staff of a role in a month, and what it pays.

    Money in fen. The satisfaction threshold is in hundredths of perceived / expected (100:
    customers got what they expected); 0 means no threshold. The sales bonus is paid only
    when the month's sales reach ``sales_target_fen`` and satisfaction reaches the threshold.
    """

    __tablename__ = "staff_targets"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    role: Mapped[Role] = mapped_column(str_enum(Role, 16), primary_key=True)
    sales_target_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    enrolment_target: Mapped[int] = mapped_column(Integer, default=0)
    satisfaction_threshold: Mapped[int] = mapped_column(Integer, default=0)
    bonus_per_enrolment_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    bonus_per_referral_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    sales_bonus_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
