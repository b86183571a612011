"""One rule for every file that takes members' phones out of the app (services/io/export_rule):
the member list with full phones, with sensitive fields, and the Care page's SMS file need a
manager's PIN typed for the file, whoever asks; a masked list does not."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from memberdesk.domain.errors import AccountLocked, PermissionDenied, WrongPin
from memberdesk.domain.vocab import ConsentKind, Gender, Role
from memberdesk.services.care import messages
from memberdesk.services.io.export_rule import RULES, ExportApproval, ExportFile, member_file, rule_for
from memberdesk.services.io.member_io import export_members
from memberdesk.services.members.enrolment import MemberForm, enrol, record_consent
from memberdesk.services.staff import auth
from memberdesk.store.models import AuditEntry
from tests.conftest import TEST_PINS, Shop
from tests.services.io.helpers import manager_approval


@pytest.fixture(autouse=True)
def _no_pin_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)


def test_the_rule_for_each_file() -> None:
    assert member_file(full_phones=False, sensitive=False) is ExportFile.MEMBERS_MASKED
    assert member_file(full_phones=True, sensitive=False) is ExportFile.MEMBERS
    assert member_file(full_phones=False, sensitive=True) is ExportFile.MEMBERS_SENSITIVE
    assert {k: r.manager_pin for k, r in RULES.items()} == {
        ExportFile.MEMBERS_MASKED: False,
        ExportFile.MEMBERS: True,
        ExportFile.MEMBERS_SENSITIVE: True,
        ExportFile.SMS: True,
    }


def test_full_phones_need_a_managers_pin_whoever_asks(shop: Shop, tmp_path: Path) -> None:
    enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    out = tmp_path / "m.csv"
    for actor in (shop.supervisor, shop.manager):  # a signed-in manager types the PIN again too
        with pytest.raises(PermissionDenied) as refused:
            export_members(shop.db, actor, out)
        assert refused.value.field == "approval" and "PIN" in refused.value.english()
    assert not out.exists()
    with pytest.raises(WrongPin):
        export_members(shop.db, shop.supervisor, out, approval=ExportApproval(shop.manager.staff_id, "0000"))
    supervisor_pin = ExportApproval(shop.supervisor.staff_id, TEST_PINS[Role.SUPERVISOR])
    with pytest.raises(PermissionDenied):  # a supervisor cannot approve it
        export_members(shop.db, shop.supervisor, out, approval=supervisor_pin)
    with pytest.raises(PermissionDenied):  # a clerk may not ask, approved or not
        export_members(shop.db, shop.clerk, out, approval=manager_approval(shop))
    assert not out.exists()
    assert export_members(shop.db, shop.supervisor, out, approval=manager_approval(shop)) == 1
    assert "13812345678" in out.read_text(encoding="utf-8-sig")
    with shop.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "member.export")).one()
    assert (entry.staff_id, json.loads(entry.after)["approved_by"]) == (
        shop.supervisor.staff_id,
        shop.manager.staff_id,
    )


def test_a_wrong_pin_counts_toward_the_managers_lock_out(shop: Shop, tmp_path: Path) -> None:
    wrong = ExportApproval(shop.manager.staff_id, "0000")
    for _ in range(auth.MAX_ATTEMPTS - 1):
        with pytest.raises(WrongPin):
            export_members(shop.db, shop.supervisor, tmp_path / "m.csv", approval=wrong)
    with pytest.raises(AccountLocked):
        export_members(shop.db, shop.supervisor, tmp_path / "m.csv", approval=wrong)
    with pytest.raises(AccountLocked):  # locked: refused whatever the PIN
        export_members(shop.db, shop.supervisor, tmp_path / "m.csv", approval=manager_approval(shop))


def test_a_masked_list_needs_no_pin(shop: Shop, tmp_path: Path) -> None:
    enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    out = tmp_path / "m.csv"
    assert export_members(shop.db, shop.supervisor, out, full_phones=False) == 1
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[1][2] == "138****5678" and "13812345678" not in out.read_text(encoding="utf-8-sig")
    with pytest.raises(PermissionDenied):
        export_members(shop.db, shop.clerk, out, full_phones=False)


def test_sensitive_fields_need_the_permission_and_the_pin(shop: Shop, tmp_path: Path) -> None:
    enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    out = tmp_path / "m.xlsx"
    with pytest.raises(PermissionDenied):
        export_members(shop.db, shop.supervisor, out, full_phones=False, include_sensitive=True)
    assert rule_for(ExportFile.MEMBERS_SENSITIVE).manager_pin
    assert (
        export_members(shop.db, shop.supervisor, out, include_sensitive=True, approval=manager_approval(shop))
        == 1
    )


def test_the_care_pages_sms_file_follows_the_same_rule(shop: Shop) -> None:
    today = dt.date(2026, 3, 2)
    member = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张丽", gender=Gender.FEMALE,
                                                   birthday=dt.date(1990, 3, 2)))  # fmt: skip
    record_consent(shop.db, shop.clerk, member, ConsentKind.MARKETING, True)
    for actor in (shop.supervisor, shop.manager):
        with pytest.raises(PermissionDenied) as refused:
            messages.export_messages(shop.db, actor, "birthday", today, today, "zh_CN")
        assert refused.value.field == "approval"
    with pytest.raises(PermissionDenied):
        approval = manager_approval(shop)
        messages.export_messages(shop.db, shop.clerk, "birthday", today, today, "zh_CN", approval)
    export = messages.export_messages(
        shop.db, shop.supervisor, "birthday", today, today, "zh_CN", manager_approval(shop)
    )
    assert [r[0] for r in export.rows] == ["13812345678"]
