"""Coupons (优惠券): templates a store defines, coupons issued to members with their own codes,
applied once at the till and given back only when the sale is voided.

A coupon's state (``used``) changes only together with a ``CouponEvent``, under the coupon
row's lock, so two counters applying one coupon at once cannot both succeed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from memberdesk.domain.coupons import CartLine, CouponTerms, discount_for, eligible_fen, new_code, validity
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.vocab import CouponEventKind, CouponKind, CouponPurpose, MemberStatus, Tier
from memberdesk.services.common.context import Actor
from memberdesk.services.common.driver_sql import table_of
from memberdesk.services.common.inputs import clean_code, clean_text, money, record_id
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Coupon, CouponEvent, CouponTemplate, Member, new_uid, utcnow

MAX_ISSUE = 100_000  # coupons issued in one go
NO_COUPON = QT_TRANSLATE_NOOP("Errors", "No such coupon.")


@dataclass(frozen=True)
class TemplateForm:
    name: str
    kind: CouponKind
    amount: object = ""  # yuan as typed, for amount off
    percent_off: int = 0
    cap: object = ""  # yuan, for percent off; empty = no cap
    min_spend: object = ""
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    valid_days: int = 0
    categories: tuple[str, ...] = ()
    tiers: tuple[Tier, ...] = ()
    stackable: bool = False
    purpose: CouponPurpose = CouponPurpose.MANUAL


@dataclass(frozen=True)
class CouponView:
    """A coupon as the till and the card show it."""

    id: int
    code: str
    name: str
    member_id: int | None
    terms: CouponTerms
    tiers: frozenset[str]
    valid_from: dt.date
    valid_to: dt.date
    used: bool

    def usable_on(self, day: dt.date) -> bool:
        return not self.used and self.valid_from <= day <= self.valid_to


def _amount(value: object, field: str) -> int:
    if value in ("", None, 0):
        return 0
    return money(value, field)


def create_template(db: Database, actor: Actor, form: TemplateForm) -> int:
    """A manager defines a coupon; nothing is issued yet. Audited."""
    require(actor, Permission.MANAGE_COUPONS)
    name = clean_text(form.name, 60)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the coupon a name."), field="name")
    terms = CouponTerms(
        kind=CouponKind(form.kind),
        amount_fen=_amount(form.amount, "amount") if form.kind is CouponKind.AMOUNT_OFF else 0,
        percent_off=int(form.percent_off) if form.kind is CouponKind.PERCENT_OFF else 0,
        cap_fen=_amount(form.cap, "cap"),
        min_spend_fen=_amount(form.min_spend, "min_spend"),
        categories=frozenset(c for c in (clean_text(x, 30) for x in form.categories) if c),
        stackable=form.stackable,
    )
    bad = terms.problems()
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This rule is out of range: {rule}."), field=bad[0], rule=bad[0]
        )
    if not 0 <= form.valid_days <= 3650:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This rule is out of range: {rule}."),
            field="valid_days",
            rule="valid_days",
        )
    if form.valid_days == 0 and form.valid_to is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Say how long the coupon is valid: a last day, or a number of days."),
            field="valid_to",
        )
    if form.valid_from and form.valid_to and form.valid_to < form.valid_from:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The last day is before the first."), field="valid_to"
        )
    with db.write() as s:
        template = CouponTemplate(
            store_id=actor.store_id,
            name=name,
            purpose=form.purpose,
            kind=terms.kind,
            amount_fen=terms.amount_fen,
            percent_off=terms.percent_off,
            cap_fen=terms.cap_fen,
            min_spend_fen=terms.min_spend_fen,
            valid_from=form.valid_from,
            valid_to=form.valid_to,
            valid_days=form.valid_days,
            categories=",".join(sorted(terms.categories)),
            tiers=",".join(sorted(Tier(t).value for t in form.tiers)),
            stackable=terms.stackable,
            created_by_id=actor.staff_id,
        )
        s.add(template)
        s.flush()
        audit.record(
            s, actor, "coupon.template", entity="coupon_template", entity_id=template.id, detail=name
        )
        return template.id


def terms_of(t: CouponTemplate) -> CouponTerms:
    """A template's terms as the till applies them."""
    return CouponTerms(
        kind=t.kind,
        amount_fen=t.amount_fen,
        percent_off=t.percent_off,
        cap_fen=t.cap_fen,
        min_spend_fen=t.min_spend_fen,
        categories=frozenset(c for c in t.categories.split(",") if c),
        stackable=t.stackable,
    )


def _view(c: Coupon, t: CouponTemplate) -> CouponView:
    return CouponView(
        c.id,
        c.code,
        t.name,
        c.member_id,
        terms_of(t),
        frozenset(x for x in t.tiers.split(",") if x),
        c.valid_from,
        c.valid_to,
        c.used,
    )


def issue_in(
    session: Session,
    actor: Actor | None,
    store_id: int,
    template_id: int,
    member_ids: Iterable[int | None],
    *,
    today: dt.date,
    issue_key: str = "",
    note: str = "",
) -> list[str]:
    """Issue one coupon per member inside the caller's transaction; returns the new codes.

    With an ``issue_key`` a member who already holds this template's coupon for that key
    gets none (a birthday coupon once a year, a welcome coupon once): safe to run again.
    """
    template = session.get(CouponTemplate, template_id)
    if template is None or template.store_id != store_id or not template.active:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such coupon template."), field="template_id")
    start, end = validity(
        today, valid_from=template.valid_from, valid_to=template.valid_to, valid_days=template.valid_days
    )
    if end < start:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "This coupon is no longer valid."), field="template_id")
    codes: list[str] = []
    for member_id in member_ids:
        if (
            issue_key
            and member_id is not None
            and session.scalar(
                select(Coupon.id).where(
                    Coupon.template_id == template_id,
                    Coupon.member_id == member_id,
                    Coupon.issue_key == issue_key,
                )
            )
        ):
            continue
        for _attempt in range(5):  # a code collision is astronomically rare; draw again
            code = new_code()
            try:
                with session.begin_nested():
                    session.execute(
                        insert(Coupon).values(
                            store_id=store_id,
                            template_id=template_id,
                            member_id=member_id,
                            code=code,
                            issue_key=issue_key if member_id is not None else "",
                            issued_at=utcnow(),
                            issued_by_id=actor.staff_id if actor else None,
                            valid_from=start,
                            valid_to=end,
                            note=note,
                            used=False,
                            uid=new_uid(),
                        )
                    )
            except IntegrityError:
                if issue_key and member_id is not None:
                    break  # another counter issued it at the same moment
                continue
            codes.append(code)
            break
    return codes


def issue(
    db: Database,
    actor: Actor,
    template_id: object,
    member_ids: Sequence[int],
    *,
    note: object = "",
    today: dt.date | None = None,
) -> list[str]:
    """Give a coupon to each member of a list (or a segment's members). Audited."""
    require(actor, Permission.ISSUE_COUPON)
    tid = record_id(template_id, "template_id", QT_TRANSLATE_NOOP("Errors", "No such coupon template."))
    if not member_ids or len(member_ids) > MAX_ISSUE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose between 1 and {high} members."),
            field="members",
            high=MAX_ISSUE,
        )
    ids = [record_id(m, "members", QT_TRANSLATE_NOOP("Errors", "No such member.")) for m in member_ids]
    with db.write() as s:
        active = set(
            s.scalars(
                select(Member.id).where(
                    Member.id.in_(ids),
                    Member.store_id == actor.store_id,
                    Member.status == MemberStatus.ACTIVE,
                )
            )
        )
        missing = [m for m in ids if m not in active]
        if missing:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such member."), field="members")
        # each issue by hand is its own: the same member may be given the same coupon again
        by_hand = f"hand:{new_uid().hex}"
        codes = issue_in(
            s,
            actor,
            actor.store_id,
            tid,
            ids,
            today=today or dt.date.today(),
            issue_key=by_hand,
            note=clean_text(note, 200),
        )
        audit.record(
            s, actor, "coupon.issue", entity="coupon_template", entity_id=tid, after={"count": len(codes)}
        )
    return codes


def member_coupons(db: Database, member_id: int, *, today: dt.date) -> list[CouponView]:
    """The member's coupons usable today, the soonest to expire first."""
    with db.read() as s:
        rows = s.execute(
            select(Coupon, CouponTemplate)
            .join(CouponTemplate, CouponTemplate.id == Coupon.template_id)
            .where(Coupon.member_id == member_id, Coupon.used.is_(False), Coupon.valid_to >= today)
            .order_by(Coupon.valid_to, Coupon.id)
        ).all()
        return [_view(c, t) for c, t in rows if c.valid_from <= today]


def by_code(db: Database, store_id: int, code: object) -> CouponView:
    """A scanned or typed code's coupon (any state: the till says why it cannot be used)."""
    with db.read() as s:
        return by_code_in(s, store_id, code)


_BY_CODE = (  # built once, plain columns: the till asks it on every sale with a coupon
    select(
        Coupon.id,
        Coupon.code,
        Coupon.member_id,
        Coupon.valid_from,
        Coupon.valid_to,
        Coupon.used,
        CouponTemplate.name,
        CouponTemplate.kind,
        CouponTemplate.amount_fen,
        CouponTemplate.percent_off,
        CouponTemplate.cap_fen,
        CouponTemplate.min_spend_fen,
        CouponTemplate.categories,
        CouponTemplate.stackable,
        CouponTemplate.tiers,
    )
    .join(CouponTemplate, CouponTemplate.id == Coupon.template_id)
    .where(Coupon.code == bindparam("code"), Coupon.store_id == bindparam("store"))
)


def by_code_in(session: Session, store_id: int, code: object) -> CouponView:
    """``by_code`` inside the caller's transaction (the till prices a sale in its own)."""
    text = clean_code(code).upper()
    row: Any = session.execute(_BY_CODE, {"code": text, "store": store_id}).first()
    if row is None:
        raise NotFound(NO_COUPON, field="coupon")
    return _view(row, row)  # the row has the coupon's and the template's columns by name


def why_not(
    coupon: CouponView, *, member_id: int | None, tier: Tier | None, day: dt.date, lines: Sequence[CartLine]
) -> str:
    """Why ``coupon`` cannot be applied to this cart (an untranslated message), or ""."""
    if coupon.used:
        return QT_TRANSLATE_NOOP("Errors", "This coupon has already been used.")
    if not coupon.usable_on(day):
        return QT_TRANSLATE_NOOP("Errors", "This coupon is valid from {start} to {end}.")
    if coupon.member_id is not None and coupon.member_id != member_id:
        return QT_TRANSLATE_NOOP("Errors", "This coupon belongs to another member.")
    if coupon.tiers and (tier is None or tier.value not in coupon.tiers):
        return QT_TRANSLATE_NOOP("Errors", "This coupon is for members of another tier.")
    if coupon.terms.categories and eligible_fen(coupon.terms, lines) <= 0:
        return QT_TRANSLATE_NOOP("Errors", "None of the goods in the cart is of this coupon's categories.")
    if discount_for(coupon.terms, lines) <= 0:
        return QT_TRANSLATE_NOOP("Errors", "The goods in the cart do not reach this coupon's minimum spend.")
    return ""


# Built once (every sale with a coupon runs them): table statements, values bound at execution.
_COUPONS = table_of(Coupon)
_LOCK_COUPON = select(_COUPONS.c.used).where(_COUPONS.c.id == bindparam("coupon")).with_for_update()
_MARK_USED = _COUPONS.update().where(_COUPONS.c.id == bindparam("coupon")).values(used=bindparam("to"))
_ADD_EVENT = table_of(CouponEvent).insert()


def use_in(
    session: Session, coupon_id: int, *, sale_id: int, discount_fen: int, staff_id: int, at: dt.datetime
) -> None:
    """Mark the coupon used by the sale, inside the sale's transaction (refused if used)."""
    used = session.execute(_LOCK_COUPON, {"coupon": coupon_id}).first()
    if used is None:
        raise NotFound(NO_COUPON, field="coupon")
    if used[0]:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "This coupon has already been used."), field="coupon")
    session.execute(_MARK_USED, {"coupon": coupon_id, "to": True})
    session.execute(
        _ADD_EVENT,
        {
            "coupon_id": coupon_id,
            "kind": CouponEventKind.USE,
            "sale_id": sale_id,
            "discount_fen": discount_fen,
            "at": at,
            "staff_id": staff_id,
            "uid": new_uid(),
        },
    )


def release_in(session: Session, sale_id: int, *, staff_id: int, at: dt.datetime) -> int:
    """A voided sale gives its coupons back; returns how many."""
    used = session.execute(
        select(CouponEvent.coupon_id, CouponEvent.discount_fen).where(
            CouponEvent.sale_id == sale_id, CouponEvent.kind == CouponEventKind.USE
        )
    ).all()
    for coupon_id, discount in used:
        session.execute(_MARK_USED, {"coupon": coupon_id, "to": False})
        session.execute(
            _ADD_EVENT,
            {
                "coupon_id": coupon_id, "kind": CouponEventKind.RELEASE, "sale_id": sale_id,
                "discount_fen": discount, "at": at, "staff_id": staff_id, "uid": new_uid(),
            },
        )  # fmt: skip
    return len(used)
