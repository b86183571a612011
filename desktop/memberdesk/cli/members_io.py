"""``memberdesk import members FILE`` and ``memberdesk export members FILE``, headless.

Importing needs a manager's staff number and PIN (``require_manager``: from the environment
for scripts, else asked on the terminal) and acts as that manager. Exporting asks what the
Members page asks (``services/io/export_rule``): the person running it signs with their staff
number and PIN, and a file with full phone numbers or sensitive fields is approved by a
manager's PIN as well (their own, when a manager runs it). The audit entry of the import or
export carries the detail ``cli`` so the log shows where it came from. Exported cells never
start a formula (see ``domain.cells``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from memberdesk.cli.common import (
    add_db_option,
    manager_approval,
    require_manager,
    require_staff,
    run_service,
    with_db,
)
from memberdesk.domain.money import format_fen
from memberdesk.domain.vocab import Tier
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
        "--merge-points",
        action="store_true",
        help="with --merge: also give the file's points to members on file whose points ledger is empty",
    )
    members.add_argument(
        "--merge-tier",
        action="store_true",
        help="with --merge: also raise a member's tier to the file's when it is higher",
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
    out = exp_sub.add_parser(
        "members", help="the member list to a .csv or .xlsx file that `import members` reads back"
    )
    out.add_argument("file", type=Path)
    out.add_argument("--sensitive", action="store_true", help="include consented sensitive fields")
    out.add_argument(
        "--masked-phones",
        action="store_true",
        help="phones as 138****5678 (no manager's PIN needed; such a file cannot be imported back)",
    )
    out.add_argument(
        "--find", default="", metavar="TEXT", help="only the members the counter box finds for TEXT"
    )
    out.add_argument("--tier", choices=[t.value for t in Tier], help="only members of this tier")
    out.add_argument(
        "--lang", choices=["zh_CN", "en"], default="zh_CN", help="headers and values in this language"
    )
    add_db_option(out)
    out.set_defaults(func=with_db(cmd_export, writes=False))


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
    from memberdesk.services.io.member_io import MergeOptions, OnDuplicate, import_members

    if (args.merge_points or args.merge_tier) and not args.merge:
        raise SystemExit("--merge-points and --merge-tier go with --merge")
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
            merge=MergeOptions(points=args.merge_points, tier=args.merge_tier),
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
    print(f"header: row {report.header_row}; members from row {report.header_row + 1}")
    columns = ", ".join(f"{field}={header}" for field, header in report.mapping.items())
    print(f"columns: {columns}")
    if report.not_imported:
        print(f"columns not imported: {', '.join(report.not_imported)}")
    for line, principal, bonus in report.stored_left:
        print(
            f"row {line}: stored value NOT imported (member on file keeps their account): "
            f"principal {format_fen(principal)}, bonus {format_fen(bonus)}"
        )
    for r in report.rejected:
        print(f"row {r.row}: rejected ({r.field}): {r.english()}")
    for r in report.skipped_rows:
        print(f"row {r.row}: skipped: {r.english()}")
    verb = "would add" if report.dry_run else "added"
    filled = "would fill in" if report.dry_run else "filled in"
    print(
        f"{report.rows} rows: {verb} {report.added}, {filled} {report.merged}, "
        f"skipped {report.skipped} (on file), rejected {len(report.rejected)}"
    )
    if report.points_members:
        print(f"opening points: {report.points} for {report.points_members} members (one ledger entry each)")
    if report.stored_members:
        print(
            f"opening stored value: principal {format_fen(report.stored_principal_fen)}, "
            f"bonus {format_fen(report.stored_bonus_fen)} for {report.stored_members} members "
            "(one opening entry each)"
        )
    if report.tiers:
        print("tiers: " + ", ".join(f"{tier} {n}" for tier, n in sorted(report.tiers.items())))


def cmd_export(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.io.member_io import ExportApproval, export_members, member_file, rule_for
    from memberdesk.services.members.listing import MemberFilter

    rule = rule_for(member_file(full_phones=not args.masked_phones, sensitive=args.sensitive))
    actor, pin = require_staff(db, "export members")
    approval = (
        ExportApproval(*manager_approval(db, actor, pin, "export members")) if rule.manager_pin else None
    )
    member_filter = MemberFilter(args.find, Tier(args.tier) if args.tier else None)
    count = run_service(
        lambda: export_members(
            db,
            actor,
            args.file,
            full_phones=not args.masked_phones,
            include_sensitive=args.sensitive,
            member_filter=member_filter,
            language=args.lang,
            approval=approval,
            detail="cli",
        )
    )
    print(f"exported {count} members to {args.file}", file=sys.stdout)
    return 0
