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
