"""What the store holds about one member, for the member who asks (PIPL: a right to know).

Giving it out is a disclosure and is audited. Sensitive fields appear only when the member
consented and the staff member's role may reveal them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from memberdesk.domain.vocab import ConsentKind
from memberdesk.services import audit
from memberdesk.services.context import Actor
from memberdesk.services.errors import QT_TRANSLATE_NOOP, NotFound
from memberdesk.services.member_card import MemberCard, member_card
from memberdesk.services.permissions import Permission, allowed, require
from memberdesk.store.database import Database
from memberdesk.store.models import Complaint, Consent, Member, PointsEntry, Sale, SaleLine, SaleReturn, Store

HISTORY_LINES = 200


@dataclass(frozen=True)
class MemberSheet:
    store_name: str
    printed_at: dt.datetime
    card: MemberCard
    phone: str
    email: str
    address: str
    sensitive: tuple[tuple[str, str], ...]  # (field, value), only when consented and permitted
    consents: tuple[tuple[str, bool, dt.datetime], ...]
    purchases: tuple[tuple[dt.datetime, str, str, str, int, int], ...]  # when, receipt, item, size, qty, fen
    returns: tuple[tuple[dt.datetime, str, str, int], ...]  # when, type, reason, refund fen
    complaints: tuple[tuple[dt.datetime, str, str, str], ...]  # when, category, what, status
    points: tuple[tuple[dt.datetime, str, int, str], ...]  # when, source, delta, reason


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
                .limit(HISTORY_LINES)
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
                .limit(HISTORY_LINES)
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
            sensitive,
            consents,
            purchases,
            returns,
            complaints,
            points,
        )
