"""Every kind of bad file × every way of opening it: a clear message, the right exit code,
and the file's bytes (and the folder around it) exactly as they were."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from memberdesk import config
from memberdesk.__main__ import main
from memberdesk.cli.common import describe
from memberdesk.domain.errors import DatabaseProblem, Problem
from memberdesk.startup import open_database
from memberdesk.store.database import connect
from tests.conftest import make_shop

GEOPACKAGE_ID = 0x47504B47  # another application's id in the SQLite header


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for statement in statements:
            conn.execute(statement)


def _shop(template: Path, target: Path) -> None:
    shutil.copyfile(template, target)
    db = connect(target)
    make_shop(db)
    db.dispose()


def make_zero_byte(_template: Path, target: Path) -> None:
    target.write_bytes(b"")


def make_empty_sqlite(_template: Path, target: Path) -> None:
    _sql(target, "PRAGMA user_version = 3")  # a header page, no tables


def make_empty_foreign(_template: Path, target: Path) -> None:
    _sql(target, f"PRAGMA application_id = {GEOPACKAGE_ID}")


def make_foreign_alembic(_template: Path, target: Path) -> None:
    _sql(
        target,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('0001')",
        "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)",
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)",
    )


def make_text(_template: Path, target: Path) -> None:
    target.write_text("name,phone\n王芳,13800138000\n" * 200, encoding="utf-8")


def make_truncated(template: Path, target: Path) -> None:
    _shop(template, target)
    data = target.read_bytes()
    target.write_bytes(data[: len(data) * 3 // 5])


def damage_a_middle_page(target: Path) -> None:
    """Overwrite a leaf page of the products table in the middle of the file."""
    with closing(sqlite3.connect(target, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN")
        for i in range(3000):
            conn.execute(
                "INSERT INTO products (sku, name, category, price_fen, sizes, active) "
                "VALUES (?, ?, ?, ?, '', 1)",
                (f"SKU{i:05d}", f"商品{i}" * 3, "服装", 100 + i),
            )
        conn.execute("COMMIT")
        pages = [
            r[0]
            for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'products' AND pagetype = 'leaf'")
        ]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.execute("PRAGMA journal_mode = WAL")
    page = pages[len(pages) // 2]
    with target.open("r+b") as fh:
        fh.seek((page - 1) * page_size + 8)
        fh.write(b"\xa5" * 200)


def make_corrupt_middle(template: Path, target: Path) -> None:
    _shop(template, target)
    damage_a_middle_page(target)


def make_newer(template: Path, target: Path) -> None:
    _shop(template, target)
    _sql(target, "UPDATE alembic_version SET version_num = '9999_from_the_future'")


def make_good(template: Path, target: Path) -> None:
    _shop(template, target)


@dataclass(frozen=True)
class Kind:
    make: Callable[[Path, Path], None]
    problem: Problem | None  # what opening it says (None: it opens)
    says: str  # words every refusal of it contains
    check_exit: int
    upgrade_exit: int
    read_through: Problem | None = None  # what reading every page says, when opening cannot

    @property
    def refused_by_smoke_test(self) -> Problem | None:
        return self.problem or self.read_through


KINDS: dict[str, Kind] = {
    "zero_byte": Kind(make_zero_byte, Problem.NOT_MEMBERDESK, "empty file", 2, 2),
    "empty_sqlite": Kind(make_empty_sqlite, Problem.NOT_MEMBERDESK, "empty database", 2, 2),
    "empty_foreign": Kind(make_empty_foreign, Problem.NOT_MEMBERDESK, "another application", 2, 2),
    "foreign_alembic_0001": Kind(make_foreign_alembic, Problem.NOT_MEMBERDESK, "another application", 2, 2),
    "text": Kind(make_text, Problem.NOT_MEMBERDESK, "not a database file", 2, 2),
    "truncated": Kind(make_truncated, Problem.CORRUPT, "cut short", 2, 2),
    "corrupt_middle": Kind(make_corrupt_middle, None, "damaged", 1, 2, read_through=Problem.CORRUPT),
    "newer": Kind(make_newer, Problem.TOO_NEW, "9999_from_the_future", 1, 2),
    "locked": Kind(make_good, Problem.LOCKED, "locked", 2, 2),
    "read_only": Kind(make_good, Problem.READ_ONLY, "cannot be written", 2, 2),
}


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder (not the backups folder) and a digest of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


@pytest.fixture
def bad_file(
    request: pytest.FixtureRequest, sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[str, Kind, Path]]:
    name: str = request.param
    kind = KINDS[name]
    folder = tmp_path / "store"
    folder.mkdir()
    target = folder / "shop.sqlite3"
    kind.make(sqlite_template, target)
    monkeypatch.setenv("MEMBERDESK_HOME", str(tmp_path / "home"))
    holder = None
    if name == "locked":
        holder = sqlite3.connect(target, isolation_level=None)
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
    if name == "read_only":
        real_access = os.access
        monkeypatch.setattr(
            os,
            "access",
            lambda p, mode: False if Path(p) == target and mode & os.W_OK else real_access(p, mode),
        )
    try:
        yield name, kind, target
    finally:
        if holder is not None:
            holder.execute("ROLLBACK")
            holder.close()


def _settings(tmp_path: Path) -> config.Settings:
    return config.Settings(backup_dir=str(tmp_path / "backups"))


@pytest.mark.parametrize("bad_file", list(KINDS), indirect=True)
def test_open(bad_file: tuple[str, Kind, Path], tmp_path: Path) -> None:
    _name, kind, target = bad_file
    before = _snapshot(target.parent)
    if kind.problem is None:
        opened = open_database(str(target), settings=_settings(tmp_path))
        opened.db.dispose()
        assert opened.damaged and "damaged" in opened.backup_error  # the backup's check found it
        assert opened.backups == []  # and kept no damaged copy
        assert len(opened.damaged.split("; ")) <= 4  # the first findings, not one line per cell
    else:
        with pytest.raises(DatabaseProblem) as err:
            open_database(str(target), settings=_settings(tmp_path))
        assert err.value.problem is kind.problem
        assert kind.says in describe(err.value)  # what the command line and the log say
    assert _snapshot(target.parent) == before


@pytest.mark.parametrize("bad_file", list(KINDS), indirect=True)
def test_db_check(bad_file: tuple[str, Kind, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _name, kind, target = bad_file
    before = _snapshot(target.parent)
    assert main(["db", "check", "--db", str(target)]) == kind.check_exit
    captured = capsys.readouterr()
    assert kind.says in captured.out + captured.err
    assert "Traceback" not in captured.err
    assert _snapshot(target.parent) == before


@pytest.mark.parametrize("bad_file", list(KINDS), indirect=True)
def test_db_upgrade(bad_file: tuple[str, Kind, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _name, kind, target = bad_file
    before = _snapshot(target.parent)
    assert main(["db", "upgrade", "--db", str(target)]) == kind.upgrade_exit
    captured = capsys.readouterr()
    if kind.upgrade_exit:
        assert kind.says in captured.err
    assert _snapshot(target.parent) == before


@pytest.mark.parametrize(
    "bad_file", [k for k, v in KINDS.items() if v.refused_by_smoke_test is not None], indirect=True
)
def test_smoke_test(
    bad_file: tuple[str, Kind, Path], qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    _name, kind, target = bad_file
    before = _snapshot(target.parent)
    assert main(["--smoke-test", "--db", str(target)]) == 1
    err = capsys.readouterr().err
    refused = kind.refused_by_smoke_test
    assert err.startswith("smoke test:") and refused is not None and refused.value in err
    assert _snapshot(target.parent) == before


@pytest.mark.parametrize("bad_file", ["zero_byte", "foreign_alembic_0001"], indirect=True)
def test_find_refuses_with_a_message_not_a_traceback(
    bad_file: tuple[str, Kind, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _name, _kind, target = bad_file
    with pytest.raises(SystemExit) as stop:
        main(["find", "王", "--db", str(target)])
    assert stop.value.code == 2
    assert "not a MemberDesk database" in capsys.readouterr().err


def test_only_an_explicit_create_gives_an_empty_file_the_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new.sqlite3"
    target.write_bytes(b"")
    assert main(["db", "init", "--db", str(target)]) == 0
    assert "created" in capsys.readouterr().out
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x4D444B31
    assert main(["db", "check", "--db", str(target)]) == 0
    assert main(["db", "init", "--db", str(target)]) == 1  # never over an existing store
    assert "already a MemberDesk database" in capsys.readouterr().err


def test_init_refuses_another_applications_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "other.sqlite3"
    make_foreign_alembic(tmp_path, target)
    before = target.read_bytes()
    assert main(["db", "init", "--db", str(target)]) == 2
    assert "not a MemberDesk database" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_an_older_file_without_the_application_id_opens_and_is_marked(
    sqlite_template: Path, tmp_path: Path
) -> None:
    target = tmp_path / "older.sqlite3"
    _shop(sqlite_template, target)
    _sql(target, "PRAGMA application_id = 0")
    opened = open_database(str(target), settings=_settings(tmp_path))
    opened.db.dispose()
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x4D444B31


def test_demo_may_fill_an_empty_file_but_never_another_applications(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "other.sqlite3"
    make_foreign_alembic(tmp_path, foreign)
    before = foreign.read_bytes()
    assert main(["demo", "--db", str(foreign), "--members", "5"]) == 2
    assert "not a MemberDesk database" in capsys.readouterr().err
    assert foreign.read_bytes() == before
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert main(["demo", "--db", str(empty), "--members", "5"]) == 0
    assert main(["db", "check", "--db", str(empty)]) == 0
