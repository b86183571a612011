"""The words of a member file, in the languages the counter speaks (zh_CN, en).

An export writes its headers and values (gender, tier, channel, yes/no, a child's gender) in
the clerk's language, never the stored codes (``F``, ``gold``, ``walk_in``); an import reads
them back in either language, beside the other spellings stores use (``import_columns``).
This module is plain data so that the export stays headless: the GUI's catalogues are not
at hand in a service. The Chinese words are those of the counter's own labels.
"""

from __future__ import annotations

from typing import TypeVar

from memberdesk.domain.vocab import Channel, Gender, PartnerKind, SizeCategory, TargetGroup, Tier

_T = TypeVar("_T")

LANGUAGES = ("zh_CN", "en")

# field -> (Chinese header, English header); every header is one the import recognises.
HEADERS: dict[str, tuple[str, str]] = {
    "card_no": ("卡号", "Card no."),
    "name": ("姓名", "Name"),
    "phone": ("手机", "Phone"),
    "gender": ("性别", "Gender"),
    "birthday": ("生日", "Birthday"),
    "birthday_lunar": ("农历生日", "Lunar birthday"),
    "tier": ("等级", "Tier"),
    "points": ("积分", "Points"),
    "member_since": ("入会日期", "Member since"),
    "channel": ("来源", "Channel"),
    "channel_detail": ("来源说明", "Channel detail"),
    "email": ("邮箱", "E-mail"),
    "address": ("地址", "Address"),
    "occupation": ("职业", "Occupation"),
    "hobbies": ("爱好", "Hobbies"),
    "skin_type": ("肤质", "Skin type"),
    "hair_type": ("发质", "Hair type"),
    "children": ("孩子", "Children"),
    "size_tops": ("上衣尺码", "Top size"),
    "size_bottoms": ("裤子尺码", "Bottom size"),
    "size_dresses": ("裙子尺码", "Dress size"),
    "size_shoes": ("鞋码", "Shoe size"),
    "size_bra": ("文胸尺码", "Bra size"),
    "size_children": ("童装尺码", "Children size"),
    "notes": ("备注", "Notes"),
    "ethnicity": ("民族", "Ethnicity"),
    "religion": ("宗教", "Religion"),
    "income_band": ("收入", "Income"),
}
EXPORTED = tuple(f for f in HEADERS if f not in ("ethnicity", "religion", "income_band"))
SENSITIVE = ("ethnicity", "religion", "income_band")

GENDER: dict[Gender, tuple[str, str]] = {Gender.FEMALE: ("女", "Female"), Gender.MALE: ("男", "Male")}
CHILD_GENDER: dict[Gender, tuple[str, str]] = {Gender.FEMALE: ("女", "girl"), Gender.MALE: ("男", "boy")}
TIER: dict[Tier, tuple[str, str]] = {
    Tier.REGULAR: ("普通", "Regular"),
    Tier.SILVER: ("银卡", "Silver"),
    Tier.GOLD: ("金卡", "Gold"),
    Tier.VIP: ("VIP", "VIP"),
}
CHANNEL: dict[Channel, tuple[str, str]] = {
    Channel.WORD_OF_MOUTH: ("口碑", "Word of mouth"),
    Channel.PARTNER: ("联合促销", "Partner promotion"),
    Channel.STAFF_REFERRAL: ("员工介绍 / 团购卡", "Staff referral / group-buy card"),
    Channel.MEMBER_REFERRAL: ("老会员介绍", "Member referral"),
    Channel.TARGET_GROUP: ("特别客群", "Target group"),
    Channel.WALK_IN: ("自然到店", "Walked in"),
    Channel.OTHER: ("其他", "Other"),
}
# A channel's detail is a partner kind or a target group (stored as a code), or free text.
CHANNEL_DETAIL: dict[str, tuple[str, str]] = {
    PartnerKind.BANK: ("银行", "Bank"),
    PartnerKind.MOBILE: ("移动运营商", "Mobile operator"),
    PartnerKind.GYM: ("健身房", "Gym"),
    PartnerKind.HOTEL: ("酒店", "Hotel"),
    PartnerKind.OTHER: ("其他合作", "Other partner"),
    TargetGroup.COMMUNITY: ("社区", "Community"),
    TargetGroup.STUDENTS: ("学生", "Students"),
    TargetGroup.TEACHERS: ("教师", "Teachers"),
    TargetGroup.PARTNER_BUSINESS: ("合作企业", "Partner business"),
    TargetGroup.FAMILY: ("家庭", "Families"),
}
YES: tuple[str, str] = ("是", "yes")
SIZE_FIELDS: dict[str, SizeCategory] = {
    "size_tops": SizeCategory.TOPS,
    "size_bottoms": SizeCategory.BOTTOMS,
    "size_dresses": SizeCategory.DRESSES,
    "size_shoes": SizeCategory.SHOES,
    "size_bra": SizeCategory.BRA,
    "size_children": SizeCategory.CHILDREN,
}
CHILD_SEPARATOR: tuple[str, str] = ("；", "; ")


def index(language: str) -> int:
    """0 for Chinese (the default), 1 for English."""
    return 1 if language == "en" else 0


def header(field: str, language: str) -> str:
    return HEADERS[field][index(language)]


def _reverse(table: dict[_T, tuple[str, str]]) -> dict[str, _T]:
    return {word.lower(): value for value, spellings in table.items() for word in spellings}


# What the import reads back, in either language (lower-cased, as typed in the file).
GENDER_WORDS: dict[str, Gender] = _reverse(GENDER)
CHANNEL_WORDS: dict[str, Channel] = _reverse(CHANNEL)
CHANNEL_DETAIL_WORDS: dict[str, str] = _reverse(CHANNEL_DETAIL)
YES_WORDS = frozenset(w.lower() for w in (*YES, "y", "true", "1", "农历"))
NO_WORDS = frozenset(w.lower() for w in ("否", "no", "n", "false", "0", "公历"))
