"""Phone numbers as the counter types them, stored in one normal form.

Mainland mobiles are stored as their 11 digits (``13812345678``); clerks type them with
spaces or dashes, and customers read them with a ``+86`` / ``0086`` prefix. Any other
number is stored in an international form, ``+`` then country code and number
(``+4915112345678``), 8 to 15 digits in all (E.164's limit).
"""

from __future__ import annotations

import re

_MAINLAND = re.compile(r"1[3-9]\d{9}")
_SEPARATORS = re.compile(r"[\s\-().\u3000]")
_DIGITS = re.compile(r"\d+")


class PhoneError(ValueError):
    """The text is not a phone number the store can call."""


def normalise_phone(text: str) -> str:
    """The stored form of ``text``, or PhoneError.

    >>> normalise_phone("138 1234-5678")
    '13812345678'
    >>> normalise_phone("+86 138 1234 5678")
    '13812345678'
    """
    compact = _SEPARATORS.sub("", text.strip())
    # Full-width digits and plus sign typed by a Chinese input method.
    compact = compact.translate(str.maketrans("０１２３４５６７８９＋", "0123456789+"))
    if not compact:
        raise PhoneError("empty")
    international = compact.startswith("+") or compact.startswith("00")
    digits = compact[1:] if compact.startswith("+") else compact[2:] if compact.startswith("00") else compact
    if not _DIGITS.fullmatch(digits):
        raise PhoneError("not digits")
    if international:
        if digits.startswith("86"):
            national = digits[2:]
            if _MAINLAND.fullmatch(national):
                return national
            raise PhoneError("not a mainland mobile")
        if not 8 <= len(digits) <= 15 or digits.startswith("0"):
            raise PhoneError("bad international number")
        return "+" + digits
    if _MAINLAND.fullmatch(digits):
        return digits
    raise PhoneError("not a mainland mobile")


def is_valid_phone(text: str) -> bool:
    try:
        normalise_phone(text)
    except PhoneError:
        return False
    return True


def last4(phone: str) -> str:
    """The last four digits (尾号) of a normalised phone."""
    return phone[-4:]


def mask_phone(phone: str) -> str:
    """``138****5678``: enough to confirm with the customer, not enough to copy."""
    if not phone:
        return ""
    if _MAINLAND.fullmatch(phone):
        return f"{phone[:3]}****{phone[-4:]}"
    if len(phone) <= 6:
        return "*" * len(phone)
    return f"{phone[:3]}{'*' * (len(phone) - 7)}{phone[-4:]}"
