"""What the store holds about one member, for the member who asks (PIPL: a right to know).

Giving it out is a disclosure and is audited. Sensitive fields appear only when the member
consented and the staff member's role may reveal them. Every other field on file is on the
sheet, with the whole history (every purchase line, every points entry), read from the store
itself rather than from the member card (which shows a counter's summary, e.g. a child's age
but not the birthday).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from memberdesk.documents.member_sheet import LunarBirthday, MemberSheet, SheetChild
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound
from memberdesk.domain.members import child_age
from memberdesk.domain.vocab import ConsentKind
from memberdesk.services.common.context import Actor
from memberdesk.services.members.card import member_card
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, allowed, require
from memberdesk.store.database import Database
from memberdesk.store.models import (
    Child,
    Complaint,
    Consent,
    Member,
    PointsEntry,
    Sale,
    SaleLine,
    SaleReturn,
    ServiceRecord,
    Store,
    Suggestion,
    Visit,
)


def _lunar(member: Member) -> LunarBirthday | None:
    if not member.birthday_lunar or not member.lunar_mmdd:
        return None
    return LunarBirthday(member.lunar_mmdd // 100, member.lunar_mmdd % 100, member.lunar_leap)


def gather(db: Database, actor: Actor, member_id: int) -> MemberSheet:
    require(actor, Permission.FIND_MEMBER)
    card = member_card(db, actor, member_id)
    with db.write() as s:
        member = s.get(Member, member_id)
        if member is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Member {id} was not found."), id=member_id)
        consents = tuple(
            (c.kind.value, c.granted, c.recorded_at)
            for c in s.scalars(
                select(Consent).where(Consent.member_id == member_id).order_by(Consent.recorded_at)
            )
        )
        sensitive_consents = [granted for kind, granted, _ in consents if kind == ConsentKind.SENSITIVE.value]
        sensitive_ok = bool(sensitive_consents and sensitive_consents[-1]) and allowed(
            actor, Permission.REVEAL_SENSITIVE
        )
        sensitive = (
            tuple(
                (k, v)
                for k, v in (
                    ("ethnicity", member.ethnicity),
                    ("religion", member.religion),
                    ("income", member.income_band),
                )
                if v
            )
            if sensitive_ok
            else ()
        )
        purchases = tuple(
            (sale.created_at, sale.receipt_no, line.description, line.size, line.quantity, line.total_fen)
            for sale, line in s.execute(
                select(Sale, SaleLine)
                .join(SaleLine, SaleLine.sale_id == Sale.id)
                .where(Sale.member_id == member_id)
                .order_by(Sale.created_at.desc(), SaleLine.line_no)
            )
        )
        returns = tuple(
            (r.created_at, r.return_type.value, r.reason, r.refund_total_fen)
            for r in s.scalars(
                select(SaleReturn)
                .where(SaleReturn.member_id == member_id)
                .order_by(SaleReturn.created_at.desc())
            )
        )
        complaints = tuple(
            (c.opened_at, c.category.value, c.description, c.status.value)
            for c in s.scalars(
                select(Complaint).where(Complaint.member_id == member_id).order_by(Complaint.opened_at.desc())
            )
        )
        points = tuple(
            (p.created_at, p.source.value, p.delta, p.reason)
            for p in s.scalars(
                select(PointsEntry)
                .where(PointsEntry.member_id == member_id)
                .order_by(PointsEntry.created_at.desc())
            )
        )
        today = dt.date.today()
        children = tuple(
            SheetChild(c.name, c.gender, c.birthday, child_age(c.birthday, today) if c.birthday else None)
            for c in s.scalars(select(Child).where(Child.member_id == member_id).order_by(Child.id))
        )
        services = tuple(
            (r.created_at, r.kind.value, r.description, r.status.value)
            for r in s.scalars(
                select(ServiceRecord)
                .where(ServiceRecord.member_id == member_id)
                .order_by(ServiceRecord.created_at.desc())
            )
        )
        suggestions = tuple(
            (g.created_at, g.text)
            for g in s.scalars(
                select(Suggestion)
                .where(Suggestion.member_id == member_id)
                .order_by(Suggestion.created_at.desc())
            )
        )
        ratings = tuple(
            (v.started_at, v.expected, v.perceived, v.comment)
            for v in s.scalars(
                select(Visit)
                .where(Visit.member_id == member_id, (Visit.expected.is_not(None)) | (Visit.comment != ""))
                .order_by(Visit.started_at.desc())
            )
        )
        store = s.scalar(select(Store.name).where(Store.id == actor.store_id)) or ""
        audit.record(
            s,
            actor,
            "member.sheet",
            entity="member",
            entity_id=member_id,
            detail="sensitive included" if sensitive else "",
        )
        return MemberSheet(
            store,
            dt.datetime.now(dt.UTC),
            card,
            member.phone,
            member.email,
            member.address,
            member.status,
            _lunar(member),
            children,
            member.notes,
            sensitive,
            consents,
            purchases,
            returns,
            complaints,
            points,
            services,
            suggestions,
            ratings,
        )
