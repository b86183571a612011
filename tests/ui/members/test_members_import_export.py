"""Import and export on the Members page, as a person does them: the manager's PIN typed in a
dialog when the export rule asks for it, the list's filter followed, the dry run saying which
header row it read and why each row is skipped, and the file dialogs in the clerk's language."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.domain.vocab import MemberStatus, Role, Tier
from memberdesk.services.io import member_import
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.staff import auth
from memberdesk.store.models import AuditEntry, Member
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.members import members_page as page_module
from memberdesk.ui.members.members_page import MembersPage
from memberdesk.ui.widgets import file_dialogs
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import DEMO_PINS, TEST_PINS, Shop, demo_actor
from tests.ui.members.test_members_page import demo_window, members_page  # noqa: F401 (a fixture)
from tests.ui.page_steps import click, focused, type_text


@pytest.fixture(autouse=True)
def _no_pin_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)


def choose_export_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog answers ``path``; returns the titles it was opened with."""
    titles: list[str] = []

    def save_file(parent: Any, kind: str, title: str, name: str, filters: str) -> Path:
        titles.append(title)
        return path

    monkeypatch.setattr(page_module.file_dialogs, "save_file", save_file)
    return titles


def test_a_supervisor_exports_full_phones_only_with_the_managers_pin(
    demo_window: MainWindow,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = demo_window.ctx.db
    page = members_page(qtbot, demo_window, "S01", DEMO_PINS["S01"])
    out = tmp_path / "members.xlsx"
    choose_export_file(monkeypatch, out)
    assert page.export_button.isEnabled() and page.full_phones.isChecked()

    click(qtbot, page.export_button)  # the rule asks for the manager's PIN: a dialog, not a file
    dialog = page.approval_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.pin)
    assert dialog.manager.currentText().startswith(demo_actor(db, "M01").name)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)  # changed their mind
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.job is None and not out.exists()

    click(qtbot, page.export_button)
    dialog = page.approval_dialog
    qtbot.waitUntil(lambda: focused() is dialog.pin)
    type_text(qtbot, "0000")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.job is None and "PIN" in page.report.text(), timeout=10_000)
    assert not out.exists()

    click(qtbot, page.export_button)
    dialog = page.approval_dialog
    qtbot.waitUntil(lambda: focused() is dialog.pin)
    type_text(qtbot, DEMO_PINS["M01"])
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)
    sheet = load_workbook(out).active
    assert sheet is not None
    phones = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    with db.read() as s:
        active = set(s.scalars(select(Member.phone).where(Member.status == MemberStatus.ACTIVE)))
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "member.export")).one()
    assert set(phones) == {p if not p.startswith("+") else "'" + p for p in active}  # whole, not masked
    assert entry.staff_id == demo_actor(db, "S01").staff_id
    assert json.loads(entry.after)["approved_by"] == demo_actor(db, "M01").staff_id


def test_the_export_takes_the_members_listed_and_says_so(
    demo_window: MainWindow,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = demo_window.ctx.db
    page = members_page(qtbot, demo_window, "S01", DEMO_PINS["S01"])
    assert not page.export_scope.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is page.tier
    while page.tier.currentData() != Tier.GOLD.value:
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.waitUntil(page.export_scope.isVisible)
    assert page.tier.currentText() in page.export_scope.text()
    page.full_phones.setChecked(False)  # phones masked: no PIN needed
    out = tmp_path / "gold.csv"
    choose_export_file(monkeypatch, out)
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=20_000)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    with db.read() as s:
        gold = s.scalar(
            select(func.count())
            .select_from(Member)
            .where(Member.tier == Tier.GOLD, Member.status == MemberStatus.ACTIVE)
        )
    assert len(rows) - 1 == page.last_export == gold and gold
    assert {r[rows[0].index("Tier")] for r in rows[1:]} == {"Gold"}  # the window speaks English here
    assert all("****" in r[2] for r in rows[1:])
    assert page.tier.currentText() in page.report.text()


def test_the_dry_run_says_its_header_row_and_each_row_it_skips_and_the_import_reuses_it(
    ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([
            ["XX服饰 会员名单"], ["手机", "姓名", "会员等级"], ["13812345678", "张伟", "金卡"],
            ["13912345678", "=SUM(1+1)", ""], ["13712345678", "李娜", "银卡"],
        ])  # fmt: skip
    reads: list[Path] = []
    real_prepare = member_import.prepare
    monkeypatch.setattr(member_import, "prepare", lambda p, **kw: reads.append(p) or real_prepare(p, **kw))
    ctx.set_actor(sqlite_shop.manager)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.choose_file(path)
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10_000)
    text = page.report.text()
    assert "Headers in row 2; members read from row 3." in text
    assert "Row 3 skipped: On file as 张伟" in text
    assert "Row 4 refused: “=SUM(1+1)” starts with “=”" in text
    assert page.confirm.isVisible()

    page.merge.setChecked(True)  # filling in is asked for: the dry run runs again, on the same rows
    assert page.merge_tier.isVisible() and page.merge_points.isVisible()
    qtbot.waitUntil(lambda: page.job is None and page.dry_run is not None and page.dry_run.skipped == 1)
    assert "Row 3 skipped: On file as 张伟 (M0010000001), who has everything" in page.report.text()
    page.merge_tier.setChecked(True)
    qtbot.waitUntil(lambda: page.job is None and page.dry_run is not None and page.dry_run.merged == 1)

    click(qtbot, page.confirm)
    qtbot.waitUntil(lambda: page.last_report is not None and not page.last_report.dry_run, timeout=10_000)
    assert reads == [path]  # read and validated once, for the dry run
    with sqlite_shop.db.read() as s:
        tiers = dict(s.execute(select(Member.name, Member.tier)).all())
    assert tiers == {"张伟": Tier.GOLD, "李娜": Tier.SILVER}
    assert "Imported m.csv: added 1, filled in 1" in page.report.text()


def test_file_dialogs_start_in_documents_remember_the_folder_and_speak_chinese(
    ctx: AppContext,
    sqlite_shop: Shop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    chinese: None,
) -> None:
    asked: list[tuple[str, str, str, Any]] = []
    answers = iter([str(tmp_path / "in" / "m.csv"), str(tmp_path / "in" / "m.csv")])
    saves = iter([str(tmp_path / "out" / "x.xlsx")])

    def open_name(parent: Any, title: str, folder: str, filters: str, *rest: Any) -> tuple[str, str]:
        asked.append((title, folder, filters, rest[-1]))
        return next(answers), ""

    def save_name(parent: Any, title: str, folder: str, filters: str, *rest: Any) -> tuple[str, str]:
        asked.append((title, folder, filters, rest[-1]))
        return next(saves), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "in" / "m.csv").write_text("手机,姓名\n13812345678,张伟\n", encoding="utf-8")
    ctx.set_actor(sqlite_shop.manager)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    documents = file_dialogs.documents_folder()
    for _ in range(2):
        click(qtbot, page.import_button)
        qtbot.waitUntil(lambda: page.job is None and page.last_report is not None, timeout=10_000)
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.approval_dialog is not None and page.approval_dialog.isVisible())
    assert page.approval_dialog is not None
    assert page.approval_dialog.windowTitle() == "店长批准"
    page.approval_dialog.discard()
    (first, second, export) = asked
    assert (first[0], first[1]) == ("导入会员", str(documents))  # not the program's folder
    assert first[2].startswith("表格文件 (*.xlsx *.csv)")
    assert second[1] == str(tmp_path / "in")  # the folder used last, for imports
    assert export[0] == "导出会员" and export[1].startswith(str(documents))  # exports remember apart
    assert export[1].endswith("会员名单.xlsx") and export[2].startswith("Excel 工作簿")
    assert all(options & QFileDialog.Option.DontUseNativeDialog for *_, options in asked)
    assert documents != Path(QApplication.applicationDirPath())


def test_a_clerk_sees_why_export_and_import_are_greyed(
    ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot
) -> None:
    ctx.set_actor(sqlite_shop.clerk)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.export_button.isEnabled() and not page.full_phones.isEnabled()
    assert not page.import_button.isEnabled() and not page.merge.isEnabled()
    assert TEST_PINS[Role.CLERK] not in page.permission_note.text()
    assert "supervisor" in page.permission_note.text()


def test_qts_own_file_dialog_is_wholly_chinese(qtbot: QtBot, tmp_path: Path, chinese: None) -> None:
    """Qt's catalogue lacks some of its own dialog's words; ours supplies them."""
    from PySide6.QtWidgets import QLabel

    dialog = QFileDialog(None, "导入会员", str(tmp_path), "表格文件 (*.xlsx *.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [re.sub(r"\(&\w\)", "", label.text()) for label in dialog.findChildren(QLabel) if label.text()]
    assert len(labels) == 3 and not [t for t in labels if re.search("[A-Za-z]", t)], labels  # (&L) aside


def test_the_export_shows_how_far_it_is_and_a_cancel_leaves_no_file(
    demo_window: MainWindow,  # noqa: F811
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from memberdesk.services.io import member_export, member_export_rows

    for module in (member_export, member_export_rows):
        monkeypatch.setattr(module, "EXPORT_PAGE", 100)
    go_on = threading.Event()
    streamed = member_export.file_rows

    def held_after_the_first_page(*args: Any) -> Any:  # the clerk looks while the file is written
        for n, rows in enumerate(streamed(*args)):
            if n == 1:
                go_on.wait(timeout=20)
            yield rows

    monkeypatch.setattr(member_export, "file_rows", held_after_the_first_page)
    db = demo_window.ctx.db
    page = members_page(qtbot, demo_window, "S01", DEMO_PINS["S01"])
    page.full_phones.setChecked(False)  # phones masked: no PIN needed
    out = tmp_path / "members.csv"
    choose_export_file(monkeypatch, out)
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.progress.isVisible() and page.progress.value() == 100, timeout=20_000)
    with db.read() as s:
        active = s.scalar(select(func.count()).where(Member.status == MemberStatus.ACTIVE))
    assert page.progress.maximum() == active and not page.export_button.isEnabled()
    click(qtbot, page.cancel_button)
    go_on.set()
    qtbot.waitUntil(lambda: page.job is None, timeout=20_000)
    assert page.report.text() == "Cancelled: nothing was changed." and not page.progress.isVisible()
    assert list(tmp_path.glob("members.csv*")) == [] and page.export_button.isEnabled()
    with db.read() as s:
        assert s.scalar(select(func.count()).where(AuditEntry.action == "member.export")) == 0
