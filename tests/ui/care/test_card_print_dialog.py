"""F9 on the member card: the greeting cards a member's record allows, said before it is tried.

Driven in the real main window: the clerk signs in by number key and PIN, types the member's
phone into the counter box, presses Enter, then F9; Enter in the dialog previews the card.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.domain.vocab import Gender, Role
from memberdesk.services.members.enrolment import ChildForm, MemberForm, enrol
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.care.card_print import CardPrintDialog
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog
from memberdesk.ui.widgets.windows import top_level_widgets
from tests.conftest import TEST_PINS, Shop
from tests.ui.counter_steps import focused, press, type_text

CLERK_KEY = Qt.Key.Key_1


@pytest.fixture
def counter(window: MainWindow, qtbot: QtBot) -> MainWindow:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, CLERK_KEY)
    qtbot.waitUntil(lambda: focused().inherits("QLineEdit"))
    type_text(qtbot, TEST_PINS[Role.CLERK])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.signed_in)
    qtbot.waitUntil(lambda: focused() is window.counter.search_box)
    return window


def _f9_for(qtbot: QtBot, window: MainWindow, phone: str) -> CardPrintDialog:
    type_text(qtbot, phone)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.counter.card.member_id is not None)
    press(qtbot, Qt.Key.Key_F9)
    qtbot.waitUntil(
        lambda: any(isinstance(w, CardPrintDialog) and w.isVisible() for w in top_level_widgets())
    )
    dialog = next(w for w in top_level_widgets() if isinstance(w, CardPrintDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused()))
    return dialog


def _previews() -> list[PdfPreviewDialog]:
    return [w for w in top_level_widgets() if isinstance(w, PdfPreviewDialog) and w.isVisible()]


def _offered(dialog: CardPrintDialog) -> list[tuple[str, bool]]:
    model = dialog.kind.model()
    assert isinstance(model, QStandardItemModel)
    return [(str(model.item(r).data(Qt.ItemDataRole.UserRole)[0]), model.item(r).isEnabled())
            for r in range(model.rowCount())]  # fmt: skip


def test_without_a_birthday_on_file_f9_says_so_and_offers_the_other_cards(
    counter: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    enrol(
        sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟", gender=Gender.FEMALE)
    )
    dialog = _f9_for(qtbot, counter, "13812345678")
    assert dialog.note.isVisible() and "F4" in dialog.note.text() and "birthday" in dialog.note.text().lower()
    assert _offered(dialog) == [("birthday", False), ("festival", True)]
    assert dialog.kind.currentData() == ("festival", None) and dialog.festival.isEnabled()
    press(qtbot, Qt.Key.Key_Return)  # Enter previews the festival card
    qtbot.waitUntil(lambda: bool(_previews()))
    (preview,) = _previews()
    assert preview.document.pageCount() == 1


def test_with_a_birthday_and_a_child_on_file_every_card_is_offered(
    counter: MainWindow, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    enrol(
        sqlite_shop.db,
        sqlite_shop.clerk,
        MemberForm(
            phone="13812345678",
            name="张伟",
            gender=Gender.FEMALE,
            birthday=dt.date(1990, 5, 1),
            children=(ChildForm("乐乐", Gender.MALE, dt.date(2012, 6, 1)),),
        ),
    )
    dialog = _f9_for(qtbot, counter, "13812345678")
    assert not dialog.note.isVisible()
    assert _offered(dialog) == [("birthday", True), ("child-birthday", True), ("festival", True)]
    assert dialog.kind.currentData() == ("birthday", None)
    assert "乐乐" in dialog.kind.itemText(1)
