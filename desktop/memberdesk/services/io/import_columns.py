"""The columns a member spreadsheet may have, and reading one row of it.

Headers may be Chinese or English and are recognised with their usual variants. Besides the
member's own fields a store moving from another system brings opening values: points (积分),
tier (等级), the member-since date, children and sizes, and a stored-value balance: the
principal paid in (储值/余额/本金) and the bonus the old system gave (赠送金额), in yuan with at
most two decimals; a new member's balance becomes one opening entry of their account.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from memberdesk.domain.cells import is_formula_like
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.vocab import Channel, Gender, Tier
from memberdesk.domain.wallet import MAX_BALANCE_FEN
from memberdesk.services.io import member_file_words as words
from memberdesk.services.io.member_file_words import SIZE_FIELDS
from memberdesk.services.io.spreadsheet_file import MAX_CELL_CHARS
from memberdesk.services.members.forms import ChildForm, MemberForm
from memberdesk.services.members.tag_names import clean_tag_list, split_tags

MAX_OPENING_POINTS = 100_000_000
MAX_CHILDREN = 6

HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "phone": ("手机", "手机号", "手机号码", "电话", "联系电话", "电话号码", "移动电话", "联系方式", "phone",
              "mobile", "tel", "telephone", "cell", "phonenumber", "mobilephone"),
    "name": ("姓名", "名字", "会员姓名", "客户姓名", "顾客姓名", "会员名称", "会员名", "name", "fullname",
             "membername", "customername", "customer"),
    "gender": ("性别", "gender", "sex"),
    "card_no": ("卡号", "会员卡号", "会员号", "会员卡", "会员编号", "card", "cardno", "cardnumber",
                "memberno", "membernumber", "memberid"),
    "birthday": ("生日", "出生日期", "出生年月日", "birthday", "birthdate", "dateofbirth", "dob"),
    "birthday_lunar": ("农历生日", "阴历生日", "过农历生日", "lunarbirthday", "lunar"),
    "channel": ("来源", "会员来源", "渠道", "入会渠道", "来源渠道", "channel", "source"),
    "channel_detail": ("来源说明", "渠道说明", "来源详情", "channeldetail", "sourcedetail"),
    "email": ("邮箱", "电子邮件", "电子邮箱", "email", "mail"),
    "address": ("地址", "住址", "联系地址", "address"),
    "occupation": ("职业", "occupation", "job", "profession"),
    "hobbies": ("爱好", "兴趣", "兴趣爱好", "hobbies", "hobby", "interests"),
    "skin_type": ("肤质", "皮肤", "皮肤类型", "skin", "skintype"),
    "hair_type": ("发质", "头发", "hair", "hairtype"),
    "notes": ("备注", "说明", "附注", "notes", "note", "remark", "remarks", "comment", "comments"),
    "points": ("积分", "当前积分", "可用积分", "剩余积分", "积分余额", "会员积分", "points", "pointsbalance",
               "balancepoints", "bonuspoints"),
    "tier": ("等级", "会员等级", "级别", "会员级别", "卡类型", "卡级别", "卡等级", "tier", "level",
             "memberlevel", "membertier", "cardtype"),
    "member_since": ("入会日期", "入会时间", "开卡日期", "开卡时间", "办卡日期", "办卡时间", "注册日期",
                     "注册时间", "加入日期", "membersince", "joined", "joindate", "enrolled", "enrolmentdate",
                     "enrollmentdate", "registered", "since"),
    "children": ("孩子", "子女", "小孩", "孩子信息", "子女信息", "宝宝", "children", "kids", "child"),
    "child_name": ("孩子姓名", "子女姓名", "小孩姓名", "宝宝姓名", "childname"),
    "child_birthday": ("孩子生日", "子女生日", "小孩生日", "宝宝生日", "childbirthday", "childdob"),
    "size_tops": ("尺码", "上衣尺码", "上装尺码", "上衣", "上装", "size", "topsize", "tops"),
    "size_bottoms": ("裤子尺码", "下装尺码", "裤码", "裤子", "下装", "bottomsize", "bottoms", "trousers"),
    "size_dresses": ("裙子尺码", "连衣裙尺码", "裙码", "dresssize", "dresses", "dress"),
    "size_shoes": ("鞋码", "鞋子尺码", "鞋号", "鞋", "shoesize", "shoes"),
    "size_bra": ("文胸尺码", "内衣尺码", "胸围", "文胸", "brasize", "bra"),
    "size_children": ("童装尺码", "孩子尺码", "儿童尺码", "childrensize", "kidssize"),
    "stored_value": ("储值", "储值余额", "余额", "卡内余额", "会员余额", "充值余额", "预存款", "储值金额",
                     "储值本金", "本金", "本金余额", "充值本金", "storedvalue", "balance", "cardbalance",
                     "prepaid", "principal"),
    "tags": ("标签", "会员标签", "客户标签", "tags", "tag", "labels", "label"),
    "stored_bonus": ("赠送金额", "赠送余额", "储值赠送", "赠金", "赠送", "赠送储值", "充值赠送",
                     "bonus", "bonusbalance", "storedbonus", "giftbalance"),
}  # fmt: skip
FIELDS = tuple(HEADER_WORDS)
NOT_IMPORTED: tuple[str, ...] = ()  # every recognised column is written
_WORD_KEYS = {name: frozenset(re.sub(r"[\s_\-./:：()（）*]", "", w).lower() for w in words)
              for name, words in HEADER_WORDS.items()}  # fmt: skip
_GENDER_WORDS = {"女": Gender.FEMALE, "f": Gender.FEMALE, "female": Gender.FEMALE, "woman": Gender.FEMALE,
                 "女士": Gender.FEMALE, "男": Gender.MALE, "m": Gender.MALE, "male": Gender.MALE,
                 "man": Gender.MALE, "先生": Gender.MALE, **words.GENDER_WORDS}  # fmt: skip
_TIER_WORDS = {
    Tier.REGULAR: ("普通", "普通会员", "普卡", "普通卡", "会员", "标准", "regular", "normal", "standard",
                   "basic"),
    Tier.SILVER: ("银", "银卡", "银卡会员", "银牌", "silver"),
    Tier.GOLD: ("金", "金卡", "金卡会员", "金牌", "黄金", "gold"),
    Tier.VIP: ("vip", "vip会员", "贵宾", "贵宾卡", "钻石", "钻石卡", "白金", "白金卡", "铂金", "铂金卡",
               "至尊", "platinum", "diamond"),
}  # fmt: skip
_TIERS = {w: tier for tier, spellings in _TIER_WORDS.items() for w in spellings}
_DATE = re.compile(
    r"(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
_CHILD_SPLIT = re.compile(r"[;；\n、|]+")
_CHILD_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")
_CHILD_GENDER_WORDS = {
    "男": Gender.MALE,
    "儿子": Gender.MALE,
    "boy": Gender.MALE,
    "son": Gender.MALE,
    "女": Gender.FEMALE,
    "女儿": Gender.FEMALE,
    "girl": Gender.FEMALE,
    "daughter": Gender.FEMALE,
}
_CHILD_GENDER_IN_BRACKETS = re.compile(
    r"[（(]\s*(男|女|儿子|女儿|boy|girl|son|daughter)\s*[)）]", re.IGNORECASE
)


def header_key(text: str) -> str:
    return re.sub(r"[\s_\-./:：()（）*]", "", str(text or "")).lower()


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field name -> column index for the headers a spreadsheet is likely to have."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = header_key(header)
        if not key:
            continue
        for name, spellings in _WORD_KEYS.items():
            if name not in mapping and key in spellings:
                mapping[name] = index
                break
    return mapping


@dataclass(frozen=True)
class Opening:
    """What a member brings from the old system besides the form: ledger and history."""

    points: int = 0
    tier: Tier | None = None
    member_since: dt.date | None = None
    principal_fen: int = 0  # stored value paid in (储值本金)
    bonus_fen: int = 0  # the old system's bonus (赠送金额)
    tags: tuple[str, ...] = ()  # 标签, separated by ，/,/、 in the cell


def cell(row: list[Any], index: int | None) -> Any:
    if index is None or index >= len(row) or row[index] is None:
        return ""
    return row[index]


def text_of(value: Any) -> str:
    if type(value) is str:  # nearly every cell (a CSV file's all): the checks below cannot apply
        text = value.strip()
        if not text:
            return text
    elif isinstance(value, bool):
        return str(value)
    elif isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone or card stored as a number by Excel
    elif isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    else:
        text = str(value).strip()
    # An exported cell that began with = + - @ was written with a leading ' so that no
    # spreadsheet runs it (domain.cells); reading it back takes the quote off again.
    if text.startswith("'") and is_formula_like(text[1:]):
        return text[1:]
    return text


def channel_of(value: Any) -> tuple[Channel, str]:
    """The channel a cell names, and the word itself when it is none the file words know
    (kept as the channel's detail, so nothing the old system knew is dropped)."""
    text = text_of(value)
    if not text:
        return Channel.WALK_IN, ""
    found = words.CHANNEL_WORDS.get(text.lower())
    return (found, "") if found is not None else (Channel.OTHER, text[:50])


def yes_no(value: Any, field: str) -> bool:
    text = text_of(value).lower()
    if not text or text in words.NO_WORDS:
        return False
    if text in words.YES_WORDS:
        return True
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "“{value}” is neither yes (是) nor no (否)."),
        field=field,
        value=text[:40],
    )


def date_of(value: Any, field: str) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = text_of(value)
    if not text:
        return None
    match = _DATE.fullmatch(text)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date (write 1990-05-31)."),
        field=field,
        value=text[:40],
    )


def points_of(value: Any) -> int:
    text = text_of(value).replace(",", "").replace("，", "").replace(" ", "")
    if not text:
        return 0
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = Decimal("NaN")
    if (
        not number.is_finite()
        or number != number.to_integral_value()
        or not 0 <= number <= MAX_OPENING_POINTS
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a number of points (a whole number, 0 to {high})."),
            field="points",
            value=text[:40],
            high=MAX_OPENING_POINTS,
        )
    return int(number)


def yuan_of(value: Any, field: str) -> int:
    """A balance in yuan as a spreadsheet holds it (¥1,280.50, 1280.5, 1280元) → fen, exactly."""
    text = text_of(value).replace(",", "").replace("，", "").replace(" ", "")
    text = text.removeprefix("¥").removeprefix("￥").removesuffix("元")
    if not text:
        return 0
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = Decimal("NaN")
    if (  # the range first, unscaled: a huge number (1E100) can be neither quantized nor scaled
        not number.is_finite()
        or not 0 <= number <= Decimal(MAX_BALANCE_FEN).scaleb(-2)
        or number != number.quantize(Decimal("0.01"))
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{value}” is not a stored-value amount (yuan with at most two decimals, 0 to {high}).",
            ),
            field=field,
            value=text[:40],
            high=f"{MAX_BALANCE_FEN // 100:,}",
        )
    return int(number * 100)


def tier_of(value: Any) -> Tier | None:
    text = header_key(text_of(value))
    if not text:
        return None
    tier = _TIERS.get(text) or _TIERS.get(text.removesuffix("会员")) or _TIERS.get(text.removesuffix("卡"))
    if tier is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a tier: use 普通, 银卡, 金卡 or VIP."),
            field="tier",
            value=text_of(value)[:40],
        )
    return tier


def children_of(value: Any, single_name: Any, single_birthday: Any) -> tuple[ChildForm, ...]:
    """Children from a cell like "小明 男 2015-03-02；小红 2018-01-05", or one child's columns."""
    text = text_of(value)
    children: list[ChildForm] = []
    for part in _CHILD_SPLIT.split(text) if text else []:
        part = part.strip(" ,，")
        if not part:
            continue
        found = _CHILD_DATE.search(part)
        birthday = date_of(found.group(0).strip(), "children") if found else None
        name, gender = _child_gender(_CHILD_DATE.sub(" ", part))
        children.append(ChildForm(name=name[:50], gender=gender, birthday=birthday))
    if not children and (text_of(single_name) or text_of(single_birthday)):
        children.append(
            ChildForm(name=text_of(single_name)[:50], birthday=date_of(single_birthday, "children"))
        )
    if len(children) > MAX_CHILDREN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "More than {max} children in one row."),
            field="children",
            max=MAX_CHILDREN,
        )
    return tuple(children)


def _child_gender(text: str) -> tuple[str, Gender]:
    """A child's name and gender from "小明 男", "小明（男）" or "Max boy": the gender is a word
    of its own or in brackets, so a name that contains 男 or "boy" (Boyd) keeps it."""
    found = _CHILD_GENDER_IN_BRACKETS.search(text)
    if found:
        rest = text[: found.start()] + " " + text[found.end() :]
        return " ".join(rest.split()), _CHILD_GENDER_WORDS[found.group(1).lower()]
    tokens = text.split()
    for i, token in enumerate(tokens):
        gender = _CHILD_GENDER_WORDS.get(token.lower())
        if gender is not None:
            return " ".join(tokens[:i] + tokens[i + 1 :]), gender
    return " ".join(tokens), Gender.UNKNOWN


def check_cells(row: list[Any], mapping: dict[str, int]) -> None:
    """Refuse the row when one of its cells is longer than a spreadsheet cell can be."""
    columns = {i: name for name, i in mapping.items()}
    for i, value in enumerate(row):
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A cell in column {column} is longer than {max} characters."),
                field=columns.get(i, "row"),
                column=i + 1,
                max=MAX_CELL_CHARS,
            )


def row_form(row: list[Any], mapping: dict[str, int]) -> MemberForm:
    """A MemberForm from one row; ValidationError for an unreadable cell."""
    check_cells(row, mapping)

    texts = {name: text_of(cell(row, index)) for name, index in mapping.items()}  # each cell read once

    def text(name: str) -> str:
        return texts.get(name, "")

    sizes = {cat: value for name, cat in SIZE_FIELDS.items() if (value := text(name))}
    channel, other = channel_of(cell(row, mapping.get("channel")))
    detail = text("channel_detail")
    return MemberForm(
        phone=text("phone"),
        name=text("name"),
        gender=_GENDER_WORDS.get(text("gender").lower(), Gender.UNKNOWN),
        card_no=text("card_no"),
        birthday=date_of(cell(row, mapping.get("birthday")), "birthday"),
        birthday_lunar=yes_no(cell(row, mapping.get("birthday_lunar")), "birthday_lunar"),
        channel=channel,
        channel_detail=words.CHANNEL_DETAIL_WORDS.get(detail.lower(), detail) if detail else other,
        email=text("email"),
        address=text("address"),
        occupation=text("occupation"),
        hobbies=text("hobbies"),
        skin_type=text("skin_type"),
        hair_type=text("hair_type"),
        notes=text("notes"),
        sizes=sizes,
        children=children_of(
            cell(row, mapping.get("children")),
            cell(row, mapping.get("child_name")),
            cell(row, mapping.get("child_birthday")),
        ),
    )


def row_opening(row: list[Any], mapping: dict[str, int], today: dt.date) -> Opening:
    since = date_of(cell(row, mapping.get("member_since")), "member_since")
    if since is not None and (since > today or since.year < 1950):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The member-since date {date} is not possible."),
            field="member_since",
            date=since.isoformat(),
        )
    principal = yuan_of(cell(row, mapping.get("stored_value")), "stored_value")
    bonus = yuan_of(cell(row, mapping.get("stored_bonus")), "stored_bonus")
    if principal + bonus > MAX_BALANCE_FEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A stored-value balance is at most {high}."),
            field="stored_value",
            high=f"¥{MAX_BALANCE_FEN // 100:,}",
        )
    return Opening(
        points=points_of(cell(row, mapping.get("points"))),
        tier=tier_of(cell(row, mapping.get("tier"))),
        member_since=since,
        principal_fen=principal,
        bonus_fen=bonus,
        tags=tuple(clean_tag_list(split_tags(text_of(cell(row, mapping.get("tags")))))),
    )
