"""Import keeps what the old system knew: points, tier, member-since, children, sizes."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from memberdesk.domain.vocab import Gender, PointsSource, SizeCategory, Tier
from memberdesk.services.io.member_io import import_members
from memberdesk.services.sales import points
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.store.models import Member, MemberStats, PointsEntry
from tests.conftest import Shop

HEADERS = ["手机", "姓名", "积分", "会员等级", "入会日期", "孩子", "上衣尺码", "鞋码", "储值余额"]
ROWS = [
    [
        "13812345678",
        "张伟",
        "1,200",
        "金卡",
        "2019-03-08",
        "小明 男 2015-03-02；小红 2018-01-05",
        "L",
        "38",
        "500",
    ],
    ["13912345678", "李娜", "0", "VIP", "2020/1/2", "", "", "", ""],
    ["13712345678", "王芳", "", "", "", "", "", "", ""],
    ["13612345678", "坏积分", "12.5", "", "", "", "", "", ""],
    ["13512345678", "坏等级", "", "黑卡", "", "", "", "", ""],
    ["13412345678", "未来", "", "", "2999-01-01", "", "", "", ""],
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def member(shop: Shop, phone: str) -> Member:
    with shop.db.read() as s:
        m = s.scalars(select(Member).where(Member.phone == phone)).one()
        _ = (m.children, m.sizes)
        s.expunge(m)
        return m


def test_points_tier_since_children_and_sizes_are_kept(shop: Shop, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "old_pos.csv", [HEADERS, *ROWS])
    report = import_members(shop.db, shop.manager, path)
    assert report.added == 3
    assert [(r.row, r.field) for r in report.rejected] == [(5, "points"), (6, "tier"), (7, "member_since")]
    m = member(shop, "13812345678")
    assert m.tier == Tier.GOLD
    assert m.enrolled_at.astimezone().date() == dt.date(2019, 3, 8)
    assert sorted((c.name, c.gender, c.birthday) for c in m.children) == [
        ("小明", Gender.MALE, dt.date(2015, 3, 2)),
        ("小红", Gender.UNKNOWN, dt.date(2018, 1, 5)),
    ]
    assert {s.category: s.size for s in m.sizes} == {SizeCategory.TOPS: "L", SizeCategory.SHOES: "38"}
    assert points.balance(shop.db, m.id) == 1200
    with shop.db.read() as s:
        entry = s.scalars(select(PointsEntry).where(PointsEntry.member_id == m.id)).one()
        assert (entry.delta, entry.source) == (1200, PointsSource.ADJUSTMENT)
        assert entry.reason == "opening balance, imported from old_pos.csv"
        assert s.get(MemberStats, m.id).points_balance == 1200  # type: ignore[union-attr]
    assert member(shop, "13912345678").tier == Tier.VIP
    assert member(shop, "13712345678").tier == Tier.REGULAR
    assert check_ledgers(shop.db) == []
    assert (report.points, report.points_members) == (1200, 1)
    assert report.tiers == {"gold": 1, "vip": 1}


def test_dry_run_shows_opening_points_and_writes_nothing(shop: Shop, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "m.csv", [HEADERS, *ROWS[:2]])
    report = import_members(shop.db, shop.manager, path, dry_run=True)
    assert (report.added, report.points, report.points_members) == (2, 1200, 1)
    with shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(PointsEntry)) == 0
        assert s.scalar(select(func.count()).select_from(Member)) == 0


def test_xlsx_numbers_and_dates_for_points_and_since(shop: Shop, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Mobile", "Name", "Points", "Level", "Member since", "Child name", "Child birthday"])
    sheet.append(
        [13812345678, "Anna", 350.0, "Silver", dt.datetime(2021, 5, 1), "Max", dt.datetime(2016, 2, 29)]
    )
    book.save(tmp_path / "m.xlsx")
    report = import_members(shop.db, shop.manager, tmp_path / "m.xlsx")
    assert report.added == 1 and not report.rejected
    m = member(shop, "13812345678")
    assert (m.tier, points.balance(shop.db, m.id)) == (Tier.SILVER, 350)
    assert [(c.name, c.birthday) for c in m.children] == [("Max", dt.date(2016, 2, 29))]
