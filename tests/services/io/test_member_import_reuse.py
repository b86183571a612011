"""The real run reuses the rows its dry run validated, and a file's names are read once each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from memberdesk.services.io import import_rows, member_import
from memberdesk.services.io.member_io import import_members
from tests.conftest import Shop
from tests.services.io.helpers import write_csv


def test_the_import_reuses_the_dry_runs_rows_of_the_sheet_it_chose(
    shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Members page asks the dry run without a sheet, and imports the sheet it read."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["手机", "姓名"])
    sheet.append(["13812345678", "张伟"])
    book.save(tmp_path / "m.xlsx")
    dry = import_members(shop.db, shop.manager, tmp_path / "m.xlsx", dry_run=True)
    assert dry.sheet and dry.prepared is not None

    def read_again(*_args: Any, **_kw: Any) -> None:
        raise AssertionError("the file was read and validated again")

    monkeypatch.setattr(member_import, "prepare", read_again)
    report = import_members(
        shop.db, shop.manager, tmp_path / "m.xlsx", sheet=dry.sheet, prepared=dry.prepared
    )
    assert report.added == 1


def test_a_changed_file_is_read_again(shop: Shop, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [["手机", "姓名"], ["13812345678", "张伟"]])
    dry = import_members(shop.db, shop.manager, path, dry_run=True)
    write_csv(path, [["手机", "姓名"], ["13812345678", "张伟"], ["13912345678", "李娜"]])
    report = import_members(shop.db, shop.manager, path, prepared=dry.prepared)
    assert report.added == 2


def test_each_distinct_name_gets_its_search_keys_computed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names: list[str] = []
    real = import_rows.name_keys

    def counted(name: str) -> set[str]:
        names.append(name)
        return real(name)

    monkeypatch.setattr(import_rows, "name_keys", counted)
    rows = [["手机", "姓名"], *[[f"1381234{i:04d}", ("张伟", "李娜", "王芳")[i % 3]] for i in range(30)]]
    prepared = import_rows.prepare(write_csv(tmp_path / "m.csv", rows))
    assert sorted(names) == ["张伟", "李娜", "王芳"]
    assert [r.keys for r in prepared.rows[:3]] == [tuple(sorted(real(n))) for n in ("张伟", "李娜", "王芳")]
    assert len({id(r.keys) for r in prepared.rows}) == 3  # one tuple per name, shared
