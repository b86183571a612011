"""Headless commands that restore, export or read sensitive data need a manager's PIN."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from memberdesk.__main__ import main
from memberdesk.cli.common import require_manager
from memberdesk.domain.vocab import Role
from memberdesk.services.staff import auth
from memberdesk.store.database import Database, connect
from memberdesk.store.models import AuditEntry, Staff
from tests.conftest import TEST_PINS, Shop, make_shop


@pytest.fixture(autouse=True)
def _no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    db = connect(target)
    make_shop(db)
    db.dispose()
    return target


@pytest.fixture
def backup_file(shop_file: Path, tmp_path: Path) -> Path:
    made = tmp_path / "memberdesk-20260501-100000.sqlite3"
    with sqlite3.connect(shop_file) as src, sqlite3.connect(made) as dst:
        src.backup(dst)
    with sqlite3.connect(shop_file) as conn:
        conn.execute(
            "INSERT INTO products (sku, name, category, price_fen, sizes, active) "
            "VALUES ('X1', '围巾', '配饰', 9900, '', 1)"
        )
    return made


def _products(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM products").fetchone()[0])


def _credentials(monkeypatch: pytest.MonkeyPatch, code: str | None, pin: str | None) -> None:
    for name, value in (("MEMBERDESK_STAFF_NO", code), ("MEMBERDESK_PIN", pin)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)


@pytest.mark.parametrize(
    ("code", "pin", "says"),
    [
        (None, None, "MEMBERDESK_STAFF_NO"),
        ("C01", TEST_PINS[Role.CLERK], "not accepted"),
        ("S01", TEST_PINS[Role.SUPERVISOR], "not accepted"),
        ("M01", "0000", "not accepted"),
        ("X99", "9999", "not accepted"),
    ],
)
def test_restore_is_refused_without_a_manager(
    shop_file: Path,
    backup_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: str | None,
    pin: str | None,
    says: str,
) -> None:
    _credentials(monkeypatch, code, pin)
    with pytest.raises(SystemExit) as stop:
        main(["restore", "--db", str(shop_file), str(backup_file), "--yes"])
    assert stop.value.code == 2
    assert says in capsys.readouterr().err
    assert _products(shop_file) == 1  # nothing restored


def test_restore_by_a_manager_is_audited_in_the_restored_database(
    shop_file: Path, backup_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _credentials(monkeypatch, "M01", TEST_PINS[Role.MANAGER])
    assert main(["restore", "--db", str(shop_file), str(backup_file), "--yes"]) == 0
    assert _products(shop_file) == 0
    with sqlite3.connect(shop_file) as conn:
        rows = conn.execute(
            "SELECT staff_id, detail FROM audit_entries WHERE action = 'db.restore'"
        ).fetchall()
    assert len(rows) == 1 and rows[0][0] is not None and "M01" in rows[0][1]


def test_a_recovery_onto_a_file_that_says_nothing_checks_the_pin_in_the_backup(
    shop_file: Path, backup_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shop_file.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)
    _credentials(monkeypatch, "M01", TEST_PINS[Role.MANAGER])
    assert main(["restore", "--db", str(shop_file), str(backup_file), "--yes"]) == 2  # not without --recover
    assert "--recover" in capsys.readouterr().err
    _credentials(monkeypatch, "M01", "0000")
    with pytest.raises(SystemExit):
        main(["restore", "--db", str(shop_file), str(backup_file), "--yes", "--recover"])
    assert "not accepted" in capsys.readouterr().err
    before = backup_file.read_bytes()
    _credentials(monkeypatch, "M01", TEST_PINS[Role.MANAGER])
    assert main(["restore", "--db", str(shop_file), str(backup_file), "--yes", "--recover"]) == 0
    assert backup_file.read_bytes() == before  # the backup itself is never written
    assert _products(shop_file) == 0


def _manager_locked(db: Database, shop: Shop) -> None:
    for _ in range(auth.MAX_ATTEMPTS):
        with pytest.raises(Exception):  # noqa: B017 - WrongPin, then AccountLocked
            auth.sign_in(db, shop.manager.staff_id, "0000")


def test_require_manager_uses_the_sign_in_lock_out(
    sqlite_shop: Shop, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite_shop.db
    _credentials(monkeypatch, "M01", TEST_PINS[Role.MANAGER])
    actor = require_manager(db, "export members")
    assert actor == sqlite_shop.manager
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "staff.verify")).one()
    assert entry.staff_id == actor.staff_id and entry.detail == "export members"
    _manager_locked(db, sqlite_shop)
    with pytest.raises(SystemExit):
        require_manager(db, "export members")  # the right PIN, but locked
    assert "locked" in capsys.readouterr().err


def test_wrong_pins_here_count_toward_the_lock_out(
    sqlite_shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    _credentials(monkeypatch, "M01", "0000")
    for _ in range(2):
        with pytest.raises(SystemExit):
            require_manager(sqlite_shop.db, "export members")
    with sqlite_shop.db.read() as s:
        assert s.get(Staff, sqlite_shop.manager.staff_id).failed_attempts == 2  # type: ignore[union-attr]


def test_restore_says_nothing_changed_when_the_safety_copy_cannot_be_written(
    shop_file: Path, backup_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from memberdesk.store import backup

    _credentials(monkeypatch, "M01", TEST_PINS[Role.MANAGER])

    def full(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(backup, "_open_target", full)
    assert main(["restore", "--db", str(shop_file), str(backup_file), "--yes"]) == 2
    assert "Nothing was restored" in capsys.readouterr().err
    assert _products(shop_file) == 1


def test_every_wrong_combination_gets_one_answer_after_the_same_hashing(
    sqlite_shop: Shop, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown number, a clerk's or supervisor's number (with their right PIN) and the
    manager's number with a wrong PIN: the same words, one argon2 verification each, and the
    same wait; nothing tells which numbers exist or which one is the manager's."""
    verified: list[str] = []
    real = auth.verify_hash
    monkeypatch.setattr(auth, "verify_hash", lambda h, pin: verified.append(pin) or real(h, pin))
    waits: list[float] = []
    monkeypatch.setattr(auth, "sleep", waits.append)
    answers = []
    for code, pin in (
        ("X99", "4711"),
        ("C01", TEST_PINS[Role.CLERK]),
        ("S01", TEST_PINS[Role.SUPERVISOR]),
        ("M01", "4712"),
        ("M01", "4713"),  # a second wrong PIN: no slower than the first
    ):
        _credentials(monkeypatch, code, pin)
        verified.clear()
        with pytest.raises(SystemExit) as stop:
            require_manager(sqlite_shop.db, "export members")
        assert stop.value.code == 2
        assert verified == [pin], code  # the PIN went through argon2 exactly once
        answers.append(capsys.readouterr().err)
    assert len(set(answers)) == 1 and "not accepted" in answers[0]
    assert all(code not in answers[0] for code in ("X99", "C01", "S01", "M01"))
    assert waits == [waits[0]] * 5 and waits[0] > 0
