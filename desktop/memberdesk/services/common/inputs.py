"""Checks for what a clerk (or any caller) hands the services: amounts, counts, text, ids.

Every amount goes through ``money``, every count through ``quantity`` or ``points``, every
free text through ``clean_text`` and every record id through ``record_id``, whatever type the
caller used: so no input reaches the database that the database would refuse with an error
of its own (an integer too wide for BIGINT, a NUL character PostgreSQL cannot store, a
number of 4,300 digits Python will not convert).
"""

from __future__ import annotations

import unicodedata

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from memberdesk.domain.money import MAX_FEN, MoneyError, MoneyProblem, to_fen

MAX_QUANTITY = 999
MAX_POINTS = 100_000_000  # more points than any member of a shop ever redeems at once
MAX_ID = 2**31 - 1  # record ids are 32-bit integers on PostgreSQL

_MONEY_MESSAGES = {
    MoneyProblem.EMPTY: QT_TRANSLATE_NOOP("Errors", "Enter an amount."),
    MoneyProblem.NOT_A_NUMBER: QT_TRANSLATE_NOOP("Errors", "“{text}” is not an amount of money."),
    MoneyProblem.NEGATIVE: QT_TRANSLATE_NOOP("Errors", "An amount cannot be negative."),
    MoneyProblem.ZERO: QT_TRANSLATE_NOOP("Errors", "The amount cannot be zero."),
    MoneyProblem.TOO_MANY_DECIMALS: QT_TRANSLATE_NOOP("Errors", "At most two decimals (fen)."),
    MoneyProblem.TOO_LARGE: QT_TRANSLATE_NOOP("Errors", "“{text}” is far too large for a sale."),
}


def money(value: object, field_name: str, *, allow_zero: bool = False, max_fen: int = MAX_FEN) -> int:
    """Typed yuan (``str``, ``Decimal``) or fen (``int``) → fen, or a ValidationError on the field.

    Floats and other types are refused; the maximum holds for every type.
    """
    try:
        return to_fen(value, allow_zero=allow_zero, max_fen=max_fen)
    except MoneyError as err:
        raise ValidationError(_MONEY_MESSAGES[err.problem], field=field_name, text=err.text) from None


def is_blank(value: object) -> bool:
    """An optional amount left empty (only text can be empty; 0 is an amount)."""
    return isinstance(value, str) and not value.strip()


def _whole(value: object, high: int) -> int | None:
    """A whole number from 0 to ``high`` given as int or digits (full-width folded), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value <= high else None
    if not isinstance(value, str) or len(value) > 32:
        return None
    raw = unicodedata.normalize("NFKC", value).strip().replace(",", "")
    if not (raw.isascii() and raw.isdigit()) or len(raw) > len(str(high)):
        return None
    number = int(raw)
    return number if number <= high else None


def quantity(value: object, field_name: str) -> int:
    """A quantity of goods: a whole number from 1 to MAX_QUANTITY."""
    number = _whole(value, MAX_QUANTITY)
    if number is None or number < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A quantity is a whole number from 1 to {high}."),
            field=field_name,
            high=MAX_QUANTITY,
        )
    return number


def points(value: object, field_name: str) -> int:
    """Points to redeem: empty or a whole number from 0 to MAX_POINTS."""
    if is_blank(value):
        return 0
    number = _whole(value, MAX_POINTS)
    if number is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Points are a whole number from 0 to {high}."),
            field=field_name,
            high=f"{MAX_POINTS:,}",
        )
    return number


def clean_text(value: object, limit: int) -> str:
    """Free text as stored: control characters dropped, trimmed, at most ``limit`` characters."""
    if not isinstance(value, str):
        return ""
    text = "".join(ch for ch in value[: limit * 4] if unicodedata.category(ch) not in ("Cc", "Cs"))
    return text.strip()[:limit]


def clean_code(value: object) -> str:
    """A scanned or typed code: printable, no spaces inside, at most 40 characters; else ''."""
    text = clean_text(value, 200)
    if not text or len(text) > 40 or any(ch.isspace() for ch in text):
        return ""
    return text


def record_id(value: object, field_name: str, message: str) -> int:
    """An id a caller passed (a member, a sale line, a staff member): NotFound when impossible."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ID:
        raise NotFound(message, field=field_name)
    return value


__all__ = [
    "MAX_POINTS",
    "MAX_QUANTITY",
    "clean_code",
    "clean_text",
    "is_blank",
    "money",
    "points",
    "quantity",
    "record_id",
]
