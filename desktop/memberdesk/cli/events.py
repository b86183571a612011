"""``memberdesk event create|invite|rsvp|checkin|list``: member events without the window.

What changes something (create, invite, rsvp, checkin) is done by the staff member whose
number and PIN are given (``MEMBERDESK_STAFF_NO`` / ``MEMBERDESK_PIN``, or asked on the
terminal), so the replies and arrivals say who took them; ``list`` reads as the store's first
manager, like the other headless reads. The checks are the window's: the same services.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from memberdesk.cli.common import add_db_option, require_staff, run_service, with_db
from memberdesk.store.database import Database

REPLIES = {"coming": "coming", "not-coming": "not_coming", "no-answer": "no_answer"}
TIERS = ["regular", "silver", "gold", "vip"]


def _local_time(text: str) -> dt.datetime:
    """``YYYY-MM-DD HH:MM`` on this computer's clock, as an aware moment."""
    try:
        return dt.datetime.fromisoformat(text.strip().replace("T", " ")).astimezone()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date and time (YYYY-MM-DD HH:MM): {text!r}") from None


def register(sub: Any) -> None:
    parser = sub.add_parser("event", help="member events: create, invite, replies, check-in, lists")
    events = parser.add_subparsers(dest="event_command", metavar="ACTION", required=True)

    create = events.add_parser("create", help="plan an event")
    create.add_argument("--title", required=True)
    create.add_argument(
        "--at", dest="starts", type=_local_time, required=True, help="YYYY-MM-DD HH:MM (local)"
    )
    create.add_argument("--capacity", required=True, help="how many members may come")
    create.add_argument("--place", default="")
    create.add_argument("--contact", default="", help="whom to answer (name and phone)")
    create.add_argument("--description", default="")
    add_db_option(create)
    create.set_defaults(func=with_db(cmd_create))

    invite = events.add_parser("invite", help="invite members (never twice; not without a marketing consent)")
    invite.add_argument("event", type=int, help="the event's number (see `event list`)")
    invite.add_argument("--tier", action="append", choices=TIERS, default=[], help="every member of a tier")
    invite.add_argument(
        "--members", help="a file of phones or card numbers, one a line ('-': standard input)"
    )
    invite.add_argument("--member-ids", default="", help="member ids, comma-separated (e.g. from a segment)")
    invite.add_argument("--segment", default="", help="every member of a saved segment (see `segment list`)")
    add_db_option(invite)
    invite.set_defaults(func=with_db(cmd_invite))

    rsvp = events.add_parser("rsvp", help="record an invited member's reply")
    rsvp.add_argument("event", type=int)
    rsvp.add_argument("member", help="phone or card number")
    rsvp.add_argument("reply", choices=list(REPLIES))
    add_db_option(rsvp)
    rsvp.set_defaults(func=with_db(cmd_rsvp))

    checkin = events.add_parser("checkin", help="check a member in at the door")
    checkin.add_argument("event", type=int)
    checkin.add_argument("member", help="phone or card number")
    add_db_option(checkin)
    checkin.set_defaults(func=with_db(cmd_checkin))

    listing = events.add_parser("list", help="the events; with an event's number, its guest list")
    listing.add_argument("event", type=int, nargs="?")
    listing.add_argument("--follow-up", action="store_true", help="who came, and who said yes and did not")
    listing.add_argument("--invitations", metavar="PDF", help="write the event's invitations to this PDF")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add_db_option(listing)
    listing.set_defaults(func=with_db(cmd_list))


def cmd_create(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.events.plans import EventForm, create_event

    actor, _pin = require_staff(db, "create an event")
    form = EventForm(args.title, args.starts, args.place, args.capacity, args.contact, args.description)
    event_id = run_service(lambda: create_event(db, actor, form))
    print(f"event {event_id} created")
    return 0


def cmd_invite(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.domain.vocab import Tier
    from memberdesk.services.events.invitations import invite, members_from_lines, members_of_tiers

    actor, _pin = require_staff(db, "invite members to an event")
    ids: list[int] = []
    unknown: list[str] = []
    if args.members:
        text = sys.stdin.read() if args.members == "-" else Path(args.members).read_text(encoding="utf-8-sig")
        found = run_service(lambda: members_from_lines(db, actor, text))
        ids += found.member_ids
        unknown = found.unknown
    if args.member_ids:
        try:
            ids += [int(p) for p in args.member_ids.replace(" ", "").split(",") if p]
        except ValueError:
            print(f"not member ids: {args.member_ids!r}", file=sys.stderr)
            return 1
    if args.tier:
        ids += run_service(lambda: members_of_tiers(db, actor, [Tier(t) for t in args.tier]))
    if args.segment:
        from memberdesk.services.campaigns.audience import members_of_segment

        ids += run_service(lambda: members_of_segment(db, actor, args.segment))
    if not ids and not unknown:
        print("Name the members: --tier, --segment NAME, --members FILE or --member-ids.", file=sys.stderr)
        return 1
    result = run_service(lambda: invite(db, actor, args.event, ids))
    print(
        f"{result.new} invited, {result.already} already invited, {result.no_consent} left out (no consent)"
        + (f", {result.not_members} not active members" if result.not_members else "")
    )
    for line in unknown:
        print(f"not a member: {line}", file=sys.stderr)
    return 0


def _member(db: Database, actor: Any, code: str) -> int:
    from memberdesk.services.events.invitations import members_from_lines

    found = run_service(lambda: members_from_lines(db, actor, code))
    if len(found.member_ids) != 1:
        print(f"no member has the card or phone {code!r}", file=sys.stderr)
        raise SystemExit(1)
    return int(found.member_ids[0])


def cmd_rsvp(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.events.replies import record_reply

    actor, _pin = require_staff(db, "record a reply to an event")
    member_id = _member(db, actor, args.member)
    changed = run_service(lambda: record_reply(db, actor, args.event, member_id, REPLIES[args.reply]))
    print(
        f"reply recorded: {args.reply}" if changed else f"the reply was already {args.reply}: nothing changed"
    )
    return 0


def cmd_checkin(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.events.door import check_in

    actor, _pin = require_staff(db, "check members in at an event")
    done = run_service(lambda: check_in(db, actor, args.event, args.member))
    at = done.checked_in_at.astimezone().strftime("%H:%M")
    if done.already:
        print(f"{done.name} was already checked in at {at}; {done.count} checked in")
    else:
        print(f"{done.name} checked in{' (walk-in)' if done.walk_in else ''}; {done.count} checked in")
    return 0


def _when(moment: dt.datetime | None) -> str | None:
    return moment.astimezone().isoformat(timespec="minutes") if moment is not None else None


def cmd_list(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.members.enrolment import system_actor

    actor = run_service(lambda: system_actor(db))
    if args.event is None:
        return _events(db, actor, args.json)
    if args.invitations:
        from memberdesk.reports import event_invitation
        from memberdesk.services.events import papers

        cards = run_service(lambda: papers.invitations(db, actor, args.event, "zh_CN"))
        Path(args.invitations).write_bytes(event_invitation.render(cards))
        print(f"{len(cards)} invitations written to {args.invitations}")
        return 0
    if args.follow_up:
        from memberdesk.services.events.follow_up import follow_up

        found = run_service(lambda: follow_up(db, actor, args.event))
        sections = {"came": found.came, "did_not_come": found.did_not_come}
    else:
        from memberdesk.services.events.invitations import guests

        sections = {"guests": run_service(lambda: guests(db, actor, args.event))}
    rows = {
        name: [
            {"member_id": g.member_id, "name": g.name, "phone": g.masked_phone, "card_no": g.card_no,
             "invited": g.invited, "reply": g.reply.value, "walk_in": g.walk_in,
             "checked_in_at": _when(g.checked_in_at)}
            for g in people
        ]
        for name, people in sections.items()
    }  # fmt: skip
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for name, people in rows.items():
        print(f"# {name.replace('_', ' ')}: {len(people)}")
        for p in people:
            came = p["checked_in_at"] or "-"
            reply = "walk-in" if p["walk_in"] else p["reply"]
            print(f"{p['name']}\t{p['phone']}\t{p['card_no']}\t{reply}\t{came}")
    return 0


def _events(db: Database, actor: Any, as_json: bool) -> int:
    from memberdesk.services.events.plans import list_events

    events = run_service(lambda: list_events(db, actor))
    rows = [
        {"id": e.id, "title": e.title, "starts_at": _when(e.starts_at), "place": e.location,
         "capacity": e.capacity, "invited": e.invited, "coming": e.coming, "not_coming": e.not_coming,
         "no_answer": e.no_answer, "came": e.came, "walk_ins": e.walk_ins}
        for e in events
    ]  # fmt: skip
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        print(
            f"{r['id']:>4}  {r['starts_at']}  {r['title']}  places {r['capacity'] or '-'}"
            f"  invited {r['invited']}  coming {r['coming']}  not coming {r['not_coming']}  came {r['came']}"
        )
    return 0
