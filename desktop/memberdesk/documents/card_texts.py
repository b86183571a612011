"""Greeting card and message texts: shipped templates, overridden by the store's own copy.

The shipped ``resources/templates/cards.toml`` is always read; ``<data folder>/templates/
cards.toml`` may replace any of its texts. A store file that cannot be read is reported
(file, line, problem) and the shipped texts are used, so printing never stops on a typo.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from memberdesk import paths

KINDS = ("birthday", "child_birthday", "festival", "event")


class _Keep(dict[str, str]):
    """Leaves an unknown {placeholder} as it is instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


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
    """The texts in force, and what was wrong with the store's file if anything."""

    data: dict[str, Any]
    problem: str = ""

    def _text(self, value: Any, language: str) -> str:
        if isinstance(value, dict):
            return str(value.get(language) or value.get("en") or next(iter(value.values()), ""))
        return str(value or "")

    def colour(self, kind: str) -> str:
        return str(self.data.get(kind, {}).get("colour", "#b03a2e"))

    def title(self, kind: str, language: str, festival: str = "") -> str:
        section = self.data.get(kind, {})
        if kind == "festival":
            return self._text(section.get("titles", {}).get(festival, festival), language)
        return self._text(section.get("title", ""), language)

    def unnamed_child(self, language: str) -> str:
        """What the cards call a child whose name is not on file."""
        return self._text(self.data.get("child_birthday", {}).get("unnamed_child", ""), language)

    def festival_name(self, festival: str, language: str) -> str:
        return self._text(self.data.get("festival", {}).get("names", {}).get(festival, festival), language)

    def message(self, kind: str, language: str, values: dict[str, str]) -> str:
        return self._text(self.data.get(kind, {}).get("message", ""), language).format_map(_Keep(values))

    def short_message(self, kind: str, language: str, values: dict[str, str]) -> str:
        return self._text(self.data.get("messages", {}).get(kind, ""), language).format_map(_Keep(values))


def load() -> CardTexts:
    shipped = tomllib.loads(paths.resource("templates", "cards.toml").read_text(encoding="utf-8"))
    store_file = store_templates_dir() / "cards.toml"
    if not store_file.exists():
        return CardTexts(shipped)
    try:
        override = tomllib.loads(store_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return CardTexts(shipped, problem=f"{store_file}: {exc}")
    return CardTexts(_merge(shipped, override))


def logo() -> Path | None:
    """The store's logo, printed on every card when ``<data folder>/templates/logo.png`` exists."""
    for name in ("logo.png", "logo.jpg"):
        candidate = store_templates_dir() / name
        if candidate.exists():
            return candidate
    return None
