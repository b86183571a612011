"""The words a clerk says at checkout: only the amount; the sentence is translated in the UI."""

from __future__ import annotations

from memberdesk.domain.money import format_fen, spoken_yuan


def announce_amount(fen: int, language: str) -> str:
    """The total as it is said aloud: "1,280" for 一共 1,280 元, "¥1,280.00" in English."""
    if language.lower().startswith("zh"):
        return spoken_yuan(fen)
    return format_fen(fen)
