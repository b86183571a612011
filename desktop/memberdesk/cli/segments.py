"""``memberdesk tags …`` and ``memberdesk segment …``: member tags and saved segments, headless.

Reading (``tags list``, ``segment list|show|count``) acts as the store's first manager, like
``memberdesk find``; changing tags, saving a segment and exporting one need the staff number
and PIN of whoever runs the command (``MEMBERDESK_STAFF_NO`` / ``MEMBERDESK_PIN``), and a
file with full phone numbers the manager's approval, as in the app.

A filter is given as options (``--tier gold --tag-any 孕妈 --promotions yes …``) or by a
saved segment's name.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from memberdesk.cli.common import add_db_option, manager_approval, require_staff, run_service, with_db
from memberdesk.store.database import Database


def _filter_options(parser: argparse.ArgumentParser) -> None:
    add = parser.add_argument
    add("--tier", action="append", default=[], help="regular, silver, gold, vip (repeat for any of them)")
    add("--tag-any", action="append", default=[], help="carries this tag (repeat: any of them)")
    add("--tag-all", action="append", default=[], help="carries this tag (repeat: all of them)")
    add("--rfm", action="append", default=[], help="RFM segment, e.g. important_value (repeat)")
    add("--lapsed-days", type=int, help="bought before, but not in the last N days")
    add("--period-days", type=int, default=365, help="period of spend, visits, category, RFM (365)")
    add("--spend-min", type=float, help="spent at least this many yuan in the period")
    add("--spend-max", type=float, help="spent at most this many yuan in the period")
    add("--visits-min", type=int)
    add("--visits-max", type=int)
    add("--category", default="", help="bought goods of this category in the period")
    add("--birthday-month", type=int, help="birthday kept in this month this year (solar or lunar)")
    add("--child-age-min", type=int, help="a child turning at least this age this year")
    add("--child-age-max", type=int)
    add("--size-category", default="", help="a size on file: tops, bottoms, dresses, shoes, bra, children")
    add("--size", action="append", default=[], help="... and it is this size (repeat)")
    add("--channel", action="append", default=[], help="came via (repeat)")
    add("--target-group", action="append", default=[], help="target group (repeat)")
    add("--promotions", choices=("yes", "no"), default="", help="consented to promotions, or not")
    add("--points-min", type=int)
    add("--points-max", type=int)
    add("--stored-value-min", type=float, help="yuan")
    add("--stored-value-max", type=float, help="yuan")
    add("--today", type=dt.date.fromisoformat, help="count as on this day (YYYY-MM-DD); default today")


def _fen(yuan: float | None) -> int | None:
    return None if yuan is None else round(yuan * 100)


def filter_of(args: argparse.Namespace) -> Any:
    from memberdesk.services.segments.filters import SegmentFilter, check

    return run_service(
        lambda: check(
            SegmentFilter(
                tiers=tuple(args.tier), tags_any=tuple(args.tag_any), tags_all=tuple(args.tag_all),
                rfm=tuple(args.rfm), lapsed_days=args.lapsed_days, period_days=args.period_days,
                spend_min_fen=_fen(args.spend_min), spend_max_fen=_fen(args.spend_max),
                visits_min=args.visits_min, visits_max=args.visits_max, category=args.category.strip(),
                birthday_month=args.birthday_month, child_age_min=args.child_age_min,
                child_age_max=args.child_age_max, size_category=args.size_category, sizes=tuple(args.size),
                channels=tuple(args.channel), target_groups=tuple(args.target_group),
                promotions=args.promotions, points_min=args.points_min, points_max=args.points_max,
                stored_value_min_fen=_fen(args.stored_value_min),
                stored_value_max_fen=_fen(args.stored_value_max),
            )
        )
    )  # fmt: skip


def register(sub: Any) -> None:
    tags = sub.add_parser("tags", help="member tags: the store's list, and tags given to members")
    tag_sub = tags.add_subparsers(dest="tags_command", required=True)
    p = tag_sub.add_parser("list", help="the store's tags and how many members carry each")
    p.add_argument("--retired", action="store_true", help="also tags taken off the list")
    p.add_argument("--json", action="store_true")
    add_db_option(p)
    p.set_defaults(func=with_db(cmd_tags_list))
    for name, helptext in (("add", "put a tag on the store's list"), ("remove", "take a tag off the list")):
        p = tag_sub.add_parser(name, help=helptext + " (a manager)")
        p.add_argument("tag")
        add_db_option(p)
        p.set_defaults(func=with_db(cmd_tags_add if name == "add" else cmd_tags_remove))
    for name in ("assign", "unassign"):
        p = tag_sub.add_parser(name, help=f"{'give' if name == 'assign' else 'take'} a tag for many members")
        p.add_argument("tag")
        p.add_argument("--members", default="", help="phones or card numbers, separated by commas")
        p.add_argument("--file", type=Path, help="a text file of phones or card numbers, one a line")
        p.add_argument("--segment", default="", help="the members of this saved segment")
        add_db_option(p)
        p.set_defaults(func=with_db(cmd_tags_assign), give=name == "assign")

    seg = sub.add_parser("segment", help="saved member segments: list, show, count, save, export")
    seg_sub = seg.add_subparsers(dest="segment_command", required=True)
    p = seg_sub.add_parser("list", help="the saved segments and their member counts")
    p.add_argument("--today", type=dt.date.fromisoformat)
    add_db_option(p)
    p.set_defaults(func=with_db(cmd_segment_list))
    p = seg_sub.add_parser("show", help="a saved segment's filter and its first members (phones masked)")
    p.add_argument("name")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--today", type=dt.date.fromisoformat)
    add_db_option(p)
    p.set_defaults(func=with_db(cmd_segment_show))
    p = seg_sub.add_parser("count", help="how many members a saved segment or the options' filter holds")
    p.add_argument("name", nargs="?", default="")
    _filter_options(p)
    add_db_option(p)
    p.set_defaults(func=with_db(cmd_segment_count))
    for name in ("create", "save"):
        p = seg_sub.add_parser(
            name, help="save the options' filter under a name" + (" (replacing)" if name == "save" else "")
        )
        p.add_argument("name")
        _filter_options(p)
        add_db_option(p)
        p.set_defaults(func=with_db(cmd_segment_save), replace=name == "save")
    p = seg_sub.add_parser("export", help="a promotion list of a segment's members (.csv or .xlsx)")
    p.add_argument("name", nargs="?", default="")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument(
        "--everyone", action="store_true", help="also members who have not consented to promotions"
    )
    p.add_argument("--full-phones", action="store_true", help="full numbers (the manager approves)")
    _filter_options(p)
    add_db_option(p)
    p.set_defaults(func=with_db(cmd_segment_export))


def _reader(db: Database) -> Any:
    from memberdesk.services.members.enrolment import system_actor

    return run_service(lambda: system_actor(db))


def cmd_tags_list(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.segments.tags import list_tags

    found = run_service(lambda: list_tags(db, _reader(db), retired=args.retired))
    if args.json:
        print(json.dumps([{"name": t.name, "members": t.members, "active": t.active, "free": t.free}
                          for t in found], ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    for t in found:
        marks = ("" if t.active else " (retired)") + (" (typed at the card)" if t.free else "")
        print(f"{t.name}\t{t.members}{marks}")
    if not found:
        print("no tags yet: memberdesk tags add NAME")
    return 0


def cmd_tags_add(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.segments.tags import add_tag

    actor, _pin = require_staff(db, "change the store's tags", manager=True)
    run_service(lambda: add_tag(db, actor, args.tag))
    print(f"tag added: {args.tag.strip()}")
    return 0


def cmd_tags_remove(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.segments.tags import remove_tag

    actor, _pin = require_staff(db, "change the store's tags", manager=True)
    deleted = run_service(lambda: remove_tag(db, actor, args.tag))
    print("tag removed" if deleted else "tag taken off the list; the members who carry it keep it")
    return 0


def cmd_tags_assign(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.segments import segments, tags
    from memberdesk.services.segments.member_lists import members_in_list

    actor, _pin = require_staff(db, "tag members")
    unknown: tuple[str, ...] = ()
    if args.segment:
        saved = run_service(lambda: segments.load(db, actor, args.segment))
        ids: tuple[int, ...] = tuple(run_service(lambda: segments.member_ids(db, saved.id)))
    else:
        text = args.members + "\n" + (args.file.read_text(encoding="utf-8-sig") if args.file else "")
        found = run_service(lambda: members_in_list(db, actor, text))
        ids, unknown = found.member_ids, found.unknown
    act = tags.assign if args.give else tags.unassign
    changed = run_service(lambda: act(db, actor, args.tag, ids))
    print(f"{'tagged' if args.give else 'untagged'}: {changed} of {len(ids)} member(s)")
    if unknown:
        print("not found: " + ", ".join(unknown))
    return 0 if not unknown else 1


def _chosen(args: argparse.Namespace, db: Database, actor: Any) -> tuple[str, Any]:
    from memberdesk.services.segments import segments

    if args.name:
        saved = run_service(lambda: segments.load(db, actor, args.name))
        return saved.name, saved.filter
    return "", filter_of(args)


def cmd_segment_list(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.segments import segments

    actor = _reader(db)
    for seg in run_service(lambda: segments.list_segments(db, actor)):
        n = segments.count(db, seg.filter, today=args.today, store_id=actor.store_id)
        print(f"{seg.name}\t{n}\t{seg.filter.to_json()}")
    return 0


def cmd_segment_show(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.segments import segments

    actor = _reader(db)
    saved = run_service(lambda: segments.load(db, actor, args.name))
    n = segments.count(db, saved.filter, today=args.today, store_id=actor.store_id)
    print(f"{saved.name}: {n} member(s)")
    print(f"filter: {saved.filter.to_json()}")
    for r in segments.page(
        db, saved.filter, 0, max(1, args.limit), today=args.today, store_id=actor.store_id
    ):
        print(f"{r.id:>8}  {r.card_no:<12}  {r.name:<12}  {r.masked_phone:<14}  {r.tier.value}")
    return 0


def cmd_segment_count(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.segments import segments

    actor = _reader(db)
    _name, f = _chosen(args, db, actor)
    print(run_service(lambda: segments.count(db, f, today=args.today, store_id=actor.store_id)))
    return 0


def cmd_segment_save(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.segments import segments

    f = filter_of(args)
    actor, _pin = require_staff(db, "save a segment")
    run_service(lambda: segments.save(db, actor, args.name, f, replace=args.replace))
    print(f"segment saved: {args.name.strip()}  {f.to_json()}")
    return 0


def cmd_segment_export(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.io.export_rule import ExportApproval
    from memberdesk.services.segments.export import export_segment

    actor, pin = require_staff(db, "export a segment")
    name, f = _chosen(args, db, actor)
    approval = (
        ExportApproval(*manager_approval(db, actor, pin, "export a segment")) if args.full_phones else None
    )
    done = run_service(
        lambda: export_segment(
            db, actor, f, args.out, for_promotions=not args.everyone, full_phones=args.full_phones,
            approval=approval, name=name or "cli", today=args.today,
        )
    )  # fmt: skip
    print(f"{done.written} member(s) written to {args.out}")
    if done.left_out_no_consent:
        print(f"{done.left_out_no_consent} left out: no consent to promotions")
    return 0
