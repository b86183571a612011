"""Hot-path statements run on the database driver's own cursor.

The counter's lookups and the member card are a handful of fixed statements run thousands of
times a day. Through SQLAlchemy's execution each costs several times what the database
spends on it (building the cache key, the result object, a row object per row). A
``DriverStatement`` compiles its Core statement once per dialect into the driver's SQL and
parameter order, with the statement's own constants (enum values, ``IN`` lists, ``OFFSET 0``)
already converted by their column types; each call then is one ``cursor.execute`` and one
``fetchall``. With ``convert=True`` the rows' values pass through the selected columns' own
result converters (timestamps, enums, dates), so callers get what the ORM would hand them.

Values a caller passes are given to the driver as they are: ints and strings only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.sql import CompoundSelect, Select

Converter = Callable[[Any], Any]
Statement = Select[Any] | CompoundSelect[Any]


class _Compiled:
    __slots__ = ("converters", "fixed", "order", "sql")

    def __init__(self, stmt: Statement, dialect: Dialect, convert: bool) -> None:
        compiled = stmt.compile(dialect=dialect)
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
        # positional drivers (sqlite3's "?") take a tuple in this order; named ones a dict
        self.order: tuple[str, ...] | None = (
            tuple(state.positiontup) if state.positiontup is not None else None
        )
        self.converters: tuple[tuple[int, Converter], ...] = ()
        if convert:
            found = (
                (i, _result_processor(column, dialect)) for i, column in enumerate(stmt.selected_columns)
            )
            self.converters = tuple((i, p) for i, p in found if p is not None)

    def parameters(self, params: Mapping[str, object]) -> Any:
        if self.order is None:
            return {**self.fixed, **params}
        fixed = self.fixed
        return tuple(params[name] if name in params else fixed[name] for name in self.order)


class DriverStatement:
    """A Core ``select`` compiled once per dialect, run on a DBAPI cursor (see module text)."""

    def __init__(self, stmt: Statement, *, convert: bool = False) -> None:
        self.stmt = stmt
        self.convert = convert
        self._by_dialect: dict[str, _Compiled] = {}

    def compiled(self, dialect: Dialect) -> _Compiled:
        found = self._by_dialect.get(dialect.name)
        if found is None:
            found = self._by_dialect[dialect.name] = _Compiled(self.stmt, dialect, self.convert)
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
        out = []
        for row in fetched:
            values = list(row)
            for index, convert in converters:
                value = values[index]
                if value is not None:
                    values[index] = convert(value)
            out.append(tuple(values))
        return out


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
