"""Gift card codes (礼品卡卡号): the code printed on a card the store sells, or the code of a
physical card scanned at the counter.

A code is what a clerk types or a scanner sends: letters and digits, folded to upper case
(full-width characters folded too), spaces and dashes dropped. A code the store generates is
``G`` and twelve characters nobody misreads (no 0/O, 1/I/L), about 7·10^17 of them, so a code
cannot be guessed from another. A physical card's own code is 6–32 letters and digits; it may
not look like a coupon code (the till's code box reads those as coupons).
"""

from __future__ import annotations

import secrets
import unicodedata

from memberdesk.domain.coupons import CODE_ALPHABET
from memberdesk.domain.coupons import looks_like_code as looks_like_coupon

CODE_PREFIX = "G"
CODE_LENGTH = 12
MIN_CODE = 6
MAX_CODE = 32
MAX_FACE_FEN = 10_000_00  # one card: ¥10,000


def new_code() -> str:
    """A fresh card code: G and twelve characters (G7K3M9…)."""
    return CODE_PREFIX + "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise(text: str) -> str:
    """The code as stored: full-width folded, upper case, spaces and dashes dropped."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if ch not in " -\t\r\n").upper()


def is_valid(code: str) -> bool:
    """A normalised code the store accepts as a card's code."""
    return (
        MIN_CODE <= len(code) <= MAX_CODE
        and code.isascii()
        and code.isalnum()
        and not looks_like_coupon(code)
    )


def looks_like_code(text: str) -> bool:
    """A code the store generated (what the till's code box treats as a gift card at once)."""
    code = normalise(text)
    body = code[len(CODE_PREFIX) :]
    return (
        code.startswith(CODE_PREFIX) and len(body) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in body)
    )
