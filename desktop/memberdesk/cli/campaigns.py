"""``memberdesk campaign create|send|cards|result|list``: campaigns without the window.

Creating and sending need the staff number and PIN of whoever runs the command
(``MEMBERDESK_STAFF_NO`` / ``MEMBERDESK_PIN``); the SMS file has the members' phone numbers,
so a manager approves it, as in the app. The checks are the service's, the same as on screen.
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

KINDS = ("promotion", "new_arrivals", "event", "winback")


def register(sub: Any) -> None:
    parser = sub.add_parser("campaign", help="campaigns to a saved segment, with a control group")
    camp = parser.add_subparsers(dest="campaign_command", required=True)
    p = camp.add_parser("create", help="set a campaign up (nothing is sent yet)")
    p.add_argument("--name", required=True)
    p.add_argument("--kind", choices=KINDS, default="promotion")
    p.add_argument("--segment", required=True, help="a saved segment's name (see `segment list`)")
    p.add_argument(
        "--message", required=True, help="the text: {signature}{honorific}{name}{tier}{points}{coupon}"
    )
    p.add_argument("--from", dest="start", type=dt.date.fromisoformat, required=True, help="YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=dt.date.fromisoformat, required=True, help="YYYY-MM-DD")
    p.add_argument("--control", type=int, default=10, help="per cent held out as control (0-50)")
    p.add_argument("--coupon-template", type=int, help="a coupon template's id: one coupon each")
    p.add_argument("--seed", type=int, help="the control group's seed (default: drawn)")
    add_db_option(p)
    p.set_defaults(func=with_db(cmd_create))
    p = camp.add_parser("send", help="send: the SMS file, coupons; never twice to a member")
    p.add_argument("campaign", help="the campaign's name or number")
    p.add_argument("--out", required=True, help="the SMS provider's CSV file to write")
    p.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    p.add_argument("--today", type=dt.date.fromisoformat, help="send as on this day (YYYY-MM-DD)")
    add_db_option(p)
    p.set_defaults(func=with_db(cmd_send))
    p = camp.add_parser("cards", help="printed cards for the members a sent campaign reached (PDF)")
    p.add_argument("campaign", help="the campaign's name or number")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument(
        "--layout", choices=["card", "sheet"], default="card", help="one A6 card a page, or 4 on A4"
    )
    p.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    add_db_option(p)
    p.set_defaults(func=with_db(cmd_cards, writes=False))
    p = camp.add_parser("result", help="recipients against control in the campaign's window")
    p.add_argument("campaign", help="the campaign's name or number")
    p.add_argument("--json", action="store_true")
    add_db_option(p)
    p.set_defaults(func=with_db(cmd_result, writes=False))
    p = camp.add_parser("list", help="the store's campaigns")
    p.add_argument("--json", action="store_true")
    add_db_option(p)
    p.set_defaults(func=with_db(cmd_list, writes=False))


def _key(text: str) -> int | str:
    return int(text) if text.isdigit() else text


def cmd_create(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.campaigns import campaigns

    actor, _pin = require_staff(db, "set up a campaign")
    form = campaigns.CampaignForm(
        name=args.name, kind=args.kind, segment=args.segment, message=args.message,
        starts_on=args.start, ends_on=args.end, control_percent=args.control,
        coupon_template_id=args.coupon_template, seed=args.seed,
    )  # fmt: skip
    new_id = run_service(lambda: campaigns.create(db, actor, form))
    print(f"campaign {new_id} created")
    return 0


def cmd_send(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.campaigns import campaigns
    from memberdesk.services.io.export_rule import ExportApproval

    actor, pin = require_staff(db, "send a campaign")
    campaign_id = run_service(lambda: campaigns.find(db, actor.store_id, _key(args.campaign)))
    approval = ExportApproval(*manager_approval(db, actor, pin, "write an SMS file"))
    done = run_service(lambda: campaigns.send(db, actor, campaign_id, args.lang, approval, today=args.today))
    Path(args.out).write_text(done.to_csv(), encoding="utf-8")
    print(
        f"{done.new_recipients} sent, {done.new_controls} held out as control, "
        f"{done.without_consent} left out (no consent), {done.coupons} coupons; written to {args.out}"
    )
    return 0


def cmd_cards(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.reports import cards as card_pdf
    from memberdesk.services.campaigns import campaigns
    from memberdesk.services.campaigns.cards import campaign_cards

    actor = _actor(db)
    campaign_id = run_service(lambda: campaigns.find(db, actor.store_id, _key(args.campaign)))
    made = run_service(lambda: campaign_cards(db, actor, campaign_id, args.lang))
    if not made:
        print("The campaign reached no member who can be sent a card.", file=sys.stderr)
        return 1
    Path(args.out).write_bytes(card_pdf.render(made, args.layout, title=made[0].title))
    print(f"{len(made)} cards written to {args.out}")
    return 0


def _actor(db: Database) -> Any:
    from memberdesk.services.members.enrolment import system_actor

    return run_service(lambda: system_actor(db))


def cmd_result(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.campaigns import campaigns, results

    actor = _actor(db)
    campaign_id = run_service(lambda: campaigns.find(db, actor.store_id, _key(args.campaign)))
    found = run_service(lambda: results.result(db, actor, campaign_id))
    rows = [
        {"measure": x.measure, "recipients": x.recipients, "control": x.control, "difference": x.difference,
         "low": x.low, "high": x.high, "clear": x.clear}
        for x in found.lifts
    ]  # fmt: skip
    if args.json:
        print(json.dumps({"campaign": found.name, "from": str(found.starts_on), "to": str(found.ends_on),
                          "recipients": found.recipients, "control": found.controls, "lifts": rows},
                         ensure_ascii=False))  # fmt: skip
        return 0
    print(
        f"{found.name} {found.starts_on}..{found.ends_on}: "
        f"{found.recipients} recipients, {found.controls} control"
    )
    for r in rows:
        between = "too few to tell" if r["low"] is None else f"95% {r['low']:.4f} to {r['high']:.4f}"
        print(
            f"  {r['measure']:<12} {r['recipients']:.4f} vs {r['control']:.4f}  "
            f"diff {r['difference']:+.4f} ({between})"
        )
    return 0


def cmd_list(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.campaigns import campaigns

    actor = _actor(db)
    rows = [
        {"id": c.id, "name": c.name, "kind": c.kind.value, "segment": c.segment, "from": str(c.starts_on),
         "to": str(c.ends_on), "control_percent": c.control_percent, "seed": c.seed,
         "sent": c.sent_at is not None, "recipients": c.recipients, "control": c.controls}
        for c in campaigns.list_campaigns(db, actor.store_id)
    ]  # fmt: skip
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for r in rows:
        print(f"{r['id']:>4}  {r['name']}  {r['kind']}  {r['segment']}  {r['from']}..{r['to']}  "
              f"sent {r['recipients']}  control {r['control']} ({r['control_percent']}%)")  # fmt: skip
    return 0
