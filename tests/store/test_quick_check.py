"""SQLite's quick check of the live file: what the window runs after it opens and what
``db upgrade`` runs first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from memberdesk.store import health
from memberdesk.store.database import Database, connect
from tests.conftest import make_shop
from tests.store.test_bad_files import damage_a_middle_page


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = connect(path)
    make_shop(db)
    db.dispose()
    return path


def _checked(path: Path, **kwargs: object) -> str:
    db = connect(path)
    try:
        return health.quick_check(db, **kwargs)  # type: ignore[arg-type]
    finally:
        db.dispose()


def test_an_intact_file_passes(shop_file: Path) -> None:
    assert _checked(shop_file) == ""


def test_a_damaged_page_is_found_and_said_in_a_few_findings(shop_file: Path) -> None:
    damage_a_middle_page(shop_file)
    found = _checked(shop_file)
    assert "page" in found and len(found.split("; ")) <= 4 and "more" in found  # not one line a cell


def test_the_check_stops_when_asked(shop_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Quitting the app stops the check at once instead of reading the rest of the file."""
    monkeypatch.setattr(health, "QUICK_CHECK_STEPS", 10)  # ask at once, however small the file
    db = connect(shop_file)
    try:
        with pytest.raises(health.CheckStopped):
            health.quick_check(db, stop=lambda: True)
        assert health.quick_check(db) == ""  # the pooled connection is not left stopping
    finally:
        db.dispose()


def test_a_server_database_is_not_checked_here(shop: object, db: Database) -> None:
    assert health.quick_check(db) == ""


def test_summarise_keeps_the_first_findings() -> None:
    said = "*** in database main ***\n" + "\n".join(f"On tree page 9 cell {i}: bad" for i in range(40))
    assert health.summarise(said) == (
        "On tree page 9 cell 0: bad; On tree page 9 cell 1: bad; On tree page 9 cell 2: bad; … 37 more"
    )
    assert health.summarise("database disk image is malformed") == "database disk image is malformed"
