"""The words of the PDFs, from the same Qt Linguist catalogues as the window (area "reports").

Every text is written in place as ``lang.translate("Context", "English")`` so that lupdate
finds it; ``ReportLanguage`` decides whether the installed catalogues are asked (Chinese) or
the English source is printed, so an English PDF can be made while the window speaks
Chinese.

A stored value (channel, tier, return type, ...) reads as a word of its own vocabulary: the
same key means different things in different tables ("other" is a channel, a partner, a
return type and a complaint category; "after_sales" a complaint category and a care task),
so each vocabulary has its own table. The English words are the window's own
(``ui/widgets/*_labels.py``), and their Chinese too: ``tests/reports/test_wording.py`` holds
the two to each other, and no two values of one paper share a word.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from memberdesk.domain.analytics import Segment
from memberdesk.domain.churn import WinbackCause
from memberdesk.domain.errors import QT_TRANSLATE_NOOP
from memberdesk.domain.vocab import (
    CareKind,
    Channel,
    ComplaintCategory,
    ComplaintStatus,
    ConsentKind,
    Gender,
    PartnerKind,
    PointsSource,
    ReturnType,
    ServiceGap,
    ServiceKind,
    ServiceStatus,
    SizeCategory,
    TargetGroup,
    Tier,
)

WORDS_CONTEXT = "ReportWords"

# Vocabulary -> stored value -> English word (its Chinese comes from the catalogue).
VOCABULARIES: dict[type[StrEnum], dict[str, str]] = {
    Channel: {
        Channel.WORD_OF_MOUTH: QT_TRANSLATE_NOOP("ReportWords", "Word of mouth"),
        Channel.PARTNER: QT_TRANSLATE_NOOP("ReportWords", "Partner promotion"),
        Channel.STAFF_REFERRAL: QT_TRANSLATE_NOOP("ReportWords", "Staff referral / group-buy card"),
        Channel.MEMBER_REFERRAL: QT_TRANSLATE_NOOP("ReportWords", "Member referral"),
        Channel.TARGET_GROUP: QT_TRANSLATE_NOOP("ReportWords", "Target group"),
        Channel.WALK_IN: QT_TRANSLATE_NOOP("ReportWords", "Walked in"),
        Channel.OTHER: QT_TRANSLATE_NOOP("ReportWords", "Other"),
    },
    PartnerKind: {
        PartnerKind.BANK: QT_TRANSLATE_NOOP("ReportWords", "Bank"),
        PartnerKind.MOBILE: QT_TRANSLATE_NOOP("ReportWords", "Mobile operator"),
        PartnerKind.GYM: QT_TRANSLATE_NOOP("ReportWords", "Gym"),
        PartnerKind.HOTEL: QT_TRANSLATE_NOOP("ReportWords", "Hotel"),
        PartnerKind.OTHER: QT_TRANSLATE_NOOP("ReportWords", "Other partner"),
    },
    TargetGroup: {
        TargetGroup.COMMUNITY: QT_TRANSLATE_NOOP("ReportWords", "Community"),
        TargetGroup.STUDENTS: QT_TRANSLATE_NOOP("ReportWords", "Students"),
        TargetGroup.TEACHERS: QT_TRANSLATE_NOOP("ReportWords", "Teachers"),
        TargetGroup.PARTNER_BUSINESS: QT_TRANSLATE_NOOP("ReportWords", "Partner business"),
        TargetGroup.FAMILY: QT_TRANSLATE_NOOP("ReportWords", "Families"),
    },
    Tier: {
        Tier.REGULAR: QT_TRANSLATE_NOOP("ReportWords", "Regular"),
        Tier.SILVER: QT_TRANSLATE_NOOP("ReportWords", "Silver"),
        Tier.GOLD: QT_TRANSLATE_NOOP("ReportWords", "Gold"),
        Tier.VIP: QT_TRANSLATE_NOOP("ReportWords", "VIP"),
    },
    Segment: {
        Segment.IMPORTANT_VALUE: QT_TRANSLATE_NOOP("ReportWords", "Important value"),
        Segment.IMPORTANT_DEVELOP: QT_TRANSLATE_NOOP("ReportWords", "Important to develop"),
        Segment.IMPORTANT_KEEP: QT_TRANSLATE_NOOP("ReportWords", "Important to keep"),
        Segment.IMPORTANT_RETAIN: QT_TRANSLATE_NOOP("ReportWords", "Important to win back"),
        Segment.GENERAL_VALUE: QT_TRANSLATE_NOOP("ReportWords", "General value"),
        Segment.GENERAL_DEVELOP: QT_TRANSLATE_NOOP("ReportWords", "General to develop"),
        Segment.GENERAL_KEEP: QT_TRANSLATE_NOOP("ReportWords", "General to keep"),
        Segment.GENERAL_RETAIN: QT_TRANSLATE_NOOP("ReportWords", "General to win back"),
    },
    ReturnType: {
        ReturnType.QUALITY: QT_TRANSLATE_NOOP("ReportWords", "Quality defect"),
        ReturnType.SIZE_FIT: QT_TRANSLATE_NOOP("ReportWords", "Size / fit"),
        ReturnType.COLOUR_STYLE: QT_TRANSLATE_NOOP("ReportWords", "Colour / style"),
        ReturnType.CHANGED_MIND: QT_TRANSLATE_NOOP("ReportWords", "Changed mind"),
        ReturnType.TRANSIT_DAMAGE: QT_TRANSLATE_NOOP("ReportWords", "Damaged in transit"),
        ReturnType.OTHER: QT_TRANSLATE_NOOP("ReportWords", "Other"),
    },
    ComplaintCategory: {
        ComplaintCategory.PRODUCT_QUALITY: QT_TRANSLATE_NOOP("ReportWords", "Product quality"),
        ComplaintCategory.SERVICE_ATTITUDE: QT_TRANSLATE_NOOP("ReportWords", "Service attitude"),
        ComplaintCategory.PRICE: QT_TRANSLATE_NOOP("ReportWords", "Price"),
        ComplaintCategory.ENVIRONMENT: QT_TRANSLATE_NOOP("ReportWords", "Store environment"),
        ComplaintCategory.WAITING: QT_TRANSLATE_NOOP("ReportWords", "Waiting"),
        ComplaintCategory.AFTER_SALES: QT_TRANSLATE_NOOP("ReportWords", "After-sales"),
        ComplaintCategory.OTHER: QT_TRANSLATE_NOOP("ReportWords", "Other"),
    },
    ServiceGap: {
        ServiceGap.PROMOTION: QT_TRANSLATE_NOOP("ReportWords", "Promotion gap"),
        ServiceGap.UNDERSTANDING: QT_TRANSLATE_NOOP("ReportWords", "Understanding gap"),
        ServiceGap.PROCEDURE: QT_TRANSLATE_NOOP("ReportWords", "Procedure gap"),
        ServiceGap.BEHAVIOUR: QT_TRANSLATE_NOOP("ReportWords", "Behaviour gap"),
        ServiceGap.PERCEPTION: QT_TRANSLATE_NOOP("ReportWords", "Perception gap"),
    },
    ComplaintStatus: {
        ComplaintStatus.OPEN: QT_TRANSLATE_NOOP("ReportWords", "Open"),
        ComplaintStatus.HANDLING: QT_TRANSLATE_NOOP("ReportWords", "Being handled"),
        ComplaintStatus.RESOLVED: QT_TRANSLATE_NOOP("ReportWords", "Resolved"),
        ComplaintStatus.FOLLOWED_UP: QT_TRANSLATE_NOOP("ReportWords", "Followed up"),
        ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("ReportWords", "Closed"),
    },
    CareKind: {
        CareKind.BIRTHDAY: QT_TRANSLATE_NOOP("ReportWords", "Birthday"),
        CareKind.CHILD_BIRTHDAY: QT_TRANSLATE_NOOP("ReportWords", "Child's birthday"),
        CareKind.HOLIDAY: QT_TRANSLATE_NOOP("ReportWords", "Festival"),
        CareKind.EVENT: QT_TRANSLATE_NOOP("ReportWords", "Member event"),
        CareKind.AFTER_SALES: QT_TRANSLATE_NOOP("ReportWords", "After-sales due"),
        CareKind.POINTS_EXPIRY: QT_TRANSLATE_NOOP("ReportWords", "★ Points expiring"),
        CareKind.APOLOGY: QT_TRANSLATE_NOOP("ReportWords", "Apology"),
        CareKind.SUPERVISOR_CALL: QT_TRANSLATE_NOOP("ReportWords", "Supervisor call"),
    },
    WinbackCause: {
        WinbackCause.COMPLAINT: QT_TRANSLATE_NOOP("ReportWords", "A complaint not put right"),
        WinbackCause.RETURN: QT_TRANSLATE_NOOP("ReportWords", "A return"),
        WinbackCause.FEWER_VISITS: QT_TRANSLATE_NOOP("ReportWords", "Came less and less"),
        WinbackCause.UNKNOWN: QT_TRANSLATE_NOOP("ReportWords", "Not known (moved away?)"),
    },
    SizeCategory: {
        SizeCategory.TOPS: QT_TRANSLATE_NOOP("ReportWords", "Tops"),
        SizeCategory.BOTTOMS: QT_TRANSLATE_NOOP("ReportWords", "Bottoms"),
        SizeCategory.DRESSES: QT_TRANSLATE_NOOP("ReportWords", "Dresses"),
        SizeCategory.SHOES: QT_TRANSLATE_NOOP("ReportWords", "Shoes"),
        SizeCategory.BRA: QT_TRANSLATE_NOOP("ReportWords", "Bra"),
        SizeCategory.CHILDREN: QT_TRANSLATE_NOOP("ReportWords", "Children's"),
    },
    PointsSource: {
        PointsSource.SALE: QT_TRANSLATE_NOOP("ReportWords", "Purchase"),
        PointsSource.RETURN: QT_TRANSLATE_NOOP("ReportWords", "Return"),
        PointsSource.REDEMPTION: QT_TRANSLATE_NOOP("ReportWords", "Points redeemed"),
        PointsSource.BIRTHDAY_GIFT: QT_TRANSLATE_NOOP("ReportWords", "Birthday gift"),
        PointsSource.ADJUSTMENT: QT_TRANSLATE_NOOP("ReportWords", "Adjusted by hand"),
        PointsSource.VOID: QT_TRANSLATE_NOOP("ReportWords", "Sale voided"),
        PointsSource.EXPIRY: QT_TRANSLATE_NOOP("ReportWords", "Points expired"),
        PointsSource.REFERRAL: QT_TRANSLATE_NOOP("ReportWords", "Referral reward"),
    },
    ConsentKind: {
        ConsentKind.MARKETING: QT_TRANSLATE_NOOP("ReportWords", "Marketing messages"),
        ConsentKind.SENSITIVE: QT_TRANSLATE_NOOP("ReportWords", "Sensitive personal information"),
    },
    ServiceKind: {
        ServiceKind.ALTERATION: QT_TRANSLATE_NOOP("ReportWords", "Alteration"),
        ServiceKind.REPAIR: QT_TRANSLATE_NOOP("ReportWords", "Repair"),
        ServiceKind.INSTALLATION: QT_TRANSLATE_NOOP("ReportWords", "Installation"),
        ServiceKind.HOME_VISIT: QT_TRANSLATE_NOOP("ReportWords", "Home visit"),
    },
    ServiceStatus: {
        ServiceStatus.PENDING: QT_TRANSLATE_NOOP("ReportWords", "Promised"),
        ServiceStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ReportWords", "In progress"),
        ServiceStatus.DONE: QT_TRANSLATE_NOOP("ReportWords", "Done"),
        ServiceStatus.CANCELLED: QT_TRANSLATE_NOOP("ReportWords", "Cancelled"),
    },
    Gender: {
        Gender.FEMALE: QT_TRANSLATE_NOOP("ReportWords", "Female"),
        Gender.MALE: QT_TRANSLATE_NOOP("ReportWords", "Male"),
        Gender.UNKNOWN: QT_TRANSLATE_NOOP("ReportWords", "Not given"),
    },
}

# The sensitive fields a member may consent to (column names, not a vocabulary of their own).
SENSITIVE_FIELDS: dict[str, str] = {
    "ethnicity": QT_TRANSLATE_NOOP("ReportWords", "Ethnicity"),
    "religion": QT_TRANSLATE_NOOP("ReportWords", "Religion"),
    "income": QT_TRANSLATE_NOOP("ReportWords", "Income"),
}


class ReportLanguage:
    """The language one PDF is printed in: "zh_CN" asks the installed catalogues, else English."""

    def __init__(self, language: str) -> None:
        self.code = "zh_CN" if language == "zh_CN" else "en"

    @property
    def chinese(self) -> bool:
        return self.code == "zh_CN"

    def translate(self, context: str, source: str) -> str:
        if not self.chinese:
            return source
        return str(QCoreApplication.translate(context, source))

    def word(self, kind: type[StrEnum], value: Any) -> str:
        """A stored value of vocabulary ``kind`` in words; an unknown value as it is stored."""
        key = str(getattr(value, "value", value))
        source = VOCABULARIES.get(kind, {}).get(key)
        if source is None:
            return key.replace("_", " ")
        return self.translate(WORDS_CONTEXT, source)

    def channel_detail(self, value: str) -> str:
        """A member's channel detail: a partner kind or a target group in words, free text as typed."""
        for kind in (PartnerKind, TargetGroup):
            if value in VOCABULARIES[kind]:
                return self.word(kind, value)
        return value

    def sensitive_field(self, name: str) -> str:
        source = SENSITIVE_FIELDS.get(name)
        return self.translate(WORDS_CONTEXT, source) if source else name

    def join(self, parts: list[str]) -> str:
        """A list inside a sentence or cell: joined by the Chinese comma, or by ", "."""
        return ("，" if self.chinese else ", ").join(parts)


def word(kind: type[StrEnum], value: Any, language: str) -> str:
    """The report's word for a stored value of vocabulary ``kind`` in ``language``."""
    return ReportLanguage(language).word(kind, value)


def yuan(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"
