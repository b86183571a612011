"""The one-member sheet: every field on file, preferences and history, for the member who asks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from memberdesk.documents.member_sheet import LunarBirthday, MemberSheet
from memberdesk.domain.members import ChildAge
from memberdesk.domain.vocab import (
    Channel,
    ComplaintCategory,
    ComplaintStatus,
    ConsentKind,
    Gender,
    MemberStatus,
    PointsSource,
    ReturnType,
    ServiceKind,
    ServiceStatus,
    SizeCategory,
    Tier,
)
from memberdesk.reports.base import build, escape, styles, table
from memberdesk.reports.fonts import register
from memberdesk.reports.wording import ReportLanguage, yuan

CONTEXT = "MemberSheet"
NONE = "—"


def _day(when: dt.datetime) -> str:
    return f"{when.astimezone():%Y-%m-%d}"


class _SheetText:
    """The sheet's phrases that take values, in one place."""

    def __init__(self, lang: ReportLanguage) -> None:
        self.lang = lang

    def age(self, age: ChildAge | None) -> str:
        if age is None:
            return NONE
        if age.months is not None:
            return self.lang.translate("MemberSheet", "{months} month(s)").format(months=age.months)
        return self.lang.translate("MemberSheet", "{years} years").format(years=age.years)

    def lunar(self, lunar: LunarBirthday | None) -> str:
        if lunar is None:
            return NONE
        if lunar.leap:
            text = self.lang.translate("MemberSheet", "leap month {month}, day {day} of the lunar calendar")
        else:
            text = self.lang.translate("MemberSheet", "month {month}, day {day} of the lunar calendar")
        return text.format(month=lunar.month, day=lunar.day)

    def status(self, status: MemberStatus) -> str:
        if status == MemberStatus.CLOSED:
            return self.lang.translate("MemberSheet", "Membership closed")
        if status == MemberStatus.MERGED:
            return self.lang.translate("MemberSheet", "Merged into another card")
        return self.lang.translate("MemberSheet", "Active")


def _profile(sheet: MemberSheet, lang: ReportLanguage) -> list[list[str]]:
    c, say = sheet.card, _SheetText(lang)
    came = lang.word(Channel, c.channel)
    extra = [x for x in (lang.channel_detail(c.channel_detail) if c.channel_detail else "", c.referrer_name,
                         c.referrer_staff_name) if x]  # fmt: skip
    if extra:
        came = f"{came}（{lang.join(extra)}）" if lang.chinese else f"{came} ({lang.join(extra)})"
    return [
        [lang.translate("MemberSheet", "Name"), c.name],
        [lang.translate("MemberSheet", "Gender"), lang.word(Gender, c.gender)],
        [lang.translate("MemberSheet", "Mobile"), sheet.phone],
        [lang.translate("MemberSheet", "Member card number"), c.card_no],
        [lang.translate("MemberSheet", "Membership"), say.status(sheet.status)],
        [lang.translate("MemberSheet", "Tier"), lang.word(Tier, c.tier)],
        [lang.translate("MemberSheet", "Points"), f"{c.points:,}"],
        [lang.translate("MemberSheet", "Member since"), c.member_since.isoformat()],
        [lang.translate("MemberSheet", "Joined through"), came],
        [lang.translate("MemberSheet", "Enrolled by"), c.enrolled_by_name or NONE],
        [lang.translate("MemberSheet", "Birthday"), c.birthday.isoformat() if c.birthday else NONE],
        [lang.translate("MemberSheet", "Lunar birthday (celebrated)"), say.lunar(sheet.lunar_birthday)],
        [lang.translate("MemberSheet", "Email"), sheet.email or NONE],
        [lang.translate("MemberSheet", "Address"), sheet.address or NONE],
        [lang.translate("MemberSheet", "Occupation"), c.occupation or NONE],
        [lang.translate("MemberSheet", "Hobbies"), c.hobbies or NONE],
        [lang.translate("MemberSheet", "Notes"), sheet.notes or NONE],
    ]


def render(sheet: MemberSheet, language: str = "zh_CN") -> bytes:
    lang = ReportLanguage(language)
    say = _SheetText(lang)
    s = styles(register())
    s["h1"] = ParagraphStyle("h1_kept", parent=s["h1"], keepWithNext=1)  # never alone at a page's foot
    c = sheet.card
    title = lang.translate("MemberSheet", "Member sheet")
    story: list[Any] = [
        Paragraph(escape(f"{title} · {c.name}"), s["title"]),
        Paragraph(
            escape(
                lang.translate(
                    "MemberSheet", "Everything {store} holds about you as a member, printed at your request."
                )
            ).format(store=escape(sheet.store_name)),
            s["body"],
        ),
    ]

    def section(heading: str, header: list[str], rows: list[list[Any]], widths: list[float]) -> None:
        story.append(Paragraph(escape(heading), s["h1"]))
        if rows:
            story.append(table([header, *rows], [w * mm for w in widths], s["cell"]))
        else:
            story.append(Paragraph(escape(lang.translate("MemberSheet", "(none)")), s["body"]))

    def pairs(heading: str, rows: list[list[str]]) -> None:
        story.append(Paragraph(escape(heading), s["h1"]))
        story.append(table(rows, [50 * mm, 124 * mm], s["cell"], numeric_from=2, header=False))

    pairs(lang.translate("MemberSheet", "Profile"), _profile(sheet, lang))
    sizes = lang.join([f"{lang.word(SizeCategory, cat)} {size}" for cat, size in c.sizes]) or NONE
    pairs(
        lang.translate("MemberSheet", "Preferences"),
        [
            [lang.translate("MemberSheet", "Sizes"), sizes],
            [lang.translate("MemberSheet", "Skin type"), c.skin_type or NONE],
            [lang.translate("MemberSheet", "Hair type"), c.hair_type or NONE],
        ],
    )
    section(
        lang.translate("MemberSheet", "Children"),
        [
            lang.translate("MemberSheet", "Name"),
            lang.translate("MemberSheet", "Gender"),
            lang.translate("MemberSheet", "Birthday"),
            lang.translate("MemberSheet", "Age"),
        ],
        [
            [
                k.name or NONE,
                lang.word(Gender, k.gender),
                k.birthday.isoformat() if k.birthday else NONE,
                say.age(k.age),
            ]
            for k in sheet.children
        ],
        [60, 30, 44, 40],
    )
    if sheet.sensitive:
        pairs(
            lang.translate("MemberSheet", "Sensitive information (stored with your consent)"),
            [[lang.sensitive_field(k), v] for k, v in sheet.sensitive],
        )
    granted, withdrawn = lang.translate("MemberSheet", "granted"), lang.translate("MemberSheet", "withdrawn")
    # every history is listed by day: its first column says "date", and each other header
    # names what that table holds (a return's type and refund, a complaint's category)
    date = lang.translate("MemberSheet", "Date")
    status = lang.translate("MemberSheet", "Status")
    section(
        lang.translate("MemberSheet", "Consent history"),
        [
            lang.translate("MemberSheet", "What you agreed to"),
            lang.translate("MemberSheet", "Your answer"),
            date,
        ],
        [[lang.word(ConsentKind, k), granted if g else withdrawn, _day(at)] for k, g, at in sheet.consents],
        [80, 44, 50],
    )
    section(
        lang.translate("MemberSheet", "Purchase history"),
        [
            date,
            lang.translate("MemberSheet", "Receipt"),
            lang.translate("MemberSheet", "Item"),
            lang.translate("MemberSheet", "Size"),
            lang.translate("MemberSheet", "Qty"),
            lang.translate("MemberSheet", "Amount"),
        ],
        [[_day(w), r, i, sz, q, yuan(a)] for w, r, i, sz, q, a in sheet.purchases],
        [24, 32, 58, 16, 14, 30],
    )
    section(
        lang.translate("MemberSheet", "Return history"),
        [
            date,
            lang.translate("MemberSheet", "Return type"),
            lang.translate("MemberSheet", "Reason for the return"),
            lang.translate("MemberSheet", "Refunded"),
        ],
        [[_day(w), lang.word(ReturnType, k), r, yuan(a)] for w, k, r, a in sheet.returns],
        [26, 36, 82, 30],
    )
    section(
        lang.translate("MemberSheet", "Complaint history"),
        [
            date,
            lang.translate("MemberSheet", "Category"),
            lang.translate("MemberSheet", "What happened"),
            status,
        ],
        [
            [_day(w), lang.word(ComplaintCategory, k), d, lang.word(ComplaintStatus, st)]
            for w, k, d, st in sheet.complaints
        ],
        [26, 32, 86, 30],
    )
    section(
        lang.translate("MemberSheet", "After-sales service"),
        [
            date,
            lang.translate("MemberSheet", "Service"),
            lang.translate("MemberSheet", "What will be done"),
            status,
        ],
        [
            [_day(w), lang.word(ServiceKind, k), d, lang.word(ServiceStatus, st)]
            for w, k, d, st in sheet.services
        ],
        [26, 32, 86, 30],
    )
    section(
        lang.translate("MemberSheet", "Suggestions"),
        [date, lang.translate("MemberSheet", "Suggestion")],
        [[_day(w), text] for w, text in sheet.suggestions],
        [26, 148],
    )
    section(
        lang.translate("MemberSheet", "Your ratings of our service"),
        [
            date,
            lang.translate("MemberSheet", "Expected"),
            lang.translate("MemberSheet", "Perceived"),
            lang.translate("MemberSheet", "Your comment"),
        ],
        [
            [_day(w), NONE if e is None else e, NONE if p is None else p, c or NONE]
            for w, e, p, c in sheet.ratings
        ],
        [26, 22, 22, 104],
    )
    section(
        lang.translate("MemberSheet", "Points history"),
        [
            date,
            lang.translate("MemberSheet", "Source"),
            lang.translate("MemberSheet", "Details"),
            lang.translate("MemberSheet", "Points added or taken off"),
        ],
        [[_day(w), lang.word(PointsSource, src), r, f"{d:+,}"] for w, src, d, r in sheet.points],
        [26, 36, 82, 30],
    )
    story.append(Spacer(1, 4 * mm))
    printed = lang.translate("MemberSheet", "Printed {when}").format(
        when=f"{sheet.printed_at.astimezone():%Y-%m-%d %H:%M}"
    )
    story.append(Paragraph(escape(printed), s["small"]))
    return build(
        story,
        title=f"{title} {c.name}",
        header_left=f"{sheet.store_name} · {title}",
        header_right=c.card_no,
        language=lang.code,
    )
