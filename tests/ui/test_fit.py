"""The counter fits a 1024×768 screen in every language, and the side panel never resizes it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from memberdesk.services.staff.setup import first_store_id
from memberdesk.store.database import Database
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.widgets.context import AppContext

SMALL = (1024, 768)


@pytest.fixture(params=["en", "zh_CN", "pseudo"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from memberdesk.ui.widgets import i18n
    from memberdesk.ui.widgets.pseudo_locale import install_pseudo_locale, remove_pseudo_locale

    i18n.install_translators(qapp, "en" if request.param == "pseudo" else request.param)
    pseudo = install_pseudo_locale(qapp) if request.param == "pseudo" else None
    try:
        yield request.param
    finally:
        if pseudo is not None:
            remove_pseudo_locale(qapp, pseudo)
        i18n.install_translators(qapp, "en")


def sign_in(qtbot: QtBot, win: MainWindow, number_key: Qt.Key, pin: str) -> None:
    qtbot.keyClick(QApplication.focusWidget() or win, number_key)
    qtbot.keyClicks(QApplication.focusWidget(), pin)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.ctx.signed_in)


def busiest_member(db: Database) -> int:
    """A member with children, purchases, flags: the card at its fullest."""
    from sqlalchemy import func, select

    from memberdesk.store.models import Child, Member

    with db.read() as s:
        return int(
            s.scalar(
                select(Member.id)
                .join(Child, Child.member_id == Member.id)
                .group_by(Member.id)
                .order_by(func.count().desc(), Member.id)
                .limit(1)
            )
        )


@pytest.fixture
def small_window(demo_db: Database, qtbot: QtBot, language: str) -> MainWindow:
    store_id = first_store_id(demo_db)
    assert store_id is not None
    win = MainWindow(AppContext(demo_db, store_id, "示范店"))
    qtbot.addWidget(win)
    win.resize(*SMALL)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    sign_in(qtbot, win, Qt.Key.Key_1, "1111")  # C01
    win.ctx.open_member.emit(busiest_member(demo_db))
    qtbot.waitUntil(lambda: win.counter.card.member_id is not None)
    return win


def fits(size_hint_w: int, size_hint_h: int) -> bool:
    return size_hint_w <= SMALL[0] and size_hint_h <= SMALL[1]


def inside(win: MainWindow, widget: QWidget) -> bool:
    top_left = widget.mapTo(win, QPoint(0, 0))
    return QRect(QPoint(0, 0), win.size()).contains(QRect(top_left, widget.size()))


def test_the_locked_window_fits(demo_db: Database, qtbot: QtBot, language: str) -> None:
    store_id = first_store_id(demo_db)
    assert store_id is not None
    win = MainWindow(AppContext(demo_db, store_id, "示范店"))
    qtbot.addWidget(win)
    hint = win.minimumSizeHint()
    assert fits(hint.width(), hint.height()), hint


def test_the_counter_with_a_full_card_fits_and_every_button_is_on_screen(
    small_window: MainWindow, qtbot: QtBot
) -> None:
    hint = small_window.minimumSizeHint()
    assert fits(hint.width(), hint.height()), hint
    assert (small_window.width(), small_window.height()) == SMALL
    card = small_window.counter.card
    for button in (card.edit_button, *card.action_buttons.values(), card.reveal_phone_button):
        assert button.isVisible() and inside(small_window, button), button.text()
    assert inside(small_window, small_window.counter.card.tier)
    assert inside(small_window, small_window.statusBar())


def test_f2_takes_room_from_the_card_not_from_the_screen(small_window: MainWindow, qtbot: QtBot) -> None:
    before = small_window.size()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    panel = small_window.counter.side_panel
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    assert small_window.size() == before
    assert inside(small_window, panel)
    hint = small_window.minimumSizeHint()
    assert fits(hint.width(), hint.height()), hint
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: small_window.counter.side_panel is None)
    assert small_window.size() == before


def test_results_list_shows_every_column_at_1024(small_window: MainWindow, qtbot: QtBot) -> None:
    counter = small_window.counter
    qtbot.keyClicks(QApplication.focusWidget(), "M001000000")
    qtbot.waitUntil(lambda: counter.model.rowCount() > 0)
    assert inside(small_window, counter.results)
    header = counter.results.horizontalHeader()
    last = counter.model.columnCount() - 1
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right <= counter.results.viewport().width(), (right, counter.results.viewport().width())
    assert header.sectionSize(last) >= header.sectionSizeHint(last), header.sectionSizeHint(last)


def _broken_captions(win: MainWindow) -> list[str]:
    """The card's captions that are too narrow for one of their words (so it breaks mid-word)."""
    card = win.counter.card
    broken = []
    for value in card.fields.values():
        grid = value.parentWidget().layout()
        if not isinstance(grid, QGridLayout) or grid.indexOf(value) < 0:
            continue
        row, _col, _rs, _cs = grid.getItemPosition(grid.indexOf(value))
        item = grid.itemAtPosition(row, 0)
        cap = item.widget() if item is not None else None
        if not isinstance(cap, QLabel) or not cap.isVisible():
            continue
        room = cap.contentsRect().width()
        # Chinese breaks between any two characters, so a Chinese caption must fit whole.
        chinese = any("\u3400" <= ch <= "\u9fff" for ch in cap.text())
        words = [cap.text()] if chinese else cap.text().split()
        if any(cap.fontMetrics().horizontalAdvance(word) > room for word in words):
            broken.append(cap.text())
    return broken


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[None]:
    """The bundled font the app itself uses (the test platform's fallback has other widths)."""
    from memberdesk.ui.widgets import i18n

    before = qapp.font()
    i18n.apply_font(qapp, i18n.register_fonts())
    try:
        yield
    finally:
        qapp.setFont(before)


def test_the_card_breaks_no_caption_inside_a_word(
    app_font: None, small_window: MainWindow, qtbot: QtBot
) -> None:
    """At 1024×768 long values (purchases, children) squeezed the captions to a character or
    three, so 累计消费 and 售后服务 read 累计消 / 费; with the reception panel open too."""
    qtbot.waitUntil(lambda: small_window.counter.card.fields["purchases"].text() != "")
    assert _broken_captions(small_window) == []
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: small_window.counter.side_panel is not None)
    qtbot.wait(50)
    assert _broken_captions(small_window) == []
