"""The named periods of the report screens (this month, last quarter …) as first and last day."""

from __future__ import annotations

import datetime as dt


def period_bounds(key: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of a named period, relative to ``today``."""
    month_start = today.replace(day=1)
    quarter_start = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
    if key == "this_month":
        return month_start, today
    if key == "last_month":
        last_end = month_start - dt.timedelta(days=1)
        return last_end.replace(day=1), last_end
    if key == "this_quarter":
        return quarter_start, today
    if key == "last_quarter":
        last_end = quarter_start - dt.timedelta(days=1)
        return last_end.replace(month=(last_end.month - 1) // 3 * 3 + 1, day=1), last_end
    if key == "this_year":
        return today.replace(month=1, day=1), today
    return today - dt.timedelta(days=364), today
