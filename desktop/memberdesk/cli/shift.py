"""``memberdesk shift open|close|report``: the till's shift (交班), headless.

The till is this counter's (Settings → printer, else the computer's name) unless ``--till``
names another. Opening and closing take a staff number and PIN, as at the counter; the report
of a closed shift (the latest unless a number is given) goes to the thermal printer
(``--print``), to a PDF (``--pdf FILE``), or as text on the terminal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from memberdesk.cli.common import add_db_option, require_staff, run_service, with_db
from memberdesk.store.database import Database


def register(sub: Any) -> None:
    shift = sub.add_parser("shift", help="open, close (count the drawer) and report the till's shift")
    s_sub = shift.add_subparsers(dest="shift_command", metavar="ACTION", required=True)
    opening = s_sub.add_parser("open", help="start a shift with the float in the drawer")
    opening.add_argument("--float", dest="float_amount", required=True, help="yuan in the drawer")
    opening.set_defaults(func=with_db(cmd_open))
    closing = s_sub.add_parser("close", help="count the drawer and close the shift")
    closing.add_argument("--counted", required=True, help="the cash counted, in yuan")
    closing.add_argument("--reason", default="", help="why the cash differs (needed when it does)")
    closing.add_argument("--next-float", default="0", help="yuan left in the drawer for the next shift")
    closing.add_argument("--print", action="store_true", help="print the report on the thermal printer")
    closing.set_defaults(func=with_db(cmd_close))
    report = s_sub.add_parser("report", help="a closed shift's report (the latest by default)")
    report.add_argument("shift_id", nargs="?", type=int, metavar="SHIFT")
    report.add_argument("--pdf", type=Path, help="write the report as a PDF")
    report.add_argument("--print", action="store_true", help="print it on the thermal printer")
    report.set_defaults(func=with_db(cmd_report, writes=False))
    for parser in (opening, closing, report):
        parser.add_argument("--till", help="the till's name (default: this counter's)")
        parser.add_argument("--printer", help="tcp://HOST:PORT, usb:VID:PID or serial:DEVICE")
        parser.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
        add_db_option(parser)


def _till(args: argparse.Namespace) -> str:
    from memberdesk.cli.devices import counter_settings

    return str(args.till or counter_settings(args).till_name)


def cmd_open(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.sales import shift

    till = _till(args)
    actor, _pin = require_staff(db, f"open a shift at till {till}")
    run_service(lambda: shift.open_shift(db, actor, till, args.float_amount))
    print(f"Shift opened at till {till}.")
    return 0


def cmd_close(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.sales import shift

    till = _till(args)
    actor, _pin = require_staff(db, f"close the shift at till {till}")
    closed = run_service(
        lambda: shift.close_shift(db, actor, till, args.counted, args.reason, args.next_float)
    )
    args.shift_id, args.pdf = closed, None
    return _show(args, db, actor.store_id, closed)


def cmd_report(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.sales import shift

    actor, _pin = require_staff(db, "read a shift report")
    shift_id = args.shift_id
    if shift_id is None:
        latest = [row for row in shift.closed_shifts(db, actor.store_id, limit=200) if row[1] == _till(args)]
        if not latest:
            print("No shift has been closed at this till yet.", file=sys.stderr)
            return 1
        shift_id = latest[0][0]
    return _show(args, db, actor.store_id, shift_id)


def _show(args: argparse.Namespace, db: Database, store_id: int, shift_id: int) -> int:
    from memberdesk.cli.devices import counter_settings, send
    from memberdesk.cli.report import speaking
    from memberdesk.reports.shift import shift_bytes, shift_pdf, shift_rows
    from memberdesk.reports.thermal import lay_out, paper_of, text_of
    from memberdesk.services.sales import shift

    data = run_service(lambda: shift.report(db, store_id, shift_id))
    with speaking(args.lang):
        rows = shift_rows(data, args.lang)
        if args.pdf:
            args.pdf.write_bytes(shift_pdf(data, args.lang))
            print(f"Wrote {args.pdf}")
        paper = shift_bytes(data, args.lang, paper_of(counter_settings(args))) if args.print else b""
    print("\n".join(text_of(line) for line in lay_out(rows)))
    if args.print:
        settings = counter_settings(args)
        if not settings.thermal:
            print("No thermal printer is set up: give --printer, or choose one in Settings.", file=sys.stderr)
            return 2
        return send(settings, paper, f"Shift report {shift_id}")
    return 0
