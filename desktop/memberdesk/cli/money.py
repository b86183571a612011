"""``memberdesk wallet``, ``memberdesk coupons``, ``memberdesk points`` and ``memberdesk tiers``:
member money and rewards, headless, so a store can script them.

A member is named by card number or full phone. What moves money or points (top-up, spend,
withdrawal, issuing coupons, expiring, adjusting or giving birthday points, the tier review) needs a manager's
staff number and PIN, as the other sensitive commands do, and is audited under that manager;
reading a balance or a history acts as the store's system actor.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from memberdesk.cli.common import add_db_option, require_manager, run_service, with_db
from memberdesk.cli.devices import open_drawer_for_cash
from memberdesk.domain.money import format_fen
from memberdesk.store.database import Database

METHODS = ["cash", "wechat", "alipay", "bank_card"]


def _member(db: Database, text: str) -> int:
    from memberdesk.services.members import search
    from memberdesk.services.members.enrolment import system_actor

    actor = run_service(lambda: system_actor(db))
    hits = [
        h for h in run_service(lambda: search.find(db, actor, text, 2)) if h.match == search.MatchKind.EXACT
    ]
    if len(hits) != 1:
        print(f"No single member has the card number or phone {text!r}.", file=sys.stderr)
        raise SystemExit(1)
    return hits[0].id


def register(sub: Any) -> None:
    wallet = sub.add_parser("wallet", help="stored value (储值): top up, spend, withdraw, balance, history")
    w = wallet.add_subparsers(dest="wallet_command", metavar="ACTION", required=True)
    topup = w.add_parser("topup", help="take a top-up (the store's bonus rule applies)")
    topup.add_argument("member", help="card number or phone")
    topup.add_argument("amount", help="yuan paid in, e.g. 1000 or 1000.50")
    topup.add_argument("--method", choices=METHODS, default="cash")
    topup.set_defaults(func=with_db(cmd_topup))
    spend = w.add_parser("spend", help="a purchase paid wholly from the balance, recorded as a sale")
    spend.add_argument("member", help="card number or phone")
    spend.add_argument("amount", help="yuan the purchase costs, e.g. 128 or 128.50")
    spend.add_argument("--item", default="储值消费", help="what was bought, as the receipt names it")
    spend.add_argument(
        "--card",
        default="",
        help="the member's card number, when the store's rule is the card (the member's PIN, when it is "
        "the PIN, is read from MEMBERDESK_MEMBER_PIN, never from the command line)",
    )
    spend.set_defaults(func=with_db(cmd_spend))
    withdraw = w.add_parser("withdraw", help="pay principal back to the member (the bonus goes with it)")
    withdraw.add_argument("member")
    withdraw.add_argument("amount")
    withdraw.add_argument("--method", choices=METHODS, default="cash")
    withdraw.add_argument("--reason", required=True)
    withdraw.set_defaults(func=with_db(cmd_withdraw))
    reading = []
    for name, func, text in (
        ("balance", cmd_balance, "the member's balance"),
        ("history", cmd_history, "movements"),
    ):
        p = w.add_parser(name, help=text)
        p.add_argument("member")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=with_db(func, writes=False))
        reading.append(p)

    coupons = sub.add_parser("coupons", help="coupons (优惠券): issue to members, list a member's")
    c = coupons.add_subparsers(dest="coupons_command", metavar="ACTION", required=True)
    issue = c.add_parser("issue", help="give a coupon of a template to members")
    issue.add_argument("template", type=int, help="the template's number (see `coupons templates`)")
    issue.add_argument("members", nargs="+", help="card numbers or phones")
    issue.set_defaults(func=with_db(cmd_issue))
    listing = c.add_parser("list", help="a member's usable coupons")
    listing.add_argument("member")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=with_db(cmd_coupons, writes=False))
    templates = c.add_parser("templates", help="the store's coupon templates")
    templates.set_defaults(func=with_db(cmd_templates, writes=False))
    template = c.add_parser("template-add", help="define a coupon template (the manager)")
    template.add_argument("name", help="as the member reads it, e.g. 满200减30")
    off = template.add_mutually_exclusive_group(required=True)
    off.add_argument("--amount", help="yuan off, e.g. 30")
    off.add_argument("--percent", type=int, help="percent off, e.g. 10 (with --cap)")
    template.add_argument("--cap", default="", help="the most a percent-off coupon takes off, in yuan")
    template.add_argument("--min-spend", default="", help="the least the goods must come to, in yuan")
    template.add_argument("--days", type=int, default=0, help="valid for N days from the day it is given")
    template.add_argument(
        "--from", dest="valid_from", type=dt.date.fromisoformat, help="valid from YYYY-MM-DD"
    )
    template.add_argument("--to", dest="valid_to", type=dt.date.fromisoformat, help="valid to YYYY-MM-DD")
    template.add_argument("--category", action="append", default=[], help="only these goods (repeat)")
    template.add_argument("--tier", action="append", default=[], help="only members of these tiers (repeat)")
    template.add_argument("--stackable", action="store_true", help="may be used with another coupon")
    template.add_argument(
        "--purpose",
        default="manual",
        choices=["manual", "welcome", "birthday", "compensation", "referral", "campaign"],
        help="what gives it out (the care calendar's birthday and welcome coupons name theirs in Settings)",
    )
    template.set_defaults(func=with_db(cmd_template_add))

    points = sub.add_parser("points", help="points (积分): expire, adjust, history, birthday")
    p = points.add_subparsers(dest="points_command", metavar="ACTION", required=True)
    expire = p.add_parser("expire", help="expire points by the store's rule (preview with --dry-run)")
    expire.add_argument("--day", type=dt.date.fromisoformat, help="YYYY-MM-DD (today by default)")
    expire.add_argument("--dry-run", action="store_true", help="list what would expire, change nothing")
    expire.set_defaults(func=with_db(cmd_expire))
    adjust = p.add_parser("adjust", help="correct a member's points with a reason")
    adjust.add_argument("member")
    adjust.add_argument("delta", help="+500 or -200")
    adjust.add_argument("--reason", required=True)
    adjust.set_defaults(func=with_db(cmd_adjust))
    gift = p.add_parser("birthday", help="give this year's birthday points (生日积分) by the store's rule")
    gift.add_argument("member")
    gift.set_defaults(func=with_db(cmd_birthday))
    hist = p.add_parser("history", help="a member's points entries")
    hist.add_argument("member")
    hist.add_argument("--json", action="store_true")
    hist.set_defaults(func=with_db(cmd_points_history, writes=False))

    tiers = sub.add_parser("tiers", help="the yearly tier review (down as well as up)")
    t = tiers.add_subparsers(dest="tiers_command", metavar="ACTION", required=True)
    review = t.add_parser("review", help="move every member to the tier their 12-month spend reaches")
    review.add_argument("--dry-run", action="store_true")
    review.set_defaults(func=with_db(cmd_review))
    card_commands = _register_gift_cards(sub)
    for parser in (
        topup,
        spend,
        withdraw,
        *reading,
        issue,
        listing,
        templates,
        template,
        expire,
        adjust,
        gift,
        hist,
        review,
    ):
        add_db_option(parser)
    for parser in card_commands:
        add_db_option(parser)


def _register_gift_cards(sub: Any) -> list[Any]:
    cards = sub.add_parser("giftcard", help="gift cards (礼品卡): sell one, read a card's balance")
    g = cards.add_subparsers(dest="giftcard_command", metavar="ACTION", required=True)
    sell = g.add_parser("sell", help="sell a card for money taken (a new code, or a physical card's)")
    sell.add_argument("--amount", required=True, help="yuan paid, e.g. 500")
    sell.add_argument("--method", choices=METHODS, default="cash")
    sell.add_argument("--code", default="", help="the code of a physical card (a new one is made without)")
    sell.add_argument("--slip", type=Path, help="write the card's slip (PDF, 80 mm) here")
    sell.set_defaults(func=with_db(cmd_giftcard_sell))
    balance = g.add_parser("balance", help="what a card holds")
    balance.add_argument("code")
    balance.add_argument("--json", action="store_true")
    balance.set_defaults(func=with_db(cmd_giftcard_balance, writes=False))
    return [sell, balance]


def cmd_giftcard_sell(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.documents.gift_card_slip import GiftCardSlip
    from memberdesk.reports.gift_card_slip import render_gift_card_slip
    from memberdesk.services.money import gift_cards

    actor = require_manager(db, "sell a gift card")
    got = run_service(lambda: gift_cards.sell(db, actor, args.amount, args.method, code=args.code))
    open_drawer_for_cash(got.method)
    print(
        f"{got.doc_no}: gift card {got.code} sold for {format_fen(got.amount_fen)}; "
        f"it holds {format_fen(got.balance_fen)}"
    )
    if args.slip:
        slip = GiftCardSlip(
            store_name=_store_name(db, actor.store_id),
            doc_no=got.doc_no,
            created_at=got.at,
            staff=actor.name,
            code=got.code,
            paid_fen=got.amount_fen,
            method=got.method,
            balance_fen=got.balance_fen,
        )
        args.slip.write_bytes(render_gift_card_slip(slip))
        print(f"slip written to {args.slip}")
    return 0


def _store_name(db: Database, store_id: int) -> str:
    from sqlalchemy import select

    from memberdesk.store.models import Store

    with db.read() as s:
        return s.scalar(select(Store.name).where(Store.id == store_id)) or ""


def cmd_giftcard_balance(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.money import gift_cards

    got = run_service(lambda: gift_cards.balance_of(db, args.code))
    _print(
        {"code": got.code, "balance_fen": got.balance_fen, "sold_at": got.sold_at.isoformat()},
        args.json,
        [
            f"gift card {got.code}: holds {format_fen(got.balance_fen)} "
            f"(sold {got.sold_at.astimezone():%Y-%m-%d})"
        ],
    )
    return 0


def _print(data: Any, as_json: bool, lines: list[str]) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2) if as_json else "\n".join(lines))


def cmd_topup(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.money import wallet

    member = _member(db, args.member)
    actor = require_manager(db, "take a stored-value top-up")
    got = run_service(lambda: wallet.topup(db, actor, member, args.amount, args.method))
    open_drawer_for_cash(got.method)
    print(
        f"{got.doc_no}: paid in {format_fen(got.money_fen)}, bonus {format_fen(got.bonus_fen)}; "
        f"balance {format_fen(got.balance.total_fen)} "
        f"(principal {format_fen(got.balance.principal_fen)}, bonus {format_fen(got.balance.bonus_fen)})"
    )
    return 0


def cmd_spend(args: argparse.Namespace, db: Database) -> int:
    import os

    from memberdesk.domain.vocab import PaymentMethod
    from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm
    from memberdesk.services.sales.recording import record_sale

    member = _member(db, args.member)
    actor = require_manager(db, "spend a member's stored value")
    form = SaleForm(
        member,
        [LineForm(description=args.item, category="other", unit_price=args.amount, quantity=1)],
        [PaymentForm(PaymentMethod.STORED_VALUE, "")],
        member_pin=os.environ.get("MEMBERDESK_MEMBER_PIN", ""),
        member_card=args.card,
    )
    got = run_service(lambda: record_sale(db, actor, form))
    after = got.stored_after.principal_fen + got.stored_after.bonus_fen if got.stored_after else 0
    paid = format_fen(got.stored_paid_fen)
    print(f"{got.receipt_no}: paid {paid} from the balance; balance {format_fen(after)}")
    return 0


def cmd_withdraw(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.money import wallet

    member = _member(db, args.member)
    actor = require_manager(db, "pay stored value back")
    got = run_service(lambda: wallet.withdraw(db, actor, member, args.amount, args.method, args.reason))
    open_drawer_for_cash(got.method)
    print(
        f"{got.doc_no}: paid out {format_fen(-got.money_fen)}, bonus forfeited {format_fen(-got.bonus_fen)}; "
        f"balance {format_fen(got.balance.total_fen)}"
    )
    return 0


def cmd_balance(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.money import wallet

    held = wallet.balance(db, _member(db, args.member))
    data = {"principal_fen": held.principal_fen, "bonus_fen": held.bonus_fen, "total_fen": held.total_fen}
    _print(
        data,
        args.json,
        [
            f"balance {format_fen(held.total_fen)} (principal {format_fen(held.principal_fen)}, "
            f"bonus {format_fen(held.bonus_fen)})"
        ],
    )
    return 0


def cmd_history(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.money import wallet

    lines = wallet.history(db, _member(db, args.member), limit=200)
    data = [
        {
            "at": ln.at.isoformat(),
            "kind": ln.kind.value,
            "principal_fen": ln.principal_fen,
            "bonus_fen": ln.bonus_fen,
            "money_fen": ln.money_fen,
            "doc_no": ln.doc_no,
            "reason": ln.reason,
        }
        for ln in lines
    ]
    _print(
        data,
        args.json,
        [
            f"{ln.at.astimezone():%Y-%m-%d %H:%M}  {ln.kind.value:<8} {format_fen(ln.total_fen):>12}  "
            f"{ln.doc_no} {ln.reason}"
            for ln in lines
        ],
    )
    return 0


def cmd_issue(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.money import coupons

    members = [_member(db, m) for m in args.members]
    actor = require_manager(db, "issue coupons")
    codes = run_service(lambda: coupons.issue(db, actor, args.template, members))
    print("\n".join(codes))
    return 0


def cmd_coupons(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.money import coupons

    held = coupons.member_coupons(db, _member(db, args.member), today=dt.date.today())
    data = [{"code": c.code, "name": c.name, "valid_to": c.valid_to.isoformat()} for c in held]
    _print(data, args.json, [f"{c.code}  {c.name}  valid to {c.valid_to}" for c in held])
    return 0


def cmd_templates(args: argparse.Namespace, db: Database) -> int:
    from sqlalchemy import select

    from memberdesk.store.models import CouponTemplate

    with db.read() as s:
        rows = s.execute(
            select(CouponTemplate.id, CouponTemplate.name, CouponTemplate.purpose, CouponTemplate.active)
        )
        for tid, name, purpose, active in rows:
            print(f"{tid:>4}  {name}  ({purpose.value}{'' if active else ', retired'})")
    return 0


def cmd_template_add(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.domain.vocab import CouponKind, CouponPurpose, Tier
    from memberdesk.services.money import coupons

    tiers = []
    for tier in args.tier:
        try:
            tiers.append(Tier(tier))
        except ValueError:
            print(f"No tier {tier!r}: one of {', '.join(t.value for t in Tier)}.", file=sys.stderr)
            return 1
    form = coupons.TemplateForm(
        name=args.name,
        kind=CouponKind.AMOUNT_OFF if args.amount is not None else CouponKind.PERCENT_OFF,
        amount=args.amount or "",
        percent_off=args.percent or 0,
        cap=args.cap,
        min_spend=args.min_spend,
        valid_from=args.valid_from,
        valid_to=args.valid_to,
        valid_days=args.days,
        categories=tuple(args.category),
        tiers=tuple(tiers),
        stackable=args.stackable,
        purpose=CouponPurpose(args.purpose),
    )
    actor = require_manager(db, "define a coupon template")
    tid = run_service(lambda: coupons.create_template(db, actor, form))
    print(f"{tid:>4}  {args.name}  ({args.purpose})")
    return 0


def cmd_expire(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.rewards import expiry

    actor = require_manager(db, "expire points")
    day = args.day or dt.date.today()
    found = run_service(lambda: expiry.run(db, actor, day=day, apply=not args.dry_run))
    for item in found:
        print(f"{item.member_id:>8}  {item.name:<12}  {item.points:>10,}")
    verb = "would expire" if args.dry_run else "expired"
    print(f"{sum(i.points for i in found):,} points of {len(found)} members {verb} at the end of {day}.")
    return 0


def cmd_adjust(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.sales import points

    member = _member(db, args.member)
    actor = require_manager(db, "adjust points")
    run_service(lambda: points.adjust(db, actor, member, args.delta, args.reason))
    print(f"balance {points.balance(db, member):,} points")
    return 0


def cmd_birthday(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.rewards import birthday
    from memberdesk.services.sales import points

    member = _member(db, args.member)
    actor = require_manager(db, "give birthday points")
    given = run_service(lambda: birthday.grant(db, actor, member))
    print(f"gave {given:,} birthday points; balance {points.balance(db, member):,} points")
    return 0


def cmd_points_history(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.sales import points

    lines = points.history(db, _member(db, args.member), limit=500)
    data = [
        {"at": ln.created_at.isoformat(), "delta": ln.delta, "source": ln.source.value, "reason": ln.reason}
        for ln in lines
    ]
    _print(
        data,
        args.json,
        [
            f"{ln.created_at.astimezone():%Y-%m-%d %H:%M}  {ln.delta:>+10,}  "
            f"{ln.source.value:<14} {ln.reason}"
            for ln in lines
        ],
    )
    return 0


def cmd_review(args: argparse.Namespace, db: Database) -> int:
    from memberdesk.services.rewards import tiers

    actor = require_manager(db, "review member tiers")
    moves = run_service(lambda: tiers.review(db, actor, apply=not args.dry_run))
    for m in moves:
        print(
            f"{m.member_id:>8}  {m.name:<12}  {m.from_tier.value} -> {m.to_tier.value}  "
            f"({format_fen(m.spend_fen)})"
        )
    print(f"{len(moves)} members {'would move' if args.dry_run else 'moved'}.")
    return 0
