"""A known store for proving segments: members of every kind, written straight into the tables,
and an independent count of any filter in plain Python over all rows."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import select

from memberdesk.domain import analytics as A
from memberdesk.domain import lunar
from memberdesk.domain.birthdays import birthday_in
from memberdesk.domain.members import lunar_mmdd_of
from memberdesk.domain.vocab import (
    Channel,
    ConsentKind,
    MemberStatus,
    SizeCategory,
    TargetGroup,
    Tier,
    WalletKind,
)
from memberdesk.services.segments.filters import SegmentFilter
from memberdesk.store.database import Database
from memberdesk.store.models import (
    Child,
    Consent,
    Member,
    MemberSize,
    MemberStats,
    MemberTag,
    Sale,
    SaleLine,
    SaleReturn,
    Tag,
    Wallet,
)
from tests.conftest import Shop

TODAY = dt.date(2026, 11, 25)
TAGS = ("孕妈", "学生", "大客户", "团购", "家庭")
CATEGORIES = ("女装", "童装", "鞋", "化妆品")


def local_midnight(day: dt.date) -> dt.datetime:
    tz = dt.datetime.now().astimezone().tzinfo
    return dt.datetime.combine(day, dt.time(), tz).astimezone(dt.UTC)


@dataclass
class Known:
    """Everything written, as plain values."""

    members: dict[int, dict[str, object]] = field(default_factory=dict)
    tags: dict[int, set[str]] = field(default_factory=dict)
    sales: list[tuple[int, dt.datetime, int, set[str]]] = field(
        default_factory=list
    )  # member, at, fen, categories
    returns: list[tuple[int, dt.datetime, int]] = field(default_factory=list)
    consents: dict[int, list[tuple[dt.datetime, int, bool]]] = field(default_factory=dict)
    children: dict[int, list[dt.date | None]] = field(default_factory=dict)
    sizes: dict[int, dict[str, str]] = field(default_factory=dict)
    points: dict[int, int] = field(default_factory=dict)
    last_visit: dict[int, dt.datetime | None] = field(default_factory=dict)
    wallet: dict[int, int] = field(default_factory=dict)


def build(shop: Shop, members: int = 60, seed: int = 3) -> Known:  # noqa: C901 (one flat recipe)
    rng = random.Random(seed)
    known = Known()
    staff = shop.clerk.staff_id
    receipt = 0
    with shop.db.write() as s:
        tags = {}
        for name in TAGS:
            tag = Tag(store_id=shop.store_id, name=name)
            s.add(tag)
            tags[name] = tag
        s.flush()
        for i in range(members):
            lunar_bd = rng.random() < 0.3
            birthday = (
                dt.date(rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28))
                if rng.random() < 0.85
                else None
            )
            mmdd, leap = lunar_mmdd_of(birthday) if birthday and lunar_bd else (None, False)
            channel = rng.choice(list(Channel))
            detail = rng.choice(list(TargetGroup)).value if channel == Channel.TARGET_GROUP else ""
            status = MemberStatus.CLOSED if i % 17 == 16 else MemberStatus.ACTIVE
            m = Member(
                store_id=shop.store_id, card_no=f"C{i:07d}", phone=f"139{i:08d}", phone_last4=f"{i:04d}"[-4:],
                name=f"会员{i}", tier=rng.choice(list(Tier)), channel=channel, channel_detail=detail,
                birthday=birthday, birth_mmdd=birthday.month * 100 + birthday.day if birthday else None,
                birthday_lunar=bool(birthday and lunar_bd), lunar_mmdd=mmdd, lunar_leap=leap, status=status,
                enrolled_at=local_midnight(TODAY) - dt.timedelta(days=900),
            )  # fmt: skip
            s.add(m)
            s.flush()
            known.members[m.id] = {
                "tier": m.tier.value, "channel": channel.value, "detail": detail, "status": status,
                "birthday": birthday, "lunar": bool(birthday and lunar_bd), "lunar_mmdd": mmdd, "leap": leap,
            }  # fmt: skip
            chosen = {t for t in TAGS if rng.random() < 0.3}
            for name in chosen:
                s.add(MemberTag(member_id=m.id, tag_id=tags[name].id, tagged_by_id=staff))
            known.tags[m.id] = chosen
            kids = [
                dt.date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28))
                if rng.random() < 0.9
                else None
                for _ in range(rng.choice((0, 0, 1, 2)))
            ]
            for b in kids:
                s.add(
                    Child(
                        member_id=m.id,
                        name="孩子",
                        birthday=b,
                        birth_mmdd=b.month * 100 + b.day if b else None,
                    )
                )
            known.children[m.id] = kids
            sizes = {}
            for cat in (SizeCategory.SHOES, SizeCategory.TOPS):
                if rng.random() < 0.5:
                    sizes[cat.value] = (
                        rng.choice(("36", "37", "38")) if cat == SizeCategory.SHOES else rng.choice("SML")
                    )
                    s.add(MemberSize(member_id=m.id, category=cat, size=sizes[cat.value]))
            known.sizes[m.id] = sizes
            history = []
            for _ in range(rng.choice((0, 1, 2))):
                at = local_midnight(TODAY) - dt.timedelta(days=rng.randint(0, 800), hours=rng.randint(0, 20))
                granted = rng.random() < 0.6
                consent = Consent(member_id=m.id, kind=ConsentKind.MARKETING, granted=granted, recorded_at=at)
                s.add(consent)
                s.flush()
                history.append((at, consent.id, granted))
            known.consents[m.id] = history
            last = None
            total = 0
            for _ in range(rng.choice((0, 0, 1, 2, 3, 6))):
                at = local_midnight(TODAY) - dt.timedelta(
                    days=rng.randint(0, 700), minutes=rng.randint(-600, 600)
                )
                at = min(at, local_midnight(TODAY + dt.timedelta(days=1)) - dt.timedelta(seconds=1))
                fen = rng.choice((5_000, 19_900, 49_900, 120_000))
                receipt += 1
                sale = Sale(store_id=shop.store_id, receipt_no=f"R{receipt}", member_id=m.id, staff_id=staff,
                            created_at=at, subtotal_fen=fen, total_fen=fen)  # fmt: skip
                s.add(sale)
                s.flush()
                cats = set(rng.sample(CATEGORIES, rng.choice((1, 2))))
                for n, cat in enumerate(sorted(cats)):
                    s.add(SaleLine(sale_id=sale.id, line_no=n + 1, category=cat, description="货品",
                                   quantity=1, unit_price_fen=fen,
                                   total_fen=fen if n == 0 else 0))  # fmt: skip
                known.sales.append((m.id, at, fen, cats))
                total += fen
                last = at if last is None or at > last else last
                if rng.random() < 0.2:
                    back = at + dt.timedelta(days=rng.randint(0, 10))
                    s.add(SaleReturn(store_id=shop.store_id, return_no=f"T{receipt}", sale_id=sale.id,
                                     member_id=m.id, staff_id=staff, return_type="quality", reason="质量",
                                     created_at=back, refund_total_fen=fen // 2))  # fmt: skip
                    known.returns.append((m.id, back, fen // 2))
            # a stray sale at the very end of today and a walk-in, so the period edges and NULLs are met
            points = rng.choice((0, 0, 50, 300, 2_000))
            if last is not None or points or rng.random() < 0.5:
                s.add(MemberStats(member_id=m.id, spend_fen=total, visit_count=0, last_visit_at=last,
                                  points_balance=points))  # fmt: skip
            known.points[m.id] = points
            known.last_visit[m.id] = last
            if rng.random() < 0.4:
                principal = rng.choice((0, 10_000, 50_000))
                bonus = rng.choice((0, 1_000))
                s.add(Wallet(store_id=shop.store_id, kind=WalletKind.MEMBER, member_id=m.id,
                             principal_fen=principal, bonus_fen=bonus))  # fmt: skip
                known.wallet[m.id] = principal + bonus
        receipt += 1
        s.add(Sale(store_id=shop.store_id, receipt_no=f"R{receipt}", member_id=None, staff_id=staff,
                   created_at=local_midnight(TODAY), subtotal_fen=100, total_fen=100))  # fmt: skip
    return known


def _kept_in(info: dict[str, object], month: int) -> bool:
    birthday = info["birthday"]
    if not isinstance(birthday, dt.date):
        return False
    year = TODAY.year
    if not info["lunar"]:
        return birthday_in(year, birthday.month, birthday.day).month == month
    mmdd = info["lunar_mmdd"]
    assert isinstance(mmdd, int)
    for lunar_year in (year - 1, year):
        try:
            kept = lunar.occurrence(lunar_year, mmdd // 100, mmdd % 100, bool(info["leap"]))
        except ValueError:
            continue
        if kept.year == year and kept.month == month:
            return True
    return False


def python_count(known: Known, f: SegmentFilter) -> set[int]:  # noqa: C901 (one check per kind)
    """The members ``f`` holds, decided member by member in Python from the rows written."""
    lo = local_midnight(TODAY - dt.timedelta(days=f.period_days - 1))
    hi = local_midnight(TODAY + dt.timedelta(days=1))
    visits: dict[int, int] = {}
    spend: dict[int, int] = {}
    last: dict[int, dt.datetime] = {}
    cats: dict[int, set[str]] = {}
    for member, at, fen, categories in known.sales:
        if lo <= at < hi:
            visits[member] = visits.get(member, 0) + 1
            spend[member] = spend.get(member, 0) + fen
            last[member] = max(last.get(member, at), at)
            cats.setdefault(member, set()).update(categories)
    refunds: dict[int, int] = {}
    for member, at, fen in known.returns:
        if lo <= at < hi:
            refunds[member] = refunds.get(member, 0) + fen
    buyers = {
        m: (int((hi - last[m]).total_seconds()), visits[m], spend[m] - refunds.get(m, 0)) for m in visits
    }
    n = len(buyers)
    sums = [sum(b[k] for b in buyers.values()) for k in range(3)]
    rfm = {}
    for m, (r, fr, mo) in buyers.items():
        key = (Fraction(r * n) <= sums[0], fr * n >= sums[1], mo * n >= sums[2])
        rfm[m] = A._SEGMENTS[key].value
    lapsed_since = local_midnight(TODAY - dt.timedelta(days=(f.lapsed_days or 1) - 1))
    found = set()
    for m, info in known.members.items():
        if info["status"] != MemberStatus.ACTIVE:
            continue
        checks = []
        if f.tiers:
            checks.append(info["tier"] in f.tiers)
        if f.channels:
            checks.append(info["channel"] in f.channels)
        if f.target_groups:
            checks.append(info["channel"] == Channel.TARGET_GROUP.value and info["detail"] in f.target_groups)
        if f.tags_any:
            checks.append(bool(known.tags[m] & set(f.tags_any)))
        if f.tags_all:
            checks.append(set(f.tags_all) <= known.tags[m])
        if f.rfm:
            checks.append(rfm.get(m) in f.rfm)
        if f.lapsed_days is not None:
            lv = known.last_visit[m]
            checks.append(lv is not None and lv < lapsed_since)
        v = visits.get(m, 0)
        sp = spend.get(m, 0) - refunds.get(m, 0)
        if f.visits_min is not None:
            checks.append(v >= f.visits_min)
        if f.visits_max is not None:
            checks.append(v <= f.visits_max)
        if f.spend_min_fen is not None:
            checks.append(sp >= f.spend_min_fen)
        if f.spend_max_fen is not None:
            checks.append(sp <= f.spend_max_fen)
        if f.category:
            checks.append(f.category in cats.get(m, set()))
        if f.birthday_month is not None:
            checks.append(_kept_in(info, f.birthday_month))
        if f.child_age_min is not None or f.child_age_max is not None:
            ages = [TODAY.year - b.year for b in known.children[m] if b is not None]
            low, high = f.child_age_min or 0, f.child_age_max if f.child_age_max is not None else 10**6
            checks.append(any(low <= a <= high for a in ages))
        if f.size_category:
            size = known.sizes[m].get(f.size_category)
            checks.append(size is not None and (not f.sizes or size in f.sizes))
        if f.promotions:
            history = sorted(known.consents[m])
            granted = bool(history) and history[-1][2]
            checks.append(granted if f.promotions == "yes" else not granted)
        pts = known.points[m]
        if f.points_min is not None:
            checks.append(pts >= f.points_min)
        if f.points_max is not None:
            checks.append(pts <= f.points_max)
        held = known.wallet.get(m, 0)
        if f.stored_value_min_fen is not None:
            checks.append(held >= f.stored_value_min_fen)
        if f.stored_value_max_fen is not None:
            checks.append(held <= f.stored_value_max_fen)
        if all(checks):
            found.add(m)
    return found


def ids_in(db: Database) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(Member.id)))
