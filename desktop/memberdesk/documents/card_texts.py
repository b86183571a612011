"""Greeting card and message texts: shipped templates, overridden by the store's own copy.

The shipped ``resources/templates/cards.toml`` is always read; ``<data folder>/templates/
cards.toml`` may replace any of its texts. A store file that cannot be read is reported
(file, line, problem) and the shipped texts are used, so printing never stops on a typo.

Wording that depends on who reads it has variants:

- a child's birthday is worded by the child's age (``child_band``): a little child (0–5), a
  school child (6–11), a teenager (12–17), a grown son or daughter (18 and over), each a
  table under ``[child_birthday]`` (``[child_birthday.teen]``) and ``child_birthday_teen``
  under ``[messages]``; a text the band does not give comes from the kind itself. The store's
  own texts come before the shipped ones, the band's before the kind's.
- a line of a card (or a clause of a message) whose placeholders are all empty is left out:
  an event without a place on file prints no "地点：" line.
"""

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from memberdesk import paths

KINDS = ("birthday", "child_birthday", "festival", "event")
CHILD_BANDS = ("little", "school", "teen", "grown")
# A clause of a text message ends after one of these (kept with the clause).
_CLAUSE = re.compile(r"(?<=[，。；！？,;!?])")
# What older store files put where the SMS signature now goes.
_OLD_SIGNATURES = ("【{store}】", "[{store}]")


def child_band(age: int | None) -> str:
    """The wording band of a child who turns ``age``: little, school, teen or grown
    ("" when the age is not known; the kind's own texts are used then)."""
    if age is None:
        return ""
    if age <= 5:
        return "little"
    if age <= 11:
        return "school"
    if age <= 17:
        return "teen"
    return "grown"


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st ... (English cards)."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


class _Keep(dict[str, str]):
    """Leaves an unknown {placeholder} as it is instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fields(text: str) -> list[str]:
    try:
        return [name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name]
    except ValueError:  # an unbalanced brace in a store's text: nothing to judge by
        return []


def _fill(parts: list[str], values: dict[str, str], joiner: str) -> str:
    """Each part filled in; a part whose placeholders are all empty is left out."""
    kept = []
    for part in parts:
        names = _fields(part)
        if names and all(not values.get(n, "{" + n + "}") for n in names):
            continue
        kept.append(part.format_map(_Keep(values)))
    return joiner.join(kept)


def fill_message(text: str, values: dict[str, str]) -> str:
    """A store-written text message filled in as the care messages are: a clause whose
    placeholders are all empty is left out; unknown placeholders stay as typed."""
    return _fill(_CLAUSE.split(text), values, "")


def store_templates_dir() -> Path:
    return paths.data_dir() / "templates"


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        merged[key] = (
            _merge(merged[key], value)
            if isinstance(value, dict) and isinstance(merged.get(key), dict)
            else value
        )
    return merged


@dataclass(frozen=True)
class CardTexts:
    """The texts in force (``data``: the shipped ones with the store's on top), the store's
    own (``store``), and what was wrong with the store's file if anything."""

    data: dict[str, Any]
    problem: str = ""
    store: dict[str, Any] = field(default_factory=dict)

    def _text(self, value: Any, language: str) -> str:
        if isinstance(value, dict):
            return str(value.get(language) or value.get("en") or next(iter(value.values()), ""))
        return str(value or "")

    def _pick(self, table: str, key: str, band: str = "") -> Any:
        """``key`` of ``[table]`` or of its band: the store's band, the store's table, then
        the shipped band and table."""
        for source in (self.store, self.data):
            section = source.get(table, {})
            if not isinstance(section, dict):
                continue
            variant = section.get(band, {}) if band else {}
            if isinstance(variant, dict) and key in variant:
                return variant[key]
            if key in section:
                return section[key]
        return ""

    def colour(self, kind: str) -> str:
        return str(self.data.get(kind, {}).get("colour", "#b03a2e"))

    def title(self, kind: str, language: str, festival: str = "", band: str = "") -> str:
        if kind == "festival":
            section = self.data.get(kind, {})
            return self._text(section.get("titles", {}).get(festival, festival), language)
        return self._text(self._pick(kind, "title", band), language)

    def unnamed_child(self, language: str, band: str = "") -> str:
        """What the cards call a child whose name is not on file (宝贝 only for a little one)."""
        return self._text(self._pick("child_birthday", "unnamed_child", band), language)

    def festival_name(self, festival: str, language: str) -> str:
        return self._text(self.data.get("festival", {}).get("names", {}).get(festival, festival), language)

    def message(self, kind: str, language: str, values: dict[str, str], band: str = "") -> str:
        text = self._text(self._pick(kind, "message", band), language)
        return _fill(text.split("\n"), values, "\n")

    def short_message(self, kind: str, language: str, values: dict[str, str], band: str = "") -> str:
        """The text message; the SMS signature goes where ``{signature}`` is (a store file
        written before the signature setting has ``【{store}】`` there instead)."""
        text = self._text(self._message_text(kind, band), language)
        for old in _OLD_SIGNATURES:
            text = text.replace(old, "{signature}")
        return _fill(_CLAUSE.split(text), values, "")

    def _message_text(self, kind: str, band: str) -> Any:
        keys = (f"{kind}_{band}", kind) if band else (kind,)
        for source in (self.store, self.data):
            messages = source.get("messages", {})
            for key in keys:
                if isinstance(messages, dict) and key in messages:
                    return messages[key]
        return ""


def load() -> CardTexts:
    shipped = tomllib.loads(paths.resource("templates", "cards.toml").read_text(encoding="utf-8"))
    store_file = store_templates_dir() / "cards.toml"
    if not store_file.exists():
        return CardTexts(shipped)
    try:
        override = tomllib.loads(store_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return CardTexts(shipped, problem=f"{store_file}: {exc}")
    return CardTexts(_merge(shipped, override), store=override)


def logo() -> Path | None:
    """The store's logo, printed on every card when ``<data folder>/templates/logo.png`` exists."""
    for name in ("logo.png", "logo.jpg"):
        candidate = store_templates_dir() / name
        if candidate.exists():
            return candidate
    return None
