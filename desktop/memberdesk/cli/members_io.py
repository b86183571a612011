"""``memberdesk import members FILE`` and ``memberdesk export members FILE``, headless.

Both need a manager's staff number and PIN (``require_manager``: from the environment for
scripts, else asked on the terminal) and act as that manager; the audit entry of the import
or export carries the detail ``cli`` so the log shows where it came from. Exported cells
never start a formula (see ``domain.cells``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from memberdesk.cli.common import add_db_option, require_manager, run_service, with_db
from memberdesk.store.database import Database


def register(sub: Any) -> None:
    imp = sub.add_parser("import", help="import data from a spreadsheet")
    imp_sub = imp.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    members = imp_sub.add_parser("members", help="members from a .csv (UTF-8 or GBK) or .xlsx file")
    members.add_argument("file", type=Path)
    members.add_argument("--dry-run", action="store_true", help="report what would happen; change nothing")
    members.add_argument(
        "--sheet",
        metavar="NAME",
        help="the workbook's sheet to read (default: the first whose header has a phone column)",
    )
    members.add_argument(
        "--merge",
        action="store_true",
        help="fill empty fields of members already on file (default: skip them)",
    )
    members.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="take FIELD (phone, name, gender, card_no, birthday, ...) from the column HEADER, "
        "instead of the automatic guess; may be repeated",
    )
    add_db_option(members)
    members.set_defaults(func=with_db(cmd_import))

    exp = sub.add_parser("export", help="export data to a spreadsheet")
    exp_sub = exp.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    out = exp_sub.add_parser("members", help="the member list to a .csv or .xlsx file")
    out.add_argument("file", type=Path)
    out.add_argument("--sensitive", action="store_true", help="include consented sensitive fields")
    add_db_option(out)
    out.set_defaults(func=with_db(cmd_export))


def column_mapping(path: Path, overrides: list[str], sheet: str | None = None) -> dict[str, int] | None:
    """The automatic guess with the ``FIELD=HEADER`` overrides applied (None: guess only)."""
    from memberdesk.services.io.member_io import FIELDS, guess_mapping, read_table

    if not overrides:
        return None
    headers = read_table(path, sheet=sheet).headers
    mapping = guess_mapping(headers)
    for item in overrides:
        field, _, header = item.partition("=")
        if field not in FIELDS:
            raise SystemExit(f"unknown field {field!r}; choose from: {', '.join(FIELDS)}")
        if header not in headers:
            raise SystemExit(
                f"the file has no column {header!r}; its columns are: {', '.join(map(str, headers))}"
            )
        mapping[field] = list(headers).index(header)
    return mapping


def cmd_import(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.io.member_io import OnDuplicate, import_members

    actor = require_manager(db, "import members")
    mapping = run_service(lambda: column_mapping(args.file, args.column, args.sheet))
    report = run_service(
        lambda: import_members(
            db,
            actor,
            args.file,
            mapping=mapping,
            sheet=args.sheet,
            dry_run=args.dry_run,
            on_duplicate=OnDuplicate.MERGE if args.merge else OnDuplicate.SKIP,
            detail=f"cli {args.file.name}",
        )
    )
    print_report(report)
    return 1 if report.rejected else 0


def print_report(report: Any) -> None:
    if report.sheet:
        others = [s for s in report.sheets if s != report.sheet]
        also = f" (other sheets, not read: {', '.join(others)})" if others else ""
        print(f"sheet: {report.sheet}{also}")
    if report.header_row != 1:
        print(f"header: row {report.header_row}")
    columns = ", ".join(f"{field}={header}" for field, header in report.mapping.items())
    print(f"columns: {columns}")
    if report.stored_value_column:
        print(
            f"NOT imported: column {report.stored_value_column!r} (stored value): MemberDesk does not "
            "keep stored-value balances yet; keep the file to enter them later"
        )
    ignored = [h for h in report.not_imported if h != report.stored_value_column]
    if ignored:
        print(f"columns not imported: {', '.join(ignored)}")
    for r in report.rejected:
        print(f"row {r.row}: rejected ({r.field}): {r.english()}")
    verb = "would add" if report.dry_run else "added"
    print(
        f"{report.rows} rows: {verb} {report.added}, merged {report.merged}, "
        f"skipped {report.skipped} (phone on file), rejected {len(report.rejected)}"
    )
    if report.points_members:
        print(f"opening points: {report.points} for {report.points_members} members (one ledger entry each)")
    if report.tiers:
        print("tiers: " + ", ".join(f"{tier} {n}" for tier, n in sorted(report.tiers.items())))


def cmd_export(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.io.member_io import export_members

    actor = require_manager(db, "export members")
    count = run_service(
        lambda: export_members(db, actor, args.file, include_sensitive=args.sensitive, detail="cli")
    )
    print(f"exported {count} members to {args.file}", file=sys.stdout)
    return 0
