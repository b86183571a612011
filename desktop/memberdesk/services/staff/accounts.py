"""Staff accounts: adding, unlocking, resetting a PIN, deactivating a leaver.

Who may unlock whom is the guard against guessing a PIN through approvals: four wrong PINs,
an unlock that forgot them, four more … let a supervisor try a manager's PIN 88 times. So

- nobody unlocks their own account, nor the account of a higher role (a supervisor unlocks
  clerks and supervisors, only a manager unlocks a manager);
- an unlock lifts a lock, nothing else: an account that is not locked keeps its count of
  wrong PINs;
- the UNLOCKS_BEFORE_HOLD-th unlock of one account within HOLD_WINDOW is not done: the
  account is *held* instead, locked whatever the clock says until a manager lifts it, and
  every manager is told at sign-in (``held_accounts``) and in the audit log.

Every act is audited with who did it to whom.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, ValidationError
from memberdesk.domain.vocab import Role
from memberdesk.services.common.context import Actor
from memberdesk.services.staff import audit
from memberdesk.services.staff.auth import StaffEntry, entry, hash_pin
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import AuditEntry, Staff, utcnow

UNLOCKS_BEFORE_HOLD = 3
HOLD_WINDOW = dt.timedelta(hours=24)
RANK = {Role.CLERK: 0, Role.SUPERVISOR: 1, Role.MANAGER: 2}


def _staff(s: Session, actor: Actor, staff_id: int) -> Staff:
    staff = s.get(Staff, staff_id, with_for_update=True)
    if staff is None or staff.store_id != actor.store_id or not staff.active:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such staff member."))
    return staff


def _who(staff: Staff) -> dict[str, str]:
    """The account acted on, as the audit log names it (number and name, not only an id)."""
    return {"code": staff.code, "name": staff.name, "role": staff.role.value}


def _not_yourself(actor: Actor, staff: Staff, message: str) -> None:
    if staff.id == actor.staff_id:
        raise PermissionDenied(message)


def _recent_unlocks(s: Session, staff: Staff, now: dt.datetime) -> int:
    """Unlocks of this account within the window, counted since a manager last lifted a hold."""
    since = now - HOLD_WINDOW
    lifted = s.scalar(
        select(func.max(AuditEntry.at)).where(
            AuditEntry.entity == "staff",
            AuditEntry.entity_id == staff.id,
            AuditEntry.action == "staff.release",
        )
    )
    if lifted is not None and lifted > since:
        since = lifted
    return int(
        s.scalar(
            select(func.count()).where(
                AuditEntry.entity == "staff",
                AuditEntry.entity_id == staff.id,
                AuditEntry.action == "staff.unlock",
                AuditEntry.at > since,
            )
        )
        or 0
    )


def unlock(db: Database, actor: Actor, staff_id: int, *, now: dt.datetime | None = None) -> bool:
    """Lift a PIN lock-out. Returns True if the account is unlocked, False if it was held for
    the manager instead (unlocked too often within HOLD_WINDOW); raises if refused."""
    require(actor, Permission.UNLOCK_STAFF)
    now = now or utcnow()
    with db.write() as s:
        staff = _staff(s, actor, staff_id)
        _not_yourself(
            actor,
            staff,
            QT_TRANSLATE_NOOP("Errors", "Nobody unlocks their own account: ask a supervisor or the manager."),
        )
        if RANK[staff.role] > RANK[actor.role]:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Errors", "Only the manager may unlock an account of a higher role than yours."
                )
            )
        if staff.held_for_manager_at is not None:
            if actor.role is not Role.MANAGER:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("Errors", "This account is locked until the manager unlocks it.")
                )
            staff.held_for_manager_at = None
            staff.locked_until = None
            staff.failed_attempts = 0
            audit.record(
                s, actor, "staff.release", entity="staff", entity_id=staff.id, after=_who(staff), at=now
            )
            return True
        if not (staff.locked_until and staff.locked_until > now):
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "{name} is not locked: nothing to unlock."), name=staff.name
            )
        if _recent_unlocks(s, staff, now) + 1 >= UNLOCKS_BEFORE_HOLD and actor.role is not Role.MANAGER:
            staff.held_for_manager_at = now
            audit.record(
                s,
                actor,
                "staff.held",
                entity="staff",
                entity_id=staff.id,
                after=_who(staff),
                detail=f"unlocked {UNLOCKS_BEFORE_HOLD} times within 24 h: held for the manager",
                at=now,
            )
            return False
        staff.failed_attempts = 0
        staff.locked_until = None
        audit.record(s, actor, "staff.unlock", entity="staff", entity_id=staff.id, after=_who(staff), at=now)
        return True


@dataclass(frozen=True)
class HeldAccount:
    """An account held for the manager, and who unlocked it in the day before (names)."""

    staff: StaffEntry
    unlocked_by: tuple[str, ...]


def held_accounts(db: Database, actor: Actor) -> list[HeldAccount]:
    """Accounts held for the manager, for the notice a manager sees at sign-in (empty for
    everyone else: only a manager can do something about them)."""
    if actor.role is not Role.MANAGER:
        return []
    now = utcnow()
    with db.read() as s:
        rows = s.scalars(
            select(Staff)
            .where(
                Staff.store_id == actor.store_id,
                Staff.active.is_(True),
                Staff.held_for_manager_at.is_not(None),
            )
            .order_by(Staff.code)
        ).all()
        held = []
        for staff in rows:
            assert staff.held_for_manager_at is not None
            names = s.scalars(
                select(Staff.name)
                .join(AuditEntry, AuditEntry.staff_id == Staff.id)
                .where(
                    AuditEntry.entity == "staff",
                    AuditEntry.entity_id == staff.id,
                    AuditEntry.action.in_(("staff.unlock", "staff.held")),
                    AuditEntry.at >= staff.held_for_manager_at - HOLD_WINDOW,
                )
                .order_by(AuditEntry.id)
            ).all()
            held.append(HeldAccount(entry(staff, now), tuple(dict.fromkeys(names))))
        return held


def add_staff(db: Database, actor: Actor, *, code: str, name: str, role: Role, pin: str) -> int:
    """A manager adds a staff account."""
    require(actor, Permission.MANAGE_STAFF)
    code, name = code.strip(), name.strip()
    if not code or not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Staff number and name are required."), field="code"
        )
    pin_hash = hash_pin(pin)
    with db.write() as s:
        exists = s.scalar(select(Staff.id).where(Staff.store_id == actor.store_id, Staff.code == code))
        if exists:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "Staff number {code} is taken."), field="code", code=code
            )
        staff = Staff(store_id=actor.store_id, code=code, name=name, role=role, pin_hash=pin_hash)
        s.add(staff)
        s.flush()
        audit.record(
            s, actor, "staff.add", entity="staff", entity_id=staff.id, after={"code": code, "role": role}
        )
        return staff.id


def reset_pin(db: Database, actor: Actor, staff_id: int, new_pin: str) -> None:
    """A manager gives someone else a new PIN (forgotten, or told to a colleague). It also
    lifts any lock: the guesses were against the old PIN."""
    require(actor, Permission.MANAGE_STAFF)
    pin_hash = hash_pin(new_pin)
    with db.write() as s:
        staff = _staff(s, actor, staff_id)
        _not_yourself(
            actor,
            staff,
            QT_TRANSLATE_NOOP("Errors", "Change your own PIN under “My PIN”, with your current PIN."),
        )
        staff.pin_hash = pin_hash
        staff.failed_attempts = 0
        staff.locked_until = None
        staff.held_for_manager_at = None
        audit.record(s, actor, "staff.reset_pin", entity="staff", entity_id=staff.id, after=_who(staff))


def deactivate(db: Database, actor: Actor, staff_id: int) -> None:
    """A leaver's account is closed: they can no longer sign in or approve; their sales,
    complaints and audit entries keep their name."""
    require(actor, Permission.MANAGE_STAFF)
    with db.write() as s:
        staff = _staff(s, actor, staff_id)
        _not_yourself(
            actor, staff, QT_TRANSLATE_NOOP("Errors", "Nobody closes their own account: ask another manager.")
        )
        staff.active = False
        audit.record(
            s,
            actor,
            "staff.deactivate",
            entity="staff",
            entity_id=staff.id,
            before={"active": True},
            after={**_who(staff), "active": False},
        )
