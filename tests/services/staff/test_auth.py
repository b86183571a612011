"""Sign-in with a PIN, lock-out after five wrong PINs, unlocking, permissions."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from memberdesk.domain.errors import AccountLocked, PermissionDenied, ValidationError, WrongPin
from memberdesk.domain.vocab import Role
from memberdesk.services.staff import accounts, auth
from memberdesk.store.models import AuditEntry, Staff
from tests.conftest import TEST_PINS, Shop


def test_right_pin_signs_in(shop: Shop) -> None:
    actor = auth.sign_in(shop.db, shop.clerk.staff_id, TEST_PINS[Role.CLERK])
    assert actor == shop.clerk


def test_pin_is_stored_hashed_only(shop: Shop) -> None:
    with shop.db.read() as s:
        stored = s.scalar(select(Staff.pin_hash).where(Staff.id == shop.clerk.staff_id))
    assert stored is not None and stored.startswith("$argon2id$")
    assert TEST_PINS[Role.CLERK] not in stored


def test_five_wrong_pins_lock_the_account(shop: Shop) -> None:
    now = dt.datetime(2026, 5, 1, 10, 0, tzinfo=dt.UTC)
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPin) as err:
            auth.sign_in(shop.db, shop.clerk.staff_id, "0000", now=now)
        assert err.value.params["left"] == left
    with pytest.raises(AccountLocked):
        auth.sign_in(shop.db, shop.clerk.staff_id, "0000", now=now)
    # Even the right PIN is refused while locked ...
    with pytest.raises(AccountLocked):
        auth.sign_in(shop.db, shop.clerk.staff_id, TEST_PINS[Role.CLERK], now=now + dt.timedelta(minutes=5))
    # ... and accepted once the lock has run out.
    later = now + dt.timedelta(minutes=auth.LOCK_MINUTES + 1)
    assert auth.sign_in(shop.db, shop.clerk.staff_id, TEST_PINS[Role.CLERK], now=later).role is Role.CLERK


def test_supervisor_unlocks_a_clerk_not_the_other_way(shop: Shop) -> None:
    for _ in range(auth.MAX_ATTEMPTS - 1):
        with pytest.raises(WrongPin):
            auth.sign_in(shop.db, shop.clerk.staff_id, "0000")
    with pytest.raises(AccountLocked):
        auth.sign_in(shop.db, shop.clerk.staff_id, "0000")
    with pytest.raises(PermissionDenied):
        accounts.unlock(shop.db, shop.clerk, shop.clerk.staff_id)
    accounts.unlock(shop.db, shop.supervisor, shop.clerk.staff_id)
    assert auth.sign_in(shop.db, shop.clerk.staff_id, TEST_PINS[Role.CLERK]).staff_id == shop.clerk.staff_id
    with shop.db.read() as s:
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert "staff.locked" in actions and "staff.unlock" in actions


def test_only_a_manager_adds_staff(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        accounts.add_staff(shop.db, shop.supervisor, code="C02", name="新人", role=Role.CLERK, pin="4321")
    new_id = accounts.add_staff(shop.db, shop.manager, code="C02", name="新人", role=Role.CLERK, pin="4321")
    assert auth.sign_in(shop.db, new_id, "4321").name == "新人"


@pytest.mark.parametrize("pin", ["", "123", "12a4", "１２３４", "123456789"])
def test_bad_pins_are_refused(pin: str) -> None:
    with pytest.raises(ValidationError):
        auth.hash_pin(pin)


def test_change_pin_needs_the_old_one(shop: Shop) -> None:
    with pytest.raises(WrongPin):
        auth.change_pin(shop.db, shop.clerk, "0000", "2468")
    auth.change_pin(shop.db, shop.clerk, TEST_PINS[Role.CLERK], "2468")
    assert auth.sign_in(shop.db, shop.clerk.staff_id, "2468").staff_id == shop.clerk.staff_id


def test_the_hash_for_unknown_numbers_costs_what_a_staff_pin_costs() -> None:
    assert auth.hash_settings_match(auth.NOBODYS_HASH)
    assert auth.hash_settings_match(auth.hash_pin("1234"))
    assert not auth.verify_hash(auth.NOBODYS_HASH, "1234")
