"""Filling what is known about the member into a step's prompt and phrases.

"How is the dress you bought last time?" is asked only about a purchase of an earlier visit
(an earlier day): never about what the customer bought minutes ago, never about a line she
brought back. A member with no purchase on record is welcomed instead (``purchase_facts``).

A prompt always shows: a fact that is not known reads as the caller's words for it (the
panel says "not on file" once the member is recognised, "not known yet" before), never as a
bare placeholder. A phrase is something to say aloud, so a phrase that needs a fact not
known is left out ("张女士，上次买的M码连衣裙穿着还合适吗？" appears once 张女士 is on the
card, and never for an item she has brought back).
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from memberdesk.documents.member_card import Purchase
from memberdesk.workflows.definition import Step

UNKNOWN = "…"


def _names(words: str) -> list[str]:
    return [name for _lit, name, _spec, _conv in string.Formatter().parse(words) if name]


def _known(facts: Mapping[str, str], name: str) -> bool:
    return bool(facts.get(name, "").strip())


def fill_prompt(words: str, facts: Mapping[str, str], unknown: str = UNKNOWN) -> str:
    """``words`` with every fact filled in; a fact not known reads as ``unknown``."""
    values = {name: facts[name] if _known(facts, name) else unknown for name in _names(words)}
    return words.format(**values)


def fill_phrases(phrases: tuple[str, ...], facts: Mapping[str, str]) -> list[str]:
    """The phrases whose facts are all known, filled in."""
    filled = []
    for words in phrases:
        names = _names(words)
        if all(_known(facts, n) for n in names):
            filled.append(words.format(**{n: facts[n] for n in names}))
    return filled


def render(
    step: Step, facts: Mapping[str, str], language: str, unknown: str = UNKNOWN
) -> tuple[str, list[str]]:
    """The step's prompt and sayable phrases in ``language`` for what is known now."""
    prompt = fill_prompt(step.prompt.get(language), facts, unknown)
    return prompt, fill_phrases(step.phrases.get(language), facts)


@dataclass(frozen=True)
class PurchaseFacts:
    """What the counter may say about the member's purchases on ``today``."""

    earlier: Purchase | None  # the newest line still kept from a visit before today
    today: Purchase | None  # the newest line still kept from today's visit
    on_record: bool  # anything bought at all, returned lines included


def purchase_facts(purchases: Sequence[Purchase], today: dt.date) -> PurchaseFacts:
    """Split the card's latest purchases (newest first) at the start of the local ``today``."""
    kept = [p for p in purchases if p.kept > 0]
    earlier = next((p for p in kept if p.at.astimezone().date() < today), None)
    bought_today = next((p for p in kept if p.at.astimezone().date() >= today), None)
    return PurchaseFacts(earlier, bought_today, bool(purchases))
