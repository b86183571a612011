"""The rows of a member file, validated once: what a dry run finds and the real run writes.

``prepare`` reads the file and turns each row into a ``ReadyRow`` (the member's column values
as enrolment would store them, the name's search keys, the card, sizes, children and opening
values) or a ``RejectedRow`` with the reason. It needs no database, so it runs before any
transaction; a ``Prepared`` file is what the Members page keeps from its dry run, and the
real run reuses it when the file has not changed since.

What each row then does depends on the store as it is at that moment (``import_plan``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from memberdesk.domain.search_keys import name_keys
from memberdesk.domain.vocab import SizeCategory
from memberdesk.services.io import spreadsheet_file
from memberdesk.services.io.import_columns import (
    NOT_IMPORTED,
    Opening,
    guess_mapping,
    row_form,
    row_opening,
)
from memberdesk.services.io.spreadsheet_file import FileProblem, SpreadsheetFileError, Table
from memberdesk.services.members.enrolment import clean_form
from memberdesk.services.members.forms import ChildForm

Progress = Callable[[int, int], None]
Check = Callable[[], None]


@dataclass(frozen=True)
class RejectedRow:
    """A row that was not imported; ``message``/``params`` translate like a ServiceError."""

    row: int  # the row number in the file or sheet (as Excel shows it)
    field: str
    message: str
    params: dict[str, Any]

    def english(self) -> str:
        return self.message.format(**self.params) if self.params else self.message


@dataclass(frozen=True)
class SkippedRow:
    """A row left alone because its member is on file already, and why (translatable)."""

    row: int
    message: str
    params: dict[str, Any]

    def english(self) -> str:
        return self.message.format(**self.params) if self.params else self.message


@dataclass(frozen=True, slots=True)
class ReadyRow:
    """One valid row: everything the import writes for it, computed once."""

    line: int
    values: dict[str, Any]  # the member's columns, cleaned as enrolment cleans them
    keys: tuple[str, ...]  # the name's search keys
    card: str  # "" when the store assigns the next number
    sizes: tuple[tuple[SizeCategory, str], ...]
    children: tuple[ChildForm, ...]
    opening: Opening

    @property
    def phone(self) -> str:
        return str(self.values["phone"])


@dataclass(frozen=True)
class FileStamp:
    """Which file, sheet and columns a preparation read: the real run reuses it only if equal."""

    path: str
    size: int
    modified_ns: int
    sheet: str | None
    mapping: tuple[tuple[str, int], ...] | None
    today: dt.date

    @classmethod
    def of(cls, path: Path, sheet: str | None, mapping: dict[str, int] | None, today: dt.date) -> FileStamp:
        try:
            stat = path.stat()
            size, modified = stat.st_size, stat.st_mtime_ns
        except OSError:
            size, modified = -1, -1
        chosen = tuple(sorted(mapping.items())) if mapping is not None else None
        return cls(str(path.resolve()), size, modified, sheet, chosen, today)


@dataclass(frozen=True)
class Prepared:
    """A member file read and validated (no database): rows to write and rows refused."""

    stamp: FileStamp
    file_name: str
    sheet: str
    sheets: tuple[str, ...]
    header_row: int
    headers: dict[str, str]  # field -> the header it is read from
    not_imported: tuple[str, ...]
    stored_value_column: str
    total: int
    rows: tuple[ReadyRow, ...]
    rejected: tuple[RejectedRow, ...]
    explicit_cards: frozenset[str] = field(default_factory=frozenset)  # cards the file gives

    def fits(self, path: Path, sheet: str | None, mapping: dict[str, int] | None, today: dt.date) -> bool:
        """Whether this is what reading ``path`` again would give: the same file, unchanged
        since, the same columns and day, and the same sheet (or, when this one was read
        without naming a sheet, the sheet it chose, as the real run after a dry run names it)."""
        now = FileStamp.of(path, sheet, mapping, today)
        if now.sheet is not None and self.stamp.sheet is None and now.sheet == self.sheet:
            now = FileStamp.of(path, None, mapping, today)
        return now == self.stamp


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """The member sheet of ``path``: the named sheet, or the first whose header has a phone
    column; the header row is found among the first rows (a title row above it is common)."""
    return spreadsheet_file.read_table(path, guess_mapping, "phone", sheet=sheet)


def _missing_column(table: Table, column: str) -> ValidationError:
    if len(table.sheets) > 1:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No {column} column found on sheet “{sheet}”; choose the sheet ({sheets}) or the column.",
            ),
            field="mapping",
            column=column,
            sheet=table.sheet,
            sheets=", ".join(table.sheets),
        )
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "No {column} column found; choose it in the column mapping."),
        field="mapping",
        column=column,
    )


def _table(path: Path, sheet: str | None) -> Table:
    table = read_table(path, sheet=sheet)
    if not table.rows and len(table.sheets) > 1:
        raise SpreadsheetFileError(
            FileProblem.NO_ROWS,
            QT_TRANSLATE_NOOP("Errors", "The sheet “{sheet}” has no member rows; the sheets are: {sheets}."),
            sheet=table.sheet,
            sheets=", ".join(table.sheets),
        )
    if not table.rows:
        raise SpreadsheetFileError(
            FileProblem.NO_ROWS, QT_TRANSLATE_NOOP("Errors", "The file has no member rows.")
        )
    return table


class _NameKeys(dict[str, tuple[str, ...]]):
    """Each distinct name's search keys, computed once for the file (a store's file holds the
    same names many times; their pinyin readings were a third of validating a row)."""

    def __missing__(self, name: str) -> tuple[str, ...]:
        keys = self[name] = tuple(sorted(name_keys(name)))
        return keys


def _ready(line: int, row: list[Any], mapping: dict[str, int], today: dt.date, keys: _NameKeys) -> ReadyRow:
    form = row_form(row, mapping)
    opening = row_opening(row, mapping, today)
    clean, card = clean_form(form, today, keys=False)
    sizes = tuple((cat, size.strip()) for cat, size in form.sizes.items() if size.strip())
    children = tuple(ChildForm(c.name.strip(), c.gender, c.birthday) for c in form.children)
    return ReadyRow(line, clean.values, keys[clean.values["name"]], card, sizes, children, opening)


def prepare(
    path: Path,
    *,
    mapping: dict[str, int] | None = None,
    sheet: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    check: Check | None = None,
) -> Prepared:
    """Read ``path`` and validate every row (see the module text); no database is touched."""
    today = today or dt.date.today()
    stamp = FileStamp.of(path, sheet, mapping, today)
    table = _table(path, sheet)
    mapping = mapping if mapping is not None else guess_mapping(table.headers)
    for required in ("phone", "name"):
        if required not in mapping:
            raise _missing_column(table, required)
    used = {i for name, i in mapping.items() if name not in NOT_IMPORTED}
    ignored = tuple(h for i, h in enumerate(table.headers) if h and i not in used)
    stored = table.headers[mapping["stored_value"]] if "stored_value" in mapping else ""
    rows: list[ReadyRow] = []
    rejected: list[RejectedRow] = []
    phones: dict[str, int] = {}
    cards: dict[str, int] = {}
    keys = _NameKeys()
    total = len(table.rows)
    for i, (line, row) in enumerate(zip(table.lines, table.rows, strict=True), start=1):
        if check is not None and i % 500 == 0:
            check()
        try:
            ready = _ready(line, row, mapping, today, keys)
            _once_in_file(ready, phones, cards)
        except ServiceError as err:
            rejected.append(RejectedRow(line, err.field or "", err.message, dict(err.params)))
        else:
            rows.append(ready)
        if progress is not None and (i % 1000 == 0 or i == total):
            progress(i, total)
    headers = {name: table.headers[i] for name, i in mapping.items() if i < len(table.headers)}
    return Prepared(
        stamp=stamp,
        file_name=path.name,
        sheet=table.sheet,
        sheets=table.sheets,
        header_row=table.header_line,
        headers=headers,
        not_imported=ignored,
        stored_value_column=stored,
        total=total,
        rows=tuple(rows),
        rejected=tuple(rejected),
        explicit_cards=frozenset(cards),
    )


def _once_in_file(ready: ReadyRow, phones: dict[str, int], cards: dict[str, int]) -> None:
    """Refuse a row whose phone or card an earlier row of the file already has."""
    if ready.phone in phones:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The same phone as row {row}."),
            field="phone",
            row=phones[ready.phone],
        )
    if ready.card and ready.card in cards:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The same card number as row {row}."),
            field="card_no",
            row=cards[ready.card],
        )
    phones[ready.phone] = ready.line
    if ready.card:
        cards[ready.card] = ready.line
