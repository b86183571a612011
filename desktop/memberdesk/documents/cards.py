"""A greeting card's contents, as plain values."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CardData:
    """Everything printed on one card."""

    title: str
    message: str
    store_name: str
    footer: str  # e.g. the date, or the event's time
    colour: str
    logo: Path | None = None
    keep: tuple[str, ...] = ()  # words of the message never broken across lines (names, the store)
