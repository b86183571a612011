"""The day's backup and the headless commands: a command that only reads never waits for it;
one that changes the store takes it after its work, so the copy holds that work."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from memberdesk import config
from memberdesk.__main__ import main
from memberdesk.domain.vocab import Role
from memberdesk.services.staff import auth
from memberdesk.store import backup
from memberdesk.store.database import connect
from tests.conftest import TEST_PINS, make_shop
from tests.services.sales_helpers import add_member


@pytest.fixture(autouse=True)
def _manager(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    db = connect(target)
    shop = make_shop(db)
    add_member(db, shop.store_id, 7)
    db.dispose()
    return target


def _backups() -> list[Path]:
    return [b.path for b in backup.list_backups(config.load().backup_path())]


def _balance_fen(path: Path) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)) as conn:
        sql = "SELECT coalesce(sum(principal_fen + bonus_fen), 0) FROM wallet_entries"
        return int(conn.execute(sql).fetchone()[0])


@pytest.mark.parametrize(
    "command",
    [
        ["find", "0007"],
        ["wallet", "balance", "C000007"],
        ["report", "liability", "--at", "2026-03-31", "--out", "{tmp}/owed.pdf"],
        ["export", "members", "{tmp}/members.csv"],
    ],
    ids=["find", "wallet-balance", "report", "export"],
)
def test_a_command_that_only_reads_takes_no_backup_on_a_fresh_day(
    command: list[str], shop_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _backups() == []  # nothing taken today yet
    argv = [part.format(tmp=tmp_path) for part in command]
    assert main([*argv, "--db", str(shop_file)]) == 0
    assert _backups() == []
    assert "backup" not in capsys.readouterr().err


def test_a_command_that_writes_takes_the_days_backup_after_its_work(
    shop_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["wallet", "topup", "C000007", "1000", "--db", str(shop_file)]) == 0
    (made,) = _backups()
    assert _balance_fen(made) == _balance_fen(shop_file) == 110_000  # the top-up is in the copy
    err = capsys.readouterr().err
    assert "today's backup:" in err and "pages (100%)" in err and f"today's backup written: {made}" in err
    # a second change the same day does not copy the file again
    assert main(["wallet", "topup", "C000007", "500", "--db", str(shop_file)]) == 0
    assert _backups() == [made]
    assert "today's backup" not in capsys.readouterr().err


def test_a_refused_command_takes_no_backup(shop_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        main(["wallet", "topup", "C999999", "1000", "--db", str(shop_file)])
    assert refused.value.code == 1
    assert _backups() == []


def test_a_backup_disk_that_fails_after_the_work_is_a_warning(
    shop_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(config.Settings, "backup_path", lambda _self: blocker / "backups")
    assert main(["wallet", "topup", "C000007", "1000", "--db", str(shop_file)]) == 0
    assert _balance_fen(shop_file) == 110_000
    assert "today's backup could not be written" in capsys.readouterr().err


def test_a_command_that_writes_to_a_damaged_file_says_its_work_is_saved_and_the_file_damaged(
    shop_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.store.test_bad_files import damage_a_middle_page

    damage_a_middle_page(shop_file)  # a page of the products, which a top-up never reads
    assert main(["wallet", "topup", "C000007", "1000", "--db", str(shop_file)]) == 2
    err = capsys.readouterr().err
    assert "What the command did is saved" in err and "damaged" in err and "memberdesk restore" in err
    assert _backups() == []  # no copy of a damaged file under a backup's name
    assert "Traceback" not in err
