"""Coupons the care calendar gives: a birthday coupon in the birthday month (or week), a welcome
coupon for each new member, both from templates the manager names in the care settings.

They are issued when the calendar is generated, inside the same transaction as its tasks, and
as idempotently: a birthday coupon carries the key ``birthday <year>`` and a welcome coupon the
key ``welcome``, so running the calendar twice (or on two counters) gives one coupon.

A birthday coupon is valid in the birthday's month (1st to last day) or the birthday's week
(three days either side), whatever the template says of its own validity; a welcome coupon is
valid as its template says, counted from the day it is issued. Welcome coupons go to members
enrolled on or after the day the manager chose the welcome template, never to the whole
member file at once.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import and_, select, update
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.vocab import MemberStatus
from memberdesk.services.common.context import Actor
from memberdesk.services.money import coupons
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.services.staff.settings import read_setting, write_setting
from memberdesk.store.database import Database
from memberdesk.store.models import Coupon, CouponTemplate, Member

KEY = "care.coupons"
WELCOME_KEY = "welcome"
WEEK_SIDE_DAYS = 3


class BirthdayWindow(StrEnum):
    MONTH = "month"  # valid the whole birthday month
    WEEK = "week"  # valid three days either side of the birthday


@dataclass(frozen=True)
class CareCoupons:
    """The store's choice: which template each automatic coupon uses (0: none)."""

    birthday_template: int = 0
    welcome_template: int = 0
    birthday_window: BirthdayWindow = BirthdayWindow.MONTH
    welcome_since: dt.date | None = None  # welcome coupons for members enrolled from this day


@dataclass(frozen=True)
class TemplateChoice:
    id: int
    name: str


def birthday_key(day: dt.date) -> str:
    return f"birthday {day.year}"


def window_of(birthday: dt.date, window: BirthdayWindow) -> tuple[dt.date, dt.date]:
    """The days a birthday coupon can be used, for the birthday as kept that year."""
    if window is BirthdayWindow.WEEK:
        side = dt.timedelta(days=WEEK_SIDE_DAYS)
        return birthday - side, birthday + side
    first = birthday.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)


def load_in(s: Session, store_id: int) -> CareCoupons:
    text = read_setting(s, store_id, KEY)
    if not text:
        return CareCoupons()
    try:
        raw = json.loads(text)
        since = raw.get("welcome_since")
        return CareCoupons(
            int(raw.get("birthday_template", 0)),
            int(raw.get("welcome_template", 0)),
            BirthdayWindow(raw.get("birthday_window", "month")),
            dt.date.fromisoformat(since) if since else None,
        )
    except (ValueError, TypeError, AttributeError):
        return CareCoupons()


def load(db: Database, store_id: int) -> CareCoupons:
    with db.read() as s:
        return load_in(s, store_id)


def templates(db: Database, actor: Actor) -> list[TemplateChoice]:
    """The store's active coupon templates, to choose from."""
    require(actor, Permission.FIND_MEMBER)
    with db.read() as s:
        return [
            TemplateChoice(tid, name)
            for tid, name in s.execute(
                select(CouponTemplate.id, CouponTemplate.name)
                .where(CouponTemplate.store_id == actor.store_id, CouponTemplate.active.is_(True))
                .order_by(CouponTemplate.name, CouponTemplate.id)
            )
        ]


def save(
    db: Database,
    actor: Actor,
    *,
    birthday_template: int,
    welcome_template: int,
    birthday_window: BirthdayWindow | str = BirthdayWindow.MONTH,
    today: dt.date | None = None,
) -> CareCoupons:
    """The manager names the templates (0: no such coupon). Choosing a welcome template starts
    welcome coupons from ``today``'s enrolments on. Audited as a setting."""
    require(actor, Permission.MANAGE_COUPONS)
    try:
        window = BirthdayWindow(birthday_window)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose the birthday month or the birthday week."), field="window"
        ) from None
    day = today or dt.date.today()
    with db.write() as s:
        for tid in (birthday_template, welcome_template):
            if tid and (
                (t := s.get(CouponTemplate, tid)) is None or t.store_id != actor.store_id or not t.active
            ):
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such coupon template."), field="template_id")
        before = load_in(s, actor.store_id)
        since = before.welcome_since if before.welcome_template and welcome_template else None
        chosen = CareCoupons(
            birthday_template, welcome_template, window, (since or day) if welcome_template else None
        )
        text = json.dumps(
            {
                "birthday_template": chosen.birthday_template,
                "welcome_template": chosen.welcome_template,
                "birthday_window": chosen.birthday_window.value,
                "welcome_since": chosen.welcome_since.isoformat() if chosen.welcome_since else None,
            },
            sort_keys=True,
        )
        write_setting(s, actor, KEY, text, "care.coupons")
    return chosen


def _issue(
    s: Session,
    store_id: int,
    template_id: int,
    members: list[int],
    *,
    today: dt.date,
    key: str,
    valid: tuple[dt.date, dt.date] | None = None,
) -> int:
    """Issue to the members who lack this template's coupon for ``key``; a template that can no
    longer be issued (retired, expired) issues nothing rather than stopping the calendar."""
    if not members:
        return 0
    try:
        codes = coupons.issue_in(s, None, store_id, template_id, members, today=today, issue_key=key)
    except (Conflict, NotFound):
        return 0
    if codes and valid is not None:
        s.execute(update(Coupon).where(Coupon.code.in_(codes)).values(valid_from=valid[0], valid_to=valid[1]))
    return len(codes)


def birthday_coupons_in(
    s: Session, store_id: int, birthdays: list[tuple[int, dt.date]], *, today: dt.date
) -> int:
    """A birthday coupon for each (member, birthday as kept) that has none for that year,
    unless its days are already over."""
    chosen = load_in(s, store_id)
    if not chosen.birthday_template or not birthdays:
        return 0
    by_year: dict[int, dict[int, dt.date]] = defaultdict(dict)
    for member_id, day in birthdays:
        by_year[day.year].setdefault(member_id, day)
    issued = 0
    for year, members in sorted(by_year.items()):
        key = f"birthday {year}"
        held = set(
            s.scalars(
                select(Coupon.member_id).where(
                    Coupon.template_id == chosen.birthday_template,
                    Coupon.issue_key == key,
                    Coupon.member_id.in_(list(members)),
                )
            )
        )
        by_window: dict[tuple[dt.date, dt.date], list[int]] = defaultdict(list)
        for member_id, day in sorted(members.items()):
            valid = window_of(day, chosen.birthday_window)
            if member_id not in held and valid[1] >= today:  # never a coupon already out of date
                by_window[valid].append(member_id)
        for valid, ids in sorted(by_window.items()):
            issued += _issue(s, store_id, chosen.birthday_template, ids, today=today, key=key, valid=valid)
    return issued


def welcome_coupons_in(s: Session, store_id: int, *, today: dt.date) -> int:
    """A welcome coupon for every active member enrolled since the welcome template was chosen
    who has none yet."""
    chosen = load_in(s, store_id)
    if not chosen.welcome_template or chosen.welcome_since is None:
        return 0
    since = dt.datetime.combine(chosen.welcome_since, dt.time(), dt.datetime.now().astimezone().tzinfo)
    missing = list(
        s.scalars(
            select(Member.id)
            .outerjoin(
                Coupon,
                and_(
                    Coupon.member_id == Member.id,
                    Coupon.template_id == chosen.welcome_template,
                    Coupon.issue_key == WELCOME_KEY,
                ),
            )
            .where(
                Member.store_id == store_id,
                Member.status == MemberStatus.ACTIVE,
                Member.enrolled_at >= since.astimezone(dt.UTC),
                Coupon.id.is_(None),
            )
            .order_by(Member.id)
        )
    )
    return _issue(s, store_id, chosen.welcome_template, missing, today=today, key=WELCOME_KEY)
