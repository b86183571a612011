"""Campaigns as the manager uses them: from the Segments screen (Ctrl+K) set one up by keys,
send it (the manager's PIN approves the SMS file), read its result; Esc asks before losing
what was typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import Role
from memberdesk.store.models import Campaign, CampaignMember, Coupon
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.campaigns import campaigns_dialog as screen
from memberdesk.ui.campaigns.campaigns_dialog import CampaignsDialog
from memberdesk.ui.segments.segments_dialog import SegmentsDialog
from tests.conftest import TEST_PINS, Shop
from tests.services.campaigns.campaign_data import TODAY, add_members, setup_store
from tests.ui.counter_steps import press, visible_dialogs
from tests.ui.page_steps import focused, go_to, sign_in, type_text


def _open(qtbot: QtBot, window: MainWindow, shop: Shop) -> CampaignsDialog:
    sign_in(qtbot, window, shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    go_to(qtbot, window, "members")
    qtbot.keyClick(
        focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: any(isinstance(d, SegmentsDialog) for d in visible_dialogs()))
    segments_screen = next(d for d in visible_dialogs() if isinstance(d, SegmentsDialog))
    qtbot.waitUntil(lambda: focused() is segments_screen.editor.tags_any)  # the keys are its own now
    qtbot.keyClick(focused(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(d, CampaignsDialog) for d in visible_dialogs()))
    dialog = next(d for d in visible_dialogs() if isinstance(d, CampaignsDialog))
    qtbot.waitUntil(lambda: focused() is dialog.name)
    return dialog


def test_manager_sets_up_sends_and_reads_a_campaign_by_keys(
    qtbot: QtBot, window: MainWindow, sqlite_shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = setup_store(sqlite_shop)
    members = add_members(sqlite_shop, 40)
    monkeypatch.setattr(screen, "today", lambda: TODAY)
    target = tmp_path / "campaign.csv"
    monkeypatch.setattr(screen.file_dialogs, "save_file", lambda *_args: target)
    dialog = _open(qtbot, window, sqlite_shop)
    type_text(qtbot, "冬季新品")
    dialog.message.setFocus()
    type_text(qtbot, "{signature}{honorific}，冬季新品到店，券号{coupon}。")
    dialog.coupon.setCurrentIndex(dialog.coupon.findData(template))
    dialog.control.setValue(25)
    dialog.name.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    with sqlite_shop.db.read() as s:
        campaign = s.scalars(select(Campaign)).one()
    assert (campaign.name, campaign.control_percent, campaign.coupon_template_id) == (
        "冬季新品",
        25,
        template,
    )
    assert dialog.chosen() == campaign.id and not dialog.has_typed_data()
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.approval_dialog is not None and focused() is dialog.approval_dialog.pin)
    type_text(qtbot, TEST_PINS[Role.MANAGER])
    with qtbot.waitSignal(dialog.sent) as done:
        press(qtbot, Qt.Key.Key_Return)
    lines = target.read_text(encoding="utf-8-sig").splitlines()[1:]
    with sqlite_shop.db.read() as s:
        audience = {m: c for m, c in s.execute(select(CampaignMember.member_id, CampaignMember.control))}
        coupons = set(s.scalars(select(Coupon.member_id)))
    assert set(audience) == set(members)
    receivers = {m for m, control in audience.items() if not control}
    assert len(lines) == len(receivers) == done.args[0].new_recipients and coupons == receivers
    assert all("【测试门店】" in line and "冬季新品到店" in line for line in lines)
    assert f"{len(receivers)} message" in dialog.outcome.text()
    assert "40" not in dialog.table.item(0, 4).text() and dialog.table.item(0, 4).text() == str(
        len(receivers)
    )
    assert "recipients" in dialog.result_label.text() and "Share who bought" in dialog.result_label.text()

    # the same members on paper: Ctrl+P shows a card for each one the campaign reached
    qtbot.waitUntil(lambda: focused() is dialog.table)
    qtbot.keyClick(focused(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible(), timeout=20000)
    assert dialog.preview is not None and dialog.preview.document.pageCount() == len(receivers)
    assert dialog.outcome.text() == "" and dialog.cards_button.isEnabled()


def test_esc_asks_before_losing_a_typed_campaign_and_enter_refuses_an_empty_one(
    qtbot: QtBot, window: MainWindow, sqlite_shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup_store(sqlite_shop)
    dialog = _open(qtbot, window, sqlite_shop)
    press(qtbot, Qt.Key.Key_Return)
    assert "name" in dialog.outcome.text() and dialog.isVisible()
    type_text(qtbot, "春季")
    asked: list[object] = []
    monkeypatch.setattr(
        CampaignsDialog, "confirm_discard", classmethod(lambda cls, parent: asked.append(parent) or False)
    )
    dialog.cards_button.click()  # cards of no campaign: it says what to do, the typing stays
    assert dialog.outcome.text() == "Choose a campaign in the list first." and focused() is dialog.table
    assert dialog.name.text() == "春季"
    dialog.name.setFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    dialog.name.clear()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
