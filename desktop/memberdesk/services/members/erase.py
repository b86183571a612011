"""Erasing a member's personal information at the member's request (PIPL 删除权).

A manager's act, confirmed by typing the member's card number. Before confirming, the manager
sees every stored text that names the person and what the erase leaves of it
(``erasure_preview``). What goes and what stays is ``store/erasure.py``; this module checks who
asks and what they typed, and records the act.

After the erase nothing of the person is left in the database, the audit log included (its
rows keep who did what and which fields, not the values), nor in the bytes of a SQLite file:
freed space is zeroed (``secure_delete``) and the WAL is folded back and emptied. The erasure
is recorded (the member's uid and when) in the database and beside the file, so a restore of
a backup taken before it erases the person again (``store/erasure_log.py``).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, ValidationError
from memberdesk.domain.vocab import MemberStatus, Role
from memberdesk.services.common.context import Actor
from memberdesk.services.members.search import normalise_card
from memberdesk.services.staff import audit
from memberdesk.store import erasure, erasure_log
from memberdesk.store.database import Database
from memberdesk.store.erasure import FreeText
from memberdesk.store.models import Member

__all__ = ["ErasurePreview", "FreeText", "erase_member", "erasure_preview"]

log = logging.getLogger(__name__)
REASON_MAX = 200


@dataclass(frozen=True)
class ErasurePreview:
    """What the manager sees before confirming: the stored texts that name the person."""

    texts: list[FreeText]


def _only_managers(actor: Actor) -> None:
    if actor.role is not Role.MANAGER:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Only the store manager may erase a member's data.")
        )


def _active_member(member: Member | None, actor: Actor, member_id: int) -> Member:
    if member is None or member.store_id != actor.store_id:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Member {id} was not found."), id=member_id)
    if member.status is not MemberStatus.ACTIVE:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "This membership is closed already."))
    return member


def erasure_preview(db: Database, actor: Actor, member_id: int) -> ErasurePreview:
    """Every stored text naming the member, with the pieces the erase takes out; changes nothing."""
    _only_managers(actor)
    with db.read() as s:
        member = _active_member(s.get(Member, member_id), actor, member_id)
        return ErasurePreview(erasure.free_text(s, member_id, erasure.identifiers_of(s, member)))


def erase_member(db: Database, actor: Actor, member_id: int, *, confirm_card: str, reason: str = "") -> None:
    """Erase the member's personal information and close the membership.

    ``confirm_card`` is the card number as the manager typed it from the screen: a wrong one
    refuses the act, so it cannot happen by a slip of the mouse.
    """
    _only_managers(actor)
    reason = reason.strip()
    if len(reason) > REASON_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Too long: at most {max} characters."), field="reason", max=REASON_MAX
        )
    with db.write() as s:
        member = _active_member(s.get(Member, member_id, with_for_update=True), actor, member_id)
        if not confirm_card.strip() or normalise_card(confirm_card) != member.card_no:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Type the member's card number exactly to confirm."),
                field="confirm",
            )
        done = erasure.erase(s, member, recorded_by_id=actor.staff_id, today=dt.date.today())
        member_uid, at = member.uid, dt.datetime.now(dt.UTC)
        audit.record(s, actor, "member.erase", entity="member", entity_id=member_id,
                     after={"texts": done.texts, "audit_entries": done.audit_entries},
                     detail=done.ids.scrub(reason))  # fmt: skip
    _leave_no_copy(db, member_uid, at)


def _leave_no_copy(db: Database, member_uid: uuid.UUID, at: dt.datetime) -> None:
    """After the commit: the erasure beside the file, and the WAL emptied (SQLite)."""
    if db.path is None:
        return
    try:
        erasure_log.append_journal(db.path, member_uid, at)
    except OSError as exc:  # the database holds the record too: a restore still finds it there
        log.warning("could not note the erasure beside %s: %s", db.path, exc)
    if not erasure_log.checkpoint(db):
        log.warning("the WAL of %s is still in use; it is emptied at the next checkpoint", db.path)
