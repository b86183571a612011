"""``memberdesk find QUERY``: the counter box's ranked results, for scripts and back office.

Headless commands act as the store's first active manager (``members.system_actor``);
what they change is audited under that account with the detail ``cli``.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from memberdesk.cli.common import add_db_option, run_service, with_db

if TYPE_CHECKING:
    from memberdesk.store.database import Database


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "find", help="find members as the counter box does (phone, last 4, card, name, pinyin)"
    )
    parser.add_argument("query", help="what a clerk would type")
    parser.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    parser.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    add_db_option(parser)
    parser.set_defaults(func=with_db(cmd_find, writes=False))


def cmd_find(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.members.enrolment import system_actor
    from memberdesk.services.members.search import find

    actor = run_service(lambda: system_actor(db))
    hits = run_service(lambda: find(db, actor, args.query, limit=max(args.limit, 0)))
    if args.json:
        rows = [
            {
                "id": h.id,
                "name": h.name,
                "masked_phone": h.masked_phone,
                "card_no": h.card_no,
                "tier": h.tier.value,
                "last_visit": h.last_visit_at.isoformat() if h.last_visit_at else None,
            }
            for h in hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for h in hits:
            last = h.last_visit_at.date().isoformat() if h.last_visit_at else "-"
            print(
                f"{h.id:>8}  {h.name:<12}  {h.masked_phone:<14}  {h.card_no:<14}  {h.tier.value:<8}  {last}"
            )
        if not hits:
            print("no member found")
    return 0 if hits else 1
