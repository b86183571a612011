"""Printing greeting cards from the Care page, as a clerk does it in the real main window.

Ctrl+P prints the selected tasks' cards, or every task shown when none is selected, whatever
kind is shown ("Everything" included); Enter in the preview prints. Only what reached a
printer is marked "card printed": a saved PDF marks nothing, and marks made before stay in
view. The printer is a stand-in for the system's print dialog: it lays the pages into a PDF
the test reads back, and presents itself to the app as a printer, not as a file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.domain.vocab import CareActionKind, Gender, Role
from memberdesk.store.models import CareAction, CareTask, Child, Member
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.care.care_page import CarePage, CareTableModel
from memberdesk.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.conftest import TEST_PINS, Shop
from tests.ui.counter_steps import focused, press, type_text
from tests.ui.page_steps import click, go_to

CLERK_KEY = Qt.Key.Key_1  # staff are listed by number: C01 clerk, M01 manager, S01 supervisor


class PaperPrinter(QPrinter):
    """A printer for the test: its pages go into ``path``, and it says it prints on paper."""

    def __init__(self, path: Path) -> None:
        super().__init__(QPrinter.PrinterMode.ScreenResolution)
        self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.setOutputFileName(str(path))
        self.paper = path

    def outputFileName(self) -> str:
        return ""

    def pages(self) -> int:
        return len(PdfReader(self.paper).pages)


def _soon() -> dt.date:
    soon = dt.date.today() + dt.timedelta(days=2)
    return soon + dt.timedelta(days=1) if (soon.month, soon.day) == (2, 29) else soon


@pytest.fixture
def care_page(window: MainWindow, sqlite_shop: Shop, qtbot: QtBot) -> CarePage:
    """Two members with a birthday in two days and a child's birthday that day, on the Care
    page of the real window, signed in as the clerk by number key and PIN."""
    soon = _soon()
    with sqlite_shop.db.write() as s:
        for n, (name, gender) in enumerate([("张丽", Gender.FEMALE), ("王强", Gender.MALE)], start=1):
            member = Member(store_id=sqlite_shop.store_id, card_no=f"M001{n:07d}", phone=f"1390000{n:04d}",
                            phone_last4=f"{n:04d}", name=name, gender=gender,
                            birthday=soon.replace(year=1990),
                            birth_mmdd=soon.month * 100 + soon.day)  # fmt: skip
            s.add(member)
            s.flush()
        s.add(Child(member_id=member.id, name="乐乐", gender=Gender.MALE, birthday=soon.replace(year=2019),
                    birth_mmdd=soon.month * 100 + soon.day))  # fmt: skip
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, CLERK_KEY)
    qtbot.waitUntil(lambda: focused() is not None and focused().inherits("QLineEdit"))
    type_text(qtbot, TEST_PINS[Role.CLERK])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ctx.signed_in)
    page = go_to(qtbot, window, "care")
    assert isinstance(page, CarePage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    return page


def _printer(monkeypatch: pytest.MonkeyPatch, printer: QPrinter) -> None:
    monkeypatch.setattr(PdfPreviewDialog, "choose_printer", classmethod(lambda cls, parent: printer))


def _preview(qtbot: QtBot, page: CarePage) -> PdfPreviewDialog:
    page.preview = None  # type: ignore[assignment]
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page, "preview", None) is not None, timeout=10_000)
    preview = page.preview
    qtbot.waitUntil(preview.isVisible)
    preview.activateWindow()

    def in_preview() -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and (widget is preview or preview.isAncestorOf(widget))

    qtbot.waitUntil(in_preview)
    return preview


def _printed(shop: Shop) -> list[tuple[str, str]]:
    """(member, kind) of every task marked "card printed"."""
    with shop.db.read() as s:
        rows = s.execute(
            select(Member.name, CareTask.kind)
            .select_from(CareAction)
            .join(CareTask, CareTask.id == CareAction.task_id)
            .join(Member, Member.id == CareTask.member_id)
            .where(CareAction.action == CareActionKind.CARD_PRINTED)
            .order_by(CareAction.id)
        ).all()
    return [(name, kind.value) for name, kind in rows]


def _click_row(qtbot: QtBot, page: CarePage, row: int) -> None:
    table = page.table
    click(qtbot, table.viewport(), table.visualRect(page.model.index(row, 0)).center())


def _done_column(page: CarePage, row: int) -> str:
    return str(page.model.index(row, CareTableModel.DONE).data())


def test_everything_shown_with_nothing_selected_prints_every_card(
    care_page: CarePage, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert care_page.kind.currentData() is None  # "Everything" (全部)
    printer = PaperPrinter(tmp_path / "paper.pdf")
    _printer(monkeypatch, printer)
    preview = _preview(qtbot, care_page)
    assert preview.document.pageCount() == 3  # two birthdays and a child's birthday
    press(qtbot, Qt.Key.Key_Return)  # Enter prints
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert printer.pages() == 3
    assert sorted(_printed(sqlite_shop)) == [
        ("张丽", "birthday"),
        ("王强", "birthday"),
        ("王强", "child_birthday"),
    ]
    qtbot.waitUntil(
        lambda: all("Card printed" in _done_column(care_page, r) for r in range(3)), timeout=10_000
    )


def test_only_the_selected_tasks_are_printed_and_marked(
    care_page: CarePage, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printer = PaperPrinter(tmp_path / "paper.pdf")
    _printer(monkeypatch, printer)
    chosen = care_page.model.items[2]  # 王强's child
    _click_row(qtbot, care_page, 2)
    assert care_page.selected_task_ids() == [chosen.task_id]
    preview = _preview(qtbot, care_page)
    assert preview.document.pageCount() == 1
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert printer.pages() == 1
    assert _printed(sqlite_shop) == [("王强", "child_birthday")]


def test_saving_the_pdf_marks_nothing_and_earlier_marks_stay_in_view(
    care_page: CarePage, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _click_row(qtbot, care_page, 0)
    click(qtbot, care_page.mark_buttons[CareActionKind.CALLED])  # 张丽 was called first
    qtbot.waitUntil(lambda: "Called" in _done_column(care_page, 0), timeout=10_000)
    saved = tmp_path / "cards.pdf"
    monkeypatch.setattr(
        PdfPreviewDialog, "choose_file", classmethod(lambda cls, parent, suggested: str(saved))
    )
    care_page.table.clearSelection()
    preview = _preview(qtbot, care_page)
    click(qtbot, preview.save_button)
    qtbot.waitUntil(lambda: not preview.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is care_page.table)  # back in the list
    assert saved.read_bytes().startswith(b"%PDF") and len(PdfReader(saved).pages) == 3
    assert _printed(sqlite_shop) == []  # saved is not printed
    assert "printed" in care_page.status.text().lower() and str(saved) in care_page.status.text()
    assert [_done_column(care_page, r) for r in range(3)] == [_done_column(care_page, 0), "", ""]

    printer = PaperPrinter(tmp_path / "paper.pdf")
    _printer(monkeypatch, printer)
    _click_row(qtbot, care_page, 0)
    preview = _preview(qtbot, care_page)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert _printed(sqlite_shop) == [("张丽", "birthday")]
    qtbot.waitUntil(lambda: "Card printed" in _done_column(care_page, 0), timeout=10_000)
    assert "Called" in _done_column(care_page, 0)  # the call made before is still there


def test_printing_some_pages_marks_only_their_tasks(
    care_page: CarePage, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printer = PaperPrinter(tmp_path / "paper.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)  # the clerk reprints the second card only
    _printer(monkeypatch, printer)
    second = care_page.model.items[1].member_name
    preview = _preview(qtbot, care_page)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert printer.pages() == 1
    assert _printed(sqlite_shop) == [(second, "birthday")]


def test_print_to_file_in_the_print_dialog_marks_nothing(
    care_page: CarePage, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    to_file = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    to_file.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    to_file.setOutputFileName(str(tmp_path / "printed-to-file.pdf"))
    _printer(monkeypatch, to_file)
    preview = _preview(qtbot, care_page)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert (tmp_path / "printed-to-file.pdf").exists()
    assert _printed(sqlite_shop) == []


def test_after_sales_shown_prints_nothing_and_says_why(care_page: CarePage, qtbot: QtBot) -> None:
    from memberdesk.domain.vocab import CareKind

    care_page.kind.setCurrentIndex(care_page.kind.findData(CareKind.AFTER_SALES.value))
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "After-sales" in care_page.status.text())
    assert getattr(care_page, "preview", None) is None
