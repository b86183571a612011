"""The member card's birthday line: when the next birthday is and how old the member is.

A solar birthday reads as its month and day (3月12日 / 12 Mar); a lunar one as the lunar
month and day the member counts (农历三月初五, 闰四月 for a leap month) with the solar day it
falls on this time, since that is the day the clerk can plan for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from memberdesk.documents.member_card import NextBirthday
from memberdesk.ui.widgets import member_labels
from memberdesk.ui.widgets.i18n import ui_language

_MONTHS = ("正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月")
_DIGITS = "一二三四五六七八九十"


def lunar_day_words(day: int) -> str:
    """初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十."""
    if day <= 10:
        return "初" + _DIGITS[day - 1]
    if day < 20:
        return "十" + _DIGITS[day - 11]
    if day == 20:
        return "二十"
    if day < 30:
        return "廿" + _DIGITS[day - 21]
    return "三十"


def lunar_words(month: int, day: int, leap: bool, chinese: bool) -> str:
    """农历三月初五 / lunar month 3, day 5 (闰 and "leap" for a leap month)."""
    if chinese:
        return "农历" + ("闰" if leap else "") + _MONTHS[month - 1] + lunar_day_words(day)
    if leap:
        text = QCoreApplication.translate("BirthdayText", "lunar leap month %1, day %2")
    else:
        text = QCoreApplication.translate("BirthdayText", "lunar month %1, day %2")
    return text.replace("%1", str(month)).replace("%2", str(day))


def month_day(month: int, day: int) -> str:
    """A solar month and day in the window's language (3月12日 / 12 Mar)."""
    # a leap year, so 29 February can be shown
    return QLocale().toString(QDate(2000, month, day), QCoreApplication.translate("BirthdayText", "d MMM"))


def birthday_line(soon: NextBirthday | None) -> str:
    """ "12 Mar · next 2026-03-12, turns 36 · age 35", or "Not on file"."""
    if soon is None:
        return QCoreApplication.translate("BirthdayText", "Not on file")
    if soon.lunar is not None:
        born = lunar_words(*soon.lunar, chinese=ui_language() == "zh_CN")
    else:
        born = month_day(*soon.solar_month_day)
    if soon.is_today:
        return (
            QCoreApplication.translate("BirthdayText", "%1 · today! turns %2")
            .replace("%1", born)
            .replace("%2", str(soon.turning))
        )
    return (
        QCoreApplication.translate("BirthdayText", "%1 · age %4\nnext %2, turns %3")
        .replace("%1", born)
        .replace("%2", member_labels.date(soon.on))
        .replace("%3", str(soon.turning))
        .replace("%4", str(soon.age))
    )
