"""Staff sign-in with a PIN, lock-out after repeated wrong PINs, and unlocking.

PINs are hashed with argon2id and never stored, logged or put in an exception in clear.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from memberdesk.domain.vocab import Role
from memberdesk.services import audit
from memberdesk.services.context import Actor
from memberdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    AccountLocked,
    Conflict,
    NotFound,
    ValidationError,
    WrongPin,
)
from memberdesk.services.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Staff, utcnow

MAX_ATTEMPTS = 5
LOCK_MINUTES = 15
PIN_MIN, PIN_MAX = 4, 8

# OWASP's minimum argon2id settings: ~20 ms a check here, fast enough to sign in at a busy
# counter, far too slow to try the 10^6 six-digit PINs of a stolen file in a hurry.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def hash_pin(pin: str) -> str:
    validate_pin(pin)
    return _HASHER.hash(pin)


def validate_pin(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and PIN_MIN <= len(pin) <= PIN_MAX):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A PIN is {low} to {high} digits."),
            field="pin",
            low=PIN_MIN,
            high=PIN_MAX,
        )


@dataclass(frozen=True)
class StaffEntry:
    """A staff member as the sign-in screen lists them."""

    id: int
    code: str
    name: str
    role: Role
    locked: bool


def list_staff(db: Database, store_id: int) -> list[StaffEntry]:
    """Active staff of the store, for the sign-in picker (no PIN hashes leave the service)."""
    now = utcnow()
    with db.read() as s:
        rows = s.scalars(
            select(Staff).where(Staff.store_id == store_id, Staff.active.is_(True)).order_by(Staff.code)
        ).all()
        return [
            StaffEntry(r.id, r.code, r.name, r.role, bool(r.locked_until and r.locked_until > now))
            for r in rows
        ]


def _actor(staff: Staff) -> Actor:
    return Actor(
        staff_id=staff.id, store_id=staff.store_id, name=staff.name, role=staff.role, code=staff.code
    )


def sign_in(db: Database, staff_id: int, pin: str, *, now: dt.datetime | None = None) -> Actor:
    """Check the PIN and return the signed-in Actor.

    Each wrong PIN is counted; the fifth in a row locks the account for LOCK_MINUTES. The
    count and the lock are committed even though sign-in fails, so restarting the app does
    not reset them.
    """
    now = now or utcnow()
    with db.write() as s:
        staff = s.get(Staff, staff_id, with_for_update=True)
        if staff is None or not staff.active:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such staff member."))
        if staff.locked_until and staff.locked_until > now:
            minutes = max(1, int((staff.locked_until - now).total_seconds() // 60) + 1)
            raise AccountLocked(
                QT_TRANSLATE_NOOP(
                    "Errors", "Too many wrong PINs: locked for {minutes} more minutes, or ask a supervisor."
                ),
                minutes=minutes,
            )
        try:
            _HASHER.verify(staff.pin_hash, pin)
        except (VerificationError, InvalidHashError):
            staff.failed_attempts += 1
            left = MAX_ATTEMPTS - staff.failed_attempts
            if left <= 0:
                staff.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                staff.failed_attempts = 0
                audit.record(s, None, "staff.locked", entity="staff", entity_id=staff.id)
                error: Exception = AccountLocked(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Too many wrong PINs: locked for {minutes} minutes, or ask a supervisor."
                    ),
                    minutes=LOCK_MINUTES,
                )
            else:
                error = WrongPin(
                    QT_TRANSLATE_NOOP("Errors", "Wrong PIN. {left} tries left before the account locks."),
                    field="pin",
                    left=left,
                )
        else:
            staff.failed_attempts = 0
            staff.locked_until = None
            staff.last_sign_in_at = now
            if _HASHER.check_needs_rehash(staff.pin_hash):
                staff.pin_hash = _HASHER.hash(pin)
            actor = _actor(staff)
            audit.record(s, actor, "staff.sign_in", entity="staff", entity_id=staff.id)
            return actor
    raise error  # raised after the commit, so the failed attempt is remembered


def unlock(db: Database, actor: Actor, staff_id: int) -> None:
    """A supervisor lifts a PIN lock-out."""
    require(actor, Permission.UNLOCK_STAFF)
    with db.write() as s:
        staff = s.get(Staff, staff_id)
        if staff is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such staff member."))
        staff.failed_attempts = 0
        staff.locked_until = None
        audit.record(s, actor, "staff.unlock", entity="staff", entity_id=staff.id)


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


def change_pin(db: Database, actor: Actor, old_pin: str, new_pin: str) -> None:
    """Staff change their own PIN, proving the old one first."""
    new_hash = hash_pin(new_pin)
    with db.write() as s:
        staff = s.get(Staff, actor.staff_id)
        if staff is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such staff member."))
        try:
            _HASHER.verify(staff.pin_hash, old_pin)
        except (VerificationError, InvalidHashError):
            raise WrongPin(
                QT_TRANSLATE_NOOP("Errors", "The current PIN is wrong."), field="old_pin"
            ) from None
        staff.pin_hash = new_hash
        audit.record(s, actor, "staff.change_pin", entity="staff", entity_id=staff.id)
