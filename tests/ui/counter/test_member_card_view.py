"""The member card as the clerk reads it at 1024×768: the birthday line and the tier badge.

The member is found as a clerk finds them, by typing the phone into the counter box of the
real main window (keys sent to whatever has focus) and pressing Enter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from memberdesk.domain.members import lunar_mmdd_of
from memberdesk.domain.vocab import Tier
from memberdesk.store.database import Database
from memberdesk.store.models import Member
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.counter.member_card import TIER_COLOURS
from tests.ui.counter_steps import demo_window, focused, press, sign_in, type_text


@pytest.fixture(params=["zh_CN", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from memberdesk.ui.widgets import i18n

    before = qapp.font()
    i18n.apply_font(qapp, i18n.register_fonts())  # the font the app itself uses
    i18n.install_translators(qapp, request.param)
    try:
        yield request.param
    finally:
        i18n.install_translators(qapp, "en")
        qapp.setFont(before)


@pytest.fixture
def counter(demo_db: Database, qtbot: QtBot, language: str) -> MainWindow:
    win = demo_window(demo_db, qtbot, (1024, 768))
    sign_in(qtbot, win, "C01", "1111")
    return win


def _phone_of(db: Database, member_id: int) -> str:
    with db.read() as s:
        phone = s.scalar(select(Member.phone).where(Member.id == member_id))
    assert phone is not None
    return phone


def open_by_phone(qtbot: QtBot, win: MainWindow, db: Database, member_id: int) -> None:
    """Type the member's phone into the counter box and press Enter, as the clerk does."""
    assert focused() is win.counter.search_box
    type_text(qtbot, _phone_of(db, member_id))
    qtbot.waitUntil(lambda: win.counter.model.rowCount() == 1)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.counter.card.member_id == member_id)


def _set(db: Database, member_id: int, **values: object) -> None:
    with db.write() as s:
        s.execute(update(Member).where(Member.id == member_id).values(**values))


def _first_member(db: Database, tier: Tier | None = None) -> int:
    with db.read() as s:
        stmt = select(Member.id).order_by(Member.id).limit(1)
        if tier is not None:
            stmt = stmt.where(Member.tier == tier)
        found = s.scalar(stmt)
    assert found is not None
    return int(found)


def _inside(win: MainWindow, widget: object) -> bool:
    top_left = widget.mapTo(win, QPoint(0, 0))  # type: ignore[attr-defined]
    return QRect(QPoint(0, 0), win.size()).contains(QRect(top_left, widget.size()))  # type: ignore[attr-defined]


def test_the_card_shows_the_next_solar_birthday_and_the_age(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, language: str
) -> None:
    # ten days ahead, whatever today is (29 February has no 1990, so the day after)
    ahead = dt.date.today() + dt.timedelta(days=10)
    if (ahead.month, ahead.day) == (2, 29):
        ahead += dt.timedelta(days=1)
    member_id = _first_member(demo_db)
    _set(demo_db, member_id, birthday=ahead.replace(year=1990), birthday_lunar=False,
         birth_mmdd=ahead.month * 100 + ahead.day, lunar_mmdd=None, lunar_leap=False)  # fmt: skip
    open_by_phone(qtbot, counter, demo_db, member_id)
    line = counter.counter.card.fields["birthday"]
    assert line.isVisible()
    turning = ahead.year - 1990
    text = line.text()
    assert ahead.isoformat() in text
    if language == "zh_CN":
        assert (
            f"{ahead.month}月{ahead.day}日" in text
            and f"满{turning}岁" in text
            and f"{turning - 1}岁" in text
        )
    else:
        assert f"turns {turning}" in text and f"age {turning - 1}" in text


def test_a_lunar_birthday_is_read_as_the_lunar_day_with_its_solar_date(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, language: str
) -> None:
    member_id = _first_member(demo_db)
    born = dt.date(1990, 5, 1)  # lunar 四月初七
    mmdd, leap = lunar_mmdd_of(born)
    _set(
        demo_db,
        member_id,
        birthday=born,
        birthday_lunar=True,
        birth_mmdd=501,
        lunar_mmdd=mmdd,
        lunar_leap=leap,
    )
    open_by_phone(qtbot, counter, demo_db, member_id)
    card = counter.counter.card
    soon = card.card.next_birthday if card.card is not None else None
    assert soon is not None and soon.lunar == (4, 7, False)
    text = card.fields["birthday"].text()
    assert soon.on.isoformat() in text  # the solar day it falls on this time
    assert ("农历四月初七" if language == "zh_CN" else "lunar month 4, day 7") in text


def test_no_birthday_on_file_says_so(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, language: str
) -> None:
    member_id = _first_member(demo_db)
    _set(demo_db, member_id, birthday=None, birthday_lunar=False, birth_mmdd=None, lunar_mmdd=None)
    open_by_phone(qtbot, counter, demo_db, member_id)
    assert counter.counter.card.fields["birthday"].text() == (
        "未登记" if language == "zh_CN" else "Not on file"
    )


def _contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        c = QColor(colour)
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_each_tier_has_its_own_readable_colour() -> None:
    assert set(TIER_COLOURS) == set(Tier)
    assert len({background for background, _text in TIER_COLOURS.values()}) == len(Tier)
    for tier, (background, text) in TIER_COLOURS.items():
        assert _contrast(background, text) >= 4.5, tier


@pytest.mark.parametrize("tier", list(Tier))
def test_the_tier_is_a_coloured_badge_read_at_a_glance(
    counter: MainWindow, demo_db: Database, qtbot: QtBot, tier: Tier
) -> None:
    member_id = _first_member(demo_db)
    _set(demo_db, member_id, tier=tier)
    open_by_phone(qtbot, counter, demo_db, member_id)
    badge = counter.counter.card.tier
    qtbot.waitUntil(badge.isVisible)
    assert badge.text() and badge.width() >= badge.sizeHint().width()  # the whole word shows
    assert _inside(counter, badge)
    body = counter.counter.card.fields["points"].font()
    assert badge.font().bold() and badge.font().pointSizeF() >= body.pointSizeF() + 3
    picture = badge.grab().toImage()
    background, _text = TIER_COLOURS[tier]
    # inside the padding, left of the word: the tier's own colour fills the badge
    assert QColor(picture.pixel(3, picture.height() // 2)).name() == QColor(background).name()
