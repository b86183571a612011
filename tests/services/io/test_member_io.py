import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from memberdesk.domain.errors import PermissionDenied, ValidationError
from memberdesk.domain.vocab import ConsentKind, Gender
from memberdesk.services.io.member_io import OnDuplicate, export_members, guess_mapping, import_members
from memberdesk.services.members.enrolment import (
    MemberForm,
    SensitiveInfo,
    enrol,
    record_consent,
    set_sensitive,
)
from memberdesk.services.members.search import find
from memberdesk.store.models import Member
from tests.conftest import Shop
from tests.services.io.helpers import manager_approval

ROWS = [
    ["手机号码", "姓名", "性别", "生日", "会员卡号", "备注"],
    ["138 1234 5678", "张伟", "女", "1990/5/31", "", "老顾客"],
    ["139-1234-5678", "单雄信", "男", "1985年7月1日", "OLD000123", ""],
    ["12345", "坏电话", "", "", "", ""],
    ["13700001111", "", "", "", "", ""],
    ["13600001111", "日期错", "", "1990-13-45", "", ""],
    ["13812345678", "重复", "", "", "", ""],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def count(shop: Shop) -> int:
    with shop.db.read() as s:
        return s.scalar(select(func.count()).select_from(Member)) or 0


def test_guess_mapping_chinese_and_english() -> None:
    assert guess_mapping(["手机号码", "姓名", "会员卡号"]) == {"phone": 0, "name": 1, "card_no": 2}
    assert guess_mapping(["Name", "Mobile", "Date of Birth", "E-mail"]) == {
        "name": 0,
        "phone": 1,
        "birthday": 2,
        "email": 3,
    }


def test_dry_run_reports_every_rejected_row_and_writes_nothing(shop: Shop, tmp_path: Path) -> None:
    report = import_members(shop.db, shop.manager, write_csv(tmp_path / "m.csv", ROWS), dry_run=True)
    assert (report.rows, report.added) == (6, 2)
    assert [(r.row, r.field) for r in report.rejected] == [
        (4, "phone"),
        (5, "name"),
        (6, "birthday"),
        (7, "phone"),
    ]
    assert "row 2" in report.rejected[-1].english()
    assert count(shop) == 0


def test_import_adds_good_rows_findable_at_once(shop: Shop, tmp_path: Path) -> None:
    report = import_members(shop.db, shop.manager, write_csv(tmp_path / "m.csv", ROWS))
    assert report.added == 2 and len(report.rejected) == 4
    hit = find(shop.db, shop.manager, "shanx")[0]
    assert hit.card_no == "OLD000123"
    with shop.db.read() as s:
        m = s.scalars(select(Member).where(Member.phone == "13812345678")).one()
        assert (m.gender, m.birthday, m.notes) == (Gender.FEMALE, dt.date(1990, 5, 31), "老顾客")


def test_gbk_csv_is_read(shop: Shop, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "gbk.csv", ROWS[:3], encoding="gbk")
    assert import_members(shop.db, shop.manager, path).added == 2


def test_xlsx_with_numbers_for_phones(shop: Shop, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Mobile", "Birthday"])
    sheet.append(["Anna Schmidt", 13812345678, dt.datetime(1990, 1, 2)])
    book.save(tmp_path / "m.xlsx")
    report = import_members(shop.db, shop.manager, tmp_path / "m.xlsx")
    assert report.added == 1 and not report.rejected


def test_duplicates_by_phone_skipped_or_merged(shop: Shop, tmp_path: Path) -> None:
    enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    path = write_csv(tmp_path / "m.csv", ROWS[:2])
    assert import_members(shop.db, shop.manager, path).skipped == 1
    report = import_members(shop.db, shop.manager, path, on_duplicate=OnDuplicate.MERGE)
    assert report.merged == 1 and count(shop) == 1
    with shop.db.read() as s:
        assert s.scalars(select(Member)).one().notes == "老顾客"


@pytest.mark.parametrize("content", [b"", "手机,姓名\n".encode(), b"\xff\xfe\x00\x00garbage\x81"])
def test_empty_or_unreadable_files(shop: Shop, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError):
        import_members(shop.db, shop.manager, path)


def test_missing_columns_and_permission(shop: Shop, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [["foo", "bar"], ["1", "2"]])
    with pytest.raises(ValidationError) as err:
        import_members(shop.db, shop.manager, path)
    assert err.value.field == "mapping"
    with pytest.raises(PermissionDenied):
        import_members(shop.db, shop.clerk, path)


def test_cancel_leaves_nothing(shop: Shop, tmp_path: Path) -> None:
    rows = [["手机", "姓名"]] + [[f"138{i:08d}", f"会员{i}"] for i in range(120)]
    path = write_csv(tmp_path / "m.csv", rows)

    class Stop(Exception):
        pass

    def check() -> None:
        raise Stop

    with pytest.raises(Stop):
        import_members(shop.db, shop.manager, path, check=check)
    assert count(shop) == 0


def test_export_respects_roles_and_consent(shop: Shop, tmp_path: Path) -> None:
    a = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    enrol(shop.db, shop.clerk, MemberForm(phone="13912345678", name="李娜"))
    record_consent(shop.db, shop.clerk, a, ConsentKind.SENSITIVE, True)
    set_sensitive(shop.db, shop.supervisor, a, SensitiveInfo(True, "回族", "", ""))
    with pytest.raises(PermissionDenied):
        export_members(shop.db, shop.clerk, tmp_path / "x.csv", approval=manager_approval(shop))
    assert export_members(shop.db, shop.supervisor, tmp_path / "x.csv", approval=manager_approval(shop)) == 2
    with (tmp_path / "x.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "卡号" and "民族" not in rows[0] and rows[1][1] == "张伟"
    approval = manager_approval(shop)
    assert (
        export_members(
            shop.db, shop.supervisor, tmp_path / "x.xlsx", include_sensitive=True, approval=approval
        )
        == 2
    )
    sheet = load_workbook(tmp_path / "x.xlsx").active
    assert sheet is not None
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[1][-3] == "回族" and values[2][-3] in ("", None)
