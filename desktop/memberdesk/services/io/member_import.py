"""Importing members from a spreadsheet (CSV or .xlsx): the dry run and the real run.

A store moving from spreadsheets or another POS brings a file whose headers may be Chinese or
English; ``guess_mapping`` recognises the usual ones, and the exported member file
(``member_export``) is read back as it was written. Every row is validated once
(``import_rows.prepare``, no database); the dry run then says, for the store as it is, what
each row would do: which header row and sheet were read, how many members would be added or
filled in, and each row skipped or refused with the reason. The real run writes in small
transactions without stopping the counters and is all or nothing (``import_writer``); given
the dry run's ``Prepared`` file, it does not read and validate the file again.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from memberdesk.services.common.context import Actor
from memberdesk.services.io import import_apply, spreadsheet_file
from memberdesk.services.io.import_plan import MergeOptions, OnDuplicate, plan
from memberdesk.services.io.import_rows import (
    Prepared,
    RejectedRow,
    SkippedRow,
    prepare,
)
from memberdesk.services.io.import_writer import Check, Progress, Tally
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database

PLAN_CHUNK = 500


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
    stored_value_column: str = ""  # the stored-value (principal) column read, if any
    stored_principal_fen: int = 0  # opening stored value of new members (or, dry, that would be)
    stored_bonus_fen: int = 0
    stored_members: int = 0
    # rows whose member is on file: their balance is not written to an account kept already
    stored_left: tuple[tuple[int, int, int], ...] = ()  # line, principal, bonus
    skipped_rows: tuple[SkippedRow, ...] = ()  # each skipped row and why
    batches: int = 0  # write transactions of the load (0 for a dry run)
    longest_write_ms: float = 0.0  # the longest the import held the write lock at a time
    # the validated file, for the real run after this dry run (not compared, not shown)
    prepared: Prepared | None = field(default=None, compare=False, repr=False)


def sheet_names(path: Path) -> list[str]:
    """A workbook's sheets, for the clerk to choose from ([] for a CSV file)."""
    return spreadsheet_file.sheet_names(path)


def _dry_run(db: Database, actor: Actor, prepared: Prepared, on_duplicate: OnDuplicate,
             options: MergeOptions, check: Check | None) -> Tally:  # fmt: skip
    tally = Tally(rejected=list(prepared.rejected), tiers=Counter())
    rows = prepared.rows
    for start in range(0, len(rows), PLAN_CHUNK):
        if check is not None:
            check()
        with db.read() as s:
            tally.count(plan(s, actor.store_id, rows[start : start + PLAN_CHUNK], on_duplicate, options))
    tally.rejected.sort(key=lambda r: r.row)
    tally.skipped.sort(key=lambda r: r.row)
    return tally


def import_members(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    mapping: dict[str, int] | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
    on_duplicate: OnDuplicate = OnDuplicate.SKIP,
    merge: MergeOptions | None = None,
    prepared: Prepared | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
    check: Check | None = None,
    detail: str = "",
) -> ImportReport:
    """Import the members of ``path``; see the module text. ``check`` may raise to cancel.

    ``sheet`` names the workbook's sheet to read (``sheet_names`` lists them); without it
    the first sheet whose header has a phone column is read, and the report says which.
    Opening points become one ledger entry per member ("opening balance, imported from
    FILE"), and so does a new member's stored value (principal and bonus, one opening
    entry of their account), so the ledgers reconcile; a member on file keeps their account
    (the report names the rows). The tier and member-since date are kept. With
    ``on_duplicate=MERGE`` members on file get their empty fields filled in; ``merge`` says
    whether the file's points and tier may be given to them too (never by default).
    ``prepared`` is a dry run's file (``ImportReport.prepared``): reused when it is the same
    file, sheet and columns, unchanged since.
    """
    require(actor, Permission.IMPORT_MEMBERS)
    today = today or dt.date.today()
    options = merge or MergeOptions()
    if prepared is None or not prepared.fits(path, sheet, mapping, today):
        prepared = prepare(path, mapping=mapping, sheet=sheet, today=today, progress=progress, check=check)
    if dry_run:
        tally = _dry_run(db, actor, prepared, on_duplicate, options, check)
    else:
        where = (detail or path.name) + (f" [{prepared.sheet}]" if prepared.sheet else "")
        tally = import_apply.write_import(
            db, actor, prepared, on_duplicate=on_duplicate, options=options, detail=where,
            progress=progress, check=check,
        )  # fmt: skip
    return ImportReport(
        rows=prepared.total,
        added=tally.added,
        merged=tally.merged,
        skipped=len(tally.skipped),
        rejected=tuple(tally.rejected),
        mapping=prepared.headers,
        dry_run=dry_run,
        sheet=prepared.sheet,
        sheets=prepared.sheets,
        header_row=prepared.header_row,
        points=tally.points,
        points_members=tally.points_members,
        tiers=dict(tally.tiers),
        not_imported=prepared.not_imported,
        stored_value_column=prepared.stored_value_column,
        stored_principal_fen=tally.stored_principal_fen,
        stored_bonus_fen=tally.stored_bonus_fen,
        stored_members=tally.stored_members,
        stored_left=tuple(sorted(tally.stored_left)),
        skipped_rows=tuple(tally.skipped),
        batches=tally.batches,
        longest_write_ms=round(tally.longest_batch_s * 1000, 1),
        prepared=prepared if dry_run else None,
    )


def recover_imports(db: Database) -> list[int]:
    """Undo or finish imports whose program ended half-way (a crash, a killed process)."""
    return import_apply.recover(db)
