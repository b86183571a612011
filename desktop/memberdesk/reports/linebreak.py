"""Breaking Chinese (and mixed) text into lines the way Chinese print does.

Three rules, in this order of strength:

1. a line never starts with closing punctuation (，。、）」…) nor ends with opening
   punctuation (（「“): the punctuation goes with the character it belongs to (kinsoku);
2. a line never breaks inside a word that can be known: the words of the text's own values
   (a member's name and honorific, the store's name: ``keep``), a Latin word or number, and
   the words of the dictionary (pypinyin's phrase list, and the greeting cards' own words);
3. otherwise a line is filled as far as the width allows.

A unit wider than the whole line (a very long name, a run of punctuation) is broken where it
must be, character by character. ``break_lines`` is pure: give it a measure (``text ->
width``) and it returns the lines, which joined again are the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from memberdesk import paths

# Chinese and Latin punctuation that closes (may not start a line) or opens (may not end one)
CLOSING = frozenset("，。、；：？！）」』》〉】〕］｝〗”’…‥·～%‰,.;:?!)]}>")
OPENING = frozenset("（「『《〈【〔［｛〖“‘([{<")
MAX_WORD = 6  # longer dictionary entries are idioms or phrases, breakable between their words
_LATIN = re.compile(r"[0-9A-Za-z\u00c0-\u024f'’\-_@.#/+]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

Measure = Callable[[str], float]


@cache
def dictionary() -> frozenset[str]:
    """The known words: pypinyin's phrases and the cards' own word list (one word a line)."""
    from pypinyin.phrases_dict import phrases_dict

    text = paths.resource("templates", "card_words.txt").read_text(encoding="utf-8")
    own = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    return frozenset(w for w in (*phrases_dict, *own) if 2 <= len(w) <= MAX_WORD and _HAN.fullmatch(w))


def _segment_han(run: str, words: frozenset[str]) -> list[str]:
    """Forward maximum matching: at each place the longest known word, else one character."""
    out, i = [], 0
    while i < len(run):
        for size in range(min(MAX_WORD, len(run) - i), 1, -1):
            if run[i : i + size] in words:
                out.append(run[i : i + size])
                i += size
                break
        else:
            out.append(run[i])
            i += 1
    return out


def _pieces(text: str, words: frozenset[str]) -> list[str]:
    """The text as pieces that are never broken (before punctuation is joined to them)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        han = _HAN.match(text, i)
        latin = _LATIN.match(text, i)
        if han:
            out.extend(_segment_han(han.group(), words))
            i = han.end()
        elif latin:
            out.append(latin.group())
            i = latin.end()
        else:
            out.append(text[i])
            i += 1
    return out


def _protect(text: str, keep: Iterable[str]) -> list[tuple[str, bool]]:
    """The text cut into (part, kept whole) around every occurrence of a ``keep`` phrase."""
    phrases = sorted({k for k in keep if k and k.strip()}, key=len, reverse=True)
    if not phrases:
        return [(text, False)]
    pattern = re.compile("|".join(re.escape(p) for p in phrases))
    parts: list[tuple[str, bool]] = []
    last = 0
    for found in pattern.finditer(text):
        if found.start() > last:
            parts.append((text[last : found.start()], False))
        parts.append((found.group(), True))
        last = found.end()
    if last < len(text):
        parts.append((text[last:], False))
    return parts


def units(text: str, words: frozenset[str] = frozenset(), keep: Iterable[str] = ()) -> list[str]:
    """The unbreakable units of one paragraph: words with their punctuation attached."""
    pieces: list[str] = []
    for part, whole in _protect(text, keep):
        pieces.extend([part] if whole else _pieces(part, words))
    glued: list[str] = []
    pending_open = ""  # opening marks (and spaces after them) waiting for their word
    for piece in pieces:
        if all(ch in OPENING for ch in piece) or (pending_open and piece.isspace()):
            pending_open += piece
            continue
        piece, pending_open = pending_open + piece, ""
        if glued and piece[0] in CLOSING:
            if glued[-1].isspace() and len(glued) > 1:  # "word ," keeps its comma too
                space = glued.pop()
                glued[-1] += space
            glued[-1] += piece
        else:
            glued.append(piece)
    if pending_open:  # opening marks at the very end have no word to go with
        if glued:
            glued[-1] += pending_open
        else:
            glued.append(pending_open)
    return glued


def _split_long(unit: str, width: float, measure: Measure) -> list[str]:
    """A unit wider than a line, cut as late as possible, keeping punctuation rules where the
    characters allow it."""
    lines: list[str] = []
    line = ""
    for ch in unit:
        if line and measure(line + ch) > width:
            # move the cut back while it would start a line with a closing mark or end one
            # with an opening mark
            cut = len(line)
            while cut > 1 and (
                (ch if cut == len(line) else line[cut]) in CLOSING or line[cut - 1] in OPENING
            ):
                cut -= 1
            if cut < len(line) and measure(line[cut:] + ch) <= width:
                lines.append(line[:cut])
                line = line[cut:]
            else:
                lines.append(line)
                line = ""
        line += ch
    lines.append(line)
    return lines


def break_lines(
    text: str,
    width: float,
    measure: Measure,
    *,
    words: frozenset[str] | None = None,
    keep: Iterable[str] = (),
) -> list[str]:
    """``text`` as lines no wider than ``width`` (trailing spaces not counted); an explicit
    line break ends a line. ``"".join(lines)`` is ``text`` without its line breaks."""
    known = dictionary() if words is None else words
    keep = tuple(keep)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for unit in units(paragraph, known, keep):
            if measure((line + unit).rstrip()) <= width:
                line += unit
                continue
            if line:
                lines.append(line)
                line = ""
            if measure(unit.rstrip()) <= width:
                line = unit
                continue
            inner = units(unit, known)
            if len(inner) > 1:  # a kept phrase too long for a line breaks between its own words
                *full, line = break_lines(unit, width, measure, words=known)
            else:
                *full, line = _split_long(unit, width, measure)
            lines.extend(full)
        lines.append(line)
    return lines
