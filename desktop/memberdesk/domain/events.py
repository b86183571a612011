"""Member events (会员活动): the words of a reply and the limits of what an event holds."""

from __future__ import annotations

from enum import StrEnum


class Reply(StrEnum):
    """An invited member's answer; the latest recorded one is in force."""

    COMING = "coming"
    NOT_COMING = "not_coming"
    NO_ANSWER = "no_answer"  # a reply taken back, or never given


TITLE_LENGTH = 100
PLACE_LENGTH = 100
CONTACT_LENGTH = 100
DESCRIPTION_LENGTH = 2000
MAX_CAPACITY = 100_000
