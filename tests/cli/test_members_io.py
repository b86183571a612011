"""``memberdesk import members`` / ``export members`` on a store file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from memberdesk.__main__ import main
from memberdesk.store.models import AuditEntry, Member
from tests.conftest import Shop


def test_import_dry_run_then_real_then_export(
    sqlite_shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.csv"
    with path.open("w", encoding="gbk", newline="") as f:
        csv.writer(f).writerows([["手机", "姓名"], ["13812345678", "张伟"], ["123", "坏"]])
    db = str(sqlite_shop.db.path)
    assert main(["import", "members", str(path), "--db", db, "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "row 3: rejected (phone)" in out and "would add 1" in out
    with sqlite_shop.db.read() as s:
        assert s.scalar(select(Member.id)) is None
    assert main(["import", "members", str(path), "--db", db]) == 1
    assert "added 1" in capsys.readouterr().out
    assert main(["export", "members", str(tmp_path / "out.csv"), "--db", db]) == 0
    assert "张伟" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    with sqlite_shop.db.read() as s:
        details = set(s.scalars(select(AuditEntry.detail).where(AuditEntry.action.like("member.%port"))))
    assert details == {"cli m.csv", "cli"}


def test_import_with_columns_chosen_by_hand(
    sqlite_shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "from_old_pos.csv"
    source.write_text("联系电话,顾客\n13812345678,张三\n", encoding="utf-8")
    db = str(sqlite_shop.db.path)
    with pytest.raises(SystemExit):  # "顾客" is not a header the guesser knows
        main(["import", "members", str(source), "--db", db])
    assert main(["import", "members", str(source), "--db", db, "--column", "name=顾客"]) == 0
    with sqlite_shop.db.read() as s:
        assert s.scalar(select(Member.name).where(Member.phone == "13812345678")) == "张三"
    with pytest.raises(SystemExit) as wrong:
        main(["import", "members", str(source), "--db", db, "--column", "name=姓名"])
    assert "no column" in str(wrong.value.code)
