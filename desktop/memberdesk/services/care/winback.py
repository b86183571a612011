"""Win-back (挽回流失顾客): who lapsed lately, why they most likely left, and a message for each.

A member is on the list when they are active, have bought before, and their last purchase
is between ``lapse_days`` and ``lapse_days + 365`` days before ``today`` (lapsed within the
last year: those gone longer are rarely won back). Their likely cause is the first of
``domain.churn.WinbackCause`` that applies:

- a complaint still open, handled and rated badly (satisfaction after ≤ 2), or closed
  without a follow-up call;
- a return in the year up to their last purchase or since;
- fewer visits: their last half-year had less than half the purchases of the one before;
- unknown (moved away, or nobody was told).

Each cause has its own text message (``resources/templates/cards.toml``, ``winback_<cause>``),
exported for the SMS provider like the care messages: signed, only to members who agreed
to receive messages, approved by a manager's PIN, audited.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from memberdesk.documents import card_texts
from memberdesk.domain.churn import (
    BADLY_RATED,
    HALF_YEAR_DAYS,
    WinbackCause,
    likely_cause,
)
from memberdesk.domain.members import honorific
from memberdesk.domain.vocab import ComplaintStatus, MemberStatus
from memberdesk.services.care import signature as sms_signature
from memberdesk.services.care.cards import recipients, store_info
from memberdesk.services.care.lapse import YEAR, lapsed_since
from memberdesk.services.care.messages import MessageExport
from memberdesk.services.common.context import Actor
from memberdesk.services.io.export_rule import ExportApproval, ExportFile, authorise
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Complaint, Member, MemberStats, Sale, SaleReturn

CHUNK = 500
HALF_YEAR = dt.timedelta(days=HALF_YEAR_DAYS)


@dataclass(frozen=True)
class WinbackMember:
    member_id: int
    name: str
    last_purchase: dt.date
    year_fen: int  # what they bought in the 365 days up to their last purchase
    cause: WinbackCause
    detail: str  # the complaint ("category: what happened") or the return ("type: reason")


def _complaints(s: Session, ids: list[int]) -> dict[int, tuple[str, int]]:
    """Per member, the latest complaint that can explain a departure: (detail, complaint id)."""
    found: dict[int, tuple[str, int]] = {}
    for cid, member_id, category, what, status, rated, note in s.execute(
        select(
            Complaint.id,
            Complaint.member_id,
            Complaint.category,
            Complaint.description,
            Complaint.status,
            Complaint.satisfaction_after,
            Complaint.follow_up_note,
        )
        .where(Complaint.member_id.in_(ids))
        .order_by(Complaint.opened_at, Complaint.id)
    ):
        still_open = status in (ComplaintStatus.OPEN, ComplaintStatus.HANDLING)
        badly = rated is not None and rated <= BADLY_RATED
        unfollowed = status is ComplaintStatus.CLOSED and rated is None and not (note or "").strip()
        if member_id is not None and (still_open or badly or unfollowed):
            found[member_id] = (f"{category.value}: {what}", cid)
    return found


def _chunk(s: Session, rows: list[tuple[int, str, dt.datetime]]) -> list[WinbackMember]:
    ids = [i for i, _, _ in rows]
    last = {i: at for i, _, at in rows}
    earliest = min(last.values()) - YEAR
    bought: dict[int, list[tuple[dt.datetime, int]]] = defaultdict(list)
    for member_id, at, fen in s.execute(
        select(Sale.member_id, Sale.created_at, Sale.total_fen).where(
            Sale.member_id.in_(ids), Sale.created_at >= earliest
        )
    ):
        if member_id is not None:
            bought[member_id].append((at, int(fen)))
    returned: dict[int, str] = {}
    for member_id, at, rtype, reason in s.execute(
        select(SaleReturn.member_id, SaleReturn.created_at, SaleReturn.return_type, SaleReturn.reason)
        .where(SaleReturn.member_id.in_(ids), SaleReturn.created_at >= earliest)
        .order_by(SaleReturn.created_at)
    ):
        if member_id is not None and at > last[member_id] - YEAR:
            returned[member_id] = f"{rtype.value}: {reason}"
    complaints = _complaints(s, ids)
    out = []
    for member_id, name, at in rows:
        sales = [(t, fen) for t, fen in bought[member_id] if at - YEAR < t <= at]
        recent = sum(1 for t, _ in sales if t > at - HALF_YEAR)
        cause = likely_cause(member_id in complaints, member_id in returned, len(sales) - recent, recent)
        detail = (
            complaints[member_id][0]
            if cause is WinbackCause.COMPLAINT
            else returned[member_id]
            if cause is WinbackCause.RETURN
            else ""
        )
        out.append(
            WinbackMember(
                member_id, name, at.astimezone().date(), sum(fen for _, fen in sales), cause, detail
            )
        )
    return out


def winback_list(db: Database, actor: Actor, today: dt.date) -> list[WinbackMember]:
    """The members lapsed within the last year with their likely cause, those who bought
    most in their last year first."""
    require(actor, Permission.FIND_MEMBER)
    found: list[WinbackMember] = []
    with db.read() as s:
        since, until = lapsed_since(s, actor.store_id, today)
        rows = [
            (int(i), name, at)
            for i, name, at in s.execute(
                select(Member.id, Member.name, MemberStats.last_visit_at)
                .join(MemberStats, MemberStats.member_id == Member.id)
                .where(
                    Member.status == MemberStatus.ACTIVE,
                    MemberStats.last_visit_at >= since,
                    MemberStats.last_visit_at < until,
                )
                .order_by(Member.id)
            )
            if at is not None
        ]
        for start in range(0, len(rows), CHUNK):
            found.extend(_chunk(s, rows[start : start + CHUNK]))
    return sorted(found, key=lambda m: (-m.year_fen, m.member_id))


def causes(members: list[WinbackMember]) -> list[tuple[WinbackCause, int, int]]:
    """Per cause (in the cause's order): members and what they bought in their last year."""
    out = []
    for cause in WinbackCause:
        chosen = [m for m in members if m.cause is cause]
        out.append((cause, len(chosen), sum(m.year_fen for m in chosen)))
    return out


def message(texts: card_texts.CardTexts, cause: WinbackCause, language: str, values: dict[str, str]) -> str:
    """The text message for a member who left for ``cause`` (``{signature}``, ``{honorific}``,
    ``{store}`` filled from ``values``)."""
    return texts.short_message(f"winback_{cause.value}", language, values)


def export_winback(
    db: Database,
    actor: Actor,
    today: dt.date,
    language: str,
    approval: ExportApproval | None = None,
) -> MessageExport:
    """The win-back messages of today's list, for the store's SMS provider (the rule of every
    file with phone numbers: a manager approves it; audited)."""
    approver = authorise(db, actor, ExportFile.SMS, approval)
    signed = sms_signature.signed(db, actor.store_id)
    listed = winback_list(db, actor, today)
    texts, store = card_texts.load(), store_info(db, actor.store_id)
    consent = {
        p.member_id: (p, granted)
        for p, granted in recipients(db, tiers=None, ids=[m.member_id for m in listed])
    }
    rows: list[tuple[str, str, str]] = []
    refused = 0
    for m in listed:
        person, granted = consent.get(m.member_id, (None, False))
        if person is None:
            continue
        if not granted:
            refused += 1
            continue
        values = {
            "signature": signed,
            "honorific": honorific(person.name, person.gender),
            "name": person.name,
            "store": store.name,
        }
        rows.append((person.phone, person.name, message(texts, m.cause, language, values)))
    with db.write() as s:
        audit.record(
            s,
            actor,
            "care.export_winback",
            detail=f"{today}: {len(rows)} rows, {refused} without consent, approved by {approver}",
        )
    return MessageExport(rows, refused)
