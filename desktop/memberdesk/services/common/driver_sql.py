"""Hot-path statements run on the database driver's own cursor.

The counter's lookups, the member card and the sale are a handful of fixed statements run
thousands of times a day. Through SQLAlchemy's execution each costs several times what the database
spends on it (building the cache key, the result object, a row object per row). A
``DriverStatement`` compiles its Core statement once per dialect into the driver's SQL and
parameter order, with the statement's own constants (enum values, ``IN`` lists, ``OFFSET 0``)
already converted by their column types; each call then is one ``cursor.execute`` and one
``fetchall``. With ``convert=True`` the rows' values pass through the selected columns' own
result converters (timestamps, enums, dates), so callers get what the ORM would hand them.

Values a caller passes are given to the driver as they are (ints and strings only), unless
the statement is built with ``bind=True``: then each value goes through its bind's type on
the way in (timestamps, uids, enums), as SQLAlchemy's execution would convert it. Inserts and
updates (``bind=True`` is what they want) must name a value for every column with a Python-side
default: the driver runs no defaults, so compiling such a statement refuses it.

``SessionDriver`` runs these statements inside a use case's own ``Session`` transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Table, bindparam, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import CompoundSelect, Delete, Insert, Select, Update

Converter = Callable[[Any], Any]
Statement = Select[Any] | CompoundSelect[Any] | Insert | Update | Delete


class _Compiled:
    __slots__ = ("converters", "fixed", "in_processors", "order", "sql")

    def __init__(self, stmt: Statement, dialect: Dialect, convert: bool, bind: bool) -> None:
        compiled: Any = stmt.compile(dialect=dialect)
        prefetch = [*getattr(compiled, "insert_prefetch", ()), *getattr(compiled, "update_prefetch", ())]
        if prefetch:
            names = ", ".join(sorted(str(c.name) for c in prefetch))
            raise ValueError(f"give these columns a value, the driver runs no Python defaults: {names}")
        required = {name for name, bind in compiled.binds.items() if bind.required}
        # expanding the IN lists once: the statement's constants then are plain parameters
        state = compiled.construct_expanded_state(dict.fromkeys(required))
        processors = state.processors
        self.sql: str = state.statement
        self.fixed: dict[str, Any] = {
            name: (processors[name](value) if name in processors and value is not None else value)
            for name, value in state.parameters.items()
            if name not in required
        }
        self.in_processors: dict[str, Converter] = {}
        if bind:
            for name in required:
                found = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
                if found is not None:
                    self.in_processors[name] = found
        # positional drivers (sqlite3's "?") take a tuple in this order; named ones a dict
        self.order: tuple[str, ...] | None = (
            tuple(state.positiontup) if state.positiontup is not None else None
        )
        self.converters: tuple[tuple[int, Converter], ...] = ()
        if convert:
            found = (
                (i, _result_processor(column, dialect)) for i, column in enumerate(stmt.exported_columns)
            )
            self.converters = tuple((i, p) for i, p in found if p is not None)

    def parameters(self, params: Mapping[str, object]) -> Any:
        if self.in_processors:
            processors = self.in_processors
            params = {
                name: (processors[name](value) if value is not None and name in processors else value)
                for name, value in params.items()
            }
        if self.order is None:
            return {**self.fixed, **params}
        fixed = self.fixed
        return tuple(params[name] if name in params else fixed[name] for name in self.order)


class DriverStatement:
    """A Core statement compiled once per dialect, run on a DBAPI cursor (see module text)."""

    def __init__(self, stmt: Statement, *, convert: bool = False, bind: bool = False) -> None:
        self.stmt = stmt
        self.convert = convert
        self.bind = bind
        self._by_dialect: dict[str, _Compiled] = {}

    def compiled(self, dialect: Dialect) -> _Compiled:
        found = self._by_dialect.get(dialect.name)
        if found is None:
            found = self._by_dialect[dialect.name] = _Compiled(self.stmt, dialect, self.convert, self.bind)
        return found

    def sql(self, dialect: Dialect, params: Mapping[str, object]) -> tuple[str, Any]:
        """The driver's SQL and parameters for ``params`` (what ``rows`` executes)."""
        compiled = self.compiled(dialect)
        return compiled.sql, compiled.parameters(params)

    def rows(self, cursor: Any, dialect: Dialect, params: Mapping[str, object]) -> list[tuple[Any, ...]]:
        compiled = self.compiled(dialect)
        cursor.execute(compiled.sql, compiled.parameters(params))
        fetched: list[tuple[Any, ...]] = cursor.fetchall()
        converters = compiled.converters
        if not converters or not fetched:
            return fetched
        return _converted(fetched, converters)

    def execute(self, cursor: Any, dialect: Dialect, params: Mapping[str, object]) -> int:
        """Run an insert, update or delete without ``RETURNING``; the rows it touched."""
        compiled = self.compiled(dialect)
        cursor.execute(compiled.sql, compiled.parameters(params))
        return int(cursor.rowcount)

    def executemany(self, cursor: Any, dialect: Dialect, many: list[Mapping[str, object]]) -> None:
        if many:
            compiled = self.compiled(dialect)
            cursor.executemany(compiled.sql, [compiled.parameters(params) for params in many])


def _converted(
    fetched: list[tuple[Any, ...]], converters: tuple[tuple[int, Converter], ...]
) -> list[tuple[Any, ...]]:
    out = []
    for row in fetched:
        values = list(row)
        for index, convert in converters:
            value = values[index]
            if value is not None:
                values[index] = convert(value)
        out.append(tuple(values))
    return out


def table_of(model: type[Any]) -> Table:
    """A mapped class's table, typed as the ``Table`` it is (inserts and updates want one)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def insert_row(table: Table) -> Insert:
    """An insert of every column but an autoincrement key, each bound by its column's name and
    type: a caller passes every value (a missing one is an error, not a silent NULL)."""
    auto = table.autoincrement_column
    return insert(table).values(
        {c.key: bindparam(c.key, type_=c.type) for c in table.columns if c is not auto}
    )


class SessionDriver:
    """The driver's cursor on a use case's ``Session``: its connection, its transaction.

    The session's pending ORM changes are flushed first, as SQLAlchemy's own execution would
    autoflush, so rows a statement refers to (a sale just added) are there. Rows written this
    way are not seen by ORM objects the session already holds: use it for rows the session
    has not loaded (the ledger's entries and totals, a new sale).
    """

    __slots__ = ("cursor", "dialect")

    def __init__(self, session: Session) -> None:
        session.flush()
        conn = session.connection()
        self.dialect: Dialect = conn.dialect
        self.cursor: Any = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]

    def rows(self, stmt: DriverStatement, **params: object) -> list[tuple[Any, ...]]:
        return stmt.rows(self.cursor, self.dialect, params)

    def first(self, stmt: DriverStatement, **params: object) -> tuple[Any, ...] | None:
        found = stmt.rows(self.cursor, self.dialect, params)
        return found[0] if found else None

    def execute(self, stmt: DriverStatement, **params: object) -> int:
        return stmt.execute(self.cursor, self.dialect, params)

    def executemany(self, stmt: DriverStatement, many: list[Mapping[str, object]]) -> None:
        stmt.executemany(self.cursor, self.dialect, many)


def _result_processor(column: Any, dialect: Dialect) -> Converter | None:
    processor: Converter | None = column.type.dialect_impl(dialect).result_processor(dialect, None)
    return processor


_CONVERTERS: dict[tuple[int, str], Converter] = {}  # by the column's id: columns are module-level


def column_converter(column: Any, dialect: Dialect) -> Converter:
    """``column``'s result converter for ``dialect`` (the identity if the driver's value is
    already the Python value), built once."""
    key = (id(column), dialect.name)
    found = _CONVERTERS.get(key)
    if found is None:
        found = _CONVERTERS[key] = _result_processor(column, dialect) or _same
    return found


def _same(value: Any) -> Any:
    return value
