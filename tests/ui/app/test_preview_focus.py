"""A print preview takes the keyboard when it opens: nothing typed "into the preview" reaches
the counter behind it; Esc closes it and the keys are back in the counter's box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.store.database import Database
from memberdesk.store.models import Member
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.care.card_print import CardPrintDialog
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.ui.counter_steps import (
    busiest_member,
    demo_window,
    focused,
    press,
    sign_in,
    type_text,
    visible_dialogs,
)


@pytest.fixture
def win(demo_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(PdfPreviewDialog, "choose_printer", classmethod(lambda cls, parent: None))
    monkeypatch.setattr(PdfPreviewDialog, "choose_file", classmethod(lambda cls, parent, suggested: ""))
    window = demo_window(demo_db, qtbot)
    sign_in(qtbot, window, "C01", "1111")
    return window


def test_the_greeting_card_preview_takes_the_keys_and_esc_gives_them_back(
    win: MainWindow, qtbot: QtBot, demo_db: Database
) -> None:
    member = busiest_member(demo_db)
    with demo_db.read() as s:
        card_no = s.get(Member, member).card_no  # type: ignore[union-attr]
    type_text(qtbot, card_no)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.counter.card.member_id == member)
    in_the_box = win.counter.search_box.text()
    press(qtbot, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: isinstance(focused().window(), CardPrintDialog))
    press(qtbot, Qt.Key.Key_Return)  # Preview…
    qtbot.waitUntil(lambda: any(isinstance(d, PdfPreviewDialog) for d in visible_dialogs()))
    preview = next(d for d in visible_dialogs() if isinstance(d, PdfPreviewDialog))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is preview)

    # what the clerk typed while looking at the card stays in the preview
    for key in (Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_6, Qt.Key.Key_Tab):
        press(qtbot, key)
        assert focused().window() is preview
    assert win.counter.search_box.text() == in_the_box
    assert [type(d) for d in visible_dialogs()] == [PdfPreviewDialog]  # no enrolment opened

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.counter.search_box)
    assert win.counter.card.member_id == member  # the customer is still on the card
    assert win.counter.card_stack.currentWidget() is win.counter.card
    assert not visible_dialogs()


@pytest.mark.parametrize(("cards", "says"), [(1, "1 page"), (2, "2 pages")])
def test_a_preview_counts_its_pages_in_english(
    qapp: QApplication, qtbot: QtBot, cards: int, says: str
) -> None:
    from memberdesk.documents.cards import CardData
    from memberdesk.reports import cards as card_pdf
    from memberdesk.ui.widgets import i18n

    i18n.install_translators(qapp, "en")  # as the app starts in English

    card = CardData(
        title="Happy birthday", message="Dear Ms Li", store_name="Store", footer="", colour="#b91c1c"
    )
    preview = PdfPreviewDialog(card_pdf.render([card] * cards, "card"), "Card")
    qtbot.addWidget(preview)
    assert preview.pages.text() == says
