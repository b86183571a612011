"""The festivals and days a store sends greetings for, computed for any year 2000-2099."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

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


LUNAR_FESTIVALS = {
    Holiday.SPRING_FESTIVAL: (1, 1),
    Holiday.LANTERN: (1, 15),
    Holiday.DRAGON_BOAT: (5, 5),
    Holiday.QIXI: (7, 7),
    Holiday.MID_AUTUMN: (8, 15),
    Holiday.DOUBLE_NINTH: (9, 9),
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


def qingming(year: int) -> dt.date:
    """Qingming, the solar term at 15° of solar longitude: 4 or 5 April (6 in rare years).

    The published 21st-century rule [Y*D + C] - L with D = 0.2422, C = 4.81, Y the year's
    last two digits and L the leap years before it; it matches the astronomical dates for
    2000-2099.
    """
    if not 2000 <= year <= 2099:
        raise ValueError("Qingming is computed for 2000-2099")
    y = year % 100
    return dt.date(year, 4, int(y * 0.2422 + 4.81) - int(y / 4) if y else 4)


def holidays_in(year: int) -> list[HolidayDate]:
    """All greeting days of a solar year, in date order."""
    days = [HolidayDate(dt.date(year, m, d), h) for h, (m, d) in FIXED.items()]
    days += [HolidayDate(lunar.occurrence(year, m, d), h) for h, (m, d) in LUNAR_FESTIVALS.items()]
    days.append(HolidayDate(qingming(year), Holiday.QINGMING))
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
