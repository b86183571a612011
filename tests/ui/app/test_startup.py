"""Starting the GUI: problems are shown with a way forward, a new store can be set up."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from memberdesk import config
from memberdesk.domain.errors import DatabaseProblem, Problem, ValidationError
from memberdesk.services.staff import auth
from memberdesk.ui.app.application import open_store
from memberdesk.ui.app.db_problem import Choice, DatabaseProblemDialog, problem_text
from memberdesk.ui.app.store_setup import StoreSetup, StoreSetupDialog

SETUP = StoreSetup("S9", "新店", "周店长", "M01", "2580", "总服务台")


def args_for(db: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), smoke_test=False, lang=None)


def test_missing_database_offers_a_new_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    target = tmp_path / "shop.sqlite3"
    seen: list[Problem] = []

    def choose_new(problem: DatabaseProblem, settings: config.Settings, parent=None) -> Choice:
        seen.append(problem.problem)
        return Choice(str(target), new_store=True)

    monkeypatch.setattr(DatabaseProblemDialog, "ask", classmethod(lambda cls, *a, **k: choose_new(*a, **k)))
    monkeypatch.setattr(StoreSetupDialog, "ask", classmethod(lambda cls, parent=None: SETUP))
    ctx, _health, code = open_store(args_for(target), config.Settings(backup_dir=str(tmp_path / "b")))
    assert seen == [Problem.MISSING] and code == 0 and ctx is not None
    assert ctx.store_name == "新店"
    manager = auth.list_staff(ctx.db, ctx.store_id)[0]
    assert auth.sign_in(ctx.db, manager.id, "2580").name == "周店长"
    ctx.db.dispose()


def test_corrupt_database_quit_leaves_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    target = tmp_path / "shop.sqlite3"
    target.write_bytes(b"not a database" * 200)
    monkeypatch.setattr(DatabaseProblemDialog, "ask", classmethod(lambda cls, *a, **k: None))
    ctx, _, code = open_store(args_for(target), config.Settings(backup_dir=str(tmp_path / "b")))
    assert ctx is None and code == 2
    assert target.read_bytes() == b"not a database" * 200


def test_opened_other_file_is_remembered(
    tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch, qapp
) -> None:
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(sqlite_template, other)
    monkeypatch.setattr(DatabaseProblemDialog, "ask", classmethod(lambda cls, *a, **k: Choice(str(other))))
    monkeypatch.setattr(StoreSetupDialog, "ask", classmethod(lambda cls, parent=None: SETUP))
    settings = config.Settings(backup_dir=str(tmp_path / "b"))
    ns = argparse.Namespace(db=None, smoke_test=False, lang=None)
    monkeypatch.setattr(config.Settings, "database_target", lambda self: str(tmp_path / "gone.sqlite3"))
    ctx, _, code = open_store(ns, settings)
    assert code == 0 and ctx is not None
    assert config.load().database == str(other)
    ctx.db.dispose()


def test_every_problem_has_a_message(qapp) -> None:
    for problem in Problem:
        assert problem_text(DatabaseProblem(problem, "/x/y.sqlite3", "detail"))


def test_store_setup_refuses_differing_pins_and_keeps_the_form(qtbot: QtBot) -> None:
    dialog = StoreSetupDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("新店")
    dialog.manager_name.setText("周店长")
    dialog.pin.setText("2580")
    dialog.pin_again.setText("2581")
    with pytest.raises(ValidationError):
        dialog.values()
    dialog.try_accept()
    assert dialog.error.text() and dialog.result() == 0
    assert dialog.name.text() == "新店" and dialog.pin.text() == "2580"


def test_smoke_test_on_a_database_without_a_store_fails_fast(
    tmp_path: Path, sqlite_template: Path, qapp
) -> None:
    target = tmp_path / "empty.sqlite3"
    shutil.copyfile(sqlite_template, target)
    ns = argparse.Namespace(db=str(target), smoke_test=True, lang=None)
    ctx, _, code = open_store(ns, config.Settings(backup_dir=str(tmp_path / "b")))
    assert ctx is None and code == 1


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("C", "zh_CN"),
        ("POSIX", "zh_CN"),
        ("zh_CN", "zh_CN"),
        ("zh_TW", "zh_CN"),
        ("en_US", "en"),
        ("en_GB", "en"),
    ],
)
def test_a_chinese_store_starts_in_chinese_unless_the_system_says_english(system: str, expected: str) -> None:
    from PySide6.QtCore import QLocale

    from memberdesk.ui.widgets.i18n import choose_language

    assert choose_language(None, QLocale(system)) == expected
    assert choose_language("en", QLocale(system)) == "en"  # --lang or the setting always wins


def _store_file(tmp_path: Path, sqlite_template: Path) -> Path:
    from memberdesk.services.staff.setup import create_store
    from memberdesk.store.database import connect

    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    db = connect(target)
    create_store(db, code="S1", name="店", manager_name="周店长", manager_code="M01", manager_pin="2580")
    db.dispose()
    return target


def test_the_daily_backup_waits_for_sign_in_and_runs_on_a_worker(
    tmp_path: Path, sqlite_template: Path, qtbot: QtBot
) -> None:
    from memberdesk.store import backup
    from memberdesk.ui.app.main_window import MainWindow

    target = _store_file(tmp_path, sqlite_template)
    settings = config.load()
    folder = settings.backup_path()
    ctx, _health, code = open_store(args_for(target), settings)
    assert code == 0 and ctx is not None
    assert not backup.list_backups(folder)  # nothing before the window
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    manager = auth.list_staff(ctx.db, ctx.store_id)[0]
    ctx.set_actor(auth.sign_in(ctx.db, manager.id, "2580"))
    win.signin.signed_in.emit(ctx.actor)
    qtbot.waitUntil(lambda: bool(backup.list_backups(folder)), timeout=20000)
    qtbot.waitUntil(lambda: win.backup_label.text() != win.tr("Backing up the database…"))
    assert win.backup_label.isVisible() and "⚠" not in win.backup_label.text()
    ctx.db.dispose()


def test_a_failed_daily_backup_is_a_warning_in_the_status_bar(
    tmp_path: Path, sqlite_template: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from memberdesk.store import backup
    from memberdesk.ui.app.main_window import MainWindow

    def no_disk(*_a: object, **_k: object) -> Path:
        raise OSError("USB disk not found")

    monkeypatch.setattr(backup, "take_backup", no_disk)
    target = _store_file(tmp_path, sqlite_template)
    ctx, _health, _code = open_store(args_for(target), config.load())
    assert ctx is not None
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    manager = auth.list_staff(ctx.db, ctx.store_id)[0]
    ctx.set_actor(auth.sign_in(ctx.db, manager.id, "2580"))
    win.signin.signed_in.emit(ctx.actor)
    qtbot.waitUntil(lambda: "USB disk not found" in win.backup_label.text(), timeout=20000)
    assert "b45309" in win.backup_label.styleSheet()  # the warning colour
    assert win.ctx.signed_in  # the counter keeps working
    ctx.db.dispose()
