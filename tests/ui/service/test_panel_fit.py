"""F2 at a 1024×768 counter: the reception panel opens beside the member card and the card
still shows the member's sizes and last purchases whole, in Chinese and in English."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.store.database import Database
from memberdesk.store.models import Child, Member, MemberSize, Sale
from memberdesk.ui.app.main_window import MainWindow
from tests.ui.counter_steps import demo_window, focused, press, sign_in, type_text


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from memberdesk.ui.widgets import i18n

    before = qapp.font()
    i18n.install_translators(qapp, request.param)
    i18n.apply_font(qapp, i18n.register_fonts())  # the widths of the font the app ships
    try:
        yield request.param
    finally:
        qapp.setFont(before)
        i18n.install_translators(qapp, "en")


def fullest_member(db: Database) -> tuple[int, str]:
    """A member with sizes, purchases and the most children: the longest card there is."""
    with db.read() as s:
        sized = select(MemberSize.member_id).distinct().scalar_subquery()
        bought = select(Sale.member_id).where(Sale.member_id.is_not(None)).distinct().scalar_subquery()
        row = s.execute(
            select(Member.id, Member.phone)
            .join(Child, Child.member_id == Member.id)
            .where(Member.id.in_(sized), Member.id.in_(bought))
            .group_by(Member.id, Member.phone)
            .order_by(func.count().desc(), Member.id)
            .limit(1)
        ).one()
    return int(row[0]), str(row[1])


@pytest.fixture
def counter(demo_db: Database, qtbot: QtBot, language: str) -> MainWindow:
    win = demo_window(demo_db, qtbot, (1024, 768))
    sign_in(qtbot, win, "C01", "1111")  # the start-of-shift offer shows above the counter too
    member, phone = fullest_member(demo_db)
    type_text(qtbot, phone)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.counter.card.member_id == member)
    return win


def shown_whole(label: QLabel, viewport: QRect) -> bool:
    """The label lies inside what the card's scroll area shows, tall enough for all its lines."""
    at = label.mapTo(label.window(), QPoint(0, 0))
    rect = QRect(at, label.size())
    return viewport.contains(rect) and label.height() >= label.heightForWidth(label.width())


def test_opening_the_reception_panel_leaves_sizes_and_purchases_readable(
    counter: MainWindow, qtbot: QtBot, language: str
) -> None:
    card = counter.counter.card
    fields = (card.fields["sizes"], card.fields["purchases"])
    assert all(label.text() for label in fields)
    press(qtbot, Qt.Key.Key_F2)
    panel = counter.counter.side_panel
    assert panel is not None
    qtbot.waitUntil(panel.isVisible)
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    assert counter.size().width() == 1024 and focused() is counter.counter.search_box
    viewport = card.details.viewport()
    seen = QRect(viewport.mapTo(counter, QPoint(0, 0)), viewport.size())
    for label in fields:
        assert shown_whole(label, seen), (label.objectName(), label.text(), label.geometry(), seen)
    # every purchase on a line of its own: a wrapped one ("…×1" / "¥229.00") is hard to read
    metrics = card.fields["purchases"].fontMetrics()
    for line in card.fields["purchases"].text().split("<br>"):
        words = html.unescape(re.sub(r"<[^>]+>", "", line))
        assert metrics.horizontalAdvance(words) <= card.fields["purchases"].width(), words
