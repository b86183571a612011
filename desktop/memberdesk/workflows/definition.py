"""A guided service workflow as plain data: its steps, prompts, phrases, inputs and actions.

Workflows are written in TOML (see ``resources/workflows/README.md``); ``parse`` turns a
file's text into a ``Workflow`` or raises ``WorkflowFileError`` naming the line and the
problem, so a store that edits a copy learns exactly what to fix.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

LANGUAGES = ("zh_CN", "en")
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")

# Actions a step may open; the names are those of ``memberdesk.ui.widgets.actions`` (a test keeps
# the two lists equal). A workflow names an action, never a Python object.
ACTIONS = frozenset(
    {
        "enrol",
        "record_sale",
        "record_return",
        "sale_history",
        "coupon_slip",
        "open_complaint",
        "record_satisfaction",
        "print_card",
        "record_service",
        "record_suggestion",
        "member_sheet",
    }
)

# What a prompt or phrase may mention about the member in front of the counter.
FACTS = frozenset(
    {
        "greeting",  # 张女士
        "name",
        "tier",
        "points",
        "sizes",  # 上装 M，鞋 37
        "last_item",  # M码连衣裙, bought at an earlier visit (never one bought today)
        "last_size",
        "recent_item",  # the newest item the member still has, one bought today included
        "purchases",  # what the member bought before, or words welcoming a first purchase
        "newcomer",  # 张女士, only while she has no purchase on record (a phrase to welcome her)
        "last_visit",
        "skin",
        "hair",
        "children",  # 女儿 5岁
        "complaint_no",  # the complaint a handling workflow is for
        "complaint_category",
        "customer_request",
    }
)

# Who a workflow is about: a customer at the counter (the reception, a complaint, ...), or the
# staff member themselves (the start-of-shift checklist), which never mentions a customer.
ABOUT_CUSTOMER = "customer"
ABOUT_STAFF = "staff"
ABOUTS = (ABOUT_CUSTOMER, ABOUT_STAFF)

_TOP_KEYS = {"key", "title", "summary", "steps", "order", "about"}
_STEP_KEYS = {"key", "prompt", "phrases", "input", "action"}
_INPUT_KEYS = {"kind", "label", "options", "low", "high"}
_INPUT_KINDS = ("choice", "rating", "note")
NOTE_MAX_CHARS = 500
# Bounds on what a workflow file may be, checked before the TOML parser sees it: a real
# workflow is a few kilobytes, nested three levels deep.
MAX_FILE_CHARS = 200_000
MAX_NESTING = 16


class WorkflowFileError(ValidationError):
    """A workflow file that cannot be used, with the line the problem is on (0 if unknown)."""

    def __init__(self, message: str, /, line: int = 0, **params: Any) -> None:
        super().__init__(message, **params)
        self.line = line


@dataclass(frozen=True)
class Text:
    """Words in each language; a language the file leaves out falls back to the other."""

    zh_CN: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.zh_CN


@dataclass(frozen=True)
class Phrases:
    zh_CN: tuple[str, ...]
    en: tuple[str, ...]

    def get(self, language: str) -> tuple[str, ...]:
        return self.en if language == "en" else self.zh_CN


@dataclass(frozen=True)
class Option:
    key: str
    label: Text


@dataclass(frozen=True)
class StepInput:
    """What a step collects: a choice of options, a rating from ``low`` to ``high``, or a note."""

    kind: str
    label: Text
    options: tuple[Option, ...] = ()
    low: int = 1
    high: int = 5

    def check(self, value: str) -> str:
        """The value to record, or ``ValidationError`` in the clerk's words."""
        value = value.strip()
        if self.kind == "choice":
            if value not in {o.key for o in self.options}:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Choose one of the answers."), field="value"
                )
        elif self.kind == "rating":
            if not value.isdigit() or not self.low <= int(value) <= self.high:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Give a rating from {low} to {high}."),
                    field="value",
                    low=self.low,
                    high=self.high,
                )
        elif len(value) > NOTE_MAX_CHARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "At most {high} characters."), field="value", high=NOTE_MAX_CHARS
            )
        return value


@dataclass(frozen=True)
class Step:
    key: str
    prompt: Text
    phrases: Phrases
    input: StepInput | None
    action: str | None


@dataclass(frozen=True)
class Workflow:
    key: str
    title: Text
    summary: Text
    steps: tuple[Step, ...]
    order: int  # where it stands in the list the clerk chooses from
    source: str  # the file it came from
    about: str = ABOUT_CUSTOMER  # ABOUT_STAFF: a checklist for the staff member themselves

    @property
    def about_customer(self) -> bool:
        return self.about == ABOUT_CUSTOMER

    def step(self, key: str) -> Step:
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(key)


class _Lines:
    """Finds the line of a key in the file, so a problem can point at it."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.step_lines = [
            i + 1 for i, line in enumerate(self.lines) if re.match(r"\s*\[\[\s*steps\s*\]\]", line)
        ]

    def top(self, key: str) -> int:
        for i, line in enumerate(self.lines):
            if re.match(r"\s*\[", line):
                break
            if re.match(rf"\s*{re.escape(key)}\s*[=.]", line):
                return i + 1
        for i, line in enumerate(self.lines):
            if re.match(rf"\s*\[{re.escape(key)}[\].]", line):
                return i + 1
        return 1

    def step(self, index: int, key: str | None = None) -> int:
        if index >= len(self.step_lines):
            return self.top("steps")
        start = self.step_lines[index]
        if key is None:
            return start
        for i in range(start, len(self.lines)):
            line = self.lines[i]
            if re.match(r"\s*\[\[", line) and i + 1 != start:
                break
            if re.match(rf"\s*{re.escape(key)}\s*[=.]", line) or re.match(
                rf"\s*\[\s*steps\s*\.\s*{re.escape(key)}\b", line
            ):
                return i + 1
        return start


def _decode_line(err: tomllib.TOMLDecodeError) -> int:
    line = getattr(err, "lineno", None)
    if isinstance(line, int):
        return line
    found = re.search(r"at line (\d+)", str(err))
    return int(found.group(1)) if found else 0


def _too_deep(text: str) -> int:
    """The line where brackets and braces nest deeper than MAX_NESTING, or 0.

    Strings and comments are skipped, so a ``[`` inside a prompt does not count. Rough on
    purpose: it only has to stop what would exhaust the parser's recursion.
    """
    depth, line, i, n = 0, 1, 0, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
        elif c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            i += len(quote)
            while i < n and not text.startswith(quote, i):
                if text[i] == "\\" and c == '"':
                    i += 1
                elif text[i] == "\n":
                    if len(quote) == 1:
                        break  # an unclosed string: the parser will say so
                    line += 1
                i += 1
            i += len(quote)
            continue
        elif c in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return line
        elif c in "]}":
            depth = max(0, depth - 1)
        i += 1
    return 0


def parse(text: str, source: str = "") -> Workflow:
    """The workflow in ``text`` (a TOML file's content); ``WorkflowFileError`` if unusable.

    The text is bounded first (size, nesting), so no file can make the parser run out of
    memory or recursion; every failure is a ``WorkflowFileError`` with a line.
    """
    if len(text) > MAX_FILE_CHARS:
        raise WorkflowFileError(
            QT_TRANSLATE_NOOP("Errors", "The file is too large for a workflow (at most {limit} characters)."),
            line=0,
            limit=MAX_FILE_CHARS,
        )
    deep = _too_deep(text)
    if deep:
        raise WorkflowFileError(
            QT_TRANSLATE_NOOP("Errors", "Lists and tables are nested too deeply (more than {limit} levels)."),
            line=deep,
            limit=MAX_NESTING,
        )
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise WorkflowFileError(
            QT_TRANSLATE_NOOP("Errors", "Lists and tables are nested too deeply (more than {limit} levels)."),
            line=0,
            limit=MAX_NESTING,
        ) from None
    except tomllib.TOMLDecodeError as err:
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(err))
        raise WorkflowFileError(
            QT_TRANSLATE_NOOP("Errors", "This is not valid TOML: {reason}."),
            line=_decode_line(err),
            reason=reason,
        ) from None
    return _Reader(_Lines(text), source).workflow(data)


class _Reader:
    def __init__(self, lines: _Lines, source: str) -> None:
        self.lines = lines
        self.source = source
        self.about = ABOUT_CUSTOMER

    def fail(self, line: int, message: str, **params: Any) -> WorkflowFileError:
        return WorkflowFileError(message, line=line, **params)

    def unknown(self, data: Mapping[str, Any], allowed: set[str], line_of: Any) -> None:
        for name in data:
            if name not in allowed:
                raise self.fail(
                    line_of(name),
                    QT_TRANSLATE_NOOP("Errors", "Unknown setting \u201c{name}\u201d; allowed: {allowed}."),
                    name=name,
                    allowed=", ".join(sorted(allowed)),
                )

    def key(self, value: Any, line: int, what: str) -> str:
        if not isinstance(value, str) or not KEY_PATTERN.match(value):
            raise self.fail(
                line,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{what} needs a key of lower-case letters, digits and _ that starts with a letter.",
                ),
                what=what,
            )
        return value

    def text(self, value: Any, line: int, what: str, *, required: bool = True, facts: bool = True) -> Text:
        if value is None and not required:
            return Text("", "")
        if isinstance(value, str):
            value = {"zh_CN": value, "en": value}
        if not isinstance(value, dict) or not any(isinstance(value.get(lang), str) for lang in LANGUAGES):
            raise self.fail(
                line,
                QT_TRANSLATE_NOOP("Errors", '{what} needs its words: zh_CN = "…" and en = "…".'),
                what=what,
            )
        self.unknown(value, set(LANGUAGES), lambda _n: line)
        zh, en = value.get("zh_CN"), value.get("en")
        for words in (zh, en):
            if words is not None and not isinstance(words, str):
                raise self.fail(
                    line, QT_TRANSLATE_NOOP("Errors", "{what} must be words in quotes."), what=what
                )
            if isinstance(words, str) and facts:
                self.placeholders(words, line)
        zh_text = str(zh if zh is not None else en)
        result = Text(zh_text, str(en) if en is not None else zh_text)
        if required and not (result.zh_CN.strip() or result.en.strip()):
            raise self.fail(line, QT_TRANSLATE_NOOP("Errors", "{what} is empty."), what=what)
        return result

    def placeholders(self, words: str, line: int) -> None:
        try:
            names = [name for _lit, name, _spec, _conv in string.Formatter().parse(words) if name is not None]
        except ValueError:
            raise self.fail(
                line,
                QT_TRANSLATE_NOOP("Errors", "Braces must come in pairs, like {{greeting}}: {words}"),
                words=words,
            ) from None
        for name in names:
            if name not in FACTS:
                raise self.fail(
                    line,
                    QT_TRANSLATE_NOOP("Errors", "Unknown fact {{{name}}}; known: {known}."),
                    name=name,
                    known=", ".join(sorted(FACTS)),
                )
            if self.about == ABOUT_STAFF:
                raise self.fail(
                    line,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A workflow about the staff member mentions no customer: remove {{{name}}}.",
                    ),
                    name=name,
                )

    def phrases(self, value: Any, line: int) -> Phrases:
        if value is None:
            return Phrases((), ())
        if isinstance(value, list):
            value = {"zh_CN": value, "en": value}
        if not isinstance(value, dict):
            raise self.fail(line, QT_TRANSLATE_NOOP("Errors", "Phrases are lists of words in quotes."))
        self.unknown(value, set(LANGUAGES), lambda _n: line)
        found: dict[str, tuple[str, ...]] = {}
        for lang in LANGUAGES:
            items = value.get(lang)
            if items is None:
                continue
            if not isinstance(items, list) or not all(isinstance(p, str) and p.strip() for p in items):
                raise self.fail(line, QT_TRANSLATE_NOOP("Errors", "Phrases are lists of words in quotes."))
            for p in items:
                self.placeholders(p, line)
            found[lang] = tuple(items)
        zh = found.get("zh_CN", found.get("en", ()))
        return Phrases(zh, found.get("en", zh))

    def step_input(self, value: Any, index: int) -> StepInput | None:
        if value is None:
            return None
        line = self.lines.step(index, "input")
        if not isinstance(value, dict):
            raise self.fail(line, QT_TRANSLATE_NOOP("Errors", "An input is a table with a kind."))
        self.unknown(value, _INPUT_KEYS, lambda _n: line)
        kind = value.get("kind")
        if kind not in _INPUT_KINDS:
            raise self.fail(
                line,
                QT_TRANSLATE_NOOP("Errors", "An input's kind is one of: {kinds}."),
                kinds=", ".join(_INPUT_KINDS),
            )
        label = self.text(value.get("label"), line, "input.label", required=False, facts=False)
        if kind == "choice":
            raw = value.get("options")
            if not isinstance(raw, list) or len(raw) < 2:
                raise self.fail(line, QT_TRANSLATE_NOOP("Errors", "A choice needs at least two options."))
            options = []
            for opt in raw:
                if not isinstance(opt, dict):
                    raise self.fail(
                        line, QT_TRANSLATE_NOOP("Errors", "Each option needs a key and its words.")
                    )
                key = self.key(opt.get("key"), line, "option")
                words = {k: v for k, v in opt.items() if k != "key"}
                options.append(Option(key, self.text(words, line, "option", facts=False)))
            if len({o.key for o in options}) != len(options):
                raise self.fail(line, QT_TRANSLATE_NOOP("Errors", "Two options have the same key."))
            return StepInput("choice", label, tuple(options))
        if kind == "rating":
            low, high = value.get("low", 1), value.get("high", 5)
            if not (isinstance(low, int) and isinstance(high, int) and 0 <= low < high <= 10):
                raise self.fail(
                    line, QT_TRANSLATE_NOOP("Errors", "A rating goes from low to high within 0 to 10.")
                )
            return StepInput("rating", label, low=low, high=high)
        return StepInput("note", label)

    def step(self, raw: Any, index: int) -> Step:
        line = self.lines.step(index)
        if not isinstance(raw, dict):
            raise self.fail(line, QT_TRANSLATE_NOOP("Errors", "A step is a [[steps]] table."))
        self.unknown(raw, _STEP_KEYS, lambda name: self.lines.step(index, name))
        key = self.key(raw.get("key"), self.lines.step(index, "key"), "step")
        if "prompt" not in raw:
            raise self.fail(
                line, QT_TRANSLATE_NOOP("Errors", "Step \u201c{step}\u201d has no prompt."), step=key
            )
        prompt = self.text(raw["prompt"], self.lines.step(index, "prompt"), "prompt")
        phrases = self.phrases(raw.get("phrases"), self.lines.step(index, "phrases"))
        action = raw.get("action")
        if action is not None and action not in ACTIONS:
            raise self.fail(
                self.lines.step(index, "action"),
                QT_TRANSLATE_NOOP("Errors", "Unknown action \u201c{action}\u201d; known: {known}."),
                action=str(action),
                known=", ".join(sorted(ACTIONS)),
            )
        return Step(key, prompt, phrases, self.step_input(raw.get("input"), index), action)

    def workflow(self, data: dict[str, Any]) -> Workflow:
        self.unknown(data, _TOP_KEYS, self.lines.top)
        about = data.get("about", ABOUT_CUSTOMER)
        if about not in ABOUTS:
            raise self.fail(
                self.lines.top("about"),
                QT_TRANSLATE_NOOP("Errors", "about is one of: {allowed}."),
                allowed=", ".join(ABOUTS),
            )
        self.about = about
        key = self.key(data.get("key"), self.lines.top("key"), "The workflow")
        title = self.text(data.get("title"), self.lines.top("title"), "title", facts=False)
        summary = self.text(data.get("summary"), self.lines.top("summary"), "summary", required=False)
        order = data.get("order", 100)
        if not isinstance(order, int):
            raise self.fail(self.lines.top("order"), QT_TRANSLATE_NOOP("Errors", "order is a whole number."))
        raw_steps = data.get("steps")
        if not isinstance(raw_steps, list) or not raw_steps:
            raise self.fail(
                self.lines.top("steps"),
                QT_TRANSLATE_NOOP("Errors", "A workflow needs at least one [[steps]]."),
            )
        steps = [self.step(raw, i) for i, raw in enumerate(raw_steps)]
        seen: set[str] = set()
        for i, step in enumerate(steps):
            if step.key in seen:
                raise self.fail(
                    self.lines.step(i, "key"),
                    QT_TRANSLATE_NOOP("Errors", "Two steps have the key \u201c{step}\u201d."),
                    step=step.key,
                )
            seen.add(step.key)
        return Workflow(key, title, summary, tuple(steps), order, self.source, about)
