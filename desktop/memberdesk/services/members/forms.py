"""The forms a clerk fills in for a member, and their validation (no database here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.phone import PhoneError, normalise_phone
from memberdesk.domain.search_keys import normalise_name
from memberdesk.domain.vocab import Channel, Gender, SizeCategory
from memberdesk.services.members.search import is_card_number, normalise_card

NAME_MAX = 50


@dataclass(frozen=True)
class ChildForm:
    name: str = ""
    gender: Gender = Gender.UNKNOWN
    birthday: dt.date | None = None


@dataclass(frozen=True)
class MemberForm:
    """Everything enrolment and editing accept; only phone and name are required."""

    phone: str
    name: str
    gender: Gender = Gender.UNKNOWN
    card_no: str = ""  # empty: the store assigns the next number
    birthday: dt.date | None = None
    birthday_lunar: bool = False  # the member celebrates the lunar date of ``birthday``
    channel: Channel = Channel.WALK_IN
    channel_detail: str = ""
    referrer_member_id: int | None = None
    referrer_staff_id: int | None = None
    email: str = ""
    address: str = ""
    occupation: str = ""
    hobbies: str = ""
    hair_type: str = ""
    skin_type: str = ""
    notes: str = ""
    sizes: dict[SizeCategory, str] = field(default_factory=dict)
    children: tuple[ChildForm, ...] = ()
    marketing_consent: bool | None = None  # None: not asked


def clean_phone(text: str) -> str:
    if not text.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The phone number is required: type the member's mobile number."),
            field="phone",
        )
    try:
        return normalise_phone(text)
    except PhoneError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{phone}” is not a phone number: a mainland mobile has 11 digits starting "
                "with 13-19; other numbers start with + and the country code.",
            ),
            field="phone",
            phone=text.strip(),
        ) from None


def clean_name(text: str) -> str:
    name = " ".join(text.split())
    if not normalise_name(name):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the member's name."), field="name")
    if len(name) > NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The name is too long (at most {max} characters)."),
            field="name",
            max=NAME_MAX,
        )
    return name


def clean_card(text: str) -> str:
    card = normalise_card(text)
    if card and not is_card_number(card):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{card}” is not a card number: use 6-20 letters and digits."),
            field="card_no",
            card=text.strip(),
        )
    return card


def clean_birthday(value: dt.date | None, today: dt.date, field_name: str = "birthday") -> dt.date | None:
    if value is None:
        return None
    if value > today or value.year < today.year - 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The birthday {date} is not possible."),
            field=field_name,
            date=value.isoformat(),
        )
    return value


def clean_short(text: str, field_name: str, limit: int) -> str:
    value = text.strip()
    if len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Too long: at most {max} characters."), field=field_name, max=limit
        )
    return value
