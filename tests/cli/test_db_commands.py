"""``memberdesk db check / upgrade``, ``backup`` and ``restore`` from the command line."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from memberdesk.__main__ import main
from memberdesk.domain.vocab import Role
from memberdesk.store.database import connect
from tests.conftest import TEST_PINS, make_shop


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    return target


def test_db_check_passes_on_a_healthy_database(shop_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "check", "--db", str(shop_file)]) == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out and out.strip().endswith("OK")


def test_db_check_reports_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "check", "--db", str(tmp_path / "none.sqlite3")]) == 2
    assert "No database" in capsys.readouterr().err


def test_db_check_finds_a_dangling_reference(shop_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with closing(
        sqlite3.connect(shop_file, isolation_level=None)
    ) as conn:  # foreign keys off in a plain connection
        conn.execute("INSERT INTO member_keys (key, member_id) VALUES ('n:x', 424242)")
    assert main(["db", "check", "--db", str(shop_file)]) == 1
    assert "foreign keys" in capsys.readouterr().out


def test_db_upgrade_on_a_current_database_changes_nothing(
    shop_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade", "--db", str(shop_file)]) == 0
    assert "already at schema" in capsys.readouterr().out


def test_db_upgrade_brings_old_search_keys_up_to_date(
    shop_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A member saved before compound surnames were read as one (keys of 百 + 里长青) is found
    by the compound reading after `db upgrade`."""
    from memberdesk.services.members.enrolment import enrol
    from memberdesk.services.members.forms import MemberForm
    from memberdesk.services.members.search import find

    db = connect(shop_file)
    shop = make_shop(db)
    member_id = enrol(db, shop.clerk, MemberForm(phone="13812345678", name="百里长青"))
    with closing(
        sqlite3.connect(shop_file, isolation_level=None)
    ) as conn:  # keys as an older build wrote them
        conn.execute("DELETE FROM member_keys WHERE member_id = ?", (member_id,))
        conn.executemany(
            "INSERT INTO member_keys (key, member_id) VALUES (?, ?)",
            [("n:百里长青", member_id), ("i:blcq", member_id), ("p:bailichangqing", member_id)],
        )
    assert [h.id for h in find(db, shop.clerk, "bailiz")] == []
    db.dispose()
    assert main(["db", "upgrade", "--db", str(shop_file)]) == 0
    assert "search keys brought up to date for 1 members" in capsys.readouterr().out
    db = connect(shop_file)
    try:
        assert [h.id for h in find(db, shop.clerk, "bailiz")] == [member_id]  # 长 read as zhang too
    finally:
        db.dispose()


def test_backup_then_restore_by_hand(
    shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = connect(shop_file)
    make_shop(db)
    db.dispose()
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])
    folder = tmp_path / "usb"
    assert main(["backup", "--db", str(shop_file), "--to", str(folder)]) == 0
    made = next(folder.glob("memberdesk-*.sqlite3"))
    with closing(sqlite3.connect(shop_file, isolation_level=None)) as conn:
        conn.execute(
            "INSERT INTO products (sku, name, category, price_fen, sizes, active) "
            "VALUES ('X1', '围巾', '配饰', 9900, '', 1)"
        )
    assert main(["restore", "--db", str(shop_file), str(made), "--yes"]) == 0
    with closing(sqlite3.connect(shop_file, isolation_level=None)) as conn:
        assert conn.execute("SELECT count(*) FROM products").fetchone()[0] == 0
    assert "current database saved first" in capsys.readouterr().out


def test_db_upgrade_while_another_counter_is_writing_says_so_and_exits_3(
    shop_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second connection holds the write lock (a counter in the middle of a sale): the
    upgrade stops with a message instead of a traceback, and can simply be run again."""
    from memberdesk.store import database

    monkeypatch.setattr(database, "WRITE_WAIT_S", 0.3)  # give up on the lock sooner than 5 s
    counter = sqlite3.connect(shop_file, isolation_level=None)
    try:
        counter.execute("BEGIN IMMEDIATE")
        counter.execute(
            "INSERT INTO stores (code, name, address, phone, invoice_desk, created_at, uid) "
            "VALUES ('B1', '另一台', '', '', '', 1767225600000000, randomblob(16))"
        )
        assert main(["db", "upgrade", "--db", str(shop_file)]) == 3
    finally:
        counter.execute("ROLLBACK")
        counter.close()
    err = capsys.readouterr().err
    assert "Another counter is saving right now" in err and "memberdesk db upgrade" in err
    assert "Traceback" not in err and "Busy" not in err
    assert main(["db", "upgrade", "--db", str(shop_file)]) == 0  # once the counter is done


def test_backup_says_the_pages_copied_then_that_it_checks_the_copy(
    shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from memberdesk.store import backup

    folder = tmp_path / "usb"
    assert main(["backup", "--db", str(shop_file), "--to", str(folder)]) == 0
    (made,) = backup.list_backups(folder)
    with closing(sqlite3.connect(shop_file)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    captured = capsys.readouterr()
    assert f"backup: {pages:,} of {pages:,} pages (100%)" in captured.err
    assert "backup: copied; checking the copy" in captured.err
    assert f"backup written: {made.path}" in captured.out


def test_backup_stopped_by_ctrl_c_leaves_no_half_copy(
    shop_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from memberdesk.cli.progress import Interrupted

    monkeypatch.setattr(Interrupted, "__call__", lambda _self: True)  # Ctrl+C before the first step
    folder = tmp_path / "usb"
    assert main(["backup", "--db", str(shop_file), "--to", str(folder)]) == 130
    assert list(folder.iterdir()) == []
    assert "backup: stopped by Ctrl+C at " in capsys.readouterr().err
