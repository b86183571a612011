"""The screen gallery writes a picture of a page and finds text that does not fit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from memberdesk.demo.build import DemoPlan, build_store
from tests.tools.screens_module import screens


def test_the_gallery_renders_one_page_to_a_png(tmp_path: Path, qapp) -> None:
    store = tmp_path / "demo.sqlite3"
    build_store(str(store), DemoPlan(members=40, seed=3, until=dt.date.today()))
    images, _offenders, failures = screens.render(
        tmp_path / "out", ("en",), ((1024, 768),), only={"members"}, db_path=store
    )
    assert failures == []
    assert [p.name for p in images] == ["en-1024x768-members.png"]
    assert images[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_label_and_a_button_too_narrow_for_their_text_are_flagged(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    cut = QLabel("A label far too long for the forty pixels it was given")
    cut.setFixedWidth(40)
    fine = QLabel("OK")
    button = QPushButton("Record the resolution of this complaint")
    button.setFixedWidth(60)
    for w in (cut, fine, button):
        row.addWidget(w)
    root.show()
    qtbot.waitExposed(root)
    found = screens.clipped(root, "test")
    assert {o.text for o in found} == {cut.text(), button.text()}
    assert all(o.need > o.have for o in found)


def test_a_window_wider_than_the_screen_it_must_fit_is_flagged(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    root.setMinimumWidth(1100)
    root.show()
    found = screens.clipped(root, "test", fits=(1024, 768))
    assert [o.widget for o in found] == ["window (minimum width)"]
