""" "Restore newest backup" when the database cannot be opened: the store's own backup is put
back at once; another store's, or any backup over a file that no longer says which store it
was, only after the clerk has read which store, how many members and what date, and said yes."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from memberdesk import config
from memberdesk.domain.errors import DatabaseProblem, Problem
from memberdesk.services.staff import backups
from memberdesk.store.backup import take_backup
from memberdesk.ui.app.db_problem import DatabaseProblemDialog, restore_question
from memberdesk.ui.widgets import i18n
from tests.store.restore_helpers import count, other_store_file, shop_file
from tests.store.test_bad_files import damage_a_middle_page

MEMBERS = "SELECT count(*) FROM members"


class Clerk:
    """Stands in for the question box: records what was asked and gives the chosen answer."""

    def __init__(self) -> None:
        self.says_yes = False
        self.asked: list[backups.RestoreRefused] = []

    def __call__(self, refused: backups.RestoreRefused) -> bool:
        self.asked.append(refused)
        return self.says_yes


@pytest.fixture
def clerk(monkeypatch: pytest.MonkeyPatch) -> Clerk:
    answers = Clerk()
    monkeypatch.setattr(
        DatabaseProblemDialog,
        "confirm_restore",
        classmethod(lambda cls, refused, parent=None: answers(refused)),
    )
    return answers


def _settings(tmp_path: Path) -> config.Settings:
    return config.Settings(backup_dir=str(tmp_path / "backups"))


def test_the_stores_own_backup_goes_back_without_a_question(
    sqlite_template: Path, tmp_path: Path, clerk: Clerk, qapp: QApplication
) -> None:
    live = shop_file(sqlite_template, tmp_path / "shop.sqlite3", members=4)
    settings = _settings(tmp_path)
    newest = take_backup(live, settings.backup_path(), now=dt.datetime(2026, 3, 1, 9, 0))
    damage_a_middle_page(live)
    problem = DatabaseProblem(Problem.CORRUPT, str(live), "damaged")
    assert DatabaseProblemDialog.restore_newest(problem, newest, live, settings) is None
    assert clerk.asked == [] and count(live, MEMBERS) == 4


def test_another_stores_backup_is_put_back_only_when_the_clerk_says_so(
    sqlite_template: Path, tmp_path: Path, clerk: Clerk, qapp: QApplication
) -> None:
    live = shop_file(sqlite_template, tmp_path / "shop.sqlite3", members=4)
    settings = _settings(tmp_path)
    settings.backup_path().mkdir(parents=True)
    other = other_store_file(sqlite_template, settings.backup_path() / "memberdesk-20260301-090000.sqlite3")
    damage_a_middle_page(live)
    before = live.read_bytes()
    problem = DatabaseProblem(Problem.CORRUPT, str(live), "damaged")

    assert DatabaseProblemDialog.restore_newest(problem, other, live, settings) is problem
    assert live.read_bytes() == before
    assert isinstance(clerk.asked[0], backups.OtherStoreBackup)
    question = restore_question(clerk.asked[0])
    for words in ("演示门店", "2", "2026-03-01 09:00", "测试门店", "4"):  # in whichever language is on
        assert words in question

    clerk.says_yes = True
    assert DatabaseProblemDialog.restore_newest(problem, other, live, settings) is None
    assert count(live, MEMBERS) == 2


def test_over_a_file_that_says_nothing_the_clerk_is_asked_in_chinese(
    sqlite_template: Path, tmp_path: Path, clerk: Clerk, qapp: QApplication
) -> None:
    live = shop_file(sqlite_template, tmp_path / "shop.sqlite3", members=4)
    settings = _settings(tmp_path)
    newest = take_backup(live, settings.backup_path(), now=dt.datetime(2026, 3, 1, 9, 0))
    live.write_bytes(b"garbage" * 1000)
    problem = DatabaseProblem(Problem.CORRUPT, str(live), "not a database")
    assert DatabaseProblemDialog.restore_newest(problem, newest, live, settings) is problem
    assert live.read_bytes() == b"garbage" * 1000
    assert isinstance(clerk.asked[0], backups.StoreUnverified)
    i18n.install_translators(qapp, "zh_CN")
    try:
        question = restore_question(clerk.asked[0])
    finally:
        i18n.install_translators(qapp, "en")
    assert re.search(r"[\u4e00-\u9fff]{4}", question.replace("测试门店", "")), question
    assert "测试门店" in question and "4" in question and "2026-03-01 09:00" in question
