"""``memberdesk workflows``: check a store's edited workflow files; ``memberdesk complaints``: the queue.

``workflows check`` reads the shipped files and the store's own folder (or the files named)
and prints each problem as ``file, line N: what is wrong``; it exits 1 when any file fails,
so a store can check an edited copy before the counter opens.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from memberdesk.cli.common import add_db_option, run_service, with_db
from memberdesk.store.database import Database


def register(sub: Any) -> None:
    parser = sub.add_parser("workflows", help="list the guided workflows or check workflow files")
    actions = parser.add_subparsers(dest="workflows_command", required=True)
    check = actions.add_parser("check", help="check workflow files and say which line is wrong")
    check.add_argument(
        "files", nargs="*", type=Path, help="files to check (default: shipped and the store's own)"
    )
    check.set_defaults(func=cmd_check)
    listing = actions.add_parser("list", help="the workflows a counter can follow, in order")
    listing.set_defaults(func=cmd_list)

    queue = sub.add_parser("complaints", help="the complaint queue, most urgent first")
    queue.add_argument(
        "--view",
        choices=["to_handle", "to_follow_up", "to_close", "closed"],
        default="to_handle",
        help="which part of the queue (default: to_handle)",
    )
    add_db_option(queue)
    queue.set_defaults(func=with_db(cmd_complaints, writes=False))


def cmd_check(args: argparse.Namespace) -> int:
    from memberdesk.workflows import default_library, store_folder
    from memberdesk.workflows.library import check_files

    if args.files:
        problems = check_files(args.files)
        checked = len(args.files)
    else:
        library = default_library()
        problems = library.problems
        checked = len(library.workflows)
        print(f"store folder for edited copies: {store_folder()}")
    for problem in problems:
        print(problem.english())
    print(f"{checked} workflow(s) checked, {len(problems)} problem(s)")
    return 1 if problems else 0


def cmd_list(args: argparse.Namespace) -> int:
    from memberdesk.workflows import default_library

    library = default_library()
    for workflow in library.ordered():
        mark = " (store copy)" if workflow.key in library.overridden else ""
        titles = f"{workflow.title.zh_CN} / {workflow.title.en}"
        print(f"{workflow.key:<24} {len(workflow.steps):>2} steps  {titles}{mark}")
    for problem in library.problems:
        print(f"not used: {problem.english()}")
    return 0


def cmd_complaints(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.members.enrolment import system_actor
    from memberdesk.services.service.complaint_queue import QueueView, queue

    actor = run_service(lambda: system_actor(db))
    rows = run_service(lambda: queue(db, actor, QueueView(args.view)))
    for r in rows:
        due = r.due_at.astimezone().strftime("%Y-%m-%d %H:%M") if r.due_at else "-"
        late = "LATE" if r.overdue else ""
        print(
            f"{r.complaint_no}  {r.status.value:<11} {r.severity.value:<6} {r.category.value:<16} "
            f"due {due} {late:<4}  {r.customer}"
        )
    print(f"{len(rows)} complaint(s), {sum(r.overdue for r in rows)} late")
    return 0
