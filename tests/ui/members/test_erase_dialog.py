"""The manager sees which stored texts name the member before erasing, then erases with keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTextBrowser
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import ComplaintCategory, Role, Severity
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.service.complaints import ComplaintForm, open_complaint
from memberdesk.services.service.suggestions import record_suggestion
from memberdesk.store.models import Complaint, Suggestion
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.members.erase_member_dialog import EraseMemberDialog
from memberdesk.ui.widgets.windows import top_level_widgets
from tests.conftest import TEST_PINS, Shop
from tests.ui.counter.test_enrol_dialog import MANAGER_KEY, at_counter, open_card, open_dialog
from tests.ui.counter_steps import focused, press, type_text


def _erase_dialog() -> EraseMemberDialog | None:
    for widget in top_level_widgets():
        if isinstance(widget, EraseMemberDialog) and widget.isVisible():
            return widget
    return None


def test_the_manager_sees_the_texts_that_name_the_member_then_erases_them(
    qtbot: QtBot, window: MainWindow, sqlite_shop: Shop
) -> None:
    db, clerk = sqlite_shop.db, sqlite_shop.clerk
    member_id = enrol(db, clerk, MemberForm(phone="13812345678", name="张伟", card_no="VIP00123"))
    said = "张伟说拉链坏了，回电138 1234 5678"
    open_complaint(db, clerk, ComplaintForm(member_id, ComplaintCategory.PRODUCT_QUALITY, Severity.LOW, said))
    record_suggestion(db, clerk, member_id, "张伟建议周末多排店员")
    at_counter(qtbot, window, MANAGER_KEY, TEST_PINS[Role.MANAGER])
    open_card(qtbot, window, "13812345678")
    edit = open_dialog(qtbot, Qt.Key.Key_F4)
    qtbot.mouseClick(edit.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _erase_dialog() is not None)
    dialog = _erase_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))

    preview = dialog.findChild(QTextBrowser, "erase_preview")
    assert preview is not None and preview.isVisible()
    shown = preview.toPlainText()
    assert "(2)" in shown and "C0000001" in shown
    assert said in shown and "张伟建议周末多排店员" in shown
    assert "<s" in preview.toHtml()  # the parts that go are struck out

    assert focused().objectName() == "erase_confirm"
    type_text(qtbot, "VIP0012")  # a person's pause (End) keeps the card scanner from claiming it
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.read() as s:
        assert s.scalars(select(Complaint.description)).one() == "***说拉链坏了，回电***"
        assert s.scalars(select(Suggestion.text)).one() == "***建议周末多排店员"
