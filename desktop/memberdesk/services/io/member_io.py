"""Importing members from a spreadsheet (CSV or .xlsx) and exporting the member list.

A store moving from spreadsheets or another POS brings a file whose headers may be
Chinese or English; ``guess_mapping`` recognises the usual ones. An import runs in one
transaction: a dry run does all the work and rolls it back, so its report is exactly what
the real run would do; cancelling or failing half-way leaves nothing behind. Rows that
cannot be imported are listed with the reason; the good rows are imported.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table as SqlTable
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from memberdesk.domain.cells import neutralise, safe_row
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from memberdesk.domain.vocab import Gender, PointsSource, Tier
from memberdesk.services.common.context import Actor
from memberdesk.services.io import spreadsheet_file
from memberdesk.services.io.import_columns import (
    FIELDS,
    HEADER_WORDS,
    NOT_IMPORTED,
    Opening,
    guess_mapping,
    row_form,
    row_opening,
)
from memberdesk.services.io.spreadsheet_file import FileProblem, SpreadsheetFileError, Table
from memberdesk.services.members.enrolment import clean_form, insert_member
from memberdesk.services.members.forms import MemberForm
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Child, Member, MemberSize, MemberStats, PointsEntry, utcnow

Progress = Callable[[int, int], None]
Check = Callable[[], None]

__all__ = ["FIELDS", "HEADER_WORDS", "ImportReport", "OnDuplicate", "RejectedRow", "Table",
           "export_members", "guess_mapping", "import_members", "read_table", "row_form",
           "sheet_names"]  # fmt: skip
OPENING_REASON = "opening balance, imported from {file}"


class OnDuplicate(StrEnum):
    """What to do with a row whose phone is already on file."""

    SKIP = "skip"
    MERGE = "merge"  # fill the member's empty fields from the row


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
class ImportReport:
    rows: int
    added: int
    merged: int
    skipped: int
    rejected: tuple[RejectedRow, ...]
    mapping: dict[str, str]  # field -> header used
    dry_run: bool
    sheet: str = ""  # the sheet that was read ("" for a CSV file)
    sheets: tuple[str, ...] = ()  # every sheet of the workbook
    header_row: int = 1
    points: int = 0  # opening points written (or, in a dry run, that would be)
    points_members: int = 0
    tiers: dict[str, int] = field(default_factory=dict)  # tier -> members given it
    not_imported: tuple[str, ...] = ()  # headers whose column was not imported
    stored_value_column: str = ""  # a stored-value balance column, which is not imported


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """The member sheet of ``path``: the named sheet, or the first whose header has a phone
    column; the header row is found among the first rows (a title row above it is common)."""
    return spreadsheet_file.read_table(path, guess_mapping, "phone", sheet=sheet)


def sheet_names(path: Path) -> list[str]:
    """A workbook's sheets, for the clerk to choose from ([] for a CSV file)."""
    return spreadsheet_file.sheet_names(path)


class _DryRun(Exception):
    """Raised at the end of a dry run so the transaction rolls back whole."""


_TIER_RANK = {Tier.REGULAR: 0, Tier.SILVER: 1, Tier.GOLD: 2, Tier.VIP: 3}


def _merge(s: Session, member: Member, form: MemberForm, opening: Opening) -> tuple[bool, int]:
    """Fill the member's empty fields from the row; (changed, opening points to write)."""
    changed = False
    for name in ("email", "address", "occupation", "hobbies", "skin_type", "hair_type", "notes"):
        if not getattr(member, name) and getattr(form, name):
            setattr(member, name, getattr(form, name).strip())
            changed = True
    if member.gender == Gender.UNKNOWN and form.gender != Gender.UNKNOWN:
        member.gender, changed = form.gender, True
    if member.birthday is None and form.birthday is not None:
        member.birthday, member.birth_mmdd = form.birthday, form.birthday.month * 100 + form.birthday.day
        changed = True
    if opening.tier is not None and _TIER_RANK[opening.tier] > _TIER_RANK[member.tier]:
        member.tier, changed = opening.tier, True
    if not member.sizes and form.sizes:
        member.sizes = [MemberSize(category=c, size=v.strip()) for c, v in form.sizes.items()]
        changed = True
    if not member.children and form.children:
        member.children = [
            Child(name=c.name.strip(), gender=c.gender, birthday=c.birthday,
                  birth_mmdd=c.birthday.month * 100 + c.birthday.day if c.birthday else None)
            for c in form.children
        ]  # fmt: skip
        changed = True
    points = 0
    if opening.points:  # only into an empty ledger: the points are not counted twice
        has_entries = s.scalar(select(PointsEntry.id).where(PointsEntry.member_id == member.id).limit(1))
        if has_entries is None:
            points, changed = opening.points, True
    return changed, points


def _write_opening(member: Member, opening: Opening) -> None:
    if opening.tier is not None and _TIER_RANK[opening.tier] > _TIER_RANK[member.tier]:
        member.tier = opening.tier
    if opening.member_since is not None:
        local_midnight = dt.datetime.combine(opening.member_since, dt.time()).astimezone()
        member.enrolled_at = local_midnight.astimezone(dt.UTC)


def _write_opening_points(s: Session, actor: Actor, openings: list[tuple[int, int]], file: str) -> None:
    """One ledger entry per member ("opening balance, imported from FILE") and the running
    totals, written together after the rows (two statements, not two per member)."""
    if not openings:
        return
    s.flush()
    now, reason = utcnow(), OPENING_REASON.format(file=file)[:200]
    s.execute(
        insert(PointsEntry),
        [{"member_id": m, "created_at": now, "delta": p, "source": PointsSource.ADJUSTMENT, "reason": reason,
          "staff_id": actor.staff_id} for m, p in openings],
    )  # fmt: skip
    stats = cast(SqlTable, MemberStats.__table__)
    s.execute(
        update(stats)
        .where(stats.c.member_id == bindparam("m"))
        .values(points_balance=stats.c.points_balance + bindparam("p")),
        [{"m": m, "p": p} for m, p in openings],
    )


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


@dataclass
class _Tally:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    points: int = 0
    points_members: int = 0
    tiers: Counter[str] = field(default_factory=Counter)
    rejected: list[RejectedRow] = field(default_factory=list)
    openings: list[tuple[int, int]] = field(default_factory=list)  # (member id, opening points)


def _import_row(
    s: Session, actor: Actor, row: list[Any], mapping: dict[str, int], ctx: dict[str, Any], tally: _Tally
) -> None:
    form = row_form(row, mapping)
    opening = row_opening(row, mapping, ctx["today"])
    clean, card = clean_form(form, ctx["today"])
    phone = clean.values["phone"]
    seen: dict[str, int] = ctx["seen"]
    if phone in seen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The same phone as row {row}."), field="phone", row=seen[phone]
        )
    seen[phone] = ctx["line"]
    existing = s.scalar(select(Member).where(Member.phone == phone))
    if existing is not None:
        if ctx["on_duplicate"] != OnDuplicate.MERGE:
            tally.skipped += 1
            return
        tier_before = existing.tier
        changed, points = _merge(s, existing, form, opening)
        if not changed:
            tally.skipped += 1
            return
        tally.merged += 1
        member_id = existing.id
        if existing.tier != tier_before:
            tally.tiers[existing.tier.value] += 1
    else:
        with s.begin_nested():  # a card number in use rejects this row only
            member_id, _card = insert_member(s, actor, clean, card, form)
            member = s.get(Member, member_id)
            assert member is not None
            _write_opening(member, opening)
        points = opening.points
        tally.added += 1
        if opening.tier is not None:
            tally.tiers[opening.tier.value] += 1
    if points:
        tally.openings.append((member_id, points))
        tally.points += points
        tally.points_members += 1


def import_members(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    mapping: dict[str, int] | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    progress: Progress | None = None,
    check: Check | None = None,
    detail: str = "",
) -> ImportReport:
    """Import the members of ``path``; see the module text. ``check`` may raise to cancel.

    ``sheet`` names the workbook's sheet to read (``sheet_names`` lists them); without it
    the first sheet whose header has a phone column is read, and the report says which.
    Opening points become one ledger entry per member ("opening balance, imported from
    FILE"), so the ledgers reconcile; the tier and member-since date are kept.
    """
    require(actor, Permission.IMPORT_MEMBERS)
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
    mapping = mapping if mapping is not None else guess_mapping(table.headers)
    for required in ("phone", "name"):
        if required not in mapping:
            raise _missing_column(table, required)
    used = {i for name, i in mapping.items() if name not in NOT_IMPORTED}
    ignored = tuple(h for i, h in enumerate(table.headers) if h and i not in used)
    stored = table.headers[mapping["stored_value"]] if "stored_value" in mapping else ""
    tally = _Tally()
    total = len(table.rows)
    ctx: dict[str, Any] = {
        "today": dt.date.today(),
        "seen": {},
        "on_duplicate": on_duplicate,
        "file": path.name,
    }
    try:
        with db.write() as s:
            for i, (line, row) in enumerate(zip(table.lines, table.rows, strict=True), start=1):
                if check is not None and i % 50 == 0:
                    check()
                ctx["line"] = line
                try:
                    _import_row(s, actor, row, mapping, ctx, tally)
                except ServiceError as err:
                    tally.rejected.append(RejectedRow(line, err.field or "", err.message, dict(err.params)))
                if progress is not None and (i % 100 == 0 or i == total):
                    progress(i, total)
            _write_opening_points(s, actor, tally.openings, path.name)
            audit.record(
                s,
                actor,
                "member.import",
                entity="member",
                detail=(detail or path.name) + (f" [{table.sheet}]" if table.sheet else ""),
                after={"added": tally.added, "merged": tally.merged, "skipped": tally.skipped,
                       "rejected": len(tally.rejected), "points": tally.points},
            )  # fmt: skip
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    headers = {name: table.headers[i] for name, i in mapping.items() if i < len(table.headers)}
    return ImportReport(
        rows=total,
        added=tally.added,
        merged=tally.merged,
        skipped=tally.skipped,
        rejected=tuple(tally.rejected),
        mapping=headers,
        dry_run=dry_run,
        sheet=table.sheet,
        sheets=table.sheets,
        header_row=table.header_line,
        points=tally.points,
        points_members=tally.points_members,
        tiers=dict(tally.tiers),
        not_imported=ignored,
        stored_value_column=stored,
    )


# --- export --------------------------------------------------------------------------------

EXPORT_PAGE = 1000


def _member_rows(s: Session, include_sensitive: bool) -> Iterator[list[Any]]:
    from memberdesk.services.members.enrolment import consent_in_force

    last_id = 0
    while True:
        page = s.scalars(
            select(Member).where(Member.id > last_id).order_by(Member.id).limit(EXPORT_PAGE)
        ).all()
        if not page:
            return
        for m in page:
            row: list[Any] = [m.card_no, m.name, m.phone, m.gender.value,
                              m.birthday.isoformat() if m.birthday else "", m.tier.value, m.channel.value,
                              m.email, m.address, m.occupation, m.enrolled_at.date().isoformat()]  # fmt: skip
            if include_sensitive:
                ok = consent_in_force(s, m.id)
                row += [m.ethnicity or "", m.religion or "", m.income_band or ""] if ok else ["", "", ""]
            yield row
        last_id = page[-1].id
        s.expunge_all()


EXPORT_HEADERS = ["卡号", "姓名", "手机", "性别", "生日", "等级", "来源", "邮箱", "地址", "职业", "入会日期"]
SENSITIVE_HEADERS = ["民族", "宗教", "收入"]


def export_members(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    include_sensitive: bool = False,
    progress: Progress | None = None,
    check: Check | None = None,
    detail: str = "",
) -> int:
    """Write every member to ``path`` (.csv UTF-8 with BOM for Excel, or .xlsx); returns the count.

    Sensitive fields go out only when asked, for a role allowed to see them, and only for
    members whose consent is in force. The export is written to the audit log.
    """
    require(actor, Permission.EXPORT_MEMBERS)
    if include_sensitive:
        require(actor, Permission.REVEAL_SENSITIVE)
    headers = EXPORT_HEADERS + (SENSITIVE_HEADERS if include_sensitive else [])
    tmp = path.with_name(path.name + ".part")
    count = 0
    with db.read() as s:
        total = s.scalar(select(Member.id).order_by(Member.id.desc()).limit(1)) or 0
        rows = _member_rows(s, include_sensitive)
        if path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet("members")
            sheet.append(xlsx_row(sheet, headers))
            for row in rows:
                sheet.append(xlsx_row(sheet, row))
                count += 1
                if count % EXPORT_PAGE == 0:
                    _step(progress, check, count, total)
            book.save(tmp)
        else:
            with tmp.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(safe_row(headers))
                for row in rows:
                    writer.writerow(safe_row(row))
                    count += 1
                    if count % EXPORT_PAGE == 0:
                        _step(progress, check, count, total)
    tmp.replace(path)  # a cancelled export leaves no half file under the real name
    with db.write() as s:
        audit.record(
            s,
            actor,
            "member.export",
            entity="member",
            detail=detail or path.name,
            after={"count": count, "sensitive": include_sensitive},
        )
    return count


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
