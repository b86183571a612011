"""The one-member sheet: profile, preferences and history, for the member who asks."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from memberdesk.reports.base import build, styles, table
from memberdesk.reports.fonts import register
from memberdesk.reports.membership import word, yuan
from memberdesk.services.member_sheet import MemberSheet

T = {
    "zh_CN": {
        "title": "会员资料单",
        "intro": "本单列出{store}保存的您的全部会员资料，应您的要求打印。",
        "profile": "基本资料",
        "name": "姓名",
        "phone": "手机",
        "card": "会员卡号",
        "tier": "等级",
        "points": "积分",
        "since": "入会日期",
        "channel": "入会途径",
        "birthday": "生日",
        "lunar": "（农历）",
        "email": "电子邮箱",
        "address": "地址",
        "prefs": "偏好",
        "sizes": "尺码",
        "skin": "肤质",
        "hair": "发质",
        "children": "子女",
        "sensitive": "敏感个人信息（经您同意保存）",
        "consents": "同意记录",
        "granted": "同意",
        "withdrawn": "撤回",
        "purchases": "消费记录",
        "returns": "退货记录",
        "complaints": "投诉记录",
        "points_log": "积分明细",
        "when": "时间",
        "receipt": "小票号",
        "item": "商品",
        "size": "尺码",
        "qty": "数量",
        "amount": "金额",
        "type": "类型",
        "reason": "原因",
        "status": "状态",
        "source": "来源",
        "delta": "变动",
        "none": "（无）",
        "printed": "打印时间：{when}",
    },
    "en": {
        "title": "Member sheet",
        "intro": "Everything {store} holds about you as a member, printed at your request.",
        "profile": "Profile",
        "name": "Name",
        "phone": "Mobile",
        "card": "Card number",
        "tier": "Tier",
        "points": "Points",
        "since": "Member since",
        "channel": "Came through",
        "birthday": "Birthday",
        "lunar": " (lunar)",
        "email": "Email",
        "address": "Address",
        "prefs": "Preferences",
        "sizes": "Sizes",
        "skin": "Skin type",
        "hair": "Hair type",
        "children": "Children",
        "sensitive": "Sensitive information (stored with your consent)",
        "consents": "Consents",
        "granted": "granted",
        "withdrawn": "withdrawn",
        "purchases": "Purchases",
        "returns": "Returns",
        "complaints": "Complaints",
        "points_log": "Points",
        "when": "When",
        "receipt": "Receipt",
        "item": "Item",
        "size": "Size",
        "qty": "Qty",
        "amount": "Amount",
        "type": "Type",
        "reason": "Reason",
        "status": "Status",
        "source": "Source",
        "delta": "Change",
        "none": "(none)",
        "printed": "Printed {when}",
    },
}


def render(sheet: MemberSheet, language: str = "zh_CN") -> bytes:
    lang = language if language in T else "en"
    t = T[lang]
    s = styles(register())
    c = sheet.card
    story: list[Any] = [
        Paragraph(f"{t['title']} · {c.name}", s["title"]),
        Paragraph(t["intro"].format(store=sheet.store_name), s["body"]),
    ]

    def section(key: str, header: list[str], rows: list[list[Any]], widths: list[float]) -> None:
        story.append(Paragraph(t[key], s["h1"]))
        if rows:
            story.append(
                table([header, *rows], [w * mm for w in widths], s["cell"], numeric_from=len(header))
            )
        else:
            story.append(Paragraph(t["none"], s["body"]))

    birthday = f"{c.birthday}{t['lunar'] if c.birthday_lunar else ''}" if c.birthday else "—"
    profile = [
        [t["name"], c.name],
        [t["phone"], sheet.phone],
        [t["card"], c.card_no],
        [t["tier"], word(c.tier, lang)],
        [t["points"], f"{c.points:,}"],
        [t["since"], c.member_since.isoformat()],
        [t["channel"], word(c.channel, lang)],
        [t["birthday"], birthday],
        [t["email"], sheet.email or "—"],
        [t["address"], sheet.address or "—"],
    ]
    section("profile", ["", ""], profile, [50, 120])
    sizes = "，".join(f"{word(cat, lang)} {size}" for cat, size in c.sizes) or "—"
    kids = "，".join(f"{k.name or '—'} {k.birthday or ''}" for k in c.children) or "—"
    section(
        "prefs",
        ["", ""],
        [
            [t["sizes"], sizes],
            [t["skin"], c.skin_type or "—"],
            [t["hair"], c.hair_type or "—"],
            [t["children"], kids],
        ],
        [50, 120],
    )
    if sheet.sensitive:
        section("sensitive", ["", ""], [[k, v] for k, v in sheet.sensitive], [50, 120])
    section(
        "consents",
        [t["type"], "", t["when"]],
        [[k, t["granted"] if g else t["withdrawn"], f"{at:%Y-%m-%d}"] for k, g, at in sheet.consents],
        [60, 50, 60],
    )
    section(
        "purchases",
        [t["when"], t["receipt"], t["item"], t["size"], t["qty"], t["amount"]],
        [[f"{w.astimezone():%Y-%m-%d}", r, i, sz, q, yuan(a)] for w, r, i, sz, q, a in sheet.purchases],
        [24, 28, 62, 16, 12, 28],
    )
    section(
        "returns",
        [t["when"], t["type"], t["reason"], t["amount"]],
        [[f"{w.astimezone():%Y-%m-%d}", word(k, lang), r, yuan(a)] for w, k, r, a in sheet.returns],
        [26, 36, 80, 28],
    )
    section(
        "complaints",
        [t["when"], t["type"], t["reason"], t["status"]],
        [
            [f"{w.astimezone():%Y-%m-%d}", word(k, lang), d, word(st, lang)]
            for w, k, d, st in sheet.complaints
        ],
        [26, 30, 84, 30],
    )
    section(
        "points_log",
        [t["when"], t["source"], t["reason"], t["delta"]],
        [[f"{w.astimezone():%Y-%m-%d}", word(src, lang), r, f"{d:+,}"] for w, src, d, r in sheet.points],
        [26, 36, 80, 28],
    )
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(t["printed"].format(when=f"{sheet.printed_at.astimezone():%Y-%m-%d %H:%M}"), s["small"])
    )
    return build(
        story,
        title=f"{t['title']} {c.name}",
        header_left=f"{sheet.store_name} · {t['title']}",
        header_right=c.card_no,
        language=lang,
    )
