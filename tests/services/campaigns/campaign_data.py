"""A small store to send campaigns to: members with and without promotion consent, a saved
segment over them, a coupon template and the SMS signature."""

from __future__ import annotations

import datetime as dt

from memberdesk.domain.vocab import CouponKind, Gender, Tier
from memberdesk.services.campaigns import campaigns
from memberdesk.services.care import signature as sms
from memberdesk.services.money import coupons
from memberdesk.services.segments import segments
from memberdesk.services.segments.filters import SegmentFilter
from memberdesk.store.models import Consent, Member, MemberStats
from tests.conftest import Shop

TODAY = dt.date(2026, 11, 25)
SEGMENT = "金卡会员"


def add_members(
    shop: Shop, n: int, *, first: int = 1, consent: bool = True, tier: Tier = Tier.GOLD, spend: int = 0
) -> list[int]:
    ids = []
    with shop.db.write() as s:
        for i in range(first, first + n):
            member = Member(
                store_id=shop.store_id,
                card_no=f"M001{i:07d}",
                phone=f"138{i:08d}",
                phone_last4=f"{i % 10000:04d}",
                name=f"张{chr(0x4E00 + i)}",
                gender=Gender.FEMALE,
                tier=tier,
            )
            s.add(member)
            s.flush()
            s.add(Consent(member_id=member.id, kind="marketing", granted=consent))
            s.add(MemberStats(member_id=member.id, spend_fen=spend + i * 100, points_balance=i))
            ids.append(member.id)
    return ids


def setup_store(shop: Shop, *, tiers: tuple[str, ...] = ("gold",)) -> int:
    """The signature, a saved segment and a coupon template; the template's id."""
    sms.save_signature(shop.db, shop.manager, "测试门店")
    segments.save(shop.db, shop.manager, SEGMENT, SegmentFilter(tiers=tiers))
    form = coupons.TemplateForm(name="满200减20", kind=CouponKind.AMOUNT_OFF, amount="20", min_spend="200",
                                valid_days=30)  # fmt: skip
    return coupons.create_template(shop.db, shop.manager, form)


def new_campaign(
    shop: Shop, template: int | None, *, control: int = 20, seed: int = 7, name: str = "双十二"
) -> int:
    form = campaigns.CampaignForm(
        name=name,
        kind="promotion",
        segment=SEGMENT,
        message="{signature}{honorific}，{tier}会员专享满200减20，券号{coupon}，积分{points}。",
        starts_on=dt.date(2026, 12, 1),
        ends_on=dt.date(2026, 12, 31),
        control_percent=control,
        coupon_template_id=template,
        seed=seed,
    )
    return campaigns.create(shop.db, shop.manager, form)
