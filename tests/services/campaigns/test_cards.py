"""Printed campaign cards: one for each member the campaign reached, none for the control
group, none before it is sent or for a member who has since said no to promotions; the
member's own coupon code and the campaign's dates on the card, and the PDF as printed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from memberdesk.domain.errors import Conflict
from memberdesk.reports import cards as card_pdf
from memberdesk.services.campaigns import campaigns
from memberdesk.services.campaigns.cards import campaign_cards
from memberdesk.store.database import Database
from memberdesk.store.models import Campaign, CampaignMember, Consent
from tests.conftest import Shop, demo_actor
from tests.reports.pdfcheck import flat, page_texts
from tests.reports.test_every_pdf import check_pdf
from tests.services.campaigns.campaign_data import TODAY, add_members, new_campaign, setup_store
from tests.services.io.helpers import manager_approval


def _reached(shop: Shop, campaign: int) -> dict[int, str]:
    with shop.db.read() as s:
        return dict(
            s.execute(
                select(CampaignMember.member_id, CampaignMember.coupon_code).where(
                    CampaignMember.campaign_id == campaign, CampaignMember.control.is_(False)
                )
            ).all()
        )


def test_a_card_for_each_member_reached_with_their_own_code(shop: Shop) -> None:
    template = setup_store(shop)
    members = add_members(shop, 25)
    add_members(shop, 3, first=100, consent=False)
    campaign = new_campaign(shop, template, control=20)
    with pytest.raises(Conflict):
        campaign_cards(shop.db, shop.clerk, campaign, "zh_CN")  # nothing sent yet: no cards
    campaigns.send(shop.db, shop.manager, campaign, "zh_CN", manager_approval(shop), today=TODAY)
    reached = _reached(shop, campaign)
    assert 0 < len(reached) < len(members)  # some were held out as control

    made = campaign_cards(shop.db, shop.clerk, campaign, "zh_CN")
    assert len(made) == len(reached)
    codes = [code for _m, code in sorted(reached.items())]
    for card, code in zip(made, codes, strict=True):
        assert card.title == "会员专享优惠" and card.store_name == "测试门店"
        assert code and code in card.message and "【" not in card.message  # no SMS signature on paper
        assert card.footer == f"券码 {code} · 2026年12月1日至2026年12月31日"
        assert "金卡会员专享" in card.message

    english = campaign_cards(shop.db, shop.clerk, campaign, "en")
    assert english[0].title == "A members' offer"
    assert english[0].footer == f"Coupon {codes[0]} · 01 Dec 2026 – 31 Dec 2026"


def test_a_member_who_has_since_said_no_gets_no_card_and_printing_again_sends_nothing(shop: Shop) -> None:
    template = setup_store(shop)
    add_members(shop, 12)
    campaign = new_campaign(shop, template, control=0)
    campaigns.send(shop.db, shop.manager, campaign, "zh_CN", manager_approval(shop), today=TODAY)
    first = sorted(_reached(shop, campaign))
    with shop.db.write() as s:
        s.add(Consent(member_id=first[0], kind="marketing", granted=False))
    made = campaign_cards(shop.db, shop.clerk, campaign, "zh_CN")
    assert len(made) == len(first) - 1
    assert campaign_cards(shop.db, shop.clerk, campaign, "zh_CN") == made
    assert sorted(_reached(shop, campaign)) == first  # printing reached nobody new


def test_a_campaign_without_a_coupon_prints_its_dates_alone(shop: Shop) -> None:
    setup_store(shop)
    add_members(shop, 5)
    campaign = new_campaign(shop, None, control=0)
    campaigns.send(shop.db, shop.manager, campaign, "zh_CN", manager_approval(shop), today=TODAY)
    made = campaign_cards(shop.db, shop.clerk, campaign, "zh_CN")
    assert [c.footer for c in made] == ["2026年12月1日至2026年12月31日"] * 5
    assert all("券号" not in c.message and "积分" in c.message for c in made)  # the code's clause left out


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("layout", ["card", "sheet"])
def test_the_demo_campaigns_cards_print_one_member_a_card(
    demo_db: Database, language: str, layout: str, qapp: object
) -> None:
    actor = demo_actor(demo_db, "C01")
    with demo_db.read() as s:
        campaign = s.scalar(select(Campaign.id).where(Campaign.sent_at.is_not(None)).order_by(Campaign.id))
    assert campaign is not None
    made = campaign_cards(demo_db, actor, campaign, language)
    assert made
    pdf = card_pdf.render(made, layout, title=made[0].title)
    texts = page_texts(pdf)
    assert len(texts) == (len(made) if layout == "card" else -(-len(made) // 4))
    if layout == "card":
        for card, text in zip(made, texts, strict=True):
            assert flat(card.footer) in flat(text) and flat(card.title) in flat(text)
    check_pdf(pdf, title_on_every_page=layout == "card")
