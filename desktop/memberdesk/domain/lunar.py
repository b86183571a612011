"""Lunar dates: when a lunar birthday falls in a given solar year, and the reverse lookup.

Chinese festivals and many people's birthdays follow the lunar calendar, so the solar day
moves every year. Rules for a lunar date that does not occur in a year (``birthdays`` is
where the card and the care calendar both take them from):

- the 30th of a month that has only 29 days that year falls on the 29th (its last day);
- a birthday in a leap month falls in that leap month when the year has it, otherwise in
  the regular month of the same number;
- a birthday in a regular month is always celebrated in the regular month, even when the
  year also has a leap month of that number.

Covers the years 1900-2099 (the range of the ``lunardate`` tables).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from lunardate import LunarDate

FIRST_YEAR, LAST_YEAR = 1901, 2099


@dataclass(frozen=True)
class Lunar:
    """A lunar calendar date."""

    year: int
    month: int
    day: int
    leap: bool = False

    @property
    def mmdd(self) -> int:
        return self.month * 100 + self.day


@lru_cache(maxsize=4096)
def to_lunar(day: dt.date) -> Lunar:
    lunar = LunarDate.from_solar_date(day.year, day.month, day.day)
    return Lunar(lunar.year, lunar.month, lunar.day, bool(lunar.is_leap_month))


def leap_month(lunar_year: int) -> int:
    """The number of the year's leap month, or 0 when it has none."""
    return int(LunarDate.leap_month_for_year(lunar_year) or 0)


@lru_cache(maxsize=4096)
def _solar(lunar_year: int, month: int, day: int, leap: bool) -> dt.date | None:
    try:
        return LunarDate(lunar_year, month, day, leap).to_solar_date()  # type: ignore[no-any-return]
    except ValueError:
        return None


def month_length(lunar_year: int, month: int, leap: bool = False) -> int:
    """29 or 30; 0 if the year has no such (leap) month."""
    if _solar(lunar_year, month, 30, leap):
        return 30
    return 29 if _solar(lunar_year, month, 29, leap) else 0


def occurrence(lunar_year: int, month: int, day: int, leap: bool = False) -> dt.date:
    """The solar day on which a lunar birthday (month, day, leap) is kept in ``lunar_year``."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError(f"not a lunar month/day: {month}/{day}")
    use_leap = leap and leap_month(lunar_year) == month
    day = min(day, month_length(lunar_year, month, use_leap))
    solar = _solar(lunar_year, month, day, use_leap)
    if solar is None:  # cannot happen for 1901-2099 once clamped; guard the table's edges
        raise ValueError(f"lunar date {lunar_year}/{month}/{day} is outside the calendar")
    return solar


def occurrences_in(solar_year: int, month: int, day: int, leap: bool = False) -> list[dt.date]:
    """Solar days in ``solar_year`` on which the lunar birthday is kept (usually one; a
    date late in the lunar year can fall in January of the next solar year, so a solar year
    may hold none or two)."""
    found = []
    for lunar_year in (solar_year - 1, solar_year):
        if FIRST_YEAR <= lunar_year <= LAST_YEAR:
            solar = occurrence(lunar_year, month, day, leap)
            if solar.year == solar_year:
                found.append(solar)
    return sorted(found)


def next_occurrence(month: int, day: int, leap: bool, today: dt.date) -> dt.date:
    """The first day on or after ``today`` on which the lunar birthday is kept."""
    for year in (today.year, today.year + 1):
        for solar in occurrences_in(year, month, day, leap):
            if solar >= today:
                return solar
    return occurrences_in(today.year + 2, month, day, leap)[0]
