"""Dates as the window shows them: ISO (2026-12-10), never the locale's short form.

In an English window Qt's short date is "12/10/26": the 10th of December or the 12th of
October, and which year? A clerk must never have to guess, so every date field and every date
in a text is written year-month-day, in Chinese and in English alike.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

ISO_DATE = "yyyy-MM-dd"  # Qt's pattern for a date field
ISO_DATE_TIME = "yyyy-MM-dd HH:mm"  # and for a date with its time (an event's start)


def date_edit(day: dt.date | QDate | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A date field showing ISO dates, with the calendar on its arrow."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat(ISO_DATE)
    edit.setCalendarPopup(True)
    if isinstance(day, dt.date):
        day = QDate(day.year, day.month, day.day)
    if day is not None:
        edit.setDate(day)
    return edit


def date_time_edit(parent: QWidget | None = None) -> QDateTimeEdit:
    """A date-and-time field in ISO order and the 24-hour clock, with the calendar on its arrow."""
    edit = QDateTimeEdit(parent)
    edit.setDisplayFormat(ISO_DATE_TIME)
    edit.setCalendarPopup(True)
    return edit


def date_text(value: dt.date | dt.datetime | None) -> str:
    """A date (a moment: its local day) in words on screen; "—" for none."""
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        value = value.astimezone().date()
    return value.isoformat()
