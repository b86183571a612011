"""Money as the counter types it and as the receipt prints it; always integer fen.

A clerk types "128", "128.5", "¥1,280.00", "128元" or "１２８" (full-width digits from a
Chinese input method). ``parse_fen`` turns any of these into fen or raises ``MoneyError``
with a reason code the service maps to a translated message.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from enum import StrEnum

MAX_FEN = 100_000_000_00  # ¥100,000,000: anything above is a typing slip at a shop counter

_PATTERN = re.compile(r"^(?P<int>\d+)(?:\.(?P<frac>\d{0,2}))?$")


class MoneyProblem(StrEnum):
    """Why a typed amount was refused."""

    EMPTY = "empty"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    ZERO = "zero"
    TOO_MANY_DECIMALS = "too_many_decimals"
    TOO_LARGE = "too_large"


class MoneyError(ValueError):
    """A typed amount cannot be used; ``problem`` says why."""

    def __init__(self, problem: MoneyProblem, text: str) -> None:
        super().__init__(f"{problem.value}: {text!r}")
        self.problem = problem
        self.text = text


def _clean(text: str) -> str:
    # NFKC folds full-width digits, dot and comma into ASCII.
    s = unicodedata.normalize("NFKC", text).strip()
    for token in ("¥", "￥", "RMB", "rmb", "CNY", "cny", "人民币", "元", "块", " "):
        s = s.replace(token, "")
    return s.replace(",", "")


def parse_fen(text: str, *, allow_zero: bool = False, max_fen: int = MAX_FEN) -> int:
    """Parse a typed amount of yuan into fen; refuse negative, zero (unless allowed),
    more than two decimals, absurdly large and non-numeric input."""
    if not text or not text.strip():
        raise MoneyError(MoneyProblem.EMPTY, text)
    s = _clean(text)
    if s.startswith("-") or s.startswith("−"):
        rest = s[1:]
        if _PATTERN.match(rest):
            raise MoneyError(MoneyProblem.NEGATIVE, text)
        raise MoneyError(MoneyProblem.NOT_A_NUMBER, text)
    if s.startswith("+"):
        s = s[1:]
    if s.startswith("."):
        s = "0" + s
    m = _PATTERN.match(s)
    if not m:
        if re.match(r"^\d+\.\d{3,}$", s):
            raise MoneyError(MoneyProblem.TOO_MANY_DECIMALS, text)
        raise MoneyError(MoneyProblem.NOT_A_NUMBER, text)
    whole = m.group("int")
    if len(whole) > 12:
        raise MoneyError(MoneyProblem.TOO_LARGE, text)
    frac = (m.group("frac") or "").ljust(2, "0")
    fen = int(whole) * 100 + int(frac)
    if fen == 0 and not allow_zero:
        raise MoneyError(MoneyProblem.ZERO, text)
    if fen > max_fen:
        raise MoneyError(MoneyProblem.TOO_LARGE, text)
    return fen


def to_fen(value: object, *, allow_zero: bool = False, max_fen: int = MAX_FEN) -> int:
    """Any amount a caller may hand over, checked by the same rules: the one gate for money.

    ``int`` is already fen; ``str`` and ``Decimal`` are yuan as typed. A ``float`` is refused
    (binary fractions of a fen are not money), and so are ``bool`` and every other type. Zero,
    negative and amounts above ``max_fen`` are refused whatever the type, so an integer can
    never slip past the maximum that typed text obeys.
    """
    if isinstance(value, bool) or not isinstance(value, int | str | Decimal):
        raise MoneyError(MoneyProblem.NOT_A_NUMBER, repr(value)[:40])
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise MoneyError(MoneyProblem.NOT_A_NUMBER, str(value)[:40])
        if value.is_signed() and value != 0:
            raise MoneyError(MoneyProblem.NEGATIVE, str(value)[:40])
        if value.adjusted() > 12:
            raise MoneyError(MoneyProblem.TOO_LARGE, str(value)[:40])
        return parse_fen(f"{value:f}", allow_zero=allow_zero, max_fen=max_fen)
    if isinstance(value, str):
        if len(value) > 64:  # longer than any amount anyone types; never parse a novel
            raise MoneyError(MoneyProblem.NOT_A_NUMBER, value[:40])
        return parse_fen(value, allow_zero=allow_zero, max_fen=max_fen)
    text = format_fen(value) if -(10**30) < value < 10**30 else "…"
    if value < 0:
        raise MoneyError(MoneyProblem.NEGATIVE, text)
    if value == 0 and not allow_zero:
        raise MoneyError(MoneyProblem.ZERO, text)
    if value > max_fen:
        raise MoneyError(MoneyProblem.TOO_LARGE, text)
    return value


def format_fen(fen: int, *, symbol: bool = True) -> str:
    """¥1,280.00 (negative amounts as -¥12.50)."""
    sign = "-" if fen < 0 else ""
    yuan, rest = divmod(abs(fen), 100)
    return f"{sign}{'¥' if symbol else ''}{yuan:,}.{rest:02d}"


def spoken_yuan(fen: int) -> str:
    """The amount as a clerk says it in Chinese: 1,280 / 1,280.5 / 0.05 (yuan, no symbol).

    Trailing zero decimals are dropped because nobody says "一千二百八十点零零元".
    """
    sign = "-" if fen < 0 else ""
    yuan, rest = divmod(abs(fen), 100)
    if rest == 0:
        return f"{sign}{yuan:,}"
    decimals = f"{rest:02d}".rstrip("0")
    return f"{sign}{yuan:,}.{decimals}"
