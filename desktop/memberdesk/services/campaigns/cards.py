"""Printed campaign cards: the campaign's message on a card for every member it reached.

A store hands these out at the counter or posts them, beside (or instead of) the SMS file.
A card goes to each member the campaign was sent to and not to the control group, whose
members must get nothing; a member who has since withdrawn the promotion consent, or left,
gets none. The message is filled in as the SMS was, with the member's own coupon code, and
the card's foot carries the code and the campaign's dates. Printing sends nothing: it may
be repeated (a jammed printer) without reaching anyone twice.
"""

from __future__ import annotations

from sqlalchemy import select

from memberdesk.documents import card_texts
from memberdesk.documents.cards import CardData
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict
from memberdesk.domain.vocab import Tier
from memberdesk.services.campaigns.campaigns import CHUNK, CampaignKind, get, message_values
from memberdesk.services.care.cards import Recipient, date_text, recipients, store_info
from memberdesk.services.common.context import Actor
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import CampaignMember, Member, MemberStats

# What the card says at its top, per kind of campaign: the customer's words, not the
# campaign's name (which the manager chose for the store's own list).
TITLES: dict[CampaignKind, tuple[str, str]] = {
    CampaignKind.PROMOTION: ("会员专享优惠", "A members' offer"),
    CampaignKind.NEW_ARRIVALS: ("新品抢先看", "New arrivals, first to you"),
    CampaignKind.EVENT: ("诚挚邀请", "You are invited"),
    CampaignKind.WINBACK: ("好久不见", "We have missed you"),
}
COLOURS: dict[CampaignKind, str] = {
    CampaignKind.PROMOTION: "#b03a2e",
    CampaignKind.NEW_ARRIVALS: "#1f6f78",
    CampaignKind.EVENT: "#6c3483",
    CampaignKind.WINBACK: "#b9770e",
}


def footer(coupon: str, start: str, end: str, language: str) -> str:
    """The card's foot: the member's coupon code (when the campaign gives one) and its dates."""
    if language == "zh_CN":
        period = f"{start}至{end}"
        return f"券码 {coupon} · {period}" if coupon else period
    period = f"{start} – {end}"
    return f"Coupon {coupon} · {period}" if coupon else period


def campaign_cards(db: Database, actor: Actor, campaign_id: int, language: str) -> list[CardData]:
    """One card per member the campaign reached, in member order."""
    require(actor, Permission.PRINT_CARDS)
    info = get(db, actor.store_id, campaign_id)
    if info.sent_at is None:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Send the campaign first: its cards go to the members it reached."),
            field="campaign",
        )
    with db.read() as s:
        reached = s.execute(
            select(
                CampaignMember.member_id, CampaignMember.coupon_code, Member.tier, MemberStats.points_balance
            )
            .join(Member, Member.id == CampaignMember.member_id)
            .outerjoin(MemberStats, MemberStats.member_id == CampaignMember.member_id)
            .where(CampaignMember.campaign_id == campaign_id, CampaignMember.control.is_(False))
            .order_by(CampaignMember.member_id)
        ).all()
    facts: dict[int, tuple[str, Tier, int]] = {
        m: (code or "", tier, points or 0) for m, code, tier, points in reached
    }
    ids = list(facts)
    people: list[Recipient] = []
    for at in range(0, len(ids), CHUNK):  # a bounded IN list: SQLite limits its parameters
        people.extend(p for p, granted in recipients(db, tiers=None, ids=ids[at : at + CHUNK]) if granted)
    store = store_info(db, actor.store_id)
    title = TITLES[info.kind][0 if language == "zh_CN" else 1]
    start, end = date_text(info.starts_on, language), date_text(info.ends_on, language)
    logo = card_texts.logo()
    cards = []
    for person in people:
        code, tier, points = facts[person.member_id]
        values = message_values(person, tier, points, code, store.name, "", language)
        cards.append(
            CardData(
                title=title,
                message=card_texts.fill_message(info.message, values),
                store_name=store.name,
                footer=footer(code, start, end, language),
                colour=COLOURS[info.kind],
                logo=logo,
                keep=tuple(v for v in (person.name, values["honorific"], store.name, code) if v),
            )
        )
    return cards
