"""``memberdesk printer test``, ``memberdesk receipt print|reprint`` and ``memberdesk drawer
open``: the counter's thermal printer and cash drawer, headless.

The printer is the one saved in Settings unless ``--printer`` names another
(``tcp://HOST:PORT``, ``usb:VID:PID``, ``serial:DEVICE``). Printing a receipt takes a staff
number and PIN (it shows the member); opening the drawer takes a supervisor's or the
manager's, with a reason, and is audited. The words come from the app's catalogues (``--lang``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from memberdesk.cli.common import add_db_option, require_staff, run_service, with_db
from memberdesk.store.database import Database

EXIT_NOT_PRINTED = 4


def register(sub: Any) -> None:
    printer = sub.add_parser("printer", help="the counter's thermal printer")
    p_sub = printer.add_subparsers(dest="printer_command", metavar="ACTION", required=True)
    test = p_sub.add_parser("test", help="print a test page")
    _printer_options(test)
    test.set_defaults(func=with_db(cmd_printer_test))

    receipt = sub.add_parser("receipt", help="print a sale's receipt on the thermal printer")
    r_sub = receipt.add_subparsers(dest="receipt_command", metavar="ACTION", required=True)
    for name, text in (("print", "print it as the till does"), ("reprint", "print a copy (no drawer)")):
        p = r_sub.add_parser(name, help=text)
        p.add_argument("receipt_no", metavar="RECEIPT_NO")
        _printer_options(p)
        p.set_defaults(func=with_db(cmd_receipt), copy=name == "reprint")

    drawer = sub.add_parser("drawer", help="the cash drawer on the printer's kick port")
    d_sub = drawer.add_subparsers(dest="drawer_command", metavar="ACTION", required=True)
    opening = d_sub.add_parser("open", help="open it without a sale (a supervisor, with a reason)")
    opening.add_argument("--reason", required=True, help="why it is opened (kept in the audit log)")
    _printer_options(opening)
    opening.set_defaults(func=with_db(cmd_drawer_open))
    for parser in (test, opening, *r_sub.choices.values()):
        add_db_option(parser)


def _printer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--printer", help="tcp://HOST:PORT, usb:VID:PID or serial:DEVICE (default: Settings)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")


def counter_settings(args: argparse.Namespace) -> Any:
    """This counter's devices, with ``--printer`` in place of the saved printer."""
    import dataclasses

    from memberdesk.services.devices import setup

    saved = setup.load()
    if getattr(args, "printer", None):
        checked = run_service(lambda: setup.checked(args.printer, saved.chinese, saved.drawer, saved.till))
        return dataclasses.replace(saved, printer=checked.printer)
    return saved


def send(settings: Any, data: bytes, what: str) -> int:
    """Send, saying what happened; exit 4 when the printer did not take it."""
    from memberdesk.domain.errors import ServiceError
    from memberdesk.services.devices import printer

    try:
        printer.send(settings.address, data, settings.timeout_s)
    except ServiceError as error:
        print(error.english(), file=sys.stderr)
        return EXIT_NOT_PRINTED
    print(f"{what} sent to {settings.address}.")
    return 0


def _needs_thermal(settings: Any) -> None:
    if not settings.thermal:
        print("No thermal printer is set up: give --printer, or choose one in Settings.", file=sys.stderr)
        raise SystemExit(2)


def cmd_printer_test(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.cli.report import speaking
    from memberdesk.reports.thermal import paper_of, sample_page_bytes
    from memberdesk.services.members.enrolment import system_actor
    from memberdesk.store.models import Store

    settings = counter_settings(args)
    _needs_thermal(settings)
    actor = run_service(lambda: system_actor(db))
    with db.read() as s:
        store = s.get(Store, actor.store_id)
        name = store.name if store else ""
    with speaking(args.lang):
        data = sample_page_bytes(name, str(settings.address), args.lang, paper_of(settings))
    return send(settings, data, "The test page")


def cmd_receipt(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.cli.report import speaking
    from memberdesk.reports.thermal import Paper, receipt_bytes
    from memberdesk.services.devices.papers import sale_by_receipt
    from memberdesk.services.sales.receipts import sale_receipt

    settings = counter_settings(args)
    _needs_thermal(settings)
    verb = "reprint" if args.copy else "print"
    actor, _pin = require_staff(db, f"{verb} receipt {args.receipt_no}")
    sale_id = run_service(lambda: sale_by_receipt(db, actor.store_id, args.receipt_no))
    data = run_service(lambda: sale_receipt(db, actor.store_id, sale_id))
    kick = settings.drawer and not args.copy and data.cash_fen > 0
    with speaking(args.lang):
        paper = receipt_bytes(data, args.lang, Paper(settings.chinese, kick=kick, copy=args.copy))
    return send(settings, paper, f"Receipt {data.receipt_no}")


def cmd_drawer_open(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.devices import drawer

    settings = counter_settings(args)
    _needs_thermal(settings)
    actor, _pin = require_staff(db, "open the cash drawer")
    opened = run_service(lambda: drawer.authorise(db, actor, args.reason))
    from memberdesk.domain.errors import ServiceError

    try:
        drawer.kick(settings)
    except ServiceError as error:
        print(f"Recorded, but the drawer did not open: {error.english()}", file=sys.stderr)
        return EXIT_NOT_PRINTED
    print(f"Drawer opened by {actor.name}: {opened.reason}")
    return 0


def open_drawer_for_cash(method: object) -> None:
    """After cash changed hands at this counter (a top-up, a withdrawal): the drawer opens when
    a thermal printer with a drawer is set up. A printer that does not answer is said; what
    was recorded stays recorded."""
    from memberdesk.domain.errors import ServiceError
    from memberdesk.domain.vocab import PaymentMethod
    from memberdesk.services.devices import drawer, setup

    settings = setup.load()
    if method != PaymentMethod.CASH or not (settings.thermal and settings.drawer):
        return
    try:
        drawer.kick(settings)
    except ServiceError as error:
        print(f"Recorded, but the drawer did not open: {error.english()}", file=sys.stderr)
