"""Exporting members to a spreadsheet the import reads back.

The file has every field the import reads (points, tier, member-since, channel, children,
sizes and the rest), under headers and with values in the clerk's language
(``member_file_words``): 女, 金卡, 自然到店, not F, gold, walk_in. Exported and imported again
into an empty store it gives the same members. The rows are the active members the caller's
filter lets through (the Members page passes its search, tier and tag), in id order, streamed a
page at a time from one read (``member_export_rows``) into the file.

Who may export what, and when a manager approves with a PIN, is ``export_rule``'s. Cells
never start a formula (``domain.cells``). The file is written as ``<name>.part`` and renamed
when complete, so a cancelled export leaves no half file under the real name. Progress is
reported, and a cancel heard, once per page of ``EXPORT_PAGE`` members.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memberdesk.domain.cells import neutralise
from memberdesk.services.common.context import Actor
from memberdesk.services.io import member_file_words as words
from memberdesk.services.io.export_rule import ExportApproval, authorise, member_file
from memberdesk.services.io.member_export_rows import EXPORT_PAGE, conditions, file_rows
from memberdesk.services.members.listing import MemberFilter
from memberdesk.services.staff import audit
from memberdesk.store.database import Database
from memberdesk.store.models import Member

Progress = Callable[[int, int], None]
Check = Callable[[], None]
Pages = Iterator[list[list[str]]]

__all__ = ["EXPORT_PAGE", "export_headers", "export_members", "xlsx_row"]


def export_headers(language: str, *, sensitive: bool) -> list[str]:
    fields = words.EXPORTED + (words.SENSITIVE if sensitive else ())
    return [words.header(f, language) for f in fields]


def export_members(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    full_phones: bool = True,
    include_sensitive: bool = False,
    member_filter: MemberFilter | None = None,
    language: str = "zh_CN",
    approval: ExportApproval | None = None,
    progress: Progress | None = None,
    check: Check | None = None,
    detail: str = "",
) -> int:
    """Write the members ``member_filter`` lets through (all without one) to ``path`` (.csv
    UTF-8 with BOM for Excel, or .xlsx); returns the count.

    ``export_rule`` decides what is needed: a masked list needs the export permission; full
    phones (the default: the file can be imported back) or sensitive fields also a
    manager's ``approval``. Sensitive fields go out only for members whose consent is in
    force. The export and who approved it are written to the audit log.
    """
    kind = member_file(full_phones=full_phones, sensitive=include_sensitive)
    approver = authorise(db, actor, kind, approval)
    headers = export_headers(language, sensitive=include_sensitive)
    tmp = path.with_name(path.name + ".part")
    count = 0
    with db.read() as s:
        total = _count(s, member_filter)
        pages = file_rows(s.connection(), member_filter, language, full_phones, include_sensitive)
        try:
            count = _write(path, tmp, headers, pages, lambda done: _step(progress, check, done, total))
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    tmp.replace(path)
    with db.write() as s:
        audit.record(
            s,
            actor,
            "member.export",
            entity="member",
            detail=detail or path.name,
            after={"count": count, "file": kind.value, "approved_by": approver,
                   "filter": _filter_words(member_filter), "language": language},
        )  # fmt: skip
    return count


def _count(s: Session, member_filter: MemberFilter | None) -> int:
    return s.scalar(select(func.count()).select_from(Member).where(*conditions(member_filter))) or 0


def _filter_words(member_filter: MemberFilter | None) -> str:
    if member_filter is None or member_filter == MemberFilter():
        return ""
    tier = member_filter.tier.value if member_filter.tier is not None else ""
    tag = f"tag:{member_filter.tag}" if member_filter.tag else ""
    return " ".join(p for p in (member_filter.text.strip(), tier, tag) if p)


def _write(path: Path, tmp: Path, headers: list[str], pages: Pages, step: Callable[[int], None]) -> int:
    count = 0
    if path.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("members")
        sheet.append(xlsx_row(sheet, headers))
        for page in pages:
            for row in page:
                sheet.append(xlsx_row(sheet, row))
            count += len(page)
            _page_done(count, step)
        book.save(tmp)
        return count
    with tmp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([neutralise(h) for h in headers])
        for page in pages:
            writer.writerows(page)
            count += len(page)
            _page_done(count, step)
    return count


def _page_done(count: int, step: Callable[[int], None]) -> None:
    # a short last page is the end: the caller hears of it when the export returns
    if count % EXPORT_PAGE == 0:
        step(count)


def xlsx_row(sheet: Any, values: list[Any]) -> list[Any]:
    """Write-only cells that are always text (data type "s") and never a formula."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cells: list[Any] = []
    for value in values:
        text = ILLEGAL_CHARACTERS_RE.sub("", neutralise(value))
        if not text:
            cells.append(None)  # an empty cell, not an empty string
            continue
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        cells.append(cell)
    return cells


def _step(progress: Progress | None, check: Check | None, done: int, total: int) -> None:
    if check is not None:
        check()
    if progress is not None:
        progress(done, max(total, done))
