"""The product import reads files as carefully as the member import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from memberdesk.services.io.spreadsheet_file import FileProblem, SpreadsheetFileError
from memberdesk.services.sales.catalogue import import_products, lookup
from tests.conftest import Shop


def test_price_list_below_a_title_row_on_the_second_sheet(shop: Shop, tmp_path: Path) -> None:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "说明"
    first.append(["价格含税"])
    sheet = book.create_sheet("商品")
    sheet.append(["2024 春季价目表"])
    sheet.append(["货号", "品名", "售价", "尺码"])
    sheet.append(["A100", "衬衫", 199.0, "S/M/L"])
    book.save(tmp_path / "p.xlsx")
    assert import_products(shop.db, shop.manager, tmp_path / "p.xlsx") == 1
    found = lookup(shop.db, "A100")
    assert found is not None and (found.price_fen, found.sizes) == (19900, ["S", "M", "L"])


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", FileProblem.EMPTY),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, FileProblem.NOT_SPREADSHEET),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, FileProblem.XLS),
        (b"PK\x03\x04broken", FileProblem.DAMAGED),
    ],
)
def test_bad_price_list_files(shop: Shop, tmp_path: Path, content: bytes, problem: FileProblem) -> None:
    path = tmp_path / "p.xlsx"
    path.write_bytes(content)
    with pytest.raises(SpreadsheetFileError) as err:
        import_products(shop.db, shop.manager, path)
    assert err.value.problem == problem
