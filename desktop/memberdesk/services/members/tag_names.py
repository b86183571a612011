"""What a tag may be called, and reading several tags from one line of text (a line at the card,
a spreadsheet cell of a member import; here, below both the tags and the import).

A tag is a short word the card shows (孕妈, 大客户): one line, at most ``TAG_NAME_MAX``
characters, inner spaces collapsed, none of the characters that separate tags in a list or a
spreadsheet cell (，,、;；). Latin letters compare without case: "VIP" and "vip" are one tag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.services.members.forms import check_text, one_line
from memberdesk.store.models.segments import TAG_NAME_MAX

SEPARATORS = re.compile(r"[，,、;；\n]")


def clean_tag_name(text: str) -> str:
    """The tag as stored, or a ValidationError a clerk can act on."""
    check_text(text, "tag")
    name = " ".join(one_line(text).split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Type the tag's name."), field="tag")
    if SEPARATORS.search(name):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{tag}”: a tag cannot hold a comma, 、 or semicolon."),
            field="tag",
            tag=name,
        )
    if len(name) > TAG_NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{tag}” is too long for a tag (at most {max} characters)."),
            field="tag",
            tag=name,
            max=TAG_NAME_MAX,
        )
    return name


def tag_key(name: str) -> str:
    """What two tag names are compared by: "VIP" and "vip" are the same tag."""
    return name.casefold()


def split_tags(text: str) -> list[str]:
    """The tags of a line such as "孕妈，学生、大客户" (empty pieces left out), not yet cleaned."""
    return [piece.strip() for piece in SEPARATORS.split(text) if piece.strip()]


def clean_tag_list(names: Iterable[str]) -> list[str]:
    """Each name cleaned; a name given twice is refused (not silently merged)."""
    seen: dict[str, str] = {}
    for raw in names:
        name = clean_tag_name(raw)
        if tag_key(name) in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The tag “{tag}” is given twice."), field="tag", tag=name
            )
        seen[tag_key(name)] = name
    return list(seen.values())
