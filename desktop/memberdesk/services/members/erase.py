"""Erasing a member's personal information at the member's request (PIPL 删除权).

A manager's act, confirmed by typing the member's card number, and written to the audit log
(without the erased values). What identifies or describes the person goes: name, phone, card
number, birthday, gender, contact details, sizes, notes, sensitive fields, children's names and
birthdays, the name keys, the complaint's customer name and phone, visit comments and what
workflow runs collected. The phone and the card number are replaced by placeholders that no
clerk input can match, so another member may use them at once. The member is closed.

What the books need stays, under the anonymous record: sales, returns, payments, points,
``member_stats``, complaints and their steps, care actions already taken, so every report and
``memberdesk db check`` still reconcile.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, exists, select, update

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, ValidationError
from memberdesk.domain.vocab import ConsentKind, Gender, MemberStatus, Role
from memberdesk.services.common.context import Actor
from memberdesk.services.members.enrolment import ERASED_PREFIX
from memberdesk.services.members.search import normalise_card
from memberdesk.services.staff import audit
from memberdesk.store.database import Database
from memberdesk.store.models import (
    CareAction,
    CareTask,
    Complaint,
    Consent,
    Member,
    MemberKey,
    MemberSize,
    Visit,
    WorkflowRun,
    WorkflowStepRecord,
)

REASON_MAX = 200


def erase_member(db: Database, actor: Actor, member_id: int, *, confirm_card: str, reason: str = "") -> None:
    """Erase the member's personal information and close the membership.

    ``confirm_card`` is the card number as the manager typed it from the screen: a wrong one
    refuses the act, so it cannot happen by a slip of the mouse.
    """
    if actor.role is not Role.MANAGER:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Only the store manager may erase a member's data.")
        )
    reason = reason.strip()
    if len(reason) > REASON_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Too long: at most {max} characters."), field="reason", max=REASON_MAX
        )
    with db.write() as s:
        member = s.get(Member, member_id, with_for_update=True)
        if member is None or member.store_id != actor.store_id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Member {id} was not found."), id=member_id)
        if member.status is not MemberStatus.ACTIVE:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "This membership is closed already."))
        if not confirm_card.strip() or normalise_card(confirm_card) != member.card_no:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Type the member's card number exactly to confirm."),
                field="confirm",
            )
        _erase_person(member)
        s.execute(delete(MemberSize).where(MemberSize.member_id == member_id))
        s.execute(delete(MemberKey).where(MemberKey.member_id == member_id))
        s.execute(update(Consent).where(Consent.member_id == member_id).values(note=""))
        s.add(Consent(member_id=member_id, kind=ConsentKind.MARKETING, granted=False,
                      recorded_by_id=actor.staff_id))  # fmt: skip
        s.execute(
            update(Complaint)
            .where(Complaint.member_id == member_id)
            .values(customer_name="", customer_phone="")
        )
        s.execute(update(Visit).where(Visit.member_id == member_id).values(comment=""))
        runs = select(WorkflowRun.id).where(WorkflowRun.member_id == member_id)
        s.execute(update(WorkflowStepRecord).where(WorkflowStepRecord.run_id.in_(runs)).values(value=""))
        # Care still to come goes; care already given stays, for the store's own figures.
        s.execute(
            delete(CareTask).where(
                CareTask.member_id == member_id,
                CareTask.due_date >= dt.date.today(),
                ~exists().where(CareAction.task_id == CareTask.id),
            )
        )
        audit.record(s, actor, "member.erase", entity="member", entity_id=member_id, detail=reason)


def _erase_person(member: Member) -> None:
    member.name = ""
    member.phone = f"{ERASED_PREFIX}{member.id}"
    member.phone_last4 = ""
    member.card_no = f"{ERASED_PREFIX}{member.id}"
    member.gender = Gender.UNKNOWN
    member.birthday = member.birth_mmdd = member.lunar_mmdd = None
    member.birthday_lunar = member.lunar_leap = False
    member.email = member.address = member.occupation = member.hobbies = ""
    member.hair_type = member.skin_type = member.notes = member.channel_detail = ""
    member.ethnicity = member.religion = member.income_band = None
    member.referrer_member_id = member.referrer_staff_id = None
    member.status = MemberStatus.CLOSED
    for child in member.children:
        child.name, child.gender, child.birthday, child.birth_mmdd = "", Gender.UNKNOWN, None, None
