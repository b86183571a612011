"""A backup stopped half-way (the app is closing) leaves nothing behind and harms nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from memberdesk.store import backup


@pytest.fixture
def live(sqlite_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "live.sqlite3"
    shutil.copyfile(sqlite_template, target)
    return target


def _leftovers(folder: Path) -> list[Path]:
    return sorted(folder.iterdir()) if folder.exists() else []


def test_a_stop_during_the_copy_leaves_no_file_and_keeps_the_older_backups(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "b"
    older = backup.take_backup(live, folder)
    monkeypatch.setattr(backup, "PAGES_PER_STEP", 1)  # one page a step: many chances to stop
    steps: list[int] = []
    with pytest.raises(backup.BackupStopped):
        backup.take_backup(
            live,
            folder,
            label="x",
            progress=lambda left, _total: steps.append(left),
            stop=lambda: len(steps) >= 3,
        )
    assert len(steps) == 3  # it stopped at the first question after being told
    assert _leftovers(folder) == [older]
    backup.verify_backup(older)


def test_a_stop_during_the_check_of_the_copy_leaves_no_file(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "CHECK_STEPS", 10)  # the tiny file's check asks too
    folder = tmp_path / "b"
    copied: list[int] = []
    asked_during_check: list[bool] = []

    def stop() -> bool:
        if copied and copied[-1] == 0:  # the copy is complete: what asks now is the check
            asked_during_check.append(True)
            return True
        return False

    with pytest.raises(backup.BackupStopped):
        backup.take_backup(live, folder, progress=lambda left, _total: copied.append(left), stop=stop)
    assert asked_during_check
    assert _leftovers(folder) == []


def test_the_check_is_asked_often_enough_to_stop_at_once(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a stop the check runs to its end and says the copy is whole."""
    monkeypatch.setattr(backup, "CHECK_STEPS", 10)
    asked: list[int] = []
    assert backup.integrity_problem(live, stop=lambda: bool(asked.append(1))) == ""
    assert len(asked) > 1
