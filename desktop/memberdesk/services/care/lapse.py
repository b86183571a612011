"""When a member counts as lapsed today: the store's setting (``domain/churn.py``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from memberdesk.domain.churn import LAPSE_DAYS, LAPSE_SETTING, YEAR_DAYS, parse_lapse_days
from memberdesk.store.models import Setting

YEAR = dt.timedelta(days=YEAR_DAYS)


def lapse_days(s: Session, store_id: int) -> int:
    """The store's setting (``domain/churn.py``): no purchase for this long and a member lapsed."""
    row = s.get(Setting, (store_id, LAPSE_SETTING))
    return parse_lapse_days(row.value) if row is not None else LAPSE_DAYS


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def lapsed_since(s: Session, store_id: int, today: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The window of last purchases that puts a member on the list today: [from, to)."""
    to = _midnight(today) - dt.timedelta(days=lapse_days(s, store_id))
    return to - YEAR, to
