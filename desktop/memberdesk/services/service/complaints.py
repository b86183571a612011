"""Complaints (投诉): opened at the counter, handled by a supervisor, followed up, closed.

open → handling (a supervisor takes it) → resolved (resolution and compensation; above the
role's limit a manager approves with their PIN) → followed_up (the call afterwards and the
customer's satisfaction) → closed. Each move adds a ``ComplaintStep`` with who and when;
nothing is deleted. Every move locks the complaint's row and checks its status inside the
transaction, so two supervisors at two counters cannot both take or resolve it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from memberdesk.domain.complaints import MAX_COMPENSATION_FEN
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, ValidationError
from memberdesk.domain.phone import PhoneError, is_valid_phone, normalise_phone
from memberdesk.domain.vocab import ComplaintCategory, ComplaintStatus, ServiceGap, Severity
from memberdesk.services.common.context import Actor
from memberdesk.services.common.numbers import next_number
from memberdesk.services.members.forms import check_text
from memberdesk.services.sales.recording import money
from memberdesk.services.service import complaint_coupons
from memberdesk.services.service.complaint_rules import get_complaint_rules, load_complaint_rules
from memberdesk.services.staff import audit, auth
from memberdesk.services.staff.permissions import Permission, allowed, require
from memberdesk.store.database import Database
from memberdesk.store.models import Complaint, ComplaintStep, Member, Sale, SaleReturn, utcnow

MAX_TEXT = 2000
MAX_NAME = 50
# A change of service gap is a step that keeps the status; its note names the gaps by their
# stored values (the history shows them in the clerk's language, see ``gap_change``).
GAP_NOTE_PREFIX = "service_gap: "
_NO_GAP = "-"


@dataclass(frozen=True)
class ComplaintForm:
    """What the clerk types when a customer complains (strings as typed)."""

    member_id: int | None
    category: ComplaintCategory | None
    severity: Severity | None
    description: str
    customer_request: str = ""
    service_gap: ServiceGap | None = None  # may be decided later by the supervisor
    customer_name: str = ""  # a walk-in customer: a name or a phone to call back
    customer_phone: str = ""
    receipt_no: str = ""  # a sale's receipt or a return's number, when it is about one


@dataclass(frozen=True)
class ManagerApproval:
    """The manager's PIN typed at the counter for compensation above the limit."""

    staff_id: int
    pin: str


def _text(value: str, field: str, *, required: bool, missing: str = "") -> str:
    check_text(value, field, single_line=False)
    words = value.strip()
    if required and not words:
        raise ValidationError(missing, field=field)
    if len(words) > MAX_TEXT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "At most {high} characters."), field=field, high=MAX_TEXT
        )
    return words


def _walk_in(form: ComplaintForm) -> tuple[str, str]:
    check_text(form.customer_name, "customer_name")
    name = form.customer_name.strip()
    if len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "At most {high} characters."), field="customer_name", high=MAX_NAME
        )
    typed = form.customer_phone.strip()
    try:
        phone = normalise_phone(typed) if typed else ""
    except PhoneError:
        phone = ""
    if typed and not (phone and is_valid_phone(phone)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This is not a mobile phone number: {text}."),
            field="customer_phone",
            text=typed,
        )
    if form.member_id is None and not (name or phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "For a customer who is not a member, write down a name or a phone to call back."
            ),
            field="customer_name",
        )
    return name, phone


def _linked(s: Session, actor: Actor, form: ComplaintForm) -> tuple[int | None, int | None]:
    """The sale or return the receipt number names (checked to be this store's and member's)."""
    number = form.receipt_no.strip().upper()
    if not number:
        return None, None
    sale = s.query(Sale).filter_by(store_id=actor.store_id, receipt_no=number).one_or_none()
    ret = (
        None
        if sale
        else s.query(SaleReturn).filter_by(store_id=actor.store_id, return_no=number).one_or_none()
    )
    if sale is None and ret is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "No sale or return has the number {number}."),
            field="receipt_no",
            number=number,
        )
    owner = sale.member_id if sale else ret.member_id if ret else None
    if form.member_id is not None and owner is not None and owner != form.member_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Receipt {number} belongs to another member."),
            field="receipt_no",
            number=number,
        )
    if ret is not None:
        return ret.sale_id, ret.id
    assert sale is not None
    return sale.id, None


def open_complaint(db: Database, actor: Actor, form: ComplaintForm, *, now: dt.datetime | None = None) -> str:
    """Record a complaint; returns its number (C0000123) for the customer."""
    require(actor, Permission.OPEN_COMPLAINT)
    if form.category is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose what the complaint is about."), field="category"
        )
    if form.severity is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose how serious it is."), field="severity")
    description = _text(
        form.description,
        "description",
        required=True,
        missing=QT_TRANSLATE_NOOP("Errors", "Write down what happened."),
    )
    request = _text(form.customer_request, "customer_request", required=False)
    name, phone = _walk_in(form)
    at = now or utcnow()
    with db.write() as s:
        if form.member_id is not None and s.get(Member, form.member_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This member no longer exists."))
        sale_id, return_id = _linked(s, actor, form)
        number = f"C{next_number(s, actor.store_id, 'complaint'):07d}"
        complaint = Complaint(
            store_id=actor.store_id,
            complaint_no=number,
            member_id=form.member_id,
            customer_name=name,
            customer_phone=phone,
            category=form.category,
            service_gap=form.service_gap,
            severity=form.severity,
            description=description,
            customer_request=request,
            sale_id=sale_id,
            return_id=return_id,
            status=ComplaintStatus.OPEN,
            opened_by_id=actor.staff_id,
            opened_at=at,
        )
        s.add(complaint)
        s.flush()
        s.add(
            ComplaintStep(
                complaint_id=complaint.id, at=at, staff_id=actor.staff_id, to_status=ComplaintStatus.OPEN
            )
        )
        audit.record(s, actor, "complaint.open", entity="complaint", entity_id=complaint.id, detail=number)
        return number


def _locked(s: Session, actor: Actor, complaint_id: int, *expected: ComplaintStatus) -> Complaint:
    complaint = s.get(Complaint, complaint_id, with_for_update=True)
    if complaint is None or complaint.store_id != actor.store_id:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This complaint no longer exists."))
    if complaint.status not in expected:
        raise Conflict(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This complaint has moved on meanwhile (perhaps at another counter). Look at it again.",
            )
        )
    return complaint


def _step(
    s: Session,
    actor: Actor,
    complaint: Complaint,
    to: ComplaintStatus,
    at: dt.datetime,
    note: str = "",
    approved_by: int | None = None,
) -> None:
    s.add(
        ComplaintStep(
            complaint_id=complaint.id,
            at=at,
            staff_id=actor.staff_id,
            from_status=complaint.status,
            to_status=to,
            note=note,
            approved_by_id=approved_by,
        )
    )
    complaint.status = to


def take(db: Database, actor: Actor, complaint_id: int, *, now: dt.datetime | None = None) -> None:
    """A supervisor takes the complaint (or takes over one another supervisor is handling)."""
    require(actor, Permission.HANDLE_COMPLAINT)
    at = now or utcnow()
    with db.write() as s:
        complaint = _locked(s, actor, complaint_id, ComplaintStatus.OPEN, ComplaintStatus.HANDLING)
        if complaint.status is ComplaintStatus.HANDLING and complaint.handler_id == actor.staff_id:
            return
        _step(s, actor, complaint, ComplaintStatus.HANDLING, at)
        complaint.handler_id = actor.staff_id


MANAGER_NEEDED = QT_TRANSLATE_NOOP("Errors", "Compensation above your limit needs the manager's PIN.")


def _manager_approval(
    db: Database, actor: Actor, fen: int, approval: ManagerApproval | None, now: dt.datetime | None
) -> int | None:
    """The approving manager's id when the compensation needs one, checked before the write.

    The PIN goes through ``auth.approve``: a locked manager is refused whatever the PIN, and
    a wrong PIN counts toward the manager's lock-out (committed on its own, so refusing the
    resolution does not forget the failure).
    """
    if not get_complaint_rules(db, actor.store_id).needs_manager(actor.role, fen):
        return None
    if approval is None or not approval.pin:
        raise PermissionDenied(MANAGER_NEEDED, field="approval")
    manager = auth.approve(
        db,
        actor,
        approval.staff_id,
        approval.pin,
        Permission.APPROVE_COMPENSATION,
        refused=MANAGER_NEEDED,
        now=now,
    )
    return manager.staff_id


def resolve(
    db: Database,
    actor: Actor,
    complaint_id: int,
    resolution: str,
    compensation: str | int = 0,
    approval: ManagerApproval | None = None,
    *,
    now: dt.datetime | None = None,
    coupon_days: int = 0,
) -> str | None:
    """Record how the complaint was put right and any compensation (in yuan as typed, or fen).

    A clerk may resolve a complaint on the spot within the clerk's limit; one a supervisor is
    handling is resolved by that supervisor (or another supervisor). Above the actor's limit
    the manager approves with their PIN. With ``coupon_days`` the compensation is given as a
    coupon of that amount valid that many days (``complaint_coupons``): its code is returned.
    """
    require(actor, Permission.OPEN_COMPLAINT)
    words = _text(
        resolution,
        "resolution",
        required=True,
        missing=QT_TRANSLATE_NOOP("Errors", "Write down how it was resolved."),
    )
    fen = money(compensation, "compensation", allow_zero=True)
    if fen > MAX_COMPENSATION_FEN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Compensation above {limit} is not possible at the counter."),
            field="compensation",
            limit="¥100,000",
        )
    complaint_coupons.check_days(actor, fen, coupon_days)
    at = now or utcnow()
    approver = _manager_approval(db, actor, fen, approval, now)
    with db.write() as s:
        complaint = _locked(s, actor, complaint_id, ComplaintStatus.OPEN, ComplaintStatus.HANDLING)
        handling_by_other = (
            complaint.status is ComplaintStatus.HANDLING and complaint.handler_id != actor.staff_id
        )
        if handling_by_other and not allowed(actor, Permission.HANDLE_COMPLAINT):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "A supervisor is handling this complaint; leave it to them.")
            )
        rules = load_complaint_rules(s, actor.store_id)
        if rules.needs_manager(actor.role, fen) and approver is None:  # the limit changed meanwhile
            raise PermissionDenied(MANAGER_NEEDED, field="approval")
        if complaint.status is ComplaintStatus.OPEN or handling_by_other:
            _step(s, actor, complaint, ComplaintStatus.HANDLING, at)
            complaint.handler_id = actor.staff_id
        _step(s, actor, complaint, ComplaintStatus.RESOLVED, at, words, approver)
        complaint.resolution = words
        complaint.compensation_fen = fen
        complaint.resolved_at = at
        audit.record(
            s,
            actor,
            "complaint.resolve",
            entity="complaint",
            entity_id=complaint.id,
            detail=f"compensation_fen={fen}" + (f" approver={approver}" if approver else ""),
        )
        if coupon_days:
            today = at.astimezone().date()
            return complaint_coupons.issue_in(s, actor, complaint, fen, coupon_days, today=today)
    return None


def follow_up(
    db: Database,
    actor: Actor,
    complaint_id: int,
    note: str,
    satisfaction_after: int | None,
    *,
    now: dt.datetime | None = None,
) -> None:
    """Record the follow-up contact and, if the customer said, their satisfaction (1-5)."""
    require(actor, Permission.OPEN_COMPLAINT)
    words = _text(
        note,
        "follow_up_note",
        required=True,
        missing=QT_TRANSLATE_NOOP("Errors", "Write down how you followed up and what the customer said."),
    )
    if satisfaction_after is not None and not 1 <= satisfaction_after <= 5:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give a rating from {low} to {high}."),
            field="satisfaction_after",
            low=1,
            high=5,
        )
    with db.write() as s:
        complaint = _locked(s, actor, complaint_id, ComplaintStatus.RESOLVED)
        _step(s, actor, complaint, ComplaintStatus.FOLLOWED_UP, now or utcnow(), words)
        complaint.follow_up_note = words
        complaint.satisfaction_after = satisfaction_after


def close(
    db: Database, actor: Actor, complaint_id: int, note: str = "", *, now: dt.datetime | None = None
) -> None:
    """A supervisor closes a followed-up complaint."""
    require(actor, Permission.HANDLE_COMPLAINT)
    words = _text(note, "note", required=False)
    at = now or utcnow()
    with db.write() as s:
        complaint = _locked(s, actor, complaint_id, ComplaintStatus.FOLLOWED_UP)
        _step(s, actor, complaint, ComplaintStatus.CLOSED, at, words)
        complaint.closed_at = at


def add_note(
    db: Database, actor: Actor, complaint_id: int, note: str, *, now: dt.datetime | None = None
) -> None:
    """Write down something that happened without moving the complaint on."""
    require(actor, Permission.OPEN_COMPLAINT)
    words = _text(note, "note", required=True, missing=QT_TRANSLATE_NOOP("Errors", "Write the note first."))
    with db.write() as s:
        complaint = _locked(s, actor, complaint_id, *ComplaintStatus)
        _step(s, actor, complaint, complaint.status, now or utcnow(), words)


def set_service_gap(db: Database, actor: Actor, complaint_id: int, gap: ServiceGap) -> None:
    """The supervisor decides which of the five service gaps the complaint shows."""
    require(actor, Permission.HANDLE_COMPLAINT)
    with db.write() as s:
        complaint = _locked(s, actor, complaint_id, *ComplaintStatus)
        if complaint.service_gap is gap:
            return
        _step(s, actor, complaint, complaint.status, utcnow(), gap_note(complaint.service_gap, gap))
        complaint.service_gap = gap


def gap_note(before: ServiceGap | None, after: ServiceGap) -> str:
    """The note of a step that changes the service gap (stored values, never shown as such)."""
    return f"{GAP_NOTE_PREFIX}{before.value if before else _NO_GAP} → {after.value}"


def gap_change(note: str) -> tuple[ServiceGap | None, ServiceGap] | None:
    """The gaps before and after, if ``note`` is a gap change written by ``gap_note``."""
    if not note.startswith(GAP_NOTE_PREFIX):
        return None
    before, _arrow, after = note[len(GAP_NOTE_PREFIX) :].partition(" → ")
    values = {g.value for g in ServiceGap}
    if after not in values or (before != _NO_GAP and before not in values):
        return None  # a note someone typed that merely looks like one
    return (None if before == _NO_GAP else ServiceGap(before)), ServiceGap(after)
