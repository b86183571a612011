"""Column-wise tables and the vectorised helpers the demo generator builds them with.

A million members and ten million sales are far too many to make one Python object at a
time; every table is built as numpy columns and only turned into row tuples, in chunks, by
the loader.
"""

from __future__ import annotations

import binascii
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

EPOCH = dt.date(1970, 1, 1)
NULL_DAY = np.iinfo(np.int32).min  # marks an unknown date in a day-number column
_HEX = np.array([f"{i:02x}" for i in range(256)], dtype="S2")


@dataclass
class Table:
    """One table's rows as equally long columns; ``kinds`` says how to write special ones.

    Kinds: ``ts`` (int seconds since the epoch, UTC), ``ts_null`` (same, 0 = NULL),
    ``date`` (int days since the epoch, NULL_DAY = NULL), ``uid`` (32 hex bytes),
    ``null_int`` (int, 0 = NULL), ``bool``, ``code:<prefix>:<width>`` (an int shown as a
    zero-padded number after a prefix, e.g. receipt R000000042); anything else is written
    as it is. Compact kinds keep ten million rows in memory cheaply; they become Python
    strings one chunk at a time.
    """

    name: str
    columns: dict[str, Any] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        first = next(iter(self.columns.values()), ())
        return len(first)

    def add(self, name: str, values: Any, kind: str = "") -> None:
        self.columns[name] = values
        if kind:
            self.kinds[name] = kind

    def rows(self, chunk: int = 100_000, *, sqlite: bool = True) -> Iterator[list[tuple[Any, ...]]]:
        """Row tuples in column order, ``chunk`` rows at a time, with kinds converted.

        For SQLite, timestamps and uids come out as the column types store them there
        (``UTCDateTime``: integer microseconds; ``Uid``: 16 bytes); for PostgreSQL's COPY,
        as text.
        """
        total = len(self)
        for start in range(0, total, chunk):
            stop = min(total, start + chunk)
            cols = [self._python(name, values[start:stop], sqlite) for name, values in self.columns.items()]
            yield list(zip(*cols, strict=True))

    def _python(self, name: str, values: Any, sqlite: bool) -> Sequence[Any]:
        kind = self.kinds.get(name, "")
        if kind in ("ts", "ts_null"):
            arr = np.asarray(values, dtype=np.int64)
            out: list[Any] = (arr * 1_000_000).tolist() if sqlite else format_timestamps(arr)
            if kind == "ts_null":
                out = [t if v else None for t, v in zip(out, arr.tolist(), strict=True)]
            return out
        if kind == "date":
            arr = np.asarray(values)
            text = np.datetime_as_string(arr.astype("datetime64[D]"), unit="D").tolist()
            return [t if v != NULL_DAY else None for t, v in zip(text, arr.tolist(), strict=True)]
        if kind == "null_int":
            return [v or None for v in np.asarray(values).tolist()]
        if kind == "uid":
            if sqlite:
                raw = binascii.unhexlify(np.ascontiguousarray(values, dtype="S32").tobytes())
                return [raw[i : i + 16] for i in range(0, len(raw), 16)]
            return np.asarray(values).astype("U32").tolist()  # type: ignore[no-any-return]
        if kind.startswith("code:"):
            _, prefix, width = kind.split(":")
            return [f"{prefix}{v:0{width}d}" for v in np.asarray(values).tolist()]
        if kind == "bool":
            return [bool(v) for v in np.asarray(values).tolist()]
        if isinstance(values, np.ndarray):
            return values.tolist()  # type: ignore[no-any-return]
        return values  # type: ignore[no-any-return]


def format_timestamps(seconds: np.ndarray) -> list[str]:
    """Epoch seconds as naive UTC text, ``YYYY-MM-DD HH:MM:SS.000000`` (for PostgreSQL's COPY)."""
    text = np.datetime_as_string(seconds.astype("datetime64[s]"), unit="s")
    return [f"{t[:10]} {t[11:]}.000000" for t in text.tolist()]


def uids(rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` random version-4 UUIDs as 32 hex bytes each, drawn from ``rng`` (deterministic).

    They come in ascending order: each table's unique uid index then grows at its right
    edge while rows are inserted by id, instead of taking every insert at a random page
    (which made ten million sales load at half the speed of twenty million sale lines).
    """
    raw = rng.integers(0, 256, size=(n, 16), dtype=np.uint8)
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
    return np.sort(np.ascontiguousarray(_HEX[raw]).view("S32").ravel())


def pick(
    rng: np.random.Generator,
    choices: Sequence[Any] | np.ndarray,
    n: int,
    weights: Sequence[float] | np.ndarray | None = None,
) -> Any:
    """``n`` draws from ``choices`` (optionally weighted), as an object array."""
    p = None if weights is None else np.asarray(weights, dtype=float) / float(sum(weights))
    index = rng.choice(len(choices), size=n, p=p)
    return np.asarray(choices, dtype=object)[index]


def day_number(day: dt.date) -> int:
    return (day - EPOCH).days


def group_sum(keys: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Sum of ``values`` per key 0..size-1 (exact integer arithmetic)."""
    if len(keys) == 0:
        return np.zeros(size, dtype=np.int64)
    # bincount sums in float64, exact for totals below 2**53 fen (90 trillion yuan)
    return np.rint(np.bincount(keys, weights=values, minlength=size)).astype(np.int64)
