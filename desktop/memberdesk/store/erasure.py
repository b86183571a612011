"""What erasing a member takes out of the stored rows (PIPL 删除权).

One set of rules, used by the manager's erase at the counter (``services/members/erase.py``)
and again when a restored backup taken before the erase is made current
(``store/erasure_log.py``), so an erased person never comes back with an old file.

- The person's fields go: name, phone, card number, birthday, contact details, sizes, notes,
  sensitive fields, children's names and birthdays, the name keys; phone and card become
  ``erased:<id>`` so another member may use them. The membership is closed.
- Free text about the member (complaints and their steps, suggestions, after-sales records and
  their steps, sale notes, return reasons, points reasons, care tasks and what was done) keeps
  what happened but loses what identifies the person: the name, phone (as clerks write it,
  with spaces, dashes or +86), card number, e-mail, address, children's names and the name or
  phone a complaint was taken under are replaced by ``***``.
- The audit log's rows about the member keep who did what and when, and which fields changed,
  but not the values (the only change the audit log's triggers allow, and only for a member
  with an erasure record).

What the books need stays under the anonymous record: sales, returns, payments, points,
``member_stats``, complaints and their steps, care already given.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, exists, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from memberdesk.domain.vocab import ConsentKind, Gender, MemberStatus
from memberdesk.store.models import (
    AuditEntry,
    CareAction,
    CareTask,
    Complaint,
    ComplaintStep,
    Consent,
    Member,
    MemberErasure,
    MemberKey,
    MemberSize,
    MemberTag,
    PointsEntry,
    Sale,
    SaleReturn,
    ServiceRecord,
    Suggestion,
    Visit,
    WorkflowRun,
    WorkflowStepRecord,
)
from memberdesk.store.models.service import ServiceStatusChange

ERASED_PREFIX = "erased:"
MARK = "***"
# Audit values that say nothing about the person: kept when a row about them is redacted.
SAFE_KEYS = frozenset({"channel", "marketing_consent", "kind", "granted", "delta", "status", "tier", "count"})
_GAP = r"[\s\-.()\u3000]?"


def _phone_pattern(phone: str) -> str:
    """A phone as people write it: separators anywhere, with or without +86 / 0086."""
    digits = [d for d in phone if d.isdigit()]
    body = _GAP.join(digits[2:] if phone.startswith("+86") else digits)
    if phone.startswith("+") and not phone.startswith("+86"):
        return rf"(?<!\d)(?:\+|00)?{body}(?!\d)"
    return rf"(?<!\d)(?:(?:(?:\+|00)\s?)?86{_GAP})?{body}(?!\d)"


@dataclass(frozen=True)
class Identifiers:
    """What identifies one person in free text, as a pattern that finds every occurrence."""

    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, words: Iterable[str], phones: Iterable[str]) -> Identifiers:
        parts = [_phone_pattern(p) for p in sorted({p for p in phones if sum(c.isdigit() for c in p) >= 7})]
        kept = sorted({w.strip() for w in words if len(w.strip()) >= 2}, key=len, reverse=True)
        parts += [re.escape(w) for w in kept]
        if not parts:
            return cls(None)
        return cls(re.compile("|".join(parts), re.IGNORECASE))

    def find(self, text: str) -> tuple[str, ...]:
        """Each identifying piece of ``text`` as written, once, in order."""
        if self.pattern is None or not text:
            return ()
        return tuple(dict.fromkeys(m.group(0) for m in self.pattern.finditer(text)))

    def scrub(self, text: str) -> str:
        if self.pattern is None or not text:
            return text
        return self.pattern.sub(MARK, text)


# Fields whose former values, in rows written before the audit log kept values out, are
# identifiers too (a complaint may name the member as they were called then).
_FORMER = ("name", "card_no", "email", "address")


def _former_values(s: Session, member_id: int) -> tuple[list[str], list[str]]:
    words: list[str] = []
    phones: list[str] = []
    rows = s.execute(
        select(AuditEntry.before, AuditEntry.after).where(
            AuditEntry.entity == "member", AuditEntry.entity_id == member_id
        )
    )
    for texts in rows:
        for text in texts:
            values = _loads(text)
            if isinstance(values, dict):
                words += [str(values[k]) for k in _FORMER if isinstance(values.get(k), str)]
                phones += [str(values["phone"])] if isinstance(values.get("phone"), str) else []
    return words, phones


def identifiers_of(s: Session, member: Member) -> Identifiers:
    """The member's identifiers, read before they are erased: as on file now, as a complaint
    was taken under, and former ones that older versions wrote into the audit log."""
    words, phones = _former_values(s, member.id)
    words += [member.name, member.card_no, member.email, member.address]
    words += [c.name for c in member.children]
    phones.append(member.phone)
    for name, phone in s.execute(
        select(Complaint.customer_name, Complaint.customer_phone).where(Complaint.member_id == member.id)
    ):
        words.append(name)
        phones.append(phone)
    real = [w for w in words if w and not w.startswith(ERASED_PREFIX)]
    return Identifiers.of(real, [p for p in phones if p and not p.startswith(ERASED_PREFIX)])


@dataclass(frozen=True)
class FreeText:
    """One stored text about the member that names them, and what the erase leaves of it."""

    where: (
        str  # complaint, complaint_step, suggestion, service_record, service_step, sale, return, points, care
    )
    reference: str  # the complaint's, receipt's or return's number, or the date
    column: str
    record_id: int
    text: str
    found: tuple[str, ...]  # the identifying pieces, as written
    erased: str


@dataclass(frozen=True)
class _Place:
    where: str
    model: Any
    columns: tuple[InstrumentedAttribute[str], ...]
    reference: Any
    condition: Any


def _places(member_id: int) -> list[_Place]:
    complaints = select(Complaint.id).where(Complaint.member_id == member_id)
    records = select(ServiceRecord.id).where(ServiceRecord.member_id == member_id)
    tasks = select(CareTask.id).where(CareTask.member_id == member_id)
    number = select(Complaint.complaint_no).where(Complaint.id == ComplaintStep.complaint_id)
    complaint_texts = (
        Complaint.description,
        Complaint.customer_request,
        Complaint.resolution,
        Complaint.follow_up_note,
    )
    return [
        _Place(
            "complaint", Complaint, complaint_texts, Complaint.complaint_no, Complaint.member_id == member_id
        ),
        _Place(
            "complaint_step",
            ComplaintStep,
            (ComplaintStep.note,),
            number.scalar_subquery(),
            ComplaintStep.complaint_id.in_(complaints),
        ),
        _Place(
            "suggestion",
            Suggestion,
            (Suggestion.text,),
            Suggestion.created_at,
            Suggestion.member_id == member_id,
        ),
        _Place(
            "service_record",
            ServiceRecord,
            (ServiceRecord.description, ServiceRecord.note),
            ServiceRecord.created_at,
            ServiceRecord.member_id == member_id,
        ),
        _Place(
            "service_step",
            ServiceStatusChange,
            (ServiceStatusChange.note,),
            ServiceStatusChange.at,
            ServiceStatusChange.service_record_id.in_(records),
        ),
        _Place("sale", Sale, (Sale.note,), Sale.receipt_no, Sale.member_id == member_id),
        _Place(
            "return",
            SaleReturn,
            (SaleReturn.reason, SaleReturn.approval_note),
            SaleReturn.return_no,
            SaleReturn.member_id == member_id,
        ),
        _Place(
            "points",
            PointsEntry,
            (PointsEntry.reason,),
            PointsEntry.created_at,
            PointsEntry.member_id == member_id,
        ),
        _Place("care", CareTask, (CareTask.title,), CareTask.due_date, CareTask.member_id == member_id),
        _Place("care", CareAction, (CareAction.note,), CareAction.at, CareAction.task_id.in_(tasks)),
    ]


def _reference(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value or "")


def _found(s: Session, member_id: int, ids: Identifiers) -> list[tuple[Any, FreeText]]:
    found: list[tuple[Any, FreeText]] = []
    for place in _places(member_id):
        query = select(place.model.id, place.reference, *place.columns).where(place.condition)
        for record_id, reference, *texts in s.execute(query.order_by(place.model.id)):
            for column, text in zip(place.columns, texts, strict=True):
                pieces = ids.find(text or "")
                if pieces:
                    where, ref, erased = place.where, _reference(reference), ids.scrub(text)
                    item = FreeText(where, ref, column.key, record_id, text, pieces, erased)
                    found.append((place.model, item))
    return found


def free_text(s: Session, member_id: int, ids: Identifiers) -> list[FreeText]:
    """Every stored text about the member that names them (what a preview shows)."""
    return [item for _model, item in _found(s, member_id, ids)]


def _scrub_free_text(s: Session, member_id: int, ids: Identifiers) -> int:
    found = _found(s, member_id, ids)
    for model, item in found:
        s.execute(update(model).where(model.id == item.record_id).values({item.column: item.erased}))
    return len(found)


@dataclass(frozen=True)
class Erased:
    """What an erase did: the identifiers it looked for, and how many texts and audit rows it
    changed (counts only: they go into the erase's own audit row)."""

    ids: Identifiers
    texts: int
    audit_entries: int


def erase(
    s: Session, member: Member, *, recorded_by_id: int | None, today: dt.date, at: dt.datetime | None = None
) -> Erased:
    """Take the person out of the member's row, everything stored about them and the audit log,
    and record the erasure. Free text is scrubbed before the fields it is matched against go."""
    member_id = member.id
    ids = identifiers_of(s, member)
    texts = _scrub_free_text(s, member_id, ids)
    _erase_person(member)
    s.execute(delete(MemberSize).where(MemberSize.member_id == member_id))
    s.execute(delete(MemberKey).where(MemberKey.member_id == member_id))
    s.execute(delete(MemberTag).where(MemberTag.member_id == member_id))
    s.execute(update(Consent).where(Consent.member_id == member_id).values(note=""))
    withdrawn = Consent(
        member_id=member_id, kind=ConsentKind.MARKETING, granted=False, recorded_by_id=recorded_by_id
    )
    s.add(withdrawn)
    s.execute(
        update(Complaint).where(Complaint.member_id == member_id).values(customer_name="", customer_phone="")
    )
    s.execute(update(Visit).where(Visit.member_id == member_id).values(comment=""))
    runs = select(WorkflowRun.id).where(WorkflowRun.member_id == member_id)
    s.execute(update(WorkflowStepRecord).where(WorkflowStepRecord.run_id.in_(runs)).values(value=""))
    # Care still to come goes; care already given stays, for the store's own figures.
    s.execute(
        delete(CareTask).where(
            CareTask.member_id == member_id,
            CareTask.due_date >= today,
            ~exists().where(CareAction.task_id == CareTask.id),
        )
    )
    record_erasure(s, member, at=at)
    return Erased(ids, texts, redact_audit(s, member_id, ids))


def _erase_person(member: Member) -> None:
    member.name = ""
    member.phone = f"{ERASED_PREFIX}{member.id}"
    member.phone_last4 = ""
    member.card_no = f"{ERASED_PREFIX}{member.id}"
    member.gender = Gender.UNKNOWN
    member.birthday = member.birth_mmdd = member.lunar_mmdd = None
    member.birthday_lunar = member.lunar_leap = False
    member.email = member.address = member.occupation = member.hobbies = ""
    member.hair_type = member.skin_type = member.notes = member.channel_detail = ""
    member.ethnicity = member.religion = member.income_band = None
    member.referrer_member_id = member.referrer_staff_id = None
    member.status = MemberStatus.CLOSED
    for child in member.children:
        child.name, child.gender, child.birthday, child.birth_mmdd = "", Gender.UNKNOWN, None, None


def record_erasure(s: Session, member: Member, *, at: dt.datetime | None = None) -> MemberErasure:
    """The erasure record (uid and time), which also opens the member's audit rows to redaction."""
    entry = MemberErasure(member_uid=member.uid, member_id=member.id)
    if at is not None:
        entry.erased_at = at
    s.add(entry)
    s.flush()
    return entry


def _about_member(member_id: int) -> ColumnElement[bool]:
    linked = {
        "sale": select(Sale.id).where(Sale.member_id == member_id),
        "return": select(SaleReturn.id).where(SaleReturn.member_id == member_id),
        "complaint": select(Complaint.id).where(Complaint.member_id == member_id),
        "service_record": select(ServiceRecord.id).where(ServiceRecord.member_id == member_id),
        "care_task": select(CareTask.id).where(CareTask.member_id == member_id),
    }
    return or_(
        and_(AuditEntry.entity == "member", AuditEntry.entity_id == member_id),
        *(and_(AuditEntry.entity == kind, AuditEntry.entity_id.in_(ids)) for kind, ids in linked.items()),
    )


def _loads(text: str) -> Any:
    try:
        return json.loads(text) if text else {}
    except ValueError:
        return None


def _dumps(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if value else ""


def value_free(before: str, after: str) -> tuple[str, str]:
    """A member row's before/after as this version writes them: which fields changed (under
    ``fields``), and only the values that say nothing about the person (``SAFE_KEYS``)."""
    old, new = _loads(before), _loads(after)
    if not isinstance(old, dict) or not isinstance(new, dict):
        return "", ""
    fields = set(new.get("fields", [])) | {k for k in (*old, *new) if k not in SAFE_KEYS and k != "fields"}
    kept_after: dict[str, Any] = {k: v for k, v in new.items() if k in SAFE_KEYS}
    if fields:
        kept_after["fields"] = sorted(fields)
    return _dumps({k: v for k, v in old.items() if k in SAFE_KEYS}), _dumps(kept_after)


def redact_audit(s: Session, member_id: int, ids: Identifiers) -> int:
    """Take the person's values out of every audit row about the member; returns how many
    rows changed. The rows stay, with who, when and what was done."""
    changed = 0
    rows = s.execute(
        select(AuditEntry.id, AuditEntry.entity, AuditEntry.before, AuditEntry.after, AuditEntry.detail)
        .where(_about_member(member_id))
        .order_by(AuditEntry.id)
    ).all()
    for entry_id, entity, before, after, detail in rows:
        if entity == "member":
            new_before, new_after = value_free(before, after)
        else:
            new_before, new_after = ids.scrub(before), ids.scrub(after)
        new_detail = ids.scrub(detail)
        if (new_before, new_after, new_detail) != (before, after, detail):
            s.execute(
                update(AuditEntry)
                .where(AuditEntry.id == entry_id)
                .values(before=new_before, after=new_after, detail=new_detail)
            )
            changed += 1
    return changed
