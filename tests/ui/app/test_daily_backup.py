"""The day's backup as the counter sees it: progress in the status bar, and a quit in the
middle of it ends it at once with nothing half-written left under a backup's name."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from memberdesk import config
from memberdesk.store import backup
from memberdesk.ui.app import daily_backup
from memberdesk.ui.app.daily_backup import DailyBackup


@pytest.fixture
def live(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "live.sqlite3"
    shutil.copyfile(demo_template, target)
    return target


def _states(job: DailyBackup) -> list[tuple[str, bool]]:
    seen: list[tuple[str, bool]] = []
    job.state.connect(lambda text, warning: seen.append((text, warning)))
    return seen


def test_the_status_bar_follows_the_copy_in_percent(
    live: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "PAGES_PER_STEP", 64)
    job = DailyBackup(live)
    seen = _states(job)
    with qtbot.waitSignal(job.ended, timeout=60_000) as ended:
        job.start()
    assert ended.args == [True]
    percents = [int(m.group(1)) for text, _ in seen if (m := re.search(r"(\d+)%", text))]
    assert len(percents) > 2 and percents == sorted(percents) and percents[-1] == 100
    assert len(backup.list_backups(config.load().backup_path())) == 1


def test_quitting_during_the_backup_stops_it_and_leaves_nothing(
    live: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "PAGES_PER_STEP", 1)
    monkeypatch.setattr(daily_backup, "STEP_PAUSE_S", 0.01)  # a long copy: seconds of steps
    job = DailyBackup(live)
    seen = _states(job)
    job.start()
    qtbot.waitUntil(lambda: any("%" in text for text, _ in seen), timeout=30_000)
    with qtbot.waitSignal(job.ended, timeout=10_000) as ended:
        QApplication.instance().aboutToQuit.emit()  # what closing the last window sends
    assert ended.args == [False]
    assert seen[-1][1]  # a warning: no backup today yet
    folder = config.load().backup_path()
    assert list(folder.iterdir()) == []  # no backup, no partial copy
    backup.verify_backup(live)  # the live file is whole
