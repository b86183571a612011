"""Staff sign-in with a PIN and the lock-out after repeated wrong PINs.

PINs are hashed with argon2id and never stored, logged or put in an exception in clear.
Unlocking, adding, resetting and deactivating accounts are in ``accounts.py``.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from memberdesk.domain.errors import (
    QT_TRANSLATE_NOOP,
    AccountLocked,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationError,
    WrongPin,
)
from memberdesk.domain.vocab import Role
from memberdesk.services.common.context import Actor
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import GRANTS, Permission
from memberdesk.store.database import Database
from memberdesk.store.models import Staff, utcnow

MAX_ATTEMPTS = 5
LOCK_MINUTES = 15
MAX_DELAY_S = 2.0
PIN_MIN, PIN_MAX = 4, 8

# OWASP's minimum argon2id settings: ~20 ms a check here, fast enough to sign in at a busy
# counter, far too slow to try the 10^6 six-digit PINs of a stolen file in a hurry.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


def hash_pin(pin: str) -> str:
    validate_pin(pin)
    return _HASHER.hash(pin)


def verify_hash(pin_hash: str, pin: str) -> bool:
    """The one argon2 verification every PIN check runs (tests count its calls)."""
    try:
        return bool(_HASHER.verify(pin_hash, pin))
    except (VerificationError, InvalidHashError):
        return False


# The hash of a random 32-character secret nobody kept, with the settings of every staff PIN
# (a test keeps them equal). Written out rather than made at start: making it costs a hash,
# so the first answer of each process would take twice as long as a wrong PIN's.
NOBODYS_HASH = (
    "$argon2id$v=19$m=19456,t=2,p=1$LeDTndgQzdCFZXSBsMbEpg$INl3gdAgB5G7AA+S4ArWjhPmuxwlyvtGc7rdypxGyNk"
)


def hash_settings_match(pin_hash: str) -> bool:
    return not _HASHER.check_needs_rehash(pin_hash)


def verify_nobody(pin: str) -> None:
    """The work of a PIN check for a staff number that cannot be accepted (unknown, or not
    allowed): the same argon2 verification, so the answer takes as long as a wrong PIN's."""
    verify_hash(NOBODYS_HASH, pin)


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
    held: bool = False  # locked until a manager lifts it (unlocked too often)


def entry(staff: Staff, now: dt.datetime) -> StaffEntry:
    held = staff.held_for_manager_at is not None
    locked = held or bool(staff.locked_until and staff.locked_until > now)
    return StaffEntry(staff.id, staff.code, staff.name, staff.role, locked, held)


def list_staff(db: Database, store_id: int) -> list[StaffEntry]:
    """Active staff of the store, for the sign-in picker (no PIN hashes leave the service)."""
    now = utcnow()
    with db.read() as s:
        rows = s.scalars(
            select(Staff).where(Staff.store_id == store_id, Staff.active.is_(True)).order_by(Staff.code)
        ).all()
        return [entry(r, now) for r in rows]


def _actor(staff: Staff) -> Actor:
    return Actor(
        staff_id=staff.id, store_id=staff.store_id, name=staff.name, role=staff.role, code=staff.code
    )


def pin_delay(failures: int) -> float:
    """Seconds to wait before answering a wrong PIN, growing with the failures in a row.

    The first mistake answers at once (a slip of the finger); then 0.25, 0.5, 1 ... seconds,
    at most MAX_DELAY_S; the lock-out after MAX_ATTEMPTS is the long wait.
    """
    if failures <= 1:
        return 0.0
    return float(min(MAX_DELAY_S, 0.25 * 2 ** (failures - 2)))


# How the delay is waited out; tests replace it so that they never sleep.
sleep: Callable[[float], None] = time.sleep


def _locked_error(minutes: int, *, fresh: bool, field: str | None) -> AccountLocked:
    if fresh:
        return AccountLocked(
            QT_TRANSLATE_NOOP(
                "Errors", "Too many wrong PINs: locked for {minutes} minutes, or ask a supervisor."
            ),
            field=field,
            minutes=minutes,
        )
    return AccountLocked(
        QT_TRANSLATE_NOOP(
            "Errors", "Too many wrong PINs: locked for {minutes} more minutes, or ask a supervisor."
        ),
        field=field,
        minutes=minutes,
    )


HELD = QT_TRANSLATE_NOOP("Errors", "This account is locked until the manager unlocks it.")


def _checked(
    db: Database,
    staff_id: int,
    pin: str,
    *,
    now: dt.datetime | None,
    field: str | None,
    wrong: str,
    admit: Callable[[Session, Staff], None] | None = None,
    on_success: Callable[[Session, Staff], None] | None = None,
    slow_down: bool = True,
) -> Actor:
    """The one PIN check behind sign-in, approvals, changing a PIN and headless commands.

    Refused while the account is locked (whatever the PIN); a wrong PIN counts toward the
    lock-out and is committed even though the check fails, so that neither a restart nor a
    different dialog resets the count; the answer to a wrong PIN is delayed by
    ``pin_delay`` (unless ``slow_down`` is off: the caller waits the same for every refusal).
    ``admit`` may refuse the staff member before the PIN is looked at (a clerk offered as
    approver); ``on_success`` runs in the same transaction as the reset.
    """
    now = now or utcnow()
    error: ServiceError | None = None
    delay = 0.0
    with db.write() as s:
        staff = s.get(Staff, staff_id, with_for_update=True)
        if staff is None or not staff.active:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No such staff member."), field=field)
        if admit is not None:
            admit(s, staff)
        if staff.held_for_manager_at is not None:
            raise AccountLocked(HELD, field=field)
        if staff.locked_until and staff.locked_until > now:
            minutes = max(1, int((staff.locked_until - now).total_seconds() // 60) + 1)
            raise _locked_error(minutes, fresh=False, field=field)
        if not verify_hash(staff.pin_hash, pin):
            staff.failed_attempts += 1
            failures = staff.failed_attempts
            left = MAX_ATTEMPTS - staff.failed_attempts
            if left <= 0:
                staff.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                staff.failed_attempts = 0
                audit.record(s, None, "staff.locked", entity="staff", entity_id=staff.id)
                error = _locked_error(LOCK_MINUTES, fresh=True, field=field)
            else:
                error = WrongPin(wrong, field=field, left=left)
                delay = pin_delay(failures) if slow_down else 0.0
        else:
            staff.failed_attempts = 0
            staff.locked_until = None
            if _HASHER.check_needs_rehash(staff.pin_hash):
                staff.pin_hash = _HASHER.hash(pin)
            if on_success is not None:
                on_success(s, staff)
            return _actor(staff)
    # Raised after the commit, so the failed attempt is remembered; the wait comes after the
    # commit too, so a slow answer never holds the write lock other counters need.
    if delay:
        sleep(delay)
    assert error is not None
    raise error


WRONG_PIN = QT_TRANSLATE_NOOP("Errors", "Wrong PIN. {left} tries left before the account locks.")


def sign_in(db: Database, staff_id: int, pin: str, *, now: dt.datetime | None = None) -> Actor:
    """Check the PIN and return the signed-in Actor.

    Each wrong PIN is counted; the fifth in a row locks the account for LOCK_MINUTES. The
    count and the lock are committed even though sign-in fails, so restarting the app does
    not reset them.
    """
    at = now or utcnow()

    def signed_in(s: Session, staff: Staff) -> None:
        staff.last_sign_in_at = at
        audit.record(s, _actor(staff), "staff.sign_in", entity="staff", entity_id=staff.id)

    return _checked(db, staff_id, pin, now=at, field="pin", wrong=WRONG_PIN, on_success=signed_in)


def approve(
    db: Database,
    actor: Actor,
    approver_id: int,
    pin: str,
    permission: Permission,
    *,
    refused: str,
    now: dt.datetime | None = None,
) -> Actor:
    """A supervisor's or manager's PIN typed at another staff member's counter to approve an act.

    The same lock-out as sign-in: a locked approver is refused whatever the PIN, and every
    wrong PIN counts. ``refused`` is the message when the approver may not approve this
    (another store, or a role without ``permission``); that is said before any PIN is
    checked, so it tells nothing about the PIN. Returns the approver.
    """

    def admit(_s: Session, staff: Staff) -> None:
        if staff.store_id != actor.store_id or permission not in GRANTS[staff.role]:
            raise PermissionDenied(refused, field="approval")

    try:
        return _checked(db, approver_id, pin, now=now, field="approval", wrong=WRONG_PIN, admit=admit)
    except NotFound:
        raise PermissionDenied(refused, field="approval") from None


def verify_pin(
    db: Database,
    staff_id: int,
    pin: str,
    *,
    purpose: str,
    now: dt.datetime | None = None,
    slow_down: bool = True,
) -> Actor:
    """Check a staff member's PIN for a headless command; audited as ``staff.verify``."""

    def verified(s: Session, staff: Staff) -> None:
        audit.record(s, _actor(staff), "staff.verify", entity="staff", entity_id=staff.id, detail=purpose)

    return _checked(
        db, staff_id, pin, now=now, field="pin", wrong=WRONG_PIN, on_success=verified, slow_down=slow_down
    )


def staff_with_code(db: Database, code: str) -> list[StaffEntry]:
    """Active staff with this staff number, in any store (for headless commands)."""
    now = utcnow()
    with db.read() as s:
        rows = s.scalars(
            select(Staff).where(Staff.code == code.strip(), Staff.active.is_(True)).order_by(Staff.id)
        ).all()
        return [entry(r, now) for r in rows]


def change_pin(
    db: Database, actor: Actor, old_pin: str, new_pin: str, *, now: dt.datetime | None = None
) -> None:
    """Staff change their own PIN, proving the old one first (counted like a sign-in)."""
    new_hash = hash_pin(new_pin)

    def changed(s: Session, staff: Staff) -> None:
        staff.pin_hash = new_hash
        audit.record(s, actor, "staff.change_pin", entity="staff", entity_id=staff.id)

    _checked(
        db,
        actor.staff_id,
        old_pin,
        now=now,
        field="old_pin",
        wrong=QT_TRANSLATE_NOOP(
            "Errors", "The current PIN is wrong. {left} tries left before the account locks."
        ),
        on_success=changed,
    )
