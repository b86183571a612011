"""``memberdesk find`` prints the counter's ranked results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from memberdesk.__main__ import main
from memberdesk.services.members.enrolment import MemberForm, enrol
from tests.conftest import Shop


@pytest.fixture
def shop_with_members(sqlite_shop: Shop) -> tuple[Path, int]:
    member_id = enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="单雄信"))
    enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13912340000", name="李娜"))
    assert sqlite_shop.db.path is not None
    return sqlite_shop.db.path, member_id


def test_find_json(shop_with_members: tuple[Path, int], capsys: pytest.CaptureFixture[str]) -> None:
    path, member_id = shop_with_members
    assert main(["find", "shanx", "--db", str(path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {
            "id": member_id,
            "name": "单雄信",
            "masked_phone": "138****5678",
            "card_no": rows[0]["card_no"],
            "tier": "regular",
            "last_visit": None,
        }
    ]


def test_find_table_and_no_match(
    shop_with_members: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = shop_with_members
    assert main(["find", "5678", "--db", str(path)]) == 0
    assert "单雄信" in capsys.readouterr().out
    assert main(["find", "nobody", "--db", str(path), "--limit", "3"]) == 1
    assert "no member found" in capsys.readouterr().out


# --- a damaged file: a clear message and exit 2, never a result and exit 0 ---------------------


def _damage_the_table(path: Path, table: str) -> None:
    """Overwrite the header of ``table``'s first page, as a failing disk would."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(b"\xa5" * 64)


def test_find_answers_from_the_pages_it_reads_without_waiting_for_a_check_of_the_file(
    shop_with_members: tuple[Path, int], sqlite_shop: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    """A command that only reads takes no day's backup, so nothing reads the whole file
    first: a page it never reads does not stop it. The next command that changes the store
    finds the damage in its backup (``test_daily_backup``), and ``db check`` names it."""
    from tests.store.test_bad_files import damage_a_middle_page

    path, _ = shop_with_members
    sqlite_shop.db.dispose()  # this test's own connections let go of the file
    damage_a_middle_page(path)  # a page of the products, which a search never reads
    assert main(["find", "5678", "--db", str(path)]) == 0
    assert "单雄信" in capsys.readouterr().out
    assert main(["db", "check", "--quick", "--db", str(path)]) == 1
    assert "damaged" in capsys.readouterr().out


def test_find_that_meets_a_damaged_page_half_way_stops_with_exit_2(
    shop_with_members: tuple[Path, int], sqlite_shop: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command itself reads the damaged page."""
    path, _ = shop_with_members
    sqlite_shop.db.dispose()
    _damage_the_table(path, "staff")  # read first: who the command acts as
    assert main(["find", "5678", "--db", str(path)]) == 2
    captured = capsys.readouterr()
    assert "is damaged" in captured.err and "malformed" in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
