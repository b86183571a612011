"""Satisfaction at farewell: the customer's expectation and experience, 1-5 each.

满意度 = 感受值 / 期望值, as the training teaches; each answer becomes a ``Visit`` that the
membership report reads by month and by staff.
"""

from __future__ import annotations

import datetime as dt

from memberdesk.domain.complaints import satisfaction
from memberdesk.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from memberdesk.services.common.context import Actor
from memberdesk.services.members.forms import check_text
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Visit, utcnow

MAX_COMMENT = 500


def _score(value: int | None, field: str) -> int:
    if value is None or not 1 <= value <= 5:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give a rating from {low} to {high}."), field=field, low=1, high=5
        )
    return value


def record_satisfaction(
    db: Database,
    actor: Actor,
    member_id: int | None,
    expected: int | None,
    perceived: int | None,
    comment: str = "",
    *,
    started_at: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> float:
    """Record the visit's satisfaction; returns perceived / expected."""
    require(actor, Permission.FIND_MEMBER)
    exp = _score(expected, "expected")
    per = _score(perceived, "perceived")
    check_text(comment, "comment", single_line=False)
    words = comment.strip()
    if len(words) > MAX_COMMENT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "At most {high} characters."), field="comment", high=MAX_COMMENT
        )
    ended = now or utcnow()
    with db.write() as s:
        if member_id is not None and s.get(Member, member_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This member no longer exists."))
        s.add(
            Visit(
                store_id=actor.store_id,
                member_id=member_id,
                staff_id=actor.staff_id,
                started_at=started_at or ended,
                ended_at=ended,
                expected=exp,
                perceived=per,
                comment=words,
            )
        )
    return satisfaction(exp, per)
