"""Opening the cash drawer without a sale: a supervisor, a reason, an audit entry saying who,
when, why and who approved, then the kick on the printer's port — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from memberdesk.domain.errors import PermissionDenied, ValidationError, WrongPin
from memberdesk.domain.vocab import Role
from memberdesk.services.devices import drawer, setup
from memberdesk.services.devices.printer import PrinterUnavailable
from memberdesk.services.staff import auth
from memberdesk.store.models import AuditEntry
from tests.conftest import TEST_PINS, Shop
from tests.services.devices.escpos_reader import read
from tests.services.devices.virtual_printer import virtual_printer

NOW = dt.datetime(2026, 12, 7, 14, 5, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)


def openings(shop: Shop) -> list[tuple[int | None, dt.datetime, str, str]]:
    with shop.db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "drawer.open").order_by(AuditEntry.id))
        return [(e.staff_id, e.at, e.detail, e.after) for e in rows]


def test_a_supervisor_opens_the_drawer_with_a_reason_audited_then_kicked(shop: Shop) -> None:
    with virtual_printer() as printer:
        counter = setup.checked(printer.address, setup.GB18030, drawer=True)
        opened = drawer.authorise(shop.db, shop.supervisor, "  change for the till ", now=NOW)
        drawer.kick(counter)
        got = read(printer.wait())
    assert got.kicks == [bytes([0, 50, 50])] and got.lines == [] and got.cut_at == -1  # no paper
    assert opened.reason == "change for the till" and opened.approved_by == shop.supervisor.staff_id
    [(who, at, why, after)] = openings(shop)
    assert (who, at, why) == (shop.supervisor.staff_id, NOW, "change for the till")
    assert f'"approved_by": {shop.supervisor.staff_id}' in after


def test_a_clerk_needs_a_supervisors_pin_and_the_entry_names_both(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        drawer.authorise(shop.db, shop.clerk, "a customer's note checked", now=NOW)
    with pytest.raises(WrongPin):
        drawer.authorise(
            shop.db,
            shop.clerk,
            "a customer's note checked",
            approval=drawer.Approval(shop.supervisor.staff_id, "0000"),
        )
    with pytest.raises(PermissionDenied):  # a clerk cannot approve a clerk
        drawer.authorise(
            shop.db, shop.clerk, "x", approval=drawer.Approval(shop.clerk.staff_id, TEST_PINS[Role.CLERK])
        )
    assert openings(shop) == []

    approval = drawer.Approval(shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR])
    opened = drawer.authorise(shop.db, shop.clerk, "a customer's note checked", approval=approval, now=NOW)
    assert opened.approved_by == shop.supervisor.staff_id
    [(who, _at, why, after)] = openings(shop)
    assert who == shop.clerk.staff_id and why == "a customer's note checked"
    assert f'"approved_by": {shop.supervisor.staff_id}' in after


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=260) | st.sampled_from(["\x00", "ok\x00", "\t\n", "a" * 201, "开钱箱\u3000找零"]))
def test_any_reason_typed_is_kept_tidied_or_refused(shop: Shop, typed: str) -> None:
    kept = "".join(ch for ch in typed if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cs"))
    tidy = " ".join(kept.split())
    try:
        opened = drawer.authorise(shop.db, shop.manager, typed, now=NOW)
    except ValidationError as err:
        assert err.field == "reason" and (not tidy or len(tidy) > drawer.MAX_REASON)
        return
    assert opened.reason == tidy and 0 < len(tidy) <= drawer.MAX_REASON
    assert openings(shop)[-1][2] == tidy


def test_no_drawer_or_no_printer_is_said_not_silently_ignored() -> None:
    with pytest.raises(ValidationError):
        drawer.kick(setup.DeviceSettings("tcp://127.0.0.1:9", drawer=False))
    with pytest.raises(PrinterUnavailable):
        drawer.kick(setup.DeviceSettings())  # "none"
