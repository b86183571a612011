"""What the clerk reads for member vocabularies (tiers, channels, sizes...), translated."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from memberdesk.domain.members import ChildAge
from memberdesk.domain.vocab import Channel, Gender, PartnerKind, SizeCategory, TargetGroup, Tier
from memberdesk.ui.widgets.dates import date_text


def tier(value: Tier) -> str:
    return {
        Tier.REGULAR: QCoreApplication.translate("MemberLabels", "Regular"),
        Tier.SILVER: QCoreApplication.translate("MemberLabels", "Silver"),
        Tier.GOLD: QCoreApplication.translate("MemberLabels", "Gold"),
        Tier.VIP: QCoreApplication.translate("MemberLabels", "VIP"),
    }[value]


def gender(value: Gender) -> str:
    return {
        Gender.FEMALE: QCoreApplication.translate("MemberLabels", "Female"),
        Gender.MALE: QCoreApplication.translate("MemberLabels", "Male"),
        Gender.UNKNOWN: QCoreApplication.translate("MemberLabels", "Not given"),
    }[value]


def channel(value: Channel) -> str:
    return {
        Channel.WORD_OF_MOUTH: QCoreApplication.translate("MemberLabels", "Word of mouth"),
        Channel.PARTNER: QCoreApplication.translate("MemberLabels", "Partner promotion"),
        Channel.STAFF_REFERRAL: QCoreApplication.translate("MemberLabels", "Staff referral / group-buy card"),
        Channel.MEMBER_REFERRAL: QCoreApplication.translate("MemberLabels", "Member referral"),
        Channel.TARGET_GROUP: QCoreApplication.translate("MemberLabels", "Target group"),
        Channel.WALK_IN: QCoreApplication.translate("MemberLabels", "Walked in"),
        Channel.OTHER: QCoreApplication.translate("MemberLabels", "Other"),
    }[value]


def partner(value: PartnerKind) -> str:
    return {
        PartnerKind.BANK: QCoreApplication.translate("MemberLabels", "Bank"),
        PartnerKind.MOBILE: QCoreApplication.translate("MemberLabels", "Mobile operator"),
        PartnerKind.GYM: QCoreApplication.translate("MemberLabels", "Gym"),
        PartnerKind.HOTEL: QCoreApplication.translate("MemberLabels", "Hotel"),
        PartnerKind.OTHER: QCoreApplication.translate("MemberLabels", "Other partner"),
    }[value]


def target_group(value: TargetGroup) -> str:
    return {
        TargetGroup.COMMUNITY: QCoreApplication.translate("MemberLabels", "Community"),
        TargetGroup.FAMILY: QCoreApplication.translate("MemberLabels", "Families"),
        TargetGroup.STUDENTS: QCoreApplication.translate("MemberLabels", "Students"),
        TargetGroup.TEACHERS: QCoreApplication.translate("MemberLabels", "Teachers"),
        TargetGroup.PARTNER_BUSINESS: QCoreApplication.translate("MemberLabels", "Partner business"),
    }[value]


def channel_detail(value: str) -> str:
    """A stored partner kind or target group in words; free text as it is."""
    if value in {p.value for p in PartnerKind}:
        return partner(PartnerKind(value))
    if value in {g.value for g in TargetGroup}:
        return target_group(TargetGroup(value))
    return value


def size_category(value: SizeCategory) -> str:
    return {
        SizeCategory.TOPS: QCoreApplication.translate("MemberLabels", "Tops"),
        SizeCategory.BOTTOMS: QCoreApplication.translate("MemberLabels", "Bottoms"),
        SizeCategory.DRESSES: QCoreApplication.translate("MemberLabels", "Dresses"),
        SizeCategory.SHOES: QCoreApplication.translate("MemberLabels", "Shoes"),
        SizeCategory.BRA: QCoreApplication.translate("MemberLabels", "Bra"),
        SizeCategory.CHILDREN: QCoreApplication.translate("MemberLabels", "Children's"),
    }[value]


def child_word(value: Gender) -> str:
    return {
        Gender.FEMALE: QCoreApplication.translate("MemberLabels", "Daughter"),
        Gender.MALE: QCoreApplication.translate("MemberLabels", "Son"),
        Gender.UNKNOWN: QCoreApplication.translate("MemberLabels", "Child"),
    }[value]


def age(value: ChildAge) -> str:
    if value.months is not None and value.years < 2:
        return QCoreApplication.translate("MemberLabels", "%n month(s)", "", value.months)
    return QCoreApplication.translate("MemberLabels", "%n year(s)", "", value.years)


def money(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"


def date(value: dt.date | dt.datetime | None) -> str:
    return date_text(value)


def care_word(value: str) -> str:
    """A skin or hair type as the window's language says it.

    They are kept as the staff typed them; the usual words of a Chinese store are read in the
    window's language (敏感性 is "sensitive" in an English window), anything else as typed."""
    words = {
        "干性": QCoreApplication.translate("MemberLabels", "dry skin"),
        "油性": QCoreApplication.translate("MemberLabels", "oily skin"),
        "混合性": QCoreApplication.translate("MemberLabels", "combination skin"),
        "中性": QCoreApplication.translate("MemberLabels", "normal skin"),
        "敏感性": QCoreApplication.translate("MemberLabels", "sensitive skin"),
        "直发": QCoreApplication.translate("MemberLabels", "straight hair"),
        "卷发": QCoreApplication.translate("MemberLabels", "curly hair"),
        "细软": QCoreApplication.translate("MemberLabels", "fine, soft hair"),
        "粗硬": QCoreApplication.translate("MemberLabels", "coarse hair"),
        "烫染受损": QCoreApplication.translate("MemberLabels", "hair damaged by perms and dye"),
    }
    return words.get(value.strip(), value)
