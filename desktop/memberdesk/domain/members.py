"""What the member card says about a member: honorific, children's ages, care flags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lunardate import LunarDate

from memberdesk.domain.birthdays import next_birthday
from memberdesk.domain.search_keys import split_surname
from memberdesk.domain.vocab import Gender

# A member who has not come for this long is "lapsed" (流失 risk) on the card.
LAPSED_AFTER_DAYS = 90
# A child's birthday this close is flagged, so the clerk can mention a gift.
CHILD_BIRTHDAY_NOTICE_DAYS = 14


def honorific(name: str, gender: Gender) -> str:
    """张女士 / 王先生 for a Chinese name; the full name when the gender is not known."""
    name = name.strip()
    if not name or gender == Gender.UNKNOWN:
        return name
    surname, _given = split_surname("".join(name.split()))
    if not surname or not ("\u3400" <= surname[0] <= "\u9fff"):
        return name  # a Latin name: no Chinese honorific
    return surname + ("女士" if gender == Gender.FEMALE else "先生")


def age_on(birthday: dt.date, today: dt.date) -> int:
    """Whole years completed on ``today`` (a 29 February birthday completes a year on 1 March
    of a common year; the day it is celebrated is ``birthdays.birthday_in``: 28 February)."""
    years = today.year - birthday.year
    if (today.month, today.day) < (birthday.month, birthday.day):
        years -= 1
    return max(years, 0)


@dataclass(frozen=True)
class ChildAge:
    """A child's age today; ``months`` is set for a child under two."""

    years: int
    months: int | None


def child_age(birthday: dt.date, today: dt.date) -> ChildAge:
    years = age_on(birthday, today)
    if years >= 2:
        return ChildAge(years, None)
    months = (today.year - birthday.year) * 12 + today.month - birthday.month
    if today.day < birthday.day:
        months -= 1
    return ChildAge(years, max(months, 0))


def next_solar_birthday(month: int, day: int, today: dt.date) -> dt.date:
    """The next date (today included) on which a solar birthday is kept (see ``birthdays``)."""
    return next_birthday(month, day, today)


def next_lunar_birthday(month: int, day: int, leap: bool, today: dt.date) -> dt.date | None:
    """The next solar date of a lunar birthday (month/day), today included."""
    try:
        return next_birthday(month, day, today, is_lunar=True, leap=leap)
    except ValueError:  # outside the years the lunar tables cover
        return None


def week_bounds(today: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the week of ``today``."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday, monday + dt.timedelta(days=6)


def birthday_this_week(
    birthday: dt.date | None,
    lunar_mmdd: int | None,
    lunar_leap: bool,
    celebrates_lunar: bool,
    today: dt.date,
) -> dt.date | None:
    """The solar date of this week's birthday, or None when it is not this week."""
    monday, sunday = week_bounds(today)
    if celebrates_lunar and lunar_mmdd:
        month, day = divmod(lunar_mmdd, 100)
        date = next_lunar_birthday(month, day, lunar_leap, monday)
    elif birthday is not None:
        date = next_solar_birthday(birthday.month, birthday.day, monday)
    else:
        return None
    return date if date is not None and monday <= date <= sunday else None


def days_until(date: dt.date, today: dt.date) -> int:
    return (date - today).days


def lapsed_days(last_visit: dt.date | None, today: dt.date, after: int = LAPSED_AFTER_DAYS) -> int | None:
    """Days since the last visit when that is more than ``after``; None otherwise."""
    if last_visit is None:
        return None
    days = (today - last_visit).days
    return days if days > after else None


def lunar_mmdd_of(solar: dt.date) -> tuple[int, bool]:
    """(lunar month*100 + day, is leap month) of a solar date."""
    lunar = LunarDate.from_solar_date(solar.year, solar.month, solar.day)
    return lunar.month * 100 + lunar.day, bool(lunar.is_leap_month)
