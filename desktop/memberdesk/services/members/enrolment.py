"""Enrolling and editing members, revealing what is hidden, and recording consents.

Every write keeps the search columns in step with the member in the same transaction:
``phone_last4``, ``card_no`` and the ``member_keys`` rows, so the counter box finds a
member the moment it is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from memberdesk.domain.members import lunar_mmdd_of
from memberdesk.domain.phone import last4, mask_phone
from memberdesk.domain.search_keys import name_keys
from memberdesk.domain.vocab import ConsentKind, MemberStatus, Role
from memberdesk.services.common.context import Actor
from memberdesk.services.members.forms import (
    NOTES_MAX,
    ChildForm,
    MemberForm,
    clean_birthday,
    clean_card,
    clean_free_text,
    clean_name,
    clean_phone,
    clean_short,
)
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
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
    utcnow,
)

__all__ = ["ChildForm", "MemberForm"]

CARD_SEQUENCE = "member_card"
# An erased member keeps unique placeholders instead of phone and card number: lower case
# with a colon, which neither a typed phone nor a normalised (upper-case) card can be.
ERASED_PREFIX = "erased:"


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


# The form's fields, and the columns each one writes when it changes.
TEXT_LIMITS = {
    "channel_detail": 50, "email": 100, "address": 200, "occupation": 50, "hobbies": 200,
    "hair_type": 20, "skin_type": 20,
}  # fmt: skip
FORM_FIELDS = tuple(f.name for f in fields(MemberForm))


def _clean_birthday(form: MemberForm, today: dt.date) -> dict[str, Any]:
    birthday = clean_birthday(form.birthday, today)
    lunar_mmdd, lunar_leap = (None, False)
    if birthday is not None and form.birthday_lunar:
        lunar_mmdd, lunar_leap = lunar_mmdd_of(birthday)
    return {
        "birthday": birthday,
        "birth_mmdd": birthday.month * 100 + birthday.day if birthday else None,
        "birthday_lunar": bool(form.birthday_lunar and birthday),
        "lunar_mmdd": lunar_mmdd,
        "lunar_leap": lunar_leap,
    }


def _clean_fields(form: MemberForm, names: Iterable[str], today: dt.date) -> dict[str, Any]:
    """The column values of the form fields ``names``, validated (or ValidationError)."""
    names = set(names)
    values: dict[str, Any] = {}
    if "phone" in names:
        phone = clean_phone(form.phone)
        values |= {"phone": phone, "phone_last4": last4(phone)}
    if "name" in names:
        values["name"] = clean_name(form.name)
    if names & {"birthday", "birthday_lunar"}:
        values |= _clean_birthday(form, today)
    values |= {n: getattr(form, n) for n in ("gender", "channel", "referrer_member_id", "referrer_staff_id")
               if n in names}  # fmt: skip
    values |= {n: clean_short(getattr(form, n), n, limit) for n, limit in TEXT_LIMITS.items() if n in names}
    if "notes" in names:
        values["notes"] = clean_free_text(form.notes, "notes", NOTES_MAX)
    if "sizes" in names:
        for size in form.sizes.values():
            clean_short(size, "sizes", 16)
    if "children" in names:
        for child in form.children:
            clean_short(child.name, "children", 50)
            clean_birthday(child.birthday, today, "children")
    return values


def _clean(form: MemberForm, today: dt.date, keys: bool = True) -> CleanMember:
    values = _clean_fields(form, FORM_FIELDS, today)
    return CleanMember(values, name_keys(values["name"]) if keys else set())


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
    member.children = [_child(c) for c in form.children]


def _likely_duplicate(s: Session, name: str, phone_last4: str, exclude: int | None) -> Member | None:
    stmt = select(Member).where(Member.phone_last4 == phone_last4, Member.name == name)
    for member in s.scalars(stmt):
        if member.id != exclude:
            return member
    return None


def clean_form(
    form: MemberForm, today: dt.date | None = None, *, keys: bool = True
) -> tuple[CleanMember, str]:
    """The validated column values, name keys and card number of ``form`` (or ValidationError).

    ``keys=False``: without the name's keys, for a caller that computes them once per name
    (the member import, where a file holds the same names many times)."""
    return _clean(form, today or dt.date.today(), keys), clean_card(form.card_no)


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
        filled = [k for k, v in clean.values.items() if v not in (None, "", False)]
        filled += ["card_no"] + [k for k in ("sizes", "children") if getattr(form, k)]
        audit.record_fields(s, actor, "member.enrol", entity="member", entity_id=member_id, fields=filled,
                            facts={"channel": form.channel})  # fmt: skip
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


def edited_fields(form: MemberForm, loaded: MemberForm | None) -> set[str]:
    """The form fields the clerk changed since ``loaded`` (every field when None)."""
    if loaded is None:
        return {f for f in FORM_FIELDS if f != "marketing_consent" or form.marketing_consent is not None}
    return {f for f in FORM_FIELDS if getattr(form, f) != getattr(loaded, f)}


def _update_sizes(s: Session, member: Member, form: MemberForm, loaded: MemberForm | None) -> None:
    """Write the categories that changed; the others keep what is on file."""
    wanted = {cat: size.strip() for cat, size in form.sizes.items()}
    before = loaded.sizes if loaded is not None else {sz.category: sz.size for sz in member.sizes}
    touched = {cat for cat in set(wanted) | set(before) if wanted.get(cat, "") != before.get(cat, "").strip()}
    on_file = {sz.category: sz for sz in member.sizes}
    for cat in touched:
        size = wanted.get(cat, "")
        if cat in on_file and not size:
            member.sizes.remove(on_file[cat])
        elif cat in on_file:
            on_file[cat].size = size
            on_file[cat].updated_at = utcnow()
        elif size:
            member.sizes.append(MemberSize(category=cat, size=size))


def _update_children(member: Member, children: tuple[ChildForm, ...]) -> None:
    """Children edited in place, in order, so their care tasks stay attached to them."""
    existing = list(member.children)
    for child, row in zip(children, existing, strict=False):
        row.name, row.gender, row.birthday = child.name.strip(), child.gender, child.birthday
        row.birth_mmdd = child.birthday.month * 100 + child.birthday.day if child.birthday else None
    for row in existing[len(children) :]:
        member.children.remove(row)
    for child in children[len(existing) :]:
        member.children.append(_child(child))


def _child(c: ChildForm) -> Child:
    return Child(
        name=c.name.strip(),
        gender=c.gender,
        birthday=c.birthday,
        birth_mmdd=c.birthday.month * 100 + c.birthday.day if c.birthday else None,
    )


def _record_marketing(s: Session, actor: Actor, member_id: int, granted: bool | None) -> bool:
    """Add a marketing consent row when the answer differs from the one in force."""
    if granted is None or _consent(s, member_id, ConsentKind.MARKETING) == granted:
        return False
    s.add(
        Consent(
            member_id=member_id, kind=ConsentKind.MARKETING, granted=granted, recorded_by_id=actor.staff_id
        )
    )
    return True


def _check_edit(
    s: Session, form: MemberForm, member: Member, values: dict[str, Any], card: str, names: set[str]
) -> None:
    """Refuse a phone or card on file for another member, or a referrer who cannot be."""
    if "phone" in values:
        owner = _phone_owner(s, values["phone"], member.id)
        if owner is not None:
            raise DuplicatePhone(owner.id, owner.name)
    if names & {"referrer_member_id", "referrer_staff_id"}:
        _check_references(s, form, member.id)
    if card and card != member.card_no:
        _card_taken(s, card, member.id)


def update_member(
    db: Database, actor: Actor, member_id: int, form: MemberForm, *, loaded: MemberForm | None = None
) -> None:
    """Save an edited member; the audit log keeps the changed fields before and after.

    ``loaded`` is the form as it was opened (``member_form``): then only the fields that
    differ from it are validated and written, so a field the clerk did not touch keeps what
    is on file, even when it was changed on another counter meanwhile. Without it every
    field of ``form`` is written. An empty card number keeps the member's card.
    """
    require(actor, Permission.EDIT_MEMBER)
    names = edited_fields(form, loaded)
    with db.write() as s:
        member = _get(s, member_id)
        if member.status is not MemberStatus.ACTIVE:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This membership is closed; it cannot be edited."))
        values = _clean_fields(form, names, dt.date.today())
        card = clean_card(form.card_no) if "card_no" in names else ""
        _check_edit(s, form, member, values, card, names)
        before = _snapshot(member)
        for column, value in values.items():
            setattr(member, column, value)
        if card:
            member.card_no = card
        if "sizes" in names:
            _update_sizes(s, member, form, loaded)
        if "children" in names:
            _update_children(member, form.children)
        s.flush()
        changed_before, changed_after = audit.changed_fields(before, _snapshot(member))
        if "name" in changed_after:
            _write_keys(s, member_id, name_keys(member.name))
        if "marketing_consent" in names and _record_marketing(s, actor, member_id, form.marketing_consent):
            changed_after["marketing_consent"] = form.marketing_consent
        if changed_after:  # which fields changed, not the person's values (PIPL)
            consent = {k: changed_after[k] for k in ("marketing_consent",) if k in changed_after}
            audit.record_fields(s, actor, "member.update", entity="member", entity_id=member_id,
                                fields=set(changed_before) | set(changed_after), facts=consent)  # fmt: skip


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
            marketing_consent=_consent(s, member_id, ConsentKind.MARKETING),
        )  # fmt: skip


def member_label(db: Database, actor: Actor, member_id: int) -> str:
    """ "Name  138****5678  card" for a member named on another's form (e.g. the referrer)."""
    require(actor, Permission.FIND_MEMBER)
    with db.read() as s:
        m = _get(s, member_id)
        return f"{m.name}  {mask_phone(m.phone)}  {m.card_no}".strip()


def masked_phones(db: Database, actor: Actor, member_ids: Iterable[int]) -> dict[int, str]:
    """``138****5678`` for each member id, for lists staff call from (the Care page)."""
    require(actor, Permission.FIND_MEMBER)
    ids = sorted(set(member_ids))
    found: dict[int, str] = {}
    with db.read() as s:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for member_id, phone in s.execute(select(Member.id, Member.phone).where(Member.id.in_(chunk))):
                found[member_id] = mask_phone(phone) if phone_is_real(phone) else ""
    return found


def phone_is_real(phone: str) -> bool:
    """False for the placeholder an erased member keeps in place of the phone."""
    return not phone.startswith(ERASED_PREFIX)


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
