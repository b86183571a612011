"""The words of the PDFs, from the same Qt Linguist catalogues as the window (area "reports").

Every text is written in place as ``lang.translate("Context", "English")`` so that lupdate
finds it; ``ReportLanguage`` decides whether the installed catalogues are asked (Chinese) or
the English source is printed, so an English PDF can be made while the window speaks
Chinese. The stored values (channel, tier, return type, ...) read as words through one table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from memberdesk.domain.errors import QT_TRANSLATE_NOOP

WORDS_CONTEXT = "ReportWords"

# Stored value -> English word (its Chinese comes from the catalogue). Keys that mean
# different things in different tables (a member's status "closed" and a complaint's) are
# not in here; the sheet words those itself.
WORDS: dict[str, str] = {
    # where members came from, and partners
    "word_of_mouth": QT_TRANSLATE_NOOP("ReportWords", "Word of mouth"),
    "partner": QT_TRANSLATE_NOOP("ReportWords", "Partner promotion"),
    "staff_referral": QT_TRANSLATE_NOOP("ReportWords", "Staff referral"),
    "member_referral": QT_TRANSLATE_NOOP("ReportWords", "Member referral"),
    "target_group": QT_TRANSLATE_NOOP("ReportWords", "Target group"),
    "walk_in": QT_TRANSLATE_NOOP("ReportWords", "Came in by themselves"),
    "other": QT_TRANSLATE_NOOP("ReportWords", "Other"),
    "bank": QT_TRANSLATE_NOOP("ReportWords", "Bank"),
    "mobile": QT_TRANSLATE_NOOP("ReportWords", "Mobile operator"),
    "gym": QT_TRANSLATE_NOOP("ReportWords", "Fitness club"),
    "hotel": QT_TRANSLATE_NOOP("ReportWords", "Hotel"),
    # tiers
    "regular": QT_TRANSLATE_NOOP("ReportWords", "Regular"),
    "silver": QT_TRANSLATE_NOOP("ReportWords", "Silver"),
    "gold": QT_TRANSLATE_NOOP("ReportWords", "Gold"),
    "vip": QT_TRANSLATE_NOOP("ReportWords", "VIP"),
    # RFM segments (memberdesk.domain.analytics.Segment values)
    "important_value": QT_TRANSLATE_NOOP("ReportWords", "Important value"),
    "important_develop": QT_TRANSLATE_NOOP("ReportWords", "Important to develop"),
    "important_keep": QT_TRANSLATE_NOOP("ReportWords", "Important to keep"),
    "important_retain": QT_TRANSLATE_NOOP("ReportWords", "Important to win back"),
    "general_value": QT_TRANSLATE_NOOP("ReportWords", "General value"),
    "general_develop": QT_TRANSLATE_NOOP("ReportWords", "General to develop"),
    "general_keep": QT_TRANSLATE_NOOP("ReportWords", "General to keep"),
    "general_retain": QT_TRANSLATE_NOOP("ReportWords", "General to win back"),
    # return types
    "quality": QT_TRANSLATE_NOOP("ReportWords", "Quality defect"),
    "size_fit": QT_TRANSLATE_NOOP("ReportWords", "Size / fit"),
    "colour_style": QT_TRANSLATE_NOOP("ReportWords", "Colour / style"),
    "changed_mind": QT_TRANSLATE_NOOP("ReportWords", "Changed mind"),
    "transit_damage": QT_TRANSLATE_NOOP("ReportWords", "Damaged in transit"),
    # complaint categories, service gaps and statuses
    "product_quality": QT_TRANSLATE_NOOP("ReportWords", "Product quality"),
    "service_attitude": QT_TRANSLATE_NOOP("ReportWords", "Service attitude"),
    "price": QT_TRANSLATE_NOOP("ReportWords", "Prices"),
    "environment": QT_TRANSLATE_NOOP("ReportWords", "Store environment"),
    "waiting": QT_TRANSLATE_NOOP("ReportWords", "Waiting"),
    "after_sales": QT_TRANSLATE_NOOP("ReportWords", "After-sales"),
    "promotion": QT_TRANSLATE_NOOP("ReportWords", "Promotion gap"),
    "understanding": QT_TRANSLATE_NOOP("ReportWords", "Understanding gap"),
    "procedure": QT_TRANSLATE_NOOP("ReportWords", "Procedure gap"),
    "behaviour": QT_TRANSLATE_NOOP("ReportWords", "Behaviour gap"),
    "perception": QT_TRANSLATE_NOOP("ReportWords", "Perception gap"),
    "open": QT_TRANSLATE_NOOP("ReportWords", "Open"),
    "handling": QT_TRANSLATE_NOOP("ReportWords", "Being handled"),
    "resolved": QT_TRANSLATE_NOOP("ReportWords", "Resolved"),
    "followed_up": QT_TRANSLATE_NOOP("ReportWords", "Followed up"),
    "closed": QT_TRANSLATE_NOOP("ReportWords", "Closed"),
    # care
    "birthday": QT_TRANSLATE_NOOP("ReportWords", "Birthday"),
    "child_birthday": QT_TRANSLATE_NOOP("ReportWords", "Child's birthday"),
    "holiday": QT_TRANSLATE_NOOP("ReportWords", "Festival"),
    "event": QT_TRANSLATE_NOOP("ReportWords", "Member event"),
    "after_sales_due": QT_TRANSLATE_NOOP("ReportWords", "After-sales due"),
    # size categories
    "tops": QT_TRANSLATE_NOOP("ReportWords", "Tops"),
    "bottoms": QT_TRANSLATE_NOOP("ReportWords", "Bottoms"),
    "dresses": QT_TRANSLATE_NOOP("ReportWords", "Dresses"),
    "shoes": QT_TRANSLATE_NOOP("ReportWords", "Shoes"),
    "bra": QT_TRANSLATE_NOOP("ReportWords", "Bra"),
    "children": QT_TRANSLATE_NOOP("ReportWords", "Children's"),
    # points ledger
    "sale": QT_TRANSLATE_NOOP("ReportWords", "Purchase"),
    "return": QT_TRANSLATE_NOOP("ReportWords", "Return"),
    "redemption": QT_TRANSLATE_NOOP("ReportWords", "Points redeemed"),
    "birthday_gift": QT_TRANSLATE_NOOP("ReportWords", "Birthday gift"),
    "adjustment": QT_TRANSLATE_NOOP("ReportWords", "Adjusted by hand"),
    "void": QT_TRANSLATE_NOOP("ReportWords", "Sale voided"),
    # consents and sensitive fields
    "marketing": QT_TRANSLATE_NOOP("ReportWords", "Marketing messages"),
    "sensitive": QT_TRANSLATE_NOOP("ReportWords", "Sensitive personal information"),
    "ethnicity": QT_TRANSLATE_NOOP("ReportWords", "Ethnicity"),
    "religion": QT_TRANSLATE_NOOP("ReportWords", "Religion"),
    "income": QT_TRANSLATE_NOOP("ReportWords", "Income"),
    # after-sales service kinds and statuses
    "alteration": QT_TRANSLATE_NOOP("ReportWords", "Alteration"),
    "repair": QT_TRANSLATE_NOOP("ReportWords", "Repair"),
    "installation": QT_TRANSLATE_NOOP("ReportWords", "Installation"),
    "home_visit": QT_TRANSLATE_NOOP("ReportWords", "Home visit"),
    "pending": QT_TRANSLATE_NOOP("ReportWords", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("ReportWords", "In progress"),
    "done": QT_TRANSLATE_NOOP("ReportWords", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("ReportWords", "Cancelled"),
    # genders (memberdesk.domain.vocab.Gender values)
    "F": QT_TRANSLATE_NOOP("ReportWords", "Female"),
    "M": QT_TRANSLATE_NOOP("ReportWords", "Male"),
    "U": QT_TRANSLATE_NOOP("ReportWords", "Not given"),
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

    def word(self, value: Any) -> str:
        """The word for a stored value; an unknown value is printed as it is stored."""
        key = str(getattr(value, "value", value))
        source = WORDS.get(key)
        if source is None:
            return key.replace("_", " ")
        return self.translate(WORDS_CONTEXT, source)

    def join(self, parts: list[str]) -> str:
        """A list inside a sentence or cell: joined by the Chinese comma, or by ", "."""
        return ("，" if self.chinese else ", ").join(parts)


def word(value: Any, language: str) -> str:
    """The report's word for a stored value in ``language``."""
    return ReportLanguage(language).word(value)


def yuan(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"
