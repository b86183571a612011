"""The festivals and days a store sends greetings for, computed for any year 1901-2099.

Lunar festivals come from the lunar tables (``lunar``); the solar terms (清明, 冬至) from
``lunar_python``, a maintained calendar library that computes them astronomically (the
寿星天文历 algorithms) in China Standard Time, instead of a fitted formula valid for one
century. 小年 is the northern date, the 23rd of the twelfth month (the south keeps the 24th;
most chains greet on the northern date, and it is the one the state calendar prints).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from memberdesk.domain import lunar


class Holiday(StrEnum):
    NEW_YEAR = "new_year"
    SPRING_FESTIVAL = "spring_festival"
    LANTERN = "lantern"
    WOMENS_DAY = "womens_day"
    QINGMING = "qingming"
    MOTHERS_DAY = "mothers_day"
    CHILDRENS_DAY = "childrens_day"
    DRAGON_BOAT = "dragon_boat"
    FATHERS_DAY = "fathers_day"
    QIXI = "qixi"
    TEACHERS_DAY = "teachers_day"
    MID_AUTUMN = "mid_autumn"
    NATIONAL_DAY = "national_day"
    DOUBLE_NINTH = "double_ninth"
    WINTER_SOLSTICE = "winter_solstice"  # 冬至, a solar term
    LABA = "laba"  # 腊八, the 8th of the twelfth lunar month
    LITTLE_NEW_YEAR = "little_new_year"  # 小年, the 23rd of the twelfth lunar month (north)
    NEW_YEARS_EVE = "new_years_eve"  # 除夕, the last day of the twelfth lunar month


LABA = (12, 8)  # 腊八
LITTLE_NEW_YEAR = (12, 23)  # 小年 (north)
LUNAR_FESTIVALS = {
    Holiday.SPRING_FESTIVAL: (1, 1),
    Holiday.LANTERN: (1, 15),
    Holiday.DRAGON_BOAT: (5, 5),
    Holiday.QIXI: (7, 7),
    Holiday.MID_AUTUMN: (8, 15),
    Holiday.DOUBLE_NINTH: (9, 9),
    Holiday.LABA: LABA,
    Holiday.LITTLE_NEW_YEAR: LITTLE_NEW_YEAR,
}
FIXED = {
    Holiday.NEW_YEAR: (1, 1),
    Holiday.WOMENS_DAY: (3, 8),
    Holiday.CHILDRENS_DAY: (6, 1),
    Holiday.TEACHERS_DAY: (9, 10),
    Holiday.NATIONAL_DAY: (10, 1),
}


@dataclass(frozen=True, order=True)
class HolidayDate:
    date: dt.date
    holiday: Holiday


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday (Monday = 0) of a month."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


SOLAR_TERMS = {Holiday.QINGMING: "清明", Holiday.WINTER_SOLSTICE: "冬至"}
# lunar_python names a term of the next lunar year's table in pinyin capitals
_TERM_PINYIN = {"清明": "QING_MING", "冬至": "DONG_ZHI"}


@lru_cache(maxsize=512)
def solar_term(year: int, name: str) -> dt.date:
    """The day (China Standard Time) of the solar term ``name`` (e.g. "冬至") in ``year``."""
    from lunar_python import Lunar

    if not lunar.FIRST_YEAR <= year <= lunar.LAST_YEAR:
        raise ValueError(f"solar terms are computed for {lunar.FIRST_YEAR}-{lunar.LAST_YEAR}")
    for month in (6, 12):  # the lunar years around the solar year hold each term once
        table = Lunar.fromYmd(year, month, 1).getJieQiTable()
        for key in (name, _TERM_PINYIN.get(name, name)):
            day = table.get(key)
            if day is not None and day.getYear() == year:
                return dt.date(day.getYear(), day.getMonth(), day.getDay())
    raise ValueError(f"no solar term {name} in {year}")


def qingming(year: int) -> dt.date:
    """Qingming (清明), the solar term at 15° of solar longitude: 4 or 5 April (6 in rare years)."""
    return solar_term(year, "清明")


def winter_solstice(year: int) -> dt.date:
    """冬至, the solar term at 270°: 21 or 22 December."""
    return solar_term(year, "冬至")


def new_years_eve(year: int) -> dt.date:
    """除夕: the last day of the twelfth lunar month (its 29th or 30th), the eve of the Spring
    Festival of ``year``; it can fall in January."""
    return lunar.occurrence(year, 1, 1) - dt.timedelta(days=1)


def holidays_in(year: int) -> list[HolidayDate]:
    """All greeting days of a solar year, in date order."""
    days = [HolidayDate(dt.date(year, m, d), h) for h, (m, d) in FIXED.items()]
    # A twelfth-month day of lunar year Y falls in January or February of Y + 1, so each
    # lunar festival is looked up in the two lunar years that touch the solar year.
    for h, (m, d) in LUNAR_FESTIVALS.items():
        days += [HolidayDate(day, h) for day in lunar.occurrences_in(year, m, d)]
    days.append(HolidayDate(new_years_eve(year), Holiday.NEW_YEARS_EVE))
    days += [HolidayDate(solar_term(year, name), h) for h, name in SOLAR_TERMS.items()]
    days.append(HolidayDate(nth_weekday(year, 5, 6, 2), Holiday.MOTHERS_DAY))
    days.append(HolidayDate(nth_weekday(year, 6, 6, 3), Holiday.FATHERS_DAY))
    return sorted(days)


def holidays_between(start: dt.date, end: dt.date) -> list[HolidayDate]:
    """Greeting days from ``start`` to ``end``, both included."""
    years = range(start.year, end.year + 1)
    return [h for year in years for h in holidays_in(year) if start <= h.date <= end]


def solar_birthday_in(year: int, month: int, day: int) -> dt.date:
    """A solar birthday kept in ``year`` (29 February on 28 February in common years)."""
    from memberdesk.domain.birthdays import birthday_in

    return birthday_in(year, month, day)
