"""``memberdesk report membership``, ``member``, ``liability`` and ``staff``: the PDFs, headless.

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
    report = sub.add_parser("report", help="membership report, member sheet and liability as PDF")
    report_sub = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    membership = report_sub.add_parser("membership", help="the membership report for a period")
    membership.add_argument(
        "--from", dest="start", type=dt.date.fromisoformat, required=True, help="YYYY-MM-DD"
    )
    membership.add_argument("--to", dest="end", type=dt.date.fromisoformat, required=True, help="YYYY-MM-DD")
    membership.add_argument("--out", required=True, help="the PDF file to write")
    membership.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    add_db_option(membership)
    membership.set_defaults(func=with_db(cmd_membership, writes=False))
    member = report_sub.add_parser("member", help="what the store holds about one member")
    member.add_argument("member_id", type=int)
    member.add_argument("--out", required=True, help="the PDF file to write")
    member.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    add_db_option(member)
    member.set_defaults(func=with_db(cmd_member, writes=False))
    owed = report_sub.add_parser(
        "liability", help="the stored-value liability (储值负债) on a day and its movements in a period"
    )
    owed.add_argument("--at", type=dt.date.fromisoformat, required=True, help="the day counted, YYYY-MM-DD")
    owed.add_argument(
        "--from",
        dest="start",
        type=dt.date.fromisoformat,
        help="first day of the period (default: 1st of --at's month)",
    )
    owed.add_argument(
        "--to", dest="end", type=dt.date.fromisoformat, help="last day of the period (default: --at)"
    )
    owed.add_argument("--out", help="also write the PDF to this file")
    owed.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    add_db_option(owed)
    owed.set_defaults(func=with_db(cmd_liability, writes=False))
    staff = report_sub.add_parser(
        "staff", help="the staff scorecard: each person's figures, targets and bonus for a period"
    )
    staff.add_argument("--from", dest="start", type=dt.date.fromisoformat, required=True, help="YYYY-MM-DD")
    staff.add_argument("--to", dest="end", type=dt.date.fromisoformat, required=True, help="YYYY-MM-DD")
    staff.add_argument("--pdf", help="also write the PDF to this file")
    staff.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    add_db_option(staff)
    staff.set_defaults(func=with_db(cmd_staff, writes=False))


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
    from memberdesk.services.campaigns import results as campaign_results
    from memberdesk.services.members.enrolment import system_actor

    actor = run_service(lambda: system_actor(db))

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} sections", end="", file=sys.stderr, flush=True)

    figures = run_service(lambda: analytics.membership(db, actor, args.start, args.end, progress=progress))
    print(file=sys.stderr)
    lines = run_service(lambda: campaign_results.in_period(db, actor, args.start, args.end))
    with speaking(args.lang):
        pdf = render(figures, args.lang, lines)
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


def cmd_liability(args: argparse.Namespace, db: Database) -> int:
    """The figures on the terminal (what is owed, each movement, and whether they add up),
    the PDF when ``--out`` is given. A manager's PIN: the store's debts are the manager's."""
    from memberdesk.documents.liability import Liability
    from memberdesk.reports.liability import ROWS, render, signed
    from memberdesk.reports.wording import yuan
    from memberdesk.services.money.liability import liability

    actor = require_manager(db, "see the stored-value liability")
    f: Liability = run_service(lambda: liability(db, actor, at=args.at, start=args.start, end=args.end))
    print(f"owed at the end of {f.at}: {yuan(f.owed_fen)}")
    print(f"  members' principal {yuan(f.member_principal_fen)}, gift cards {yuan(f.gift_card_fen)}")
    print(f"  members' bonus {yuan(f.member_bonus_fen)} (not money owed)")
    print(f"  accounts holding a balance: {f.accounts_with_balance:,}")
    print(f"movements from {f.start} to {f.end}:")
    print(f"  at the start       {yuan(f.opening.total_fen):>16}")
    for kind, _ in ROWS:
        m = f.moved(kind)
        print(f"  {kind.value:<9} {m.entries:>8,} {signed(m.principal_fen + m.bonus_fen):>16}")
    print(f"  at the end         {yuan(f.closing.total_fen):>16}")
    print("they add up" if f.adds_up else "THEY DO NOT ADD UP: run `memberdesk db check`")
    if args.out:
        with speaking(args.lang):
            pdf = render(f, args.lang)
        Path(args.out).write_bytes(pdf)
        print(f"liability report written to {args.out}")
    return 0 if f.adds_up else 1


def padded(text: str, width: int) -> str:
    """``text`` filled to ``width`` terminal columns (a Chinese character takes two)."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - used)


def cmd_staff(args: argparse.Namespace, db: Database) -> int:
    """The staff scorecard as a text table, and the PDF with ``--pdf``. A manager's PIN: the
    command line shows everyone's figures and bonus, which the GUI shows a clerk only for
    themselves."""
    from memberdesk.reports.scorecard import ratio, share
    from memberdesk.reports.wording import yuan
    from memberdesk.services.scorecard.scorecard import scorecard

    actor = require_manager(db, "see the staff scorecard")
    card = run_service(lambda: scorecard(db, actor, args.start, args.end))
    print(f"staff scorecard {card.start} to {card.end}")
    print(
        f"{'staff':<16} {'sales':>6} {'amount':>14} {'target':>14} {'member':>6} {'enrol':>5} {'target':>6} "
        f"{'refer':>5} {'care':>5} {'flows':>5} {'satisf':>6} {'needed':>6} {'about':>5} {'on time':>9} "
        f"{'bonus':>12}"
    )
    for row in card.rows:
        f, b = row.figures, row.bonus
        needed = (
            f"{row.targets.satisfaction_threshold / 100:.2f}" if row.targets.satisfaction_threshold else "-"
        )
        print(
            f"{padded(f.code + ' ' + f.name, 16)} {f.sales:>6,} "
            f"{yuan(f.sales_fen):>14} {yuan(b.sales_target_fen):>14} "
            f"{share(f.member_share):>6} {f.enrolments:>5,} {b.enrolment_target:>6,} {f.referrals:>5,} "
            f"{f.care_tasks_done:>5,} {f.workflows_completed:>5,} {ratio(f.satisfaction):>6} {needed:>6} "
            f"{f.complaints_about:>5,} {f.complaints_resolved_on_time:>4,}/{f.complaints_resolved:<4,} "
            f"{yuan(b.total_fen):>12}"
        )
    print(f"bonus for all staff: {yuan(card.bonus_total_fen)}")
    if args.pdf:
        from memberdesk.reports.scorecard import render

        with speaking(args.lang):
            pdf = render(card, args.lang)
        Path(args.pdf).write_bytes(pdf)
        print(f"staff scorecard written to {args.pdf}")
    return 0
