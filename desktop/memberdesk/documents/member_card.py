"""The member card's contents: who stands at the counter, as plain values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from memberdesk.domain.members import ChildAge
from memberdesk.domain.vocab import (
    CareActionKind,
    CareKind,
    Channel,
    Gender,
    ServiceKind,
    ServiceStatus,
    SizeCategory,
    Tier,
)

OPEN_SERVICE = (ServiceStatus.PENDING, ServiceStatus.IN_PROGRESS)


@dataclass(frozen=True)
class ChildInfo:
    name: str
    gender: Gender
    age: ChildAge | None
    birthday_in_days: int | None  # set when the birthday is within the notice period


@dataclass(frozen=True)
class ServiceDue:
    """An after-sales record on the card: open ones (due or overdue) and the last closed ones."""

    kind: ServiceKind
    status: ServiceStatus
    promised_date: dt.date | None
    overdue: bool
    id: int = 0
    description: str = ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_SERVICE


@dataclass(frozen=True)
class Purchase:
    at: dt.datetime
    description: str
    size: str
    quantity: int
    total_fen: int
    returned: int = 0  # how many of the line came back

    @property
    def kept(self) -> int:
        return self.quantity - self.returned


@dataclass(frozen=True)
class LatestCare:
    kind: CareKind
    title: str
    action: CareActionKind
    at: dt.datetime


@dataclass(frozen=True)
class NextBirthday:
    """The member's next birthday as the store keeps it, and their age.

    ``lunar`` is set (month, day, leap month) when the member celebrates the lunar birthday;
    ``on`` is then the solar day it falls on. ``turning`` is the age reached on ``on``, counted
    as the care calendar counts it (the difference of the years); ``age`` is the age today.
    """

    on: dt.date
    turning: int
    age: int
    solar_month_day: tuple[int, int]
    lunar: tuple[int, int, bool] | None = None

    @property
    def is_today(self) -> bool:
        return self.turning == self.age


@dataclass(frozen=True)
class PointsExpiring:
    """Points that expire soon under the store's policy, and the day they go."""

    points: int
    on: dt.date


@dataclass(frozen=True)
class MemberMoney:
    """The member's money on the card: stored value, points and coupons.

    ``has_wallet`` is False for a member who never topped up (the card says so instead of
    showing a balance of zero). ``points_value_fen`` is what the points pay at the till
    (the store's redeem rule); ``points_owed`` is set when a return took back more points
    than the balance held.
    """

    has_wallet: bool = False
    principal_fen: int = 0
    bonus_fen: int = 0
    points_value_fen: int = 0
    points_owed: int = 0
    coupons_valid: int = 0
    expiring: PointsExpiring | None = None

    @property
    def balance_fen(self) -> int:
        return self.principal_fen + self.bonus_fen


@dataclass(frozen=True)
class MemberCard:
    """Everything on the card, as plain values."""

    id: int
    name: str
    greeting: str  # 张女士
    gender: Gender
    masked_phone: str
    card_no: str
    tier: Tier
    points: int
    member_since: dt.date
    channel: Channel
    channel_detail: str
    referrer_name: str
    referrer_staff_name: str
    enrolled_by_name: str
    sizes: tuple[tuple[SizeCategory, str], ...]
    skin_type: str
    hair_type: str
    occupation: str
    hobbies: str
    children: tuple[ChildInfo, ...]
    birthday: dt.date | None
    birthday_lunar: bool
    birthday_this_week: dt.date | None
    lapsed_days: int | None
    open_complaints: int
    services_due: tuple[ServiceDue, ...]  # the open after-sales records, earliest promise first
    spend_fen: int
    visit_count: int
    last_visit_at: dt.datetime | None
    last_purchases: tuple[Purchase, ...]
    latest_care: LatestCare | None
    notes: str
    marketing_consent: bool
    sensitive_on_file: bool  # values exist; shown only through reveal_sensitive
    services_closed: tuple[ServiceDue, ...] = ()  # the latest done or cancelled records
    next_birthday: NextBirthday | None = None  # None when no birthday is on file
    money: MemberMoney = MemberMoney()  # stored value, points value, coupons, expiry
