"""The SMS signature in Settings → Greeting cards, and the messages the Care page exports with it.

The manager signs in by number key and PIN in the real main window (in Chinese), goes to
Settings with Alt+6, clicks into the signature field and types; Enter saves. A refused
signature is explained in the clerk's language and stays as typed; the export then signs
every message with 【signature】.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import Gender, Role
from memberdesk.services.care import signature as sms
from memberdesk.store.models import Consent, Member, Setting, Store
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.care.care_page import CarePage
from memberdesk.ui.care.settings import CareSettingsSection
from tests.conftest import TEST_PINS, Shop
from tests.ui.counter_steps import focused, press, type_text
from tests.ui.page_steps import click, go_to

MANAGER_KEY = Qt.Key.Key_2  # staff are listed by number: C01 clerk, M01 manager, S01 supervisor


@pytest.fixture
def manager(chinese: None, window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> MainWindow:
    with sqlite_shop.db.write() as s:
        store = s.get(Store, sqlite_shop.store_id)
        assert store is not None
        store.name = "和美生活百货 · 人民路店"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, MANAGER_KEY)
    qtbot.waitUntil(lambda: focused().inherits("QLineEdit"))
    type_text(qtbot, TEST_PINS[Role.MANAGER])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.signed_in)
    return window


def _section(qtbot: QtBot, window: MainWindow) -> CareSettingsSection:
    page = go_to(qtbot, window, "settings")
    (section,) = page.findChildren(CareSettingsSection)
    field = section.signature
    for scroll in page.findChildren(QScrollArea):
        if scroll.widget() is not None and scroll.widget().isAncestorOf(field):
            scroll.ensureWidgetVisible(field)  # scrolled to, as the manager would
    return section


def _stored(shop: Shop) -> str | None:
    with shop.db.read() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == sms.KEY))
    return json.loads(value) if value is not None else None


def test_a_refused_signature_is_explained_in_chinese_and_kept_as_typed(
    manager: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    section = _section(qtbot, manager)
    field = section.signature
    assert field.isEnabled() and field.placeholderText() == "和美生活百货人民路店"  # until one is set
    click(qtbot, field)
    qtbot.waitUntil(lambda: focused() is field)
    type_text(qtbot, "和美生活百货 · 人民路店")
    press(qtbot, Qt.Key.Key_Return)
    assert section.signature_state.isVisible()
    assert section.signature_state.text() == "短信签名不能有空格：只能使用汉字、字母和数字。"
    assert field.text() == "和美生活百货 · 人民路店" and _stored(sqlite_shop) is None

    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "和美·人民路店")
    press(qtbot, Qt.Key.Key_Return)
    assert "“·”" in section.signature_state.text() and _stored(sqlite_shop) is None

    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "【和美人民路店】")
    press(qtbot, Qt.Key.Key_Return)
    assert _stored(sqlite_shop) == "和美人民路店"
    assert field.text() == "和美人民路店" and "【和美人民路店】" in section.signature_state.text()


def test_the_care_pages_export_signs_every_message(
    manager: MainWindow, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    soon = dt.date.today() + dt.timedelta(days=2)
    soon += dt.timedelta(days=1) if (soon.month, soon.day) == (2, 29) else dt.timedelta()
    with sqlite_shop.db.write() as s:
        member = Member(store_id=sqlite_shop.store_id, card_no="M0010000001", phone="13900000001",
                        phone_last4="0001", name="张丽", gender=Gender.FEMALE,
                        birthday=soon.replace(year=1990), birth_mmdd=soon.month * 100 + soon.day)  # fmt: skip
        s.add(member)
        s.flush()
        s.add(Consent(member_id=member.id, kind="marketing", granted=True))
    section = _section(qtbot, manager)
    click(qtbot, section.signature)
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
    type_text(qtbot, "和美人民路店")
    press(qtbot, Qt.Key.Key_Return)
    assert _stored(sqlite_shop) == "和美人民路店"

    target = tmp_path / "messages.csv"
    monkeypatch.setattr(CarePage, "choose_csv", classmethod(lambda cls, parent: str(target)))
    page = go_to(qtbot, manager, "care")
    assert isinstance(page, CarePage)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=10_000)
    click(qtbot, page.export_button)  # the file holds phone numbers: the manager's PIN approves it
    dialog = page.approval_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.pin)
    type_text(qtbot, TEST_PINS[Role.MANAGER])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists, timeout=10_000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert lines and all(line.split(",", 2)[2].startswith("【和美人民路店】") for line in lines)
    assert not any("·" in line or "和美生活百货 " in line for line in lines)
