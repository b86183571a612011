"""Reading a spreadsheet a store brings (.xlsx, or CSV/tab text in UTF-8, UTF-16 or GBK).

Files come from Excel, WPS, LibreOffice and old POS systems, so nothing about them is
trusted: the kind is told from the content, not the name; a file that cannot be read is
refused with a ``SpreadsheetFileError`` that says why and what to do (an .xls file is not
read, and the message says how to save it as .xlsx); every size is bounded. The header row
need not be the first (a title row above it is common) and the members need not be on the
first sheet: the caller's ``guess`` recognises headers, and the best match is taken.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 500_000
MAX_COLUMNS = 256
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
HEADER_SCAN_ROWS = 20

# Lift the csv module's 131,072-character field limit (a process-wide setting, only ever
# raised here): a longer cell is then one rejected row instead of an exception mid-file.
csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003, or a password-protected workbook
_ZIP = b"PK\x03\x04"
_BINARY = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"BM", b"Rar!", b"7z\xbc\xaf", b"\x1f\x8b")


class FileProblem(StrEnum):
    UNREADABLE = "unreadable"  # missing, locked by another program, no access
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    XLS = "xls"  # Excel 97-2003 or an encrypted workbook
    NOT_SPREADSHEET = "not_spreadsheet"  # a picture, a PDF, a ZIP of something else ...
    DAMAGED = "damaged"  # a broken .xlsx or sheet XML
    ENCODING = "encoding"
    NO_SHEET = "no_sheet"  # the sheet asked for is not in the file
    NO_ROWS = "no_rows"


class SpreadsheetFileError(ValidationError):
    """The file as a whole cannot be imported; nothing was changed."""

    def __init__(self, problem: FileProblem, message: str, /, **params: Any) -> None:
        super().__init__(message, field="file", **params)
        self.problem = problem


def _fail(problem: FileProblem, message: str, **params: Any) -> SpreadsheetFileError:
    return SpreadsheetFileError(problem, message, **params)


@dataclass(frozen=True)
class Sheet:
    """The non-blank rows of one sheet, each with its row number in the file (1-based)."""

    name: str
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)


@dataclass(frozen=True)
class Table:
    """The header and data rows of the sheet that was read."""

    sheet: str  # "" for a CSV file
    sheets: tuple[str, ...]  # every sheet of the workbook, in order
    header_line: int
    headers: list[str]
    rows: list[list[Any]]
    lines: list[int]  # the row number in the file of each data row


def read_bytes(path: Path) -> bytes:
    name = path.name
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _fail(
                FileProblem.TOO_LARGE,
                QT_TRANSLATE_NOOP(
                    "Errors", "The file {file} is larger than {mb} MB; split it into smaller files."
                ),
                file=name,
                mb=MAX_FILE_BYTES // (1024 * 1024),
            )
        data = path.read_bytes()
    except OSError:
        raise _fail(
            FileProblem.UNREADABLE,
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {file} cannot be opened: check that it exists, that you may read it, "
                "and close it in Excel or WPS first.",
            ),
            file=name,
        ) from None
    if not data.strip(b" \t\r\n\x00") or data in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        raise _fail(FileProblem.EMPTY, QT_TRANSLATE_NOOP("Errors", "The file {file} is empty."), file=name)
    return data


def _xls(name: str) -> SpreadsheetFileError:
    return _fail(
        FileProblem.XLS,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is an Excel 97-2003 (.xls) or password-protected workbook, which is not read. "
            "Open it in Excel or WPS, remove any password, choose File > Save As > "
            "Excel Workbook (.xlsx), and import the new file.",
        ),
        file=name,
    )


def _not_spreadsheet(name: str) -> SpreadsheetFileError:
    return _fail(
        FileProblem.NOT_SPREADSHEET,
        QT_TRANSLATE_NOOP("Errors", "{file} is not a spreadsheet: import an .xlsx or .csv file."),
        file=name,
    )


def _damaged(name: str) -> SpreadsheetFileError:
    return _fail(
        FileProblem.DAMAGED,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The workbook {file} is damaged and cannot be read. Open it in Excel or WPS, "
            "save it again as .xlsx, and import the new file.",
        ),
        file=name,
    )


def _decode(data: bytes, name: str) -> str:
    # UTF-16 with a BOM is Excel's "Unicode text"; then UTF-8 (with or without Excel's BOM);
    # then GB18030, the superset of GBK/GB2312 that Chinese Excel and older POS systems write.
    encodings = ("utf-16",) if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            raise _not_spreadsheet(name)
        return text
    raise _fail(
        FileProblem.ENCODING,
        QT_TRANSLATE_NOOP("Errors", "The file's text encoding is not UTF-8 or GBK; save it as CSV UTF-8."),
    )


def _trimmed(values: Sequence[Any]) -> list[Any]:
    row = list(values[:MAX_COLUMNS])
    while row and (row[-1] is None or (isinstance(row[-1], str) and not row[-1].strip())):
        row.pop()
    return row


def _text_sheet(text: str, name: str) -> Sheet:
    first = text[:10_000]
    dialect = csv.excel_tab if first.count("\t") > first.count(",") else csv.excel
    sheet = Sheet("")
    try:
        for n, record in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
            row = _trimmed(record)
            if row:
                sheet.rows.append((n, row))
                _check_rows(len(sheet.rows), name)
    except csv.Error:
        raise _damaged(name) from None
    return sheet


def _check_rows(count: int, name: str) -> None:
    if count > MAX_ROWS:
        raise _fail(
            FileProblem.TOO_LARGE,
            QT_TRANSLATE_NOOP(
                "Errors", "The file {file} has more than {rows} rows; split it into smaller files."
            ),
            file=name,
            rows=MAX_ROWS,
        )


def _workbook_sheets(data: bytes, name: str, only: str | None) -> tuple[tuple[str, ...], list[Sheet]]:
    """Every sheet name of a workbook, and the sheets read (only the one named ``only``)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except zipfile.BadZipFile:
        raise _damaged(name) from None
    except Exception:  # openpyxl raises many kinds (KeyError, ParseError, ...) for a broken file
        raise _damaged(name) from None
    sheets: list[Sheet] = []
    try:
        names = tuple(ws.title for ws in book.worksheets)
        for ws in book.worksheets:
            if only is not None and ws.title != only:
                continue
            sheet = Sheet(ws.title)
            for n, values in enumerate(ws.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
                row = _trimmed(values)
                if row:
                    sheet.rows.append((n, row))
                    _check_rows(len(sheet.rows), name)
            sheets.append(sheet)
    except SpreadsheetFileError:
        raise
    except Exception:  # bad sheet XML surfaces only while its rows are read
        raise _damaged(name) from None
    finally:
        book.close()
    return names, sheets


def sheet_names(path: Path) -> list[str]:
    """The names of a workbook's sheets, in order ([] for a CSV file)."""
    data = read_bytes(path)
    if not data.startswith(_ZIP):
        return []
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True)
    except Exception:
        raise _damaged(path.name) from None
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def read_sheets(path: Path, *, sheet: str | None = None) -> tuple[tuple[str, ...], list[Sheet]]:
    """The sheet names of ``path`` and its sheets (only the one named ``sheet`` when given)."""
    name = path.name
    data = read_bytes(path)
    if data.startswith(_OLE):
        raise _xls(name)
    if data.startswith(_ZIP):
        if not _is_workbook(data):
            raise _not_spreadsheet(name)
        names, sheets = _workbook_sheets(data, name, sheet)
        if sheet is not None and not sheets:
            raise _fail(
                FileProblem.NO_SHEET,
                QT_TRANSLATE_NOOP(
                    "Errors", "The workbook {file} has no sheet “{sheet}”; its sheets are: {sheets}."
                ),
                file=name,
                sheet=sheet,
                sheets=", ".join(names),
            )
        return names, sheets
    if data.startswith(_BINARY):
        raise _not_spreadsheet(name)
    text = _decode(data, name)
    if text.lstrip().startswith("<"):  # an HTML or XML page saved with a spreadsheet's name
        raise _xls(name) if path.suffix.lower() == ".xls" else _not_spreadsheet(name)
    return (), [_text_sheet(text, name)]


def _is_workbook(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "[Content_Types].xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return True  # a damaged workbook: reading it says so


Guess = Callable[[Sequence[str]], Mapping[str, int]]


def header_index(rows: Sequence[tuple[int, list[Any]]], guess: Guess) -> int:
    """Which of the first rows is the header: the one with the most recognised columns."""
    best, best_score = 0, 0
    for i, (_n, row) in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = len(guess([_header_text(v) for v in row]))
        if score > best_score:
            best, best_score = i, score
    return best


def _header_text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def read_table(path: Path, guess: Guess, key_field: str, *, sheet: str | None = None) -> Table:
    """The header row and data rows of ``sheet``, or of the first sheet whose header has a
    ``key_field`` column (the first sheet when none has). ``rows`` may be empty."""
    names, sheets = read_sheets(path, sheet=sheet)
    chosen, start = None, 0
    for candidate in sheets:
        if not candidate.rows:
            continue
        i = header_index(candidate.rows, guess)
        if key_field in guess([_header_text(v) for v in candidate.rows[i][1]]):
            chosen, start = candidate, i
            break
    if chosen is None:
        chosen = next((s for s in sheets if s.rows), sheets[0] if sheets else Sheet(""))
        start = header_index(chosen.rows, guess) if chosen.rows else 0
    if not chosen.rows:
        return Table(chosen.name, names, 0, [], [], [])
    body = chosen.rows[start + 1 :]
    header_line, header = chosen.rows[start]
    return Table(
        sheet=chosen.name,
        sheets=names,
        header_line=header_line,
        headers=[_header_text(v) for v in header],
        rows=[row for _n, row in body],
        lines=[n for n, _row in body],
    )
