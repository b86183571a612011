"""Declarative base and the column types every model shares."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import DateTime, Enum, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from memberdesk.store.uids import uuid7

# Stable constraint names make Alembic diffs and SQLite batch migrations predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored as naive UTC and handed back timezone-aware (UTC).

    SQLite has no time zones and PostgreSQL's ``timestamptz`` would convert on the way out
    according to the session; storing naive UTC keeps both databases identical. Naive
    datetimes are refused on the way in, because a naive local time would silently shift.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text written by bulk loaders
            value = dt.datetime.fromisoformat(value)
        if not isinstance(value, dt.datetime):
            raise TypeError(f"not a timestamp: {value!r}")
        return value.replace(tzinfo=dt.UTC)


def utcnow() -> dt.datetime:
    """The current moment, timezone-aware in UTC."""
    return dt.datetime.now(dt.UTC)


def new_uid() -> uuid.UUID:
    """A globally unique, time-ordered id for records a chain of stores may merge later."""
    return uuid7()


def str_enum(enum_cls: type[enum.Enum], length: int = 24) -> Enum:
    """A VARCHAR-backed enum column: portable, and adding a value needs no migration."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """Declarative base for every MemberDesk table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UidMixin:
    """A globally unique id beside the compact integer primary key.

    Integer keys keep indexes and joins small on a 10-million-sale database; the uid is what
    a head-office sync matches on, so records from different stores never collide.
    """

    uid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=new_uid)


def code_column(length: int = 32) -> Any:
    """A short identifier column compared byte-wise (range scans need binary collation)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")
