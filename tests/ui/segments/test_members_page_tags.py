"""The Members page by tag: the manager keeps the store's list, tags a pasted list of phones
and the members a filter lists (Ctrl+Shift+B), and the list narrows to a tag."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import Role, Tier
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.segments import tags
from memberdesk.store.models import Member, MemberTag
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.segments.bulk_tags_dialog import BulkTagsDialog
from tests.conftest import TEST_PINS, Shop
from tests.ui.counter_steps import visible_dialogs
from tests.ui.page_steps import focused, go_to, sign_in, type_text


def _dialog(qtbot: QtBot) -> BulkTagsDialog:
    qtbot.waitUntil(lambda: any(isinstance(d, BulkTagsDialog) for d in visible_dialogs()))
    return next(d for d in visible_dialogs() if isinstance(d, BulkTagsDialog))


def test_manager_adds_a_tag_tags_a_pasted_list_and_the_gold_members_then_filters_by_it(
    qtbot: QtBot, window: MainWindow, sqlite_shop: Shop
) -> None:
    db = sqlite_shop.db
    ids = [
        enrol(db, sqlite_shop.clerk, MemberForm(phone=f"1381234560{i}", name=f"会员{i}")) for i in range(6)
    ]
    with db.write() as s:
        for member_id in ids[4:]:
            s.get_one(Member, member_id).tier = Tier.GOLD
    sign_in(qtbot, window, sqlite_shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    page = go_to(qtbot, window, "members")
    qtbot.keyClick(
        focused(), Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: focused() is dialog.tag)
    dialog.new_tag.setFocus()
    type_text(qtbot, "大客户")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter in the new-tag line adds it
    qtbot.waitUntil(lambda: dialog.tag.count() == 1)
    assert dialog.isVisible() and dialog.tag.currentData() == "大客户"
    dialog.paste.setFocus()
    type_text(qtbot, "13812345600")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # a new line in the pasted list
    type_text(qtbot, "13812345601, 13800000000")
    assert dialog.pasted.isChecked()
    dialog.give.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "13800000000" in dialog.outcome.text())
    assert "2" in dialog.outcome.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # the pasted list is still there: asked, discarded
    qtbot.waitUntil(lambda: not visible_dialogs() and QApplication.focusWidget() is not None)
    # the gold members, as the list shows them, get the tag too
    page.tier.setCurrentIndex(page.tier.findData(Tier.GOLD.value))
    qtbot.waitUntil(lambda: page.model.total == 2)
    qtbot.keyClick(
        focused(), Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = _dialog(qtbot)
    assert dialog.listed.isChecked() and "2" in dialog.listed.text()
    qtbot.waitUntil(lambda: focused() is dialog.tag)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "2" in dialog.outcome.text())
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not visible_dialogs())
    with db.read() as s:
        tagged = s.scalars(select(MemberTag.member_id).order_by(MemberTag.member_id)).all()
        by = set(s.scalars(select(MemberTag.tagged_by_id)))
    assert tagged == [ids[0], ids[1], ids[4], ids[5]]
    assert by == {sqlite_shop.manager.staff_id}
    page.tier.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.tag.findData("大客户") >= 0)
    page.tag.setCurrentIndex(page.tag.findData("大客户"))
    qtbot.waitUntil(lambda: page.model.total == 4)
    assert "大客户" in page.export_scope.text()


def test_a_clerk_sees_no_list_keeping_and_cannot_add_a_tag(
    qtbot: QtBot, window: MainWindow, sqlite_shop: Shop
) -> None:
    tags.add_tag(sqlite_shop.db, sqlite_shop.manager, "学生")
    sign_in(qtbot, window, sqlite_shop.clerk.staff_id, TEST_PINS[Role.CLERK])
    page = go_to(qtbot, window, "members")
    page.open_bulk_tags()
    dialog = _dialog(qtbot)
    assert not dialog.new_tag.isVisible() and not dialog.free.isVisible()
    assert dialog.tag.currentData() == "学生"
