"""The member is present: their own PIN, or their card scanned, before their balance is spent.

Which proof a store asks for is a setting (``WalletRules.presence``). A member PIN is hashed
with argon2id like staff PINs and locks the same way: the fifth wrong PIN in a row locks the
balance for LOCK_MINUTES, and each wrong PIN is committed even though the payment fails, so
neither a restart nor another counter resets the count.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import bindparam, select

from memberdesk.domain.errors import (
    QT_TRANSLATE_NOOP,
    AccountLocked,
    Conflict,
    NotFound,
    ServiceError,
    ValidationError,
    WrongPin,
)
from memberdesk.domain.wallet import Presence
from memberdesk.services.common.context import Actor
from memberdesk.services.common.inputs import record_id
from memberdesk.services.money import rules as wallet_rules
from memberdesk.services.staff import audit
from memberdesk.services.staff.permissions import Permission, require
from memberdesk.store.database import Database
from memberdesk.store.models import Member, Wallet, utcnow

PIN_LENGTH = 6
MAX_ATTEMPTS = 5
LOCK_MINUTES = 15
_HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
NO_BALANCE = QT_TRANSLATE_NOOP("Errors", "This member has no stored-value balance.")


def _pin(value: object) -> str:
    text = unicodedata.normalize("NFKC", value).strip() if isinstance(value, str) else ""
    if not (text.isascii() and text.isdigit() and len(text) == PIN_LENGTH):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The member's PIN is {length} digits."),
            field="member_pin",
            length=PIN_LENGTH,
        )
    return text


def set_pin(
    db: Database, actor: Actor, member_id: object, new_pin: object, *, old_pin: object = None
) -> None:
    """The member chooses a PIN for their balance (typed by the member, not the clerk).

    Changing an existing PIN needs the old one; a supervisor may reset a forgotten one
    (``old_pin`` None), which is audited.
    """
    member = record_id(member_id, "member_id", QT_TRANSLATE_NOOP("Errors", "No such member."))
    pin = _pin(new_pin)
    with db.write() as s:
        wallet = s.scalars(select(Wallet).where(Wallet.member_id == member).with_for_update()).first()
        if wallet is None:
            raise NotFound(NO_BALANCE, field="member_id")
        if wallet.pin_hash and old_pin is None:
            require(actor, Permission.UNLOCK_STAFF)
        elif wallet.pin_hash and not _matches(wallet.pin_hash, _pin(old_pin)):
            raise WrongPin(QT_TRANSLATE_NOOP("Errors", "The old PIN is not right."), field="old_pin", left=0)
        reset = bool(wallet.pin_hash) and old_pin is None
        wallet.pin_hash = _HASHER.hash(pin)
        wallet.failed_attempts = 0
        wallet.locked_until = None
        audit.record(
            s, actor, "wallet.pin_reset" if reset else "wallet.pin_set", entity="member", entity_id=member
        )


def _matches(pin_hash: str, pin: str) -> bool:
    try:
        return bool(_HASHER.verify(pin_hash, pin))
    except (VerificationError, InvalidHashError):
        return False


def confirm(
    db: Database,
    store_id: int,
    member_id: int,
    *,
    pin: object = None,
    card: object = None,
    now: dt.datetime | None = None,
) -> None:
    """Raise unless the member proved they are here, by the store's rule (PIN or card)."""
    with db.read() as s:  # the rule and the member's card in one read: it runs on every such sale
        rules = wallet_rules.load(s, store_id)
        card_no = s.scalar(_CARD_OF, {"member": member_id}) if rules.presence is Presence.CARD else None
    if rules.presence is Presence.CARD:
        _card(card_no, card)
        return
    _check_pin(db, member_id, pin, now or utcnow())


_CARD_OF = select(Member.card_no).where(Member.id == bindparam("member"))


def _card(card_no: str | None, card: object) -> None:
    scanned = unicodedata.normalize("NFKC", card).strip().upper() if isinstance(card, str) else ""
    if not scanned or card_no is None or scanned != card_no.upper():
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "Scan the member's own card to pay from the balance."),
            field="member_card",
        )


def _check_pin(db: Database, member_id: int, pin: object, now: dt.datetime) -> None:
    error: ServiceError | None = None
    with db.write() as s:
        wallet = s.scalars(select(Wallet).where(Wallet.member_id == member_id).with_for_update()).first()
        if wallet is None:
            raise NotFound(NO_BALANCE, field="member_id")
        if not wallet.pin_hash:
            raise Conflict(
                QT_TRANSLATE_NOOP("Errors", "The member has not chosen a PIN for the balance yet."),
                field="member_pin",
            )
        if wallet.locked_until and wallet.locked_until > now:
            minutes = max(1, int((wallet.locked_until - now).total_seconds() // 60) + 1)
            raise AccountLocked(
                QT_TRANSLATE_NOOP(
                    "Errors", "Too many wrong PINs: the balance is locked for {minutes} more minutes."
                ),
                field="member_pin",
                minutes=minutes,
            )
        typed = pin.strip() if isinstance(pin, str) else ""
        if typed and _matches(wallet.pin_hash, typed):
            wallet.failed_attempts = 0
            return
        wallet.failed_attempts += 1
        left = MAX_ATTEMPTS - wallet.failed_attempts
        if left <= 0:
            wallet.failed_attempts = 0
            wallet.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            audit.record(s, None, "wallet.locked", entity="member", entity_id=member_id)
            error = AccountLocked(
                QT_TRANSLATE_NOOP(
                    "Errors", "Too many wrong PINs: the balance is locked for {minutes} minutes."
                ),
                field="member_pin",
                minutes=LOCK_MINUTES,
            )
        else:
            error = WrongPin(
                QT_TRANSLATE_NOOP("Errors", "Wrong member PIN. {left} tries left before the balance locks."),
                field="member_pin",
                left=left,
            )
    raise error  # after the commit: the wrong attempt is remembered
