"""On which day a birthday is kept: the one rule the member card and the care calendar share.

A birthday whose date a year lacks is kept on the last day the month has, never in the
next month:

- a solar birthday on 29 February is kept on 28 February in a common year (the usual
  choice of stores and of people born that day; 1 March would move it into another week,
  and in some years into another week's greetings);
- a lunar birthday on the 30th is kept on the 29th when that year's month has 29 days;
- a birthday in a leap month (闰月) is kept in that leap month when the year has it,
  otherwise in the regular month of the same number; a leap-month 30th in a year whose leap
  month has 29 days is kept on the 29th of the leap month (not on the regular month's 30th,
  a month earlier);
- a birthday in a regular month is kept in the regular month, even when the year also has
  a leap month of that number.

``birthday_in`` is the rule. The reverse look-ups the calendar uses to find birthdays by
their stored month-day (``solar_keys_on``, ``lunar_keys_on``) are derived from it, so the
card ("birthday this week") and the calendar cannot disagree.
"""

from __future__ import annotations

import datetime as dt

from memberdesk.domain import lunar


def _is_leap_year(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def birthday_in(year: int, month: int, day: int, *, is_lunar: bool = False, leap: bool = False) -> dt.date:
    """The solar day on which a birthday (month, day) is kept in ``year``.

    For a lunar birthday ``year`` is the lunar year and ``leap`` says the birthday is in a
    leap month; the day returned may fall in January or February of the next solar year.
    """
    if is_lunar:
        return lunar.occurrence(year, month, day, leap)
    if month == 2 and day == 29 and not _is_leap_year(year):
        return dt.date(year, 2, 28)
    return dt.date(year, month, day)


def next_birthday(
    month: int, day: int, today: dt.date, *, is_lunar: bool = False, leap: bool = False
) -> dt.date:
    """The first day on or after ``today`` on which the birthday is kept."""
    for year in range(today.year - 1, today.year + 3):
        if is_lunar and not lunar.FIRST_YEAR <= year <= lunar.LAST_YEAR:
            continue
        kept = birthday_in(year, month, day, is_lunar=is_lunar, leap=leap)
        if kept >= today:
            return kept
    raise ValueError(f"no birthday {month}/{day} after {today}")


def solar_keys_on(day: dt.date) -> list[int]:
    """The stored solar month-days (month*100+day) whose birthday is kept on ``day``."""
    keys = [day.month * 100 + day.day]
    if day.month == 2 and day.day == 28 and birthday_in(day.year, 2, 29) == day:
        keys.append(229)
    return keys


def lunar_keys_on(day: dt.date) -> list[tuple[int, bool]]:
    """Every stored lunar birthday (month*100+day, leap) kept on solar ``day``."""
    here = lunar.to_lunar(day)
    found = []
    for leap in (False, True):
        for d in {here.day, 30}:
            if birthday_in(here.year, here.month, d, is_lunar=True, leap=leap) == day:
                found.append((here.month * 100 + d, leap))
    return found
