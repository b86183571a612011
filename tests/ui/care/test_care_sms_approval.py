"""The Care page's SMS file follows the export rule of every file with phone numbers: a
supervisor exports it only once the manager has typed their PIN (services/io/export_rule)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import CareKind, ConsentKind, Role
from memberdesk.services.members.enrolment import record_consent
from memberdesk.services.staff import auth
from memberdesk.store.models import AuditEntry, Member
from memberdesk.ui.care.care_page import CarePage
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import TEST_PINS, Shop
from tests.ui.care.test_care_page import page  # noqa: F401 (the fixture: members with birthdays soon)
from tests.ui.page_steps import click, focused, type_text


def test_the_sms_file_needs_the_managers_pin(
    page: CarePage,  # noqa: F811
    ctx: AppContext,
    sqlite_shop: Shop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)
    with sqlite_shop.db.read() as s:
        members = list(s.scalars(select(Member.id)))
    for member in members:
        record_consent(sqlite_shop.db, sqlite_shop.clerk, member, ConsentKind.MARKETING, True)
    ctx.set_actor(sqlite_shop.supervisor)
    page.kind.setCurrentIndex(page.kind.findData(CareKind.BIRTHDAY.value))
    out = tmp_path / "sms.csv"
    monkeypatch.setattr(CarePage, "choose_csv", classmethod(lambda cls, parent: str(out)))

    click(qtbot, page.export_button)
    dialog = page.approval_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.pin)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not out.exists()

    click(qtbot, page.export_button)
    dialog = page.approval_dialog
    qtbot.waitUntil(lambda: focused() is dialog.pin)
    type_text(qtbot, TEST_PINS[Role.MANAGER])
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "written" in page.status.text(), timeout=10_000)
    assert "13900000001" in out.read_text(encoding="utf-8-sig")
    with sqlite_shop.db.read() as s:
        detail = s.scalars(select(AuditEntry.detail).where(AuditEntry.action == "care.export_messages")).one()
    assert detail.endswith(f"approved by {sqlite_shop.manager.staff_id}")
