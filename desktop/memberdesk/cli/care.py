"""``memberdesk care list``, ``memberdesk care messages`` and ``memberdesk cards``.

Like the other headless commands, they act as the store's first active manager
(``members.system_actor``), which the audit log records.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from memberdesk.cli.common import add_db_option, manager_approval, require_staff, run_service, with_db
from memberdesk.store.database import Database

KIND_CHOICES = ["birthday", "child-birthday", "festival", "event"]


def _dates(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", type=dt.date.fromisoformat, required=True, help="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=dt.date.fromisoformat, required=True, help="YYYY-MM-DD")


def register(sub: Any) -> None:
    care_parser = sub.add_parser("care", help="the customer care calendar")
    care_sub = care_parser.add_subparsers(dest="care_command", metavar="ACTION", required=True)
    listing = care_sub.add_parser(
        "list", help="care tasks (birthdays, festivals, events, after-sales) by date"
    )
    _dates(listing)
    add_db_option(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=with_db(cmd_list))
    messages = care_sub.add_parser(
        "messages", help="export personalised messages as CSV for the SMS provider"
    )
    _dates(messages)
    add_db_option(messages)
    messages.add_argument("--kind", choices=KIND_CHOICES, required=True)
    messages.add_argument("--out", required=True, help="the CSV file to write")
    messages.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    messages.set_defaults(func=with_db(cmd_messages, writes=False))
    cards = sub.add_parser("cards", help="greeting cards for a date range as one PDF")
    _dates(cards)
    add_db_option(cards)
    cards.add_argument("--kind", choices=KIND_CHOICES, required=True)
    cards.add_argument("--out", required=True, help="the PDF file to write")
    cards.add_argument(
        "--layout", choices=["card", "sheet"], default="card", help="one card a page, or four per A4"
    )
    cards.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    cards.set_defaults(func=with_db(cmd_cards))


def cmd_list(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.care import calendar as care
    from memberdesk.services.members.enrolment import system_actor

    actor = run_service(lambda: system_actor(db))
    run_service(lambda: care.generate(db, actor.store_id, args.start, args.end))
    items = run_service(lambda: care.calendar(db, actor, args.start, args.end))
    if args.json:
        rows = [
            {
                "task_id": i.task_id,
                "date": i.due_date.isoformat(),
                "kind": i.kind.value,
                "holiday": i.holiday or None,
                "title": i.title or None,
                "member_id": i.member_id,
                "member": i.honorific or None,
                "child": i.child_name or None,
                "turning": i.turning,
                "done": i.last_action.value if i.last_action else None,
            }
            for i in items
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for i in items:
        who = i.honorific or i.holiday or i.title
        extra = (
            f" {i.child_name or '孩子'} {i.turning}岁"
            if i.child_name or i.kind.value == "child_birthday"
            else ""
        )
        done = f"  [{i.last_action.value}]" if i.last_action else ""
        print(f"{i.due_date}  {i.kind.value:<15} {who}{extra}{done}")
    return 0


def cmd_messages(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.domain.cells import csv_text
    from memberdesk.services.care import messages
    from memberdesk.services.io.export_rule import ExportApproval, ExportFile, rule_for

    # the rule of every file with phone numbers, as on the Care page (services/io/export_rule)
    actor, pin = require_staff(db, "export care messages")
    approval = None
    if rule_for(ExportFile.SMS).manager_pin:
        approval = ExportApproval(*manager_approval(db, actor, pin, "export care messages"))
    export = run_service(
        lambda: messages.export_messages(db, actor, args.kind, args.start, args.end, args.lang, approval)
    )
    # Written through domain.cells so a member's text never becomes a live formula.
    Path(args.out).write_text(csv_text(["phone", "name", "message"], export.rows), encoding="utf-8")
    print(
        f"{len(export.rows)} messages written to {args.out}; {export.without_consent} left out (no consent)"
    )
    return 0


def cmd_cards(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.reports import cards as card_pdf
    from memberdesk.services.care import cards
    from memberdesk.services.members.enrolment import system_actor

    actor = run_service(lambda: system_actor(db))
    batch = run_service(lambda: cards.card_batch(db, actor, args.kind, args.start, args.end, args.lang))
    if not batch.cards:
        print("No cards for that range.", file=sys.stderr)
        return 1
    Path(args.out).write_bytes(card_pdf.render(batch.cards, args.layout))
    print(f"{len(batch.cards)} cards written to {args.out}")
    return 0
