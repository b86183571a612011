"""The forms a clerk fills in for a member, and their validation (no database here).

**Text a clerk or a file fills in** passes one rule (``check_text``) before it is stored,
here and in the other services that keep free text (complaints, suggestions, after-sales,
satisfaction comments, care notes):

- no control characters: an ESC sequence in a name recolours or rewrites the terminal and
  the log viewer that shows it, a NUL cuts it short or is refused by PostgreSQL. Line
  breaks and tabs are the only ones allowed: a one-line field turns them into a space (a
  spreadsheet cell written with Alt+Enter), free text keeps line breaks;
- no bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E/U+200F, U+061C): they
  make a name show in another order than it is stored and searched ("Trojan Source");
- a one-line field (a name, an address, an e-mail, sizes, children's names ...) does not
  start with ``=``, ``+``, ``-`` or ``@`` (or their full-width forms): a spreadsheet runs
  such a cell as a formula. Free text (notes, complaints) may start with them (a "- " list);
  it is stored as typed and every export writes it as text (``domain.cells``).

Each is refused with a ``ValidationError`` on the field, never silently changed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from memberdesk.domain.cells import is_formula_like
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.domain.phone import PhoneError, normalise_phone
from memberdesk.domain.search_keys import normalise_name
from memberdesk.domain.vocab import Channel, Gender, SizeCategory
from memberdesk.services.members.search import is_card_number, normalise_card

NAME_MAX = 50
NOTES_MAX = 10_000
# Bidirectional controls: embeddings, overrides, isolates and the direction marks.
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = ("\r\n", "\r", "\u2028", "\u2029", "\x85")
# Every control character but tab and the line breaks (C0, DEL, C1), lone surrogates, and the
# bidirectional controls.
_HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff" + "".join(sorted(BIDI_CONTROLS)) + "]"
)


def _code(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def check_text(text: str, field_name: str, *, single_line: bool = True) -> None:
    """Refuse control characters, bidirectional controls and (``single_line``) a formula start.

    ``text`` is checked as typed, before it is trimmed (so a control at either end is refused
    too, not silently dropped); tabs and line breaks are allowed here because the caller
    decides what becomes of them (see the module text).
    """
    found = _HIDDEN.search(text)
    if found is not None:
        ch = found.group()
        if ch in BIDI_CONTROLS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The text holds a hidden direction mark ({code}) that makes it show in another "
                    "order than it is stored; type it again without it.",
                ),
                field=field_name,
                code=_code(ch),
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The text holds an invisible control character ({code}); type it again without it.",
            ),
            field=field_name,
            code=_code(ch),
        )
    start = text.strip()
    if single_line and is_formula_like(start):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{text}” starts with “{char}”, which a spreadsheet runs as a formula: "
                "remove that character.",
            ),
            field=field_name,
            text=start[:40],
            char=start[0],
        )


def one_line(text: str) -> str:
    """``text`` with its line breaks and tabs turned into single spaces."""
    for brk in (*_LINE_BREAKS, "\n", "\t"):
        text = text.replace(brk, " ")
    return text


def clean_free_text(text: str, field_name: str, limit: int) -> str:
    """Free text as stored (notes, a complaint, a suggestion): trimmed, line breaks kept as
    ``\\n``, checked by ``check_text`` (a formula start is allowed) and at most ``limit``."""
    for brk in _LINE_BREAKS:
        text = text.replace(brk, "\n")
    check_text(text, field_name, single_line=False)
    value = text.strip()
    if len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Too long: at most {max} characters."), field=field_name, max=limit
        )
    return value


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
    name = one_line(text)
    check_text(name, "name")
    name = " ".join(name.split())
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
    """A one-line text field: line breaks become spaces; ``check_text``; at most ``limit``."""
    value = one_line(text)
    check_text(value, field_name)
    value = value.strip()
    if len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Too long: at most {max} characters."), field=field_name, max=limit
        )
    return value
