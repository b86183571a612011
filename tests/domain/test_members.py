import datetime as dt

from memberdesk.domain.members import (
    birthday_this_week,
    child_age,
    honorific,
    lapsed_days,
    lunar_mmdd_of,
)
from memberdesk.domain.vocab import Gender


def test_honorific_from_gender() -> None:
    assert honorific("张伟", Gender.FEMALE) == "张女士"
    assert honorific("王小明", Gender.MALE) == "王先生"
    assert honorific("欧阳娜娜", Gender.FEMALE) == "欧阳女士"
    assert honorific("张伟", Gender.UNKNOWN) == "张伟"
    assert honorific("Anna Schmidt", Gender.FEMALE) == "Anna Schmidt"


def test_honorific_of_compound_surnames_beyond_the_common_eight() -> None:
    assert honorific("百里长青", Gender.FEMALE) == "百里女士"
    assert honorific("赫连勃勃", Gender.MALE) == "赫连先生"
    assert honorific("左丘明", Gender.MALE) == "左丘先生"
    assert honorific("爱新觉罗·启星", Gender.MALE) == "爱新觉罗先生"
    assert honorific("乐正", Gender.MALE) == "乐先生"


def test_child_age_in_years_and_months() -> None:
    today = dt.date(2026, 11, 25)
    assert child_age(dt.date(2021, 11, 26), today).years == 4
    assert child_age(dt.date(2021, 11, 25), today).years == 5
    young = child_age(dt.date(2025, 12, 1), today)
    assert (young.years, young.months) == (0, 11)


def test_solar_birthday_this_week() -> None:
    wednesday = dt.date(2026, 11, 25)
    assert birthday_this_week(dt.date(1990, 11, 29), None, False, False, wednesday) == dt.date(2026, 11, 29)
    assert birthday_this_week(dt.date(1990, 11, 23), None, False, False, wednesday) == dt.date(2026, 11, 23)
    assert birthday_this_week(dt.date(1990, 12, 1), None, False, False, wednesday) is None


def test_lunar_birthday_moves_with_the_lunar_calendar() -> None:
    # Born on lunar 10/17; in 2026 that day is 25 November (solar).
    mmdd, leap = lunar_mmdd_of(dt.date(2026, 11, 25))
    assert (mmdd, leap) == (1017, False)
    assert birthday_this_week(dt.date(1980, 1, 1), 1017, False, True, dt.date(2026, 11, 24)) == dt.date(
        2026, 11, 25
    )
    # The solar date of the same birthday is not this week: the lunar one wins.
    assert birthday_this_week(dt.date(1980, 11, 10), 1017, False, True, dt.date(2026, 11, 10)) is None


def test_lapsed_days() -> None:
    today = dt.date(2026, 11, 25)
    assert lapsed_days(dt.date(2026, 6, 1), today) == 177
    assert lapsed_days(dt.date(2026, 11, 1), today) is None
    assert lapsed_days(None, today) is None
