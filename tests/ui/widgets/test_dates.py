"""Dates on screen are ISO (2026-12-10), never the ambiguous short form "12/10/26"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit
from pytestqt.qtbot import QtBot

from memberdesk.ui.widgets.dates import date_edit, date_text
from tests.ui.counter_steps import busiest_member, demo_window, focused, press, sign_in, type_text

UI = Path(__file__).resolve().parents[3] / "desktop" / "memberdesk" / "ui"
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    from memberdesk.ui.widgets import i18n

    i18n.install_translators(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        yield
    finally:
        i18n.install_translators(qapp, "en")


@pytest.mark.usefixtures("english")
def test_a_date_field_shows_year_month_day(qtbot: QtBot) -> None:
    edit = date_edit(dt.date(2026, 12, 10))
    qtbot.addWidget(edit)
    assert edit.text() == "2026-12-10"
    assert edit.calendarPopup()
    assert date_text(dt.date(2026, 10, 12)) == "2026-10-12" and date_text(None) == "—"


@pytest.mark.usefixtures("english")
def test_the_after_sales_promise_date_is_iso_in_an_english_window(demo_db: object, qtbot: QtBot) -> None:
    """F10 at the counter: the promised date reads 2026-…, not 12/10/26."""
    from memberdesk.ui.service.service_dialog import ServiceDialog

    win = demo_window(demo_db, qtbot)  # type: ignore[arg-type]
    sign_in(qtbot, win, "C01", "1111")
    member = busiest_member(demo_db)  # type: ignore[arg-type]
    from memberdesk.store.models import Member

    with demo_db.read() as s:  # type: ignore[attr-defined]
        card_no = s.get(Member, member).card_no
    type_text(qtbot, card_no)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.counter.card.member_id == member)
    press(qtbot, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: isinstance(focused().window(), ServiceDialog))
    dialog = focused().window()
    assert isinstance(dialog, ServiceDialog)
    expected = QDate.currentDate().addDays(3).toString("yyyy-MM-dd")
    assert dialog.promised.text() == expected and ISO.match(dialog.promised.text())
    dialog.discard()


def test_no_date_field_or_date_text_bypasses_the_helper() -> None:
    """Every date field comes from ui/widgets/dates.py; no locale short formats anywhere."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "dates.py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"QDateEdit\(", r"QDateTimeEdit\(", r"%x\b", r"%c\b", "ShortFormat", "NarrowFormat",
                        r"toString\(\s*\)", r"[\"']M/d", r"[\"']d/M", r"%m/%d", r"%d/%m"):  # fmt: skip
            if re.search(pattern, text):
                offenders.append(f"{path.relative_to(UI)}: {pattern}")
    assert offenders == []


def test_every_date_field_of_the_pages_is_iso(qtbot: QtBot, demo_db: object) -> None:
    win = demo_window(demo_db, qtbot)  # type: ignore[arg-type]
    sign_in(qtbot, win, "M01", "8888")
    fields = [f for page in win.page_widgets for f in page.findChildren(QDateEdit)]
    assert fields  # the care calendar and the report period at least
    assert all(f.displayFormat() == "yyyy-MM-dd" and ISO.match(f.text()) for f in fields)
