"""A member's suggestion (建议) for the store, recorded from the card."""

from __future__ import annotations

from memberdesk.services.context import Actor
from memberdesk.services.errors import QT_TRANSLATE_NOOP, ValidationError
from memberdesk.services.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Suggestion

MAX_CHARS = 2000


def record_suggestion(db: Database, actor: Actor, member_id: int | None, text: str) -> int:
    require(actor, Permission.RECORD_SALE)
    words = text.strip()
    if not words:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write down the suggestion."), field="text")
    if len(words) > MAX_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "At most {high} characters."), field="text", high=MAX_CHARS
        )
    with db.write() as s:
        row = Suggestion(store_id=actor.store_id, member_id=member_id, staff_id=actor.staff_id, text=words)
        s.add(row)
        s.flush()
        return row.id
