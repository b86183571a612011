"""Enrolling and editing members, revealing what is hidden, and recording consents.

Every write keeps the search columns in step with the member in the same transaction:
``phone_last4``, ``card_no`` and the ``member_keys`` rows, so the counter box finds a
member the moment it is saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from memberdesk.domain.members import lunar_mmdd_of
from memberdesk.domain.phone import last4
from memberdesk.domain.search_keys import name_keys
from memberdesk.domain.vocab import ConsentKind, Role
from memberdesk.services import audit
from memberdesk.services.context import Actor
from memberdesk.services.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.services.member_forms import (
    ChildForm,
    MemberForm,
    clean_birthday,
    clean_card,
    clean_name,
    clean_phone,
    clean_short,
)
from memberdesk.services.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import (
    Child,
    Consent,
    Member,
    MemberKey,
    MemberSize,
    MemberStats,
    NumberSequence,
    Staff,
)

__all__ = ["ChildForm", "MemberForm"]

CARD_SEQUENCE = "member_card"


class DuplicatePhone(Conflict):
    """The phone is already on file: open ``member_id`` instead of enrolling again."""

    def __init__(self, member_id: int, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "This phone belongs to member {name} already."),
            field="phone",
            name=name,
        )
        self.member_id = member_id


class LikelyDuplicate(Conflict):
    """Same name and same last four digits as ``member_id``: ask before saving."""

    def __init__(self, member_id: int, name: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} with the same phone ending is already a member. Save anyway?"
            ),
            field="phone",
            name=name,
        )
        self.member_id = member_id


@dataclass(frozen=True)
class CleanMember:
    values: dict[str, Any]
    keys: set[str]


def _clean(form: MemberForm, today: dt.date) -> CleanMember:
    phone = clean_phone(form.phone)
    name = clean_name(form.name)
    birthday = clean_birthday(form.birthday, today)
    lunar_mmdd, lunar_leap = (None, False)
    if birthday is not None and form.birthday_lunar:
        lunar_mmdd, lunar_leap = lunar_mmdd_of(birthday)
    values: dict[str, Any] = {
        "phone": phone,
        "phone_last4": last4(phone),
        "name": name,
        "gender": form.gender,
        "birthday": birthday,
        "birth_mmdd": birthday.month * 100 + birthday.day if birthday else None,
        "birthday_lunar": bool(form.birthday_lunar and birthday),
        "lunar_mmdd": lunar_mmdd,
        "lunar_leap": lunar_leap,
        "channel": form.channel,
        "channel_detail": clean_short(form.channel_detail, "channel_detail", 50),
        "referrer_member_id": form.referrer_member_id,
        "referrer_staff_id": form.referrer_staff_id,
        "email": clean_short(form.email, "email", 100),
        "address": clean_short(form.address, "address", 200),
        "occupation": clean_short(form.occupation, "occupation", 50),
        "hobbies": clean_short(form.hobbies, "hobbies", 200),
        "hair_type": clean_short(form.hair_type, "hair_type", 20),
        "skin_type": clean_short(form.skin_type, "skin_type", 20),
        "notes": form.notes.strip(),
    }
    for size in form.sizes.values():
        clean_short(size, "sizes", 16)
    for child in form.children:
        clean_birthday(child.birthday, today, "children")
    return CleanMember(values, name_keys(name))


def _check_references(s: Session, form: MemberForm, member_id: int | None) -> None:
    if form.referrer_member_id is not None and (
        form.referrer_member_id == member_id or s.get(Member, form.referrer_member_id) is None
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose the referring member from the search."), field="referrer"
        )
    if form.referrer_staff_id is not None and s.get(Staff, form.referrer_staff_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose the referring staff member."), field="referrer_staff"
        )


def _phone_owner(s: Session, phone: str, exclude: int | None) -> Member | None:
    owner = s.scalar(select(Member).where(Member.phone == phone))
    return owner if owner is not None and owner.id != exclude else None


def _card_taken(s: Session, card: str, exclude: int | None) -> None:
    owner = s.scalar(select(Member.id).where(Member.card_no == card))
    if owner is not None and owner != exclude:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Card number {card} is already in use."), field="card_no", card=card
        )


def next_card_number(s: Session, store_id: int) -> str:
    """The store's next card number, ``M`` + store id (3) + sequence (7): ``M0010000001``.

    Taken from the per-store sequence in the writing transaction; a number already used by
    a scanned or imported card is skipped.
    """
    seq = s.get(NumberSequence, (store_id, CARD_SEQUENCE))
    if seq is None:
        seq = NumberSequence(store_id=store_id, name=CARD_SEQUENCE, next_value=1)
        s.add(seq)
        s.flush()
    while True:
        card = f"M{store_id:03d}{seq.next_value:07d}"
        seq.next_value += 1
        if s.scalar(select(Member.id).where(Member.card_no == card)) is None:
            return card


def _write_keys(s: Session, member_id: int, keys: set[str]) -> None:
    s.execute(delete(MemberKey).where(MemberKey.member_id == member_id))
    s.add_all(MemberKey(key=k, member_id=member_id) for k in sorted(keys))


def _write_details(s: Session, member: Member, form: MemberForm) -> None:
    member.sizes = [
        MemberSize(category=cat, size=size.strip()) for cat, size in form.sizes.items() if size.strip()
    ]
    member.children = [
        Child(
            name=c.name.strip(),
            gender=c.gender,
            birthday=c.birthday,
            birth_mmdd=c.birthday.month * 100 + c.birthday.day if c.birthday else None,
        )
        for c in form.children
    ]


def _likely_duplicate(s: Session, name: str, phone_last4: str, exclude: int | None) -> Member | None:
    stmt = select(Member).where(Member.phone_last4 == phone_last4, Member.name == name)
    for member in s.scalars(stmt):
        if member.id != exclude:
            return member
    return None


def clean_form(form: MemberForm, today: dt.date | None = None) -> tuple[CleanMember, str]:
    """The validated column values, name keys and card number of ``form`` (or ValidationError)."""
    return _clean(form, today or dt.date.today()), clean_card(form.card_no)


def insert_member(
    s: Session, actor: Actor, clean: CleanMember, card: str, form: MemberForm
) -> tuple[int, str]:
    """Add a validated member in ``s`` with search keys and stats; returns (id, card number).

    The caller has checked the phone; a given card number is checked here, an empty one is
    assigned from the store's sequence.
    """
    if card:
        _card_taken(s, card, None)
    else:
        card = next_card_number(s, actor.store_id)
    member = Member(store_id=actor.store_id, card_no=card, enrolled_by_id=actor.staff_id, **clean.values)
    _write_details(s, member, form)
    s.add(member)
    s.flush()
    s.add(MemberStats(member_id=member.id))
    _write_keys(s, member.id, clean.keys)
    if form.marketing_consent is not None:
        s.add(
            Consent(
                member_id=member.id,
                kind=ConsentKind.MARKETING,
                granted=form.marketing_consent,
                recorded_by_id=actor.staff_id,
            )
        )
    return member.id, card


def enrol(db: Database, actor: Actor, form: MemberForm, *, confirm_duplicate: bool = False) -> int:
    """Enrol a new member (入会); returns the member id.

    Raises DuplicatePhone when the phone is on file (open that member instead) and
    LikelyDuplicate, unless confirmed, for the same name with the same last four digits.
    """
    require(actor, Permission.ENROL_MEMBER)
    clean, card = clean_form(form)
    with db.write() as s:
        owner = _phone_owner(s, clean.values["phone"], None)
        if owner is not None:
            raise DuplicatePhone(owner.id, owner.name)
        if not confirm_duplicate:
            twin = _likely_duplicate(s, clean.values["name"], clean.values["phone_last4"], None)
            if twin is not None:
                raise LikelyDuplicate(twin.id, twin.name)
        _check_references(s, form, None)
        member_id, card = insert_member(s, actor, clean, card, form)
        audit.record(
            s,
            actor,
            "member.enrol",
            entity="member",
            entity_id=member_id,
            after={"name": clean.values["name"], "card_no": card, "channel": form.channel},
        )
        return member_id


def _snapshot(member: Member) -> dict[str, Any]:
    data = {col: getattr(member, col) for col in _EDITABLE}
    data["sizes"] = {sz.category.value: sz.size for sz in member.sizes}
    data["children"] = [
        [c.name, c.gender.value, c.birthday.isoformat() if c.birthday else None] for c in member.children
    ]
    return data


_EDITABLE = (
    "phone", "name", "gender", "card_no", "birthday", "birthday_lunar", "channel", "channel_detail",
    "referrer_member_id", "referrer_staff_id", "email", "address", "occupation", "hobbies",
    "hair_type", "skin_type", "notes",
)  # fmt: skip


def update_member(db: Database, actor: Actor, member_id: int, form: MemberForm) -> None:
    """Save an edited member; the audit log keeps the changed fields before and after."""
    require(actor, Permission.EDIT_MEMBER)
    clean = _clean(form, dt.date.today())
    card = clean_card(form.card_no)
    with db.write() as s:
        member = _get(s, member_id)
        owner = _phone_owner(s, clean.values["phone"], member_id)
        if owner is not None:
            raise DuplicatePhone(owner.id, owner.name)
        _check_references(s, form, member_id)
        if card and card != member.card_no:
            _card_taken(s, card, member_id)
        before = _snapshot(member)
        for column, value in clean.values.items():
            setattr(member, column, value)
        if card:
            member.card_no = card
        _write_details(s, member, form)
        s.flush()
        changed_before, changed_after = audit.changed_fields(before, _snapshot(member))
        if before["name"] != member.name:
            _write_keys(s, member_id, clean.keys)
        if changed_after:
            audit.record(
                s,
                actor,
                "member.update",
                entity="member",
                entity_id=member_id,
                before=changed_before,
                after=changed_after,
            )


def _get(s: Session, member_id: int) -> Member:
    member = s.get(Member, member_id)
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Member {id} was not found."), id=member_id)
    return member


def member_form(db: Database, actor: Actor, member_id: int) -> MemberForm:
    """The member as an editable form; the phone is included because editing reveals it."""
    require(actor, Permission.EDIT_MEMBER)
    with db.read() as s:
        m = _get(s, member_id)
        return MemberForm(
            phone=m.phone, name=m.name, gender=m.gender, card_no=m.card_no, birthday=m.birthday,
            birthday_lunar=m.birthday_lunar, channel=m.channel, channel_detail=m.channel_detail,
            referrer_member_id=m.referrer_member_id, referrer_staff_id=m.referrer_staff_id,
            email=m.email, address=m.address, occupation=m.occupation, hobbies=m.hobbies,
            hair_type=m.hair_type, skin_type=m.skin_type, notes=m.notes,
            sizes={sz.category: sz.size for sz in m.sizes},
            children=tuple(ChildForm(c.name, c.gender, c.birthday) for c in m.children),
        )  # fmt: skip


def reveal_phone(db: Database, actor: Actor, member_id: int) -> str:
    """The full phone number; the reveal is written to the audit log."""
    require(actor, Permission.REVEAL_PHONE)
    with db.write() as s:
        member = _get(s, member_id)
        audit.record(s, actor, "member.reveal_phone", entity="member", entity_id=member_id)
        return member.phone


@dataclass(frozen=True)
class SensitiveInfo:
    """PIPL sensitive information, shown only to permitted roles and audited."""

    consented: bool
    ethnicity: str
    religion: str
    income_band: str


def _consent(s: Session, member_id: int, kind: ConsentKind) -> bool:
    granted = s.scalar(
        select(Consent.granted)
        .where(Consent.member_id == member_id, Consent.kind == kind)
        .order_by(Consent.recorded_at.desc(), Consent.id.desc())
        .limit(1)
    )
    return bool(granted)


def consent_in_force(s: Session, member_id: int, kind: ConsentKind = ConsentKind.SENSITIVE) -> bool:
    """Whether the member's latest recorded consent of ``kind`` is a yes."""
    return _consent(s, member_id, kind)


def reveal_sensitive(db: Database, actor: Actor, member_id: int) -> SensitiveInfo:
    """Ethnicity, religion and income band; the reveal is audited."""
    require(actor, Permission.REVEAL_SENSITIVE)
    with db.write() as s:
        member = _get(s, member_id)
        audit.record(s, actor, "member.reveal_sensitive", entity="member", entity_id=member_id)
        return SensitiveInfo(
            _consent(s, member_id, ConsentKind.SENSITIVE),
            member.ethnicity or "",
            member.religion or "",
            member.income_band or "",
        )


def record_consent(
    db: Database, actor: Actor, member_id: int, kind: ConsentKind, granted: bool, note: str = ""
) -> None:
    """Record a consent given or withdrawn. Withdrawing SENSITIVE erases those fields."""
    require(actor, Permission.EDIT_MEMBER)
    with db.write() as s:
        member = _get(s, member_id)
        s.add(
            Consent(
                member_id=member_id,
                kind=kind,
                granted=granted,
                recorded_by_id=actor.staff_id,
                note=clean_short(note, "note", 200),
            )
        )
        if kind == ConsentKind.SENSITIVE and not granted:
            member.ethnicity = member.religion = member.income_band = None
        audit.record(
            s,
            actor,
            "member.consent",
            entity="member",
            entity_id=member_id,
            after={"kind": kind.value, "granted": granted},
        )


def set_sensitive(db: Database, actor: Actor, member_id: int, info: SensitiveInfo) -> None:
    """Store the member's consent and sensitive fields in one transaction.

    ``info.consented`` is the member's answer as recorded now (a change adds a Consent row);
    values without consent are refused, and withdrawing consent erases the values.
    """
    require(actor, Permission.REVEAL_SENSITIVE)
    values = {
        "ethnicity": clean_short(info.ethnicity, "ethnicity", 20) or None,
        "religion": clean_short(info.religion, "religion", 20) or None,
        "income_band": clean_short(info.income_band, "income_band", 20) or None,
    }
    if not info.consented and any(values.values()):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Record the member's consent before storing ethnicity, religion or income."
            ),
            field="consent",
        )
    with db.write() as s:
        member = _get(s, member_id)
        if _consent(s, member_id, ConsentKind.SENSITIVE) != info.consented:
            s.add(Consent(member_id=member_id, kind=ConsentKind.SENSITIVE, granted=info.consented,
                          recorded_by_id=actor.staff_id))  # fmt: skip
            audit.record(s, actor, "member.consent", entity="member", entity_id=member_id,
                         after={"kind": ConsentKind.SENSITIVE.value, "granted": info.consented})  # fmt: skip
        changed = [k for k, v in values.items() if getattr(member, k) != v]
        for key, value in values.items():
            setattr(member, key, value)
        # The values themselves stay out of the log: it records which ones changed.
        if changed:
            audit.record(s, actor, "member.update_sensitive", entity="member", entity_id=member_id,
                         detail=",".join(changed))  # fmt: skip


def system_actor(db: Database) -> Actor:
    """The store's first active manager, acting for headless commands (``memberdesk find``...)."""
    with db.read() as s:
        staff = s.scalar(
            select(Staff)
            .where(Staff.role == Role.MANAGER, Staff.active.is_(True))
            .order_by(Staff.id)
            .limit(1)
        )
        if staff is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The store has no manager account."))
        return Actor(staff.id, staff.store_id, staff.name, staff.role, staff.code)
