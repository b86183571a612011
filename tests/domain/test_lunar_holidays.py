"""Festival dates against the published calendar; lunar birthdays moved to the right day."""

from __future__ import annotations

import datetime as dt

import pytest

from memberdesk.domain import lunar
from memberdesk.domain.birthdays import lunar_keys_on as birthdays_on
from memberdesk.domain.holidays import (
    LABA,
    LITTLE_NEW_YEAR,
    Holiday,
    holidays_between,
    holidays_in,
    new_years_eve,
    qingming,
    solar_birthday_in,
    winter_solstice,
)

D = dt.date
PUBLISHED = {
    Holiday.SPRING_FESTIVAL: [D(2023, 1, 22), D(2024, 2, 10), D(2025, 1, 29), D(2026, 2, 17), D(2027, 2, 6)],
    Holiday.LANTERN: [D(2024, 2, 24), D(2025, 2, 12), D(2026, 3, 3)],
    Holiday.QINGMING: [
        D(2008, 4, 4),
        D(2019, 4, 5),
        D(2023, 4, 5),
        D(2024, 4, 4),
        D(2025, 4, 4),
        D(2026, 4, 5),
        D(2027, 4, 5),
        D(2028, 4, 4),
        D(2029, 4, 4),
        D(2030, 4, 5),
    ],
    Holiday.DRAGON_BOAT: [D(2023, 6, 22), D(2024, 6, 10), D(2025, 5, 31), D(2026, 6, 19)],
    Holiday.QIXI: [D(2024, 8, 10), D(2025, 8, 29), D(2026, 8, 19)],
    Holiday.MID_AUTUMN: [D(2023, 9, 29), D(2024, 9, 17), D(2025, 10, 6), D(2026, 9, 25)],
    Holiday.DOUBLE_NINTH: [D(2024, 10, 11), D(2025, 10, 29), D(2026, 10, 18)],
    Holiday.MOTHERS_DAY: [D(2024, 5, 12), D(2025, 5, 11), D(2026, 5, 10)],
    Holiday.FATHERS_DAY: [D(2024, 6, 16), D(2025, 6, 15), D(2026, 6, 21)],
    Holiday.TEACHERS_DAY: [D(2025, 9, 10)],
    Holiday.NATIONAL_DAY: [D(2025, 10, 1)],
    Holiday.WOMENS_DAY: [D(2025, 3, 8)],
    Holiday.CHILDRENS_DAY: [D(2025, 6, 1)],
    Holiday.NEW_YEAR: [D(2025, 1, 1)],
}


@pytest.mark.parametrize(("holiday", "day"), [(h, d) for h, days in PUBLISHED.items() for d in days])
def test_festival_matches_published_date(holiday: Holiday, day: dt.date) -> None:
    found = {h.holiday: h.date for h in holidays_in(day.year)}
    assert found[holiday] == day


TWELFTH_MONTH = {Holiday.LABA, Holiday.LITTLE_NEW_YEAR}


def test_every_holiday_once_a_year() -> None:
    for year in range(1902, 2099):
        found = [h.holiday for h in holidays_in(year)]
        assert sorted(h for h in found if h not in TWELFTH_MONTH) == sorted(set(Holiday) - TWELFTH_MONTH)
        # a twelfth-month day falls in January or February, or late in December before an
        # early Spring Festival: a solar year holds it once, twice, or not at all
        assert all(found.count(h) <= 2 for h in TWELFTH_MONTH)


def test_the_new_festivals_are_in_the_care_calendar() -> None:
    found = {(h.holiday, h.date) for y in range(2022, 2031) for h in holidays_in(y)}
    for holiday, days in (
        (Holiday.WINTER_SOLSTICE, WINTER_SOLSTICE),
        (Holiday.NEW_YEARS_EVE, NEW_YEARS_EVE),
        (Holiday.LABA, LABA_DAYS),
        (Holiday.LITTLE_NEW_YEAR, LITTLE_NEW_YEAR_DAYS),
    ):
        assert {(holiday, d) for d in days} <= found


# 冬至 as the Hong Kong Observatory and the Purple Mountain Observatory publish it
WINTER_SOLSTICE = [D(2023, 12, 22), D(2024, 12, 21), D(2025, 12, 21), D(2026, 12, 22), D(2027, 12, 22),
                   D(2028, 12, 21), D(2029, 12, 21), D(2030, 12, 22)]  # fmt: skip
# 除夕 on the 29th (2025-2028: the twelfth month has 29 days) and on the 30th (2023, 2024)
NEW_YEARS_EVE = [D(2023, 1, 21), D(2024, 2, 9), D(2025, 1, 28), D(2026, 2, 16), D(2027, 2, 5), D(2028, 1, 25)]
LABA_DAYS = [D(2022, 12, 30), D(2024, 1, 18), D(2025, 1, 7), D(2026, 1, 26)]
LITTLE_NEW_YEAR_DAYS = [D(2023, 1, 14), D(2024, 2, 2), D(2025, 1, 22), D(2026, 2, 10)]


@pytest.mark.parametrize("day", WINTER_SOLSTICE)
def test_winter_solstice_matches_published_date(day: dt.date) -> None:
    assert winter_solstice(day.year) == day


@pytest.mark.parametrize("day", NEW_YEARS_EVE)
def test_new_years_eve_matches_published_date(day: dt.date) -> None:
    assert new_years_eve(day.year) == day


@pytest.mark.parametrize(("days", "month_day"), [(LABA_DAYS, LABA), (LITTLE_NEW_YEAR_DAYS, LITTLE_NEW_YEAR)])
def test_twelfth_month_days_match_published_dates(days: list[dt.date], month_day: tuple[int, int]) -> None:
    for day in days:
        assert day in lunar.occurrences_in(day.year, *month_day)


def test_new_years_eve_is_the_last_day_of_the_twelfth_month() -> None:
    for year in range(1902, 2100):
        eve = new_years_eve(year)
        before = lunar.to_lunar(eve)
        assert (before.month, before.leap) == (12, False) and before.day in (29, 30)
        assert lunar.to_lunar(eve + dt.timedelta(days=1)).mmdd == 101


def test_solar_terms_stay_in_their_days() -> None:
    assert all(qingming(y).month == 4 and 4 <= qingming(y).day <= 6 for y in range(1901, 2100))
    assert all(
        winter_solstice(y).month == 12 and 21 <= winter_solstice(y).day <= 23 for y in range(1901, 2100)
    )


def test_holidays_between_spans_new_year() -> None:
    found = holidays_between(D(2025, 12, 25), D(2026, 1, 5))
    assert [h.holiday for h in found] == [Holiday.NEW_YEAR]


def test_lunar_birthday_moves_each_year() -> None:
    # born on lunar 8/15: kept on Mid-Autumn day
    assert lunar.occurrences_in(2024, 8, 15) == [D(2024, 9, 17)]
    assert lunar.occurrences_in(2025, 8, 15) == [D(2025, 10, 6)]


def test_thirtieth_in_a_29_day_month_falls_on_the_29th() -> None:
    # lunar 2024 month 1 has 29 days; 2025 month 1 has 29? check the table instead of guessing
    year = next(y for y in range(2020, 2030) if lunar.month_length(y, 1) == 29)
    last = lunar.occurrence(year, 1, 29)
    assert lunar.occurrence(year, 1, 30) == last
    assert (130, False) in birthdays_on(last)


def test_leap_month_birthday_uses_the_leap_month_only_when_the_year_has_it() -> None:
    # 2025 has a leap 6th month, 2024 has none
    assert lunar.leap_month(2025) == 6 and lunar.leap_month(2024) == 0
    assert lunar.occurrence(2025, 6, 1, leap=True) == D(2025, 7, 25)
    assert lunar.occurrence(2025, 6, 1, leap=False) == D(2025, 6, 25)
    assert lunar.occurrence(2024, 6, 1, leap=True) == lunar.occurrence(2024, 6, 1, leap=False)
    assert (601, True) in birthdays_on(D(2025, 7, 25))
    assert (601, True) not in birthdays_on(D(2025, 6, 25))
    assert (601, True) in birthdays_on(lunar.occurrence(2024, 6, 1))


def test_birthdays_on_is_the_reverse_of_occurrence() -> None:
    for lunar_year in (2023, 2024, 2025):
        for month in range(1, 13):
            for day in (1, 15, 29, 30):
                for leap in (False, True):
                    kept = lunar.occurrence(lunar_year, month, day, leap)
                    assert (month * 100 + day, leap) in birthdays_on(kept)


def test_next_occurrence_and_late_lunar_dates() -> None:
    assert lunar.next_occurrence(8, 15, False, D(2025, 10, 7)) == D(2026, 9, 25)
    # lunar 12/20 of 2025 is kept in early February 2026
    assert lunar.occurrence(2025, 12, 20).year == 2026


def test_february_29_birthdays_in_common_years() -> None:
    assert solar_birthday_in(2025, 2, 29) == D(2025, 2, 28)
    assert solar_birthday_in(2028, 2, 29) == D(2028, 2, 29)
