"""Declarative base and the column types every model shares."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import BigInteger, DateTime, Enum, LargeBinary, MetaData, String, TypeDecorator, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

from memberdesk.store.uids import uuid7

# Stable constraint names make Alembic diffs and SQLite batch migrations predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)


def epoch_micros(value: dt.datetime) -> int:
    """An aware datetime as the integer SQLite stores: microseconds since 1970-01-01 UTC."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return (value - _EPOCH) // _MICROSECOND


def from_epoch_micros(value: int) -> dt.datetime:
    """The aware (UTC) datetime of a stored SQLite timestamp."""
    return _EPOCH + dt.timedelta(microseconds=value)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp handed back timezone-aware (UTC); naive datetimes are refused on the way in.

    PostgreSQL stores naive UTC in ``timestamp`` (``timestamptz`` would convert on the way
    out according to the session). SQLite has no timestamp type: it stores an INTEGER of
    microseconds since 1970-01-01 UTC, 8 bytes instead of the 26 of SQLAlchemy's text form,
    in the table and in every index on the column, ordered like the instants. A text value
    in such a column (written by something that bypassed this type) is refused on reading,
    because SQLite orders every integer before every text and a range would silently miss it.
    """

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(DateTime())

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        if dialect.name == "sqlite":
            return epoch_micros(value)
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            if type(value) is int:
                return from_epoch_micros(value)
            raise TypeError(f"not a stored timestamp (run `memberdesk db check`): {value!r}")
        if not isinstance(value, dt.datetime):
            raise TypeError(f"not a timestamp: {value!r}")
        return value.replace(tzinfo=dt.UTC)


class Uid(TypeDecorator[uuid.UUID]):
    """A UUID: PostgreSQL's native ``uuid``; on SQLite its 16 bytes as a BLOB (not 32 hex
    characters), ordered like the UUIDs, so version 7 ids still grow at the index's edge."""

    impl = Uuid
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(LargeBinary())
        return dialect.type_descriptor(Uuid())

    def process_bind_param(self, value: uuid.UUID | str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, uuid.UUID):
            value = uuid.UUID(value)
        return value.bytes if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> uuid.UUID | None:
        if value is None or dialect.name != "sqlite":
            return value  # type: ignore[no-any-return]
        if isinstance(value, bytes | memoryview) and len(value) == 16:
            return uuid.UUID(bytes=bytes(value))
        raise TypeError(f"not a stored uid (run `memberdesk db check`): {value!r}")


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

    uid: Mapped[uuid.UUID] = mapped_column(Uid, unique=True, default=new_uid)


def code_column(length: int = 32) -> Any:
    """A short identifier column compared byte-wise (range scans need binary collation)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")
