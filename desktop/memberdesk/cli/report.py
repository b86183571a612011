"""``memberdesk report membership`` and ``memberdesk report member``: the PDFs, headless.

The PDFs take their words from the app's Qt catalogues, so the command installs them first;
a QCoreApplication is enough (no window, no display).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from memberdesk.cli.common import add_db_option, require_manager, run_service, with_db
from memberdesk.store.database import Database


def register(sub: Any) -> None:
    report = sub.add_parser("report", help="membership report and member sheet as PDF")
    report_sub = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    membership = report_sub.add_parser("membership", help="the membership report for a period")
    membership.add_argument(
        "--from", dest="start", type=dt.date.fromisoformat, required=True, help="YYYY-MM-DD"
    )
    membership.add_argument("--to", dest="end", type=dt.date.fromisoformat, required=True, help="YYYY-MM-DD")
    membership.add_argument("--out", required=True, help="the PDF file to write")
    membership.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    add_db_option(membership)
    membership.set_defaults(func=with_db(cmd_membership))
    member = report_sub.add_parser("member", help="what the store holds about one member")
    member.add_argument("member_id", type=int)
    member.add_argument("--out", required=True, help="the PDF file to write")
    member.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    add_db_option(member)
    member.set_defaults(func=with_db(cmd_member))


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The app's catalogues of ``language`` installed while a PDF is made, removed after."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from memberdesk.ui.widgets.i18n import install_translators

    app = QCoreApplication.instance() or QCoreApplication(["memberdesk"])
    before = QLocale()
    install_translators(app, language)
    try:
        yield
    finally:
        install_translators(app, "en")  # removes what was installed
        QLocale.setDefault(before)


def cmd_membership(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.reports.membership import render
    from memberdesk.services.analytics import figures as analytics
    from memberdesk.services.members.enrolment import system_actor

    actor = run_service(lambda: system_actor(db))

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} sections", end="", file=sys.stderr, flush=True)

    figures = run_service(lambda: analytics.membership(db, actor, args.start, args.end, progress=progress))
    print(file=sys.stderr)
    with speaking(args.lang):
        pdf = render(figures, args.lang)
    Path(args.out).write_bytes(pdf)
    print(f"membership report written to {args.out}")
    return 0


def cmd_member(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.reports.member_sheet import render
    from memberdesk.services.members import sheet as member_sheet

    # a member's personal data leaves the app: a manager authorises it, and is audited as the one
    actor = require_manager(db, "print a member's sheet")
    sheet = run_service(lambda: member_sheet.gather(db, actor, args.member_id))
    with speaking(args.lang):
        pdf = render(sheet, args.lang)
    Path(args.out).write_bytes(pdf)
    print(f"member sheet written to {args.out}")
    return 0
