"""Who may unlock whom, holding an account unlocked too often, resetting PINs, leavers."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from memberdesk.domain.errors import (
    AccountLocked,
    Conflict,
    NotFound,
    PermissionDenied,
    ServiceError,
    WrongPin,
)
from memberdesk.domain.vocab import Role
from memberdesk.services.common.context import Actor
from memberdesk.services.staff import accounts, auth
from memberdesk.services.staff.permissions import Permission
from memberdesk.store.database import Database
from memberdesk.store.models import AuditEntry, Staff
from tests.conftest import TEST_PINS, Shop

T0 = dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.UTC)
REFUSED = "may not approve"


def lock(db: Database, staff_id: int, now: dt.datetime = T0) -> None:
    for _ in range(auth.MAX_ATTEMPTS - 1):
        with pytest.raises(WrongPin):
            auth.sign_in(db, staff_id, "0000", now=now)
    with pytest.raises(AccountLocked):
        auth.sign_in(db, staff_id, "0000", now=now)


def second_supervisor(shop: Shop) -> Actor:
    staff_id = accounts.add_staff(
        shop.db, shop.manager, code="S02", name="赵主管", role=Role.SUPERVISOR, pin="6667"
    )
    return Actor(staff_id, shop.store_id, "赵主管", Role.SUPERVISOR, "S02")


def audit_rows(db: Database, action: str) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)))


# --- who unlocks whom ---------------------------------------------------------------------------


def test_nobody_unlocks_their_own_account(shop: Shop) -> None:
    lock(shop.db, shop.supervisor.staff_id)
    with pytest.raises(PermissionDenied):
        accounts.unlock(shop.db, shop.supervisor, shop.supervisor.staff_id, now=T0)
    lock(shop.db, shop.manager.staff_id)
    with pytest.raises(PermissionDenied):
        accounts.unlock(shop.db, shop.manager, shop.manager.staff_id, now=T0)
    with shop.db.read() as s:
        assert all(s.get(Staff, a.staff_id).locked_until for a in (shop.supervisor, shop.manager))  # type: ignore[union-attr]


def test_a_supervisor_may_not_unlock_the_manager(shop: Shop) -> None:
    lock(shop.db, shop.manager.staff_id)
    with pytest.raises(PermissionDenied):
        accounts.unlock(shop.db, shop.supervisor, shop.manager.staff_id, now=T0)
    with pytest.raises(AccountLocked):
        auth.sign_in(shop.db, shop.manager.staff_id, TEST_PINS[Role.MANAGER], now=T0)


def test_a_clerk_unlocks_nobody(shop: Shop) -> None:
    lock(shop.db, shop.supervisor.staff_id)
    with pytest.raises(PermissionDenied):
        accounts.unlock(shop.db, shop.clerk, shop.supervisor.staff_id, now=T0)


def test_a_supervisor_unlocks_a_clerk_and_another_supervisor_and_the_audit_says_who(shop: Shop) -> None:
    other = second_supervisor(shop)
    lock(shop.db, shop.clerk.staff_id)
    lock(shop.db, other.staff_id)
    assert accounts.unlock(shop.db, shop.supervisor, shop.clerk.staff_id, now=T0) is True
    assert accounts.unlock(shop.db, shop.supervisor, other.staff_id, now=T0) is True
    assert auth.sign_in(shop.db, shop.clerk.staff_id, TEST_PINS[Role.CLERK], now=T0) == shop.clerk
    unlocks = audit_rows(shop.db, "staff.unlock")
    assert [(e.staff_id, e.entity_id) for e in unlocks] == [
        (shop.supervisor.staff_id, shop.clerk.staff_id),
        (shop.supervisor.staff_id, other.staff_id),
    ]
    assert json.loads(unlocks[0].after)["code"] == "C01"


def test_unlocking_an_account_that_is_not_locked_forgets_no_wrong_pin(shop: Shop) -> None:
    for _ in range(auth.MAX_ATTEMPTS - 1):
        with pytest.raises(WrongPin):
            auth.sign_in(shop.db, shop.clerk.staff_id, "0000", now=T0)
    with pytest.raises(Conflict):
        accounts.unlock(shop.db, shop.supervisor, shop.clerk.staff_id, now=T0)
    with pytest.raises(AccountLocked):  # the fifth wrong PIN still locks
        auth.sign_in(shop.db, shop.clerk.staff_id, "0000", now=T0)


# --- unlocked too often: held for the manager -----------------------------------------------------


def test_the_third_unlock_within_a_day_holds_the_account_for_the_manager(shop: Shop) -> None:
    clerk = shop.clerk.staff_id
    for hour in (0, 1):
        lock(shop.db, clerk, T0 + dt.timedelta(hours=hour))
        assert accounts.unlock(shop.db, shop.supervisor, clerk, now=T0 + dt.timedelta(hours=hour)) is True
    third = T0 + dt.timedelta(hours=2)
    lock(shop.db, clerk, third)
    assert accounts.unlock(shop.db, shop.supervisor, clerk, now=third) is False
    # held: the right PIN is refused even once the 15 minutes are over, and no supervisor lifts it
    much_later = third + dt.timedelta(days=3)
    with pytest.raises(AccountLocked) as refused:
        auth.sign_in(shop.db, clerk, TEST_PINS[Role.CLERK], now=much_later)
    assert refused.value.message == auth.HELD
    with pytest.raises(PermissionDenied):
        accounts.unlock(shop.db, shop.supervisor, clerk, now=much_later)
    # the manager is told, and the audit log says who unlocked and who caused the hold
    [notice] = accounts.held_accounts(shop.db, shop.manager)
    assert notice.staff.code == "C01" and notice.staff.held and notice.unlocked_by == ("李主管",)
    assert accounts.held_accounts(shop.db, shop.supervisor) == []
    held = audit_rows(shop.db, "staff.held")
    assert [(e.staff_id, e.entity_id) for e in held] == [(shop.supervisor.staff_id, clerk)]
    # the manager lifts it; the clerk signs in
    assert accounts.unlock(shop.db, shop.manager, clerk, now=much_later) is True
    assert accounts.held_accounts(shop.db, shop.manager) == []
    assert auth.sign_in(shop.db, clerk, TEST_PINS[Role.CLERK], now=much_later) == shop.clerk
    assert [e.staff_id for e in audit_rows(shop.db, "staff.release")] == [shop.manager.staff_id]
    # and the count starts again after the manager's release
    lock(shop.db, clerk, much_later)
    assert accounts.unlock(shop.db, shop.supervisor, clerk, now=much_later) is True


def test_unlocks_a_day_apart_do_not_hold_the_account(shop: Shop) -> None:
    clerk = shop.clerk.staff_id
    for day in range(4):
        at = T0 + dt.timedelta(hours=13 * day)
        lock(shop.db, clerk, at)
        assert accounts.unlock(shop.db, shop.supervisor, clerk, now=at) is True


# --- the attack that found the hole, replayed -------------------------------------------------------


class CountedHashes:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls = 0
        real = auth.verify_hash

        def counted(pin_hash: str, pin: str) -> bool:
            self.calls += 1
            return real(pin_hash, pin)

        monkeypatch.setattr(auth, "verify_hash", counted)


def replay(db: Database, attacker: Actor, target: int, right_pin: str) -> list[str]:
    """Four wrong PINs through an approval, an unlock, again … 88 PINs, the right one last.
    Each round the attacker also tries the fifth PIN and the unlock after it, as someone
    would once an unlock of an account that is not locked is refused. Returns what happened."""
    outcomes: list[str] = []
    guesses = [f"{n:04d}" for n in range(1000, 1087)] + [right_pin]
    for n, pin in enumerate(guesses, start=1):
        at = T0 + dt.timedelta(seconds=10 * n)
        try:
            auth.approve(db, attacker, target, pin, Permission.APPROVE_RETURN, refused=REFUSED, now=at)
        except WrongPin:
            outcomes.append("wrong")
        except AccountLocked:
            outcomes.append("locked")
        else:
            outcomes.append("ACCEPTED")
        if n % 4 == 0 or outcomes[-1] == "locked":
            try:
                outcomes.append("unlocked" if accounts.unlock(db, attacker, target, now=at) else "held")
            except ServiceError:
                outcomes.append("unlock refused")
    return outcomes


def test_88_tries_on_the_managers_pin_never_reach_it(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    hashes = CountedHashes(monkeypatch)
    outcomes = replay(shop.db, shop.supervisor, shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    assert "ACCEPTED" not in outcomes and "unlocked" not in outcomes
    assert hashes.calls == auth.MAX_ATTEMPTS  # five PINs looked at, then locked
    with pytest.raises(AccountLocked):
        auth.sign_in(
            shop.db, shop.manager.staff_id, TEST_PINS[Role.MANAGER], now=T0 + dt.timedelta(minutes=5)
        )


def test_88_tries_on_a_fellow_supervisors_pin_end_in_a_hold(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = second_supervisor(shop)
    hashes = CountedHashes(monkeypatch)
    outcomes = replay(shop.db, shop.supervisor, other.staff_id, "6667")
    assert "ACCEPTED" not in outcomes
    assert outcomes.count("unlocked") == accounts.UNLOCKS_BEFORE_HOLD - 1 and outcomes.count("held") == 1
    assert hashes.calls == accounts.UNLOCKS_BEFORE_HOLD * auth.MAX_ATTEMPTS  # 15, not 88
    with pytest.raises(AccountLocked):
        auth.sign_in(shop.db, other.staff_id, "6667", now=T0 + dt.timedelta(days=2))
    assert [h.staff.code for h in accounts.held_accounts(shop.db, shop.manager)] == ["S02"]


# --- resetting a PIN, closing a leaver's account ------------------------------------------------------


def test_the_manager_resets_someone_elses_pin_and_lifts_their_lock(shop: Shop) -> None:
    lock(shop.db, shop.clerk.staff_id)
    with pytest.raises(PermissionDenied):
        accounts.reset_pin(shop.db, shop.supervisor, shop.clerk.staff_id, "2468")
    with pytest.raises(PermissionDenied):
        accounts.reset_pin(shop.db, shop.manager, shop.manager.staff_id, "2468")
    accounts.reset_pin(shop.db, shop.manager, shop.clerk.staff_id, "2468")
    assert auth.sign_in(shop.db, shop.clerk.staff_id, "2468", now=T0) == shop.clerk
    with pytest.raises(WrongPin):
        auth.sign_in(shop.db, shop.clerk.staff_id, TEST_PINS[Role.CLERK], now=T0)
    [entry] = audit_rows(shop.db, "staff.reset_pin")
    assert (entry.staff_id, entry.entity_id) == (shop.manager.staff_id, shop.clerk.staff_id)
    assert "2468" not in entry.after + entry.before + entry.detail


def test_a_leaver_can_no_longer_sign_in_and_their_history_stays(shop: Shop) -> None:
    auth.sign_in(shop.db, shop.clerk.staff_id, TEST_PINS[Role.CLERK], now=T0)
    with pytest.raises(PermissionDenied):
        accounts.deactivate(shop.db, shop.supervisor, shop.clerk.staff_id)
    with pytest.raises(PermissionDenied):
        accounts.deactivate(shop.db, shop.manager, shop.manager.staff_id)
    accounts.deactivate(shop.db, shop.manager, shop.clerk.staff_id)
    with pytest.raises(NotFound):
        auth.sign_in(shop.db, shop.clerk.staff_id, TEST_PINS[Role.CLERK], now=T0)
    assert "C01" not in [e.code for e in auth.list_staff(shop.db, shop.store_id)]
    with shop.db.read() as s:
        staff = s.get(Staff, shop.clerk.staff_id)
        assert staff is not None and staff.name == "张店员" and not staff.active
    sign_ins = audit_rows(shop.db, "staff.sign_in")
    assert [e.staff_id for e in sign_ins] == [shop.clerk.staff_id]
    [closed] = audit_rows(shop.db, "staff.deactivate")
    assert (closed.staff_id, closed.entity_id) == (shop.manager.staff_id, shop.clerk.staff_id)
    with pytest.raises(NotFound):  # nor is a closed account unlocked or given a PIN
        accounts.reset_pin(shop.db, shop.manager, shop.clerk.staff_id, "2468")
