"""The Segments screen as the manager uses it: Ctrl+Shift+S on the Members page, type a tag and
watch the live count (counted on a worker), save, list the members, export a promotion list."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk.domain.vocab import Role
from memberdesk.services.segments import segments as segment_service
from memberdesk.services.segments import tags
from memberdesk.services.segments.filters import SegmentFilter
from memberdesk.ui.app.main_window import MainWindow
from memberdesk.ui.segments.segments_dialog import SegmentsDialog
from tests.conftest import TEST_PINS, Shop
from tests.services.segments.segment_data import build
from tests.ui.counter_steps import visible_dialogs
from tests.ui.page_steps import focused, go_to, sign_in, type_text


def _dialog(qtbot: QtBot) -> SegmentsDialog:
    qtbot.waitUntil(lambda: any(isinstance(d, SegmentsDialog) for d in visible_dialogs()))
    return next(d for d in visible_dialogs() if isinstance(d, SegmentsDialog))


def test_manager_builds_counts_saves_lists_and_exports_a_segment(
    qtbot: QtBot, window: MainWindow, sqlite_shop: Shop, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    known = build(sqlite_shop, members=30)
    carriers = sorted(
        m for m, t in known.tags.items() if "学生" in t and known.members[m]["status"] == "active"
    )
    counted_on: list[bool] = []
    real = segment_service.segment_count

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        counted_on.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(segment_service, "segment_count", watched)
    sign_in(qtbot, window, sqlite_shop.manager.staff_id, TEST_PINS[Role.MANAGER])
    go_to(qtbot, window, "members")
    qtbot.keyClick(
        focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = _dialog(qtbot)
    qtbot.waitUntil(lambda: focused() is dialog.editor.tags_any)
    type_text(qtbot, "学生")
    qtbot.waitUntil(lambda: dialog.counted == len(carriers), timeout=10_000)
    assert counted_on and not any(counted_on)  # never on the window's thread
    assert str(len(carriers)) in dialog.count.text()
    dialog.name.setFocus()
    type_text(qtbot, "学生会员")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "学生会员" in dialog.outcome.text())
    assert segment_service.load(sqlite_shop.db, sqlite_shop.manager, "学生会员").filter == SegmentFilter(
        tags_any=("学生",)
    )
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter: show the members
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(carriers))
    assert [r.id for r in dialog.model.rows] == carriers
    done = dialog.export_to(tmp_path / "学生.csv")
    assert done is not None
    with (tmp_path / "学生.csv").open(encoding="utf-8-sig") as f:
        assert len(list(csv.reader(f))) == done.written + 1
    assert done.written + done.left_out_no_consent == len(carriers)
    assert ("left out" in dialog.outcome.text()) == bool(done.left_out_no_consent)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not visible_dialogs() and QApplication.focusWidget() is not None)


def test_a_clerk_is_told_who_may_use_segments(qtbot: QtBot, window: MainWindow, sqlite_shop: Shop) -> None:
    tags.add_tag(sqlite_shop.db, sqlite_shop.manager, "学生")
    sign_in(qtbot, window, sqlite_shop.clerk.staff_id, TEST_PINS[Role.CLERK])
    page = go_to(qtbot, window, "members")
    assert not page.segments_button.isEnabled()
    assert page.segments_button.toolTip()
