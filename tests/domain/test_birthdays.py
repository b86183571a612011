"""One rule for the day a birthday is kept, shared by the member card and the care calendar."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from memberdesk.domain import lunar
from memberdesk.domain.birthdays import birthday_in, lunar_keys_on, next_birthday, solar_keys_on
from memberdesk.domain.members import birthday_this_week, week_bounds

D = dt.date


def calendar_days_of_week(today: dt.date, key: int, leap: bool, is_lunar: bool) -> list[dt.date]:
    """The days of the week on which the care calendar finds the birthday (by its keys)."""
    monday, _sunday = week_bounds(today)
    days = [monday + dt.timedelta(days=i) for i in range(7)]
    if is_lunar:
        return [d for d in days if (key, leap) in lunar_keys_on(d)]
    return [d for d in days if key in solar_keys_on(d)]


def test_february_29_in_a_common_year_is_the_28th_on_the_card_too() -> None:
    born = D(1992, 2, 29)
    # 2027-02-28 is a Sunday: the card used to say 1 March, in the next week
    assert birthday_this_week(born, None, False, False, D(2027, 2, 24)) == D(2027, 2, 28)
    assert birthday_this_week(born, None, False, False, D(2027, 3, 1)) is None
    assert birthday_in(2027, 2, 29) == D(2027, 2, 28) and birthday_in(2028, 2, 29) == D(2028, 2, 29)


def test_leap_month_thirtieth_in_a_29_day_leap_month_is_its_29th() -> None:
    # 2025 has a leap sixth month of 29 days; the regular sixth month has 30
    assert (lunar.leap_month(2025), lunar.month_length(2025, 6, True), lunar.month_length(2025, 6)) == (
        6,
        29,
        30,
    )
    kept = birthday_in(2025, 6, 30, is_lunar=True, leap=True)
    assert kept == lunar.occurrence(2025, 6, 29, True) == D(2025, 8, 22)
    assert birthday_this_week(D(1990, 8, 20), 630, True, True, D(2025, 8, 20)) == D(2025, 8, 22)
    assert birthday_this_week(D(1990, 8, 20), 630, True, True, D(2025, 7, 24)) is None


def test_next_birthday_crosses_the_year() -> None:
    assert next_birthday(2, 29, D(2027, 3, 1)) == D(2028, 2, 29)
    assert next_birthday(12, 31, D(2026, 12, 31)) == D(2026, 12, 31)


@given(
    today=st.dates(min_value=D(1902, 3, 1), max_value=D(2098, 6, 30)),
    month=st.integers(1, 12),
    day=st.integers(1, 31),
    leap=st.booleans(),
    is_lunar=st.booleans(),
)
def test_card_and_calendar_agree_on_every_birthday(
    today: dt.date, month: int, day: int, leap: bool, is_lunar: bool
) -> None:
    if is_lunar:
        day = min(day, 30)
    else:
        leap = False
        day = min(day, [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
    key = month * 100 + day
    born = D(1960, 1, 1) if is_lunar else D(1960, month, day)
    card = birthday_this_week(born, key if is_lunar else None, leap, is_lunar, today)
    calendar = calendar_days_of_week(today, key, leap, is_lunar)
    assert calendar == ([card] if card else []), (card, calendar)
