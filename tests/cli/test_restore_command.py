"""``memberdesk restore FILE``: names the backup, refuses the wrong file before replacing the
store, and never lets a backup vouch for itself over a file that cannot be read."""

from __future__ import annotations

import builtins
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from memberdesk.__main__ import main
from memberdesk.services.staff import auth
from memberdesk.store import migrate
from tests.store.restore_helpers import (
    MANAGER_PIN,
    count,
    old_store_file,
    other_store_file,
    revision,
    shop_file,
    snapshot,
)
from tests.store.test_bad_files import damage_a_middle_page

MEMBERS = "SELECT count(*) FROM members"
RESTORES = "SELECT count(*) FROM audit_entries WHERE action = 'db.restore'"


@pytest.fixture(autouse=True)
def _no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)


@pytest.fixture
def live(sqlite_template: Path, tmp_path: Path) -> Path:
    return shop_file(sqlite_template, tmp_path / "shop.sqlite3", members=4)


@pytest.fixture
def other(sqlite_template: Path, tmp_path: Path) -> Path:
    """A demo store's file with its own manager M01 / 8888, dated like a backup."""
    return other_store_file(sqlite_template, tmp_path / "memberdesk-20260301-090000.sqlite3", members=2)


def _as(monkeypatch: pytest.MonkeyPatch, code: str, pin: str) -> None:
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", code)
    monkeypatch.setenv("MEMBERDESK_PIN", pin)


def _restore(live: Path, backup_file: Path, *flags: str) -> int:
    try:
        return main(["restore", "--db", str(live), str(backup_file), *flags])
    except SystemExit as stop:
        return int(stop.code or 0)


def test_a_backup_from_a_newer_program_is_refused_and_the_store_kept(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = snapshot(live, tmp_path / "memberdesk-20260101-000000.sqlite3")
    with closing(sqlite3.connect(newer, isolation_level=None)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = live.read_bytes()
    _as(monkeypatch, "M01", MANAGER_PIN)
    assert _restore(live, newer, "--yes") == 2
    assert "newer MemberDesk" in capsys.readouterr().err
    assert live.read_bytes() == before


def test_a_backup_from_before_0005_is_upgraded_and_the_restore_audited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old = old_store_file(tmp_path / "memberdesk-20241125-100000.sqlite3")
    live = tmp_path / "shop.sqlite3"
    live.write_bytes(old.read_bytes())
    assert main(["db", "upgrade", "--db", str(live)]) == 0
    _as(monkeypatch, "M01", MANAGER_PIN)
    assert _restore(live, old, "--yes") == 0
    out = capsys.readouterr().out
    assert "测试门店" in out and "1 members" in out and "2024-11-25" in out
    assert revision(live) == migrate.head_revision()
    assert count(live, "SELECT count(*) FROM audit_entries WHERE action = 'db.restore' AND staff_id = 1") == 1


def test_another_stores_backup_is_named_and_needs_its_own_flag(
    live: Path, other: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _as(monkeypatch, "M01", MANAGER_PIN)
    assert _restore(live, other, "--yes") == 2
    said = capsys.readouterr()
    for words in (
        "演示门店",
        "2 members",
        "2026-03-01 09:00",
        "测试门店",
        "4 members",
        "--force-other-store",
    ):
        assert words in said.out + said.err
    assert count(live, MEMBERS) == 4 and count(live, RESTORES) == 0
    assert _restore(live, other, "--yes", "--force-other-store") == 0
    assert count(live, MEMBERS) == 2


def test_another_stores_backup_is_asked_about_at_the_terminal(
    live: Path, other: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _as(monkeypatch, "M01", MANAGER_PIN)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    asked: list[str] = []

    def answer(prompt: str) -> str:
        asked.append(prompt)
        return "y" if len(asked) == 1 else "n"  # yes to "replace?", no to "another store?"

    monkeypatch.setattr(builtins, "input", answer)
    assert _restore(live, other) == 1
    assert any("ANOTHER store" in q and "演示门店" in q for q in asked)
    assert count(live, MEMBERS) == 4 and count(live, RESTORES) == 0


def test_over_an_unreadable_file_a_backup_cannot_authorise_itself(
    live: Path, other: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    live.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)
    garbage = live.read_bytes()
    _as(monkeypatch, "M01", "8888")  # the demo file's own manager
    assert _restore(live, other, "--yes") == 2
    err = capsys.readouterr().err
    assert "--recover" in err and "演示门店" in err
    assert live.read_bytes() == garbage


def test_over_a_damaged_file_of_the_same_store_the_stores_manager_restores(
    live: Path, tmp_path: Path, other: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = snapshot(live, tmp_path / "memberdesk-20260302-090000.sqlite3")
    damage_a_middle_page(live)
    _as(monkeypatch, "M01", "8888")
    assert _restore(live, other, "--yes") == 2  # another store over it: no
    _as(monkeypatch, "M01", MANAGER_PIN)
    assert _restore(live, own, "--yes") == 0
    assert count(live, MEMBERS) == 4


def test_an_explicit_recovery_restores_over_a_file_that_says_nothing_and_is_audited(
    live: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = snapshot(live, tmp_path / "memberdesk-20260302-090000.sqlite3")
    live.write_bytes(b"garbage" * 1000)
    _as(monkeypatch, "M01", MANAGER_PIN)
    assert _restore(live, own, "--yes") == 2
    assert _restore(live, own, "--yes", "--recover") == 0
    with closing(sqlite3.connect(live)) as conn:
        detail = conn.execute("SELECT detail FROM audit_entries WHERE action = 'db.restore'").fetchone()[0]
    assert "recover" in detail and "M01" in detail
