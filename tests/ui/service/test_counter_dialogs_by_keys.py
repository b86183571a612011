"""The service dialogs the card opens (F7 complaint, F10 after-sales, F11 suggestion), driven by
keys in the real main window: what the clerk sees after saving, and what a second key does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.domain.vocab import Role
from memberdesk.services.sales.recording import record_sale
from memberdesk.store.models import Complaint, ServiceRecord, Suggestion
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.service.complaint_dialog import ComplaintDialog
from memberdesk.ui.service.service_dialog import ServiceDialog
from memberdesk.ui.service.suggestion_dialog import SuggestionDialog
from memberdesk.ui.widgets.windows import top_level_widgets
from tests.conftest import TEST_PINS, Shop
from tests.services.sales_helpers import add_member, three_line_sale
from tests.ui.page_steps import click, focused, sign_in, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def count(shop: Shop, model: type) -> int:
    with shop.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def open_dialog(qtbot: QtBot, key: Qt.Key, kind: type[QDialog]) -> QDialog:
    press(qtbot, key)
    qtbot.waitUntil(lambda: any(isinstance(w, kind) and w.isVisible() for w in top_level_widgets()))
    dialog = next(w for w in top_level_widgets() if isinstance(w, kind) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


@pytest.fixture
def at_the_card(window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> int:
    """A clerk at the counter with member 13800000001's card open."""
    member = add_member(sqlite_shop.db, sqlite_shop.store_id)
    sign_in(qtbot, window, sqlite_shop.clerk.staff_id, TEST_PINS[Role.CLERK])
    qtbot.waitUntil(lambda: focused() is window.counter.search_box)
    type_text(qtbot, "13800000001")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.counter.card.member_id == member)
    return member


def test_a_recorded_complaint_shows_its_number_and_enter_then_closes(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, at_the_card: int
) -> None:
    dialog = open_dialog(qtbot, Qt.Key.Key_F7, ComplaintDialog)
    assert isinstance(dialog, ComplaintDialog)
    press(qtbot, Qt.Key.Key_Down)  # about: the first category
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # how serious: the first
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # the service gap stays open
    type_text(qtbot, "拉链坏了")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: count(sqlite_shop, Complaint) == 1)
    with sqlite_shop.db.read() as s:
        number = s.scalars(select(Complaint.complaint_no)).one()
    # the number the customer is given is in front of the clerk, in the dialog itself
    assert dialog.isVisible() and dialog.outcome.isVisible() and number in dialog.outcome.text()
    assert not dialog.category.isEnabled() and not dialog.description.isEnabled()
    press(qtbot, Qt.Key.Key_Return)  # the second Enter closes; nothing is recorded twice
    qtbot.waitUntil(
        lambda: not any(isinstance(w, ComplaintDialog) and w.isVisible() for w in top_level_widgets())
    )
    assert count(sqlite_shop, Complaint) == 1
    qtbot.waitUntil(lambda: focused() is window.counter.search_box)


def test_ctrl_enter_saves_a_suggestion_as_in_the_till(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, at_the_card: int
) -> None:
    dialog = open_dialog(qtbot, Qt.Key.Key_F11, SuggestionDialog)
    assert isinstance(dialog, SuggestionDialog)
    assert "Ctrl+Enter" in dialog.save.text()
    type_text(qtbot, "试衣间多放几个衣架")
    press(qtbot, Qt.Key.Key_Return)  # Enter in the box is a new line
    type_text(qtbot, "镜子再大一点")
    assert count(sqlite_shop, Suggestion) == 0
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: count(sqlite_shop, Suggestion) == 1)
    with sqlite_shop.db.read() as s:
        assert s.scalars(select(Suggestion.text)).one() == "试衣间多放几个衣架\n镜子再大一点"
    qtbot.waitUntil(lambda: focused() is window.counter.search_box)


def test_after_sales_says_it_saved_and_a_second_enter_closes_without_an_error(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, at_the_card: int
) -> None:
    sale = record_sale(sqlite_shop.db, sqlite_shop.clerk, three_line_sale(at_the_card))
    dialog = open_dialog(qtbot, Qt.Key.Key_F10, ServiceDialog)
    assert isinstance(dialog, ServiceDialog)
    type_text(qtbot, sale.receipt_no)
    press(qtbot, Qt.Key.Key_Return)  # finds the receipt's lines
    qtbot.waitUntil(lambda: dialog.line.count() == 3)
    for _ in range(3):  # past the item and the kind of service, to what will be done
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is dialog.description:
            break
    assert focused() is dialog.description
    type_text(qtbot, "裤脚改短 2 厘米")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: count(sqlite_shop, ServiceRecord) == 1)
    promised = dialog.promised.date().toString(Qt.DateFormat.ISODate)
    assert dialog.saved.isVisible()
    assert "裤脚改短 2 厘米" in dialog.saved.text() and promised in dialog.saved.text()
    assert dialog.error_label.text() == ""
    press(qtbot, Qt.Key.Key_Return)  # once more: closes, never "say what will be done" in red
    assert dialog.error_label.text() == ""
    qtbot.waitUntil(
        lambda: not any(isinstance(w, ServiceDialog) and w.isVisible() for w in top_level_widgets())
    )
    assert count(sqlite_shop, ServiceRecord) == 1
    qtbot.waitUntil(lambda: focused() is window.counter.search_box)


def test_after_saving_the_after_sales_form_takes_another_promise_with_enter(
    window: MainWindow, sqlite_shop: Shop, qtbot: QtBot, at_the_card: int
) -> None:
    sale = record_sale(sqlite_shop.db, sqlite_shop.clerk, three_line_sale(at_the_card))
    dialog = open_dialog(qtbot, Qt.Key.Key_F10, ServiceDialog)
    assert isinstance(dialog, ServiceDialog)
    for what in ("裤脚改短", "换拉链"):
        click(qtbot, dialog.receipt)
        type_text(qtbot, sale.receipt_no)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.line.count() == 3)
        click(qtbot, dialog.description)
        type_text(qtbot, what)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda w=what: w in dialog.saved.text())
    assert count(sqlite_shop, ServiceRecord) == 2 and dialog.isVisible()
