"""The Care page's tables on first open at 1024×768: every header over its own column.

Measured as the clerk sees it the first time the page is chosen (Alt+4), before anything is
resized: the header spans the rows' viewport, each section has its column's place and width,
no column is narrower than its text, and each title starts where its column's text starts
(found in the pixels of the header and of a row).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from memberdesk.store.database import Database
from memberdesk.ui.care.care_page import CarePage
from tests.ui.counter_steps import demo_window, sign_in
from tests.ui.page_steps import go_to

INSET = 4  # pixels kept clear of section borders, grid lines and the focus frame


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


def _first_ink(image: QImage, x0: int, x1: int, y0: int, y1: int) -> int | None:
    """The first column of dark (text) pixels between x0 and x1, or None for an empty strip."""
    for x in range(x0, x1):
        if any(QColor(image.pixel(x, y)).lightness() < 110 for y in range(y0, y1)):
            return x
    return None


def _misplaced(table: QTableView) -> list[str]:
    """What is out of line between the header and the rows (empty when all is in line)."""
    header, model = table.horizontalHeader(), table.model()
    found = []
    if header.geometry().left() != table.viewport().geometry().left():
        found.append(
            f"header starts at {header.geometry().left()}, rows at {table.viewport().geometry().left()}"
        )
    if header.width() != table.viewport().width():
        found.append(f"header {header.width()} px wide, rows {table.viewport().width()} px")
    if header.offset() != table.horizontalScrollBar().value():
        found.append("header scrolled apart from the rows")
    row = min(1, model.rowCount() - 1)
    picture = table.grab().toImage()
    head = header.geometry()
    cells = table.visualRect(model.index(row, 0)).translated(table.viewport().pos())
    for column in range(model.columnCount()):
        title = str(model.headerData(column, header.orientation()))
        at, width = header.sectionViewportPosition(column), header.sectionSize(column)
        if (at, width) != (table.columnViewportPosition(column), table.columnWidth(column)):
            found.append(
                f"{title}: section at {at}+{width}, column at {table.columnViewportPosition(column)}"
            )
        if width < max(table.sizeHintForColumn(column), header.sectionSizeHint(column)):
            found.append(f"{title}: {width} px, narrower than its text")
        left = head.left() + at + INSET
        right = head.left() + at + width - INSET
        title_x = _first_ink(picture, left, right, head.top() + INSET, head.bottom() - INSET)
        text = model.index(row, column).data()
        text_x = (
            _first_ink(picture, left, right, cells.top() + INSET, cells.bottom() - INSET) if text else None
        )
        if title_x is not None and text_x is not None and abs(title_x - text_x) > 2:
            found.append(f"{title}: title starts at {title_x}, its column's text at {text_x}")
    return found


def test_the_care_tables_line_up_with_their_headers_on_first_open(
    demo_db: Database, qtbot: QtBot, language: str
) -> None:
    window = demo_window(demo_db, qtbot, (1024, 768))
    sign_in(qtbot, window, "M01", "8888")
    page = go_to(qtbot, window, "care")
    assert isinstance(page, CarePage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 1, timeout=10_000)
    qtbot.waitUntil(lambda: page.status.text() == "", timeout=10_000)
    assert _misplaced(page.table) == []
    page.tabs.setCurrentWidget(page.aftersales)  # the other tab, also opened for the first time
    qtbot.waitUntil(page.aftersales.table.isVisible)
    assert page.aftersales.model.rowCount() > 0
    assert _misplaced(page.aftersales.table) == []
