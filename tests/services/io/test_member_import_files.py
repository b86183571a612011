"""Import from the files stores really have: title rows, several sheets, .xls, broken files."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from memberdesk.domain.errors import ValidationError
from memberdesk.services.io.member_io import import_members, sheet_names
from memberdesk.services.io.spreadsheet_file import FileProblem, SpreadsheetFileError
from memberdesk.store.models import AuditEntry, Member
from tests.conftest import Shop

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = Workbook()
    first = True
    for title, rows in sheets.items():
        ws = book.active if first else book.create_sheet()
        assert ws is not None
        ws.title = title
        for row in rows:
            ws.append(row)
        first = False
    book.save(path)
    return path


def stored(shop: Shop) -> tuple[int, int]:
    with shop.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Member)) or 0,
            s.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


MEMBERS = [["手机号码", "姓名"], ["13812345678", "张伟"], ["123", "坏电话"]]


def test_title_row_above_the_header(shop: Shop, tmp_path: Path) -> None:
    path = workbook(tmp_path / "m.xlsx", {"Sheet1": [["XX服饰 会员名单（2024年）"], [], *MEMBERS]})
    report = import_members(shop.db, shop.manager, path)
    assert (report.added, report.header_row) == (1, 3)
    assert [r.row for r in report.rejected] == [5]  # the row number Excel shows


def test_title_row_in_csv(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([["XX服饰 会员名单（2024年）", ""], *MEMBERS])
    assert import_members(shop.db, shop.manager, path).added == 1


def test_instructions_sheet_first_members_second(shop: Shop, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "m.xlsx",
        {
            "说明": [["请在第二页填写会员"], ["手机号必须填写"]],
            "会员": MEMBERS,
            "门店": [["门店", "地址"], ["一店", "x"]],
        },
    )
    assert sheet_names(path) == ["说明", "会员", "门店"]
    report = import_members(shop.db, shop.manager, path, dry_run=True)
    assert (report.sheet, report.sheets, report.added) == ("会员", ("说明", "会员", "门店"), 1)
    with pytest.raises(ValidationError) as err:
        import_members(shop.db, shop.manager, path, sheet="说明")
    assert err.value.field == "mapping" and "会员" in err.value.english()
    with pytest.raises(SpreadsheetFileError) as missing:
        import_members(shop.db, shop.manager, path, sheet="Sheet9")
    assert missing.value.problem == FileProblem.NO_SHEET and "说明, 会员, 门店" in missing.value.english()


def test_members_on_two_sheets_the_clerk_picks(shop: Shop, tmp_path: Path) -> None:
    second = [["手机号码", "姓名"], ["13912345678", "李娜"]]
    path = workbook(tmp_path / "m.xlsx", {"一店": MEMBERS, "二店": second})
    assert import_members(shop.db, shop.manager, path).sheet == "一店"
    report = import_members(shop.db, shop.manager, path, sheet="二店")
    assert (report.sheet, report.added) == ("二店", 1)


def test_xls_is_refused_with_how_to_save_as_xlsx(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    with pytest.raises(SpreadsheetFileError) as err:
        import_members(shop.db, shop.manager, path)
    assert err.value.problem == FileProblem.XLS
    assert ".xlsx" in err.value.english() and "encoding" not in err.value.english()


def test_tab_separated_text_saved_as_xls_is_read(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "pos_export.xls"
    path.write_bytes("手机\t姓名\n13812345678\t张伟\n".encode("gb18030"))
    assert import_members(shop.db, shop.manager, path).added == 1


def test_unicode_text_from_excel_is_read(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_bytes("手机\t姓名\r\n13812345678\t张伟\r\n".encode("utf-16"))
    assert import_members(shop.db, shop.manager, path).added == 1


def test_a_cell_longer_than_the_csv_limit_rejects_its_row(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [["手机", "姓名", "备注"], ["13812345678", "张伟", "x" * 131_073], ["13912345678", "李娜", "ok"]]
        )
    report = import_members(shop.db, shop.manager, path)
    assert report.added == 1 and [(r.row, r.field) for r in report.rejected] == [(2, "notes")]


def test_a_long_cell_in_xlsx_rejects_its_row(shop: Shop, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "m.xlsx", {"m": [["手机", "姓名", "地址"], ["13812345678", "张伟", "路" * 140_000]]}
    )
    report = import_members(shop.db, shop.manager, path)
    assert report.added == 0 and [r.field for r in report.rejected] == ["address"]


def _broken_sheet_xml(tmp_path: Path) -> Path:
    good = workbook(tmp_path / "good.xlsx", {"m": MEMBERS})
    out = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data[: len(data) // 2] + b'<c r="A9"><v>1</v></row'
            dst.writestr(item, data)
    path = tmp_path / "bad_xml.xlsx"
    path.write_bytes(out.getvalue())
    return path


def _truncated_zip(tmp_path: Path) -> Path:
    good = workbook(tmp_path / "good2.xlsx", {"m": MEMBERS}).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good[: len(good) // 2])
    return path


def _named(name: str, content: bytes):  # type: ignore[no-untyped-def]
    def make(tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(content)
        return path

    return make


BAD_FILES = {
    "empty xlsx": (_named("e.xlsx", b""), FileProblem.EMPTY),
    "empty csv": (_named("e.csv", b""), FileProblem.EMPTY),
    "bom only": (_named("b.csv", b"\xef\xbb\xbf"), FileProblem.EMPTY),
    "png as xlsx": (_named("photo.xlsx", PNG), FileProblem.NOT_SPREADSHEET),
    "png as csv": (_named("photo.csv", PNG), FileProblem.NOT_SPREADSHEET),
    "zip of other files": (None, FileProblem.NOT_SPREADSHEET),
    "damaged zip": (_truncated_zip, FileProblem.DAMAGED),
    "bad sheet xml": (_broken_sheet_xml, FileProblem.DAMAGED),
    "header only": (_named("h.csv", "手机,姓名\n".encode()), FileProblem.NO_ROWS),
    "a folder": (lambda tmp_path: tmp_path, FileProblem.UNREADABLE),
    "missing": (lambda tmp_path: tmp_path / "gone.csv", FileProblem.UNREADABLE),
}


def _other_zip(tmp_path: Path) -> Path:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "hello")
    return path


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_files_are_refused_with_a_typed_error_and_change_nothing(
    shop: Shop, tmp_path: Path, kind: str
) -> None:
    make, problem = BAD_FILES[kind]
    path = (make or _other_zip)(tmp_path)
    before = stored(shop)
    with pytest.raises(SpreadsheetFileError) as err:
        import_members(shop.db, shop.manager, path)
    assert err.value.problem == problem and err.value.field == "file"
    assert stored(shop) == before


def test_a_locked_file_is_refused(shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.csv"
    path.write_text("手机,姓名\n13812345678,张伟\n", encoding="utf-8")

    def locked(self: Path) -> bytes:
        raise PermissionError(13, "The process cannot access the file", str(self))

    monkeypatch.setattr(Path, "read_bytes", locked)
    with pytest.raises(SpreadsheetFileError) as err:
        import_members(shop.db, shop.manager, path)
    assert err.value.problem == FileProblem.UNREADABLE and "m.csv" in err.value.english()
