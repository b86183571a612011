"""Export messages… on the Events page: the manager's PIN approves the file (it holds phones),
and each invited member who has not said no gets the store's signed invitation text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from memberdesk.domain.events import Reply
from memberdesk.domain.vocab import Role
from memberdesk.services.events.invitations import invite
from memberdesk.services.events.replies import record_reply
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.events import papers as page_papers
from tests.conftest import TEST_PINS, Shop
from tests.services.events.helpers import NOW, event, member
from tests.ui.counter_steps import focused, press, type_text
from tests.ui.events.steps import events_page
from tests.ui.page_steps import click


def test_the_sms_file_is_approved_by_the_manager_and_leaves_out_who_said_no(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    li = member(sqlite_shop, "13812340001", "李娜")
    wang = member(sqlite_shop, "13812340002", "王芳")
    event_id = event(sqlite_shop)
    invite(sqlite_shop.db, sqlite_shop.clerk, event_id, [li, wang], now=NOW)
    record_reply(sqlite_shop.db, sqlite_shop.clerk, event_id, wang, Reply.NOT_COMING, now=NOW)
    target = tmp_path / "invitations.csv"
    monkeypatch.setattr(page_papers.file_dialogs, "save_file", lambda *_args: target)
    page = events_page(qtbot, window, Role.MANAGER)
    click(qtbot, page.buttons["messages"])
    dialog = page.approval_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is getattr(dialog, "pin", None))
    type_text(qtbot, TEST_PINS[Role.MANAGER])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(target.exists)
    (line,) = target.read_text(encoding="utf-8-sig").splitlines()[1:]
    phone, name, text = line.split(",", 2)
    assert (phone, name) == ("13812340001", "李娜")
    text = text.strip('"')  # the window speaks English here: the message is the English one
    assert text.startswith("【测试门店】李娜") and "VIP 会员答谢会" in text and "三楼活动厅" in text
    assert "1 message" in page.status.text() and "0 member" in page.status.text()
