"""Filling in members already on file: empty fields only, points and tier only when asked per
column, one audit entry per member, and never a member of another store."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select

from memberdesk.domain.vocab import Role, SizeCategory, Tier
from memberdesk.services.common.context import Actor
from memberdesk.services.io.member_io import MergeOptions, OnDuplicate, import_members
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.sales import points
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.staff.setup import create_store
from memberdesk.store.models import AuditEntry, Member, Staff
from tests.conftest import Shop
from tests.services.io.helpers import write_csv

HEADERS = ["手机", "姓名", "邮箱", "地址", "积分", "会员等级", "孩子", "上衣尺码", "鞋码"]
ROW = ["13812345678", "张伟", "zw@example.cn", "新地址 9 号", "1200", "金卡", "小明 男 2015-03-02", "L", "38"]


def member(shop: Shop, phone: str) -> Member:
    with shop.db.read() as s:
        m = s.scalars(select(Member).where(Member.phone == phone)).one()
        _ = (m.children, m.sizes)
        s.expunge(m)
        return m


def fills(shop: Shop) -> list[AuditEntry]:
    with shop.db.read() as s:
        return list(
            s.scalars(
                select(AuditEntry).where(AuditEntry.action == "member.import_fill").order_by(AuditEntry.id)
            )
        )


def test_merge_fills_empty_fields_only_and_never_points_or_tier_unless_asked(
    shop: Shop, tmp_path: Path
) -> None:
    a = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟", address="老地址 1 号",
                                              sizes={SizeCategory.TOPS: "M"}))  # fmt: skip
    path = write_csv(tmp_path / "m.csv", [HEADERS, ROW])
    report = import_members(shop.db, shop.manager, path, on_duplicate=OnDuplicate.MERGE)
    assert (report.merged, report.points, report.tiers) == (1, 0, {})
    m = member(shop, "13812345678")
    assert (m.email, m.address, m.tier) == ("zw@example.cn", "老地址 1 号", Tier.REGULAR)
    assert {sz.category: sz.size for sz in m.sizes} == {SizeCategory.TOPS: "M", SizeCategory.SHOES: "38"}
    assert [c.name for c in m.children] == ["小明"]
    assert points.balance(shop.db, a) == 0  # never granted without asking

    asked = import_members(shop.db, shop.manager, path, on_duplicate=OnDuplicate.MERGE,
                           merge=MergeOptions(points=True, tier=True))  # fmt: skip
    assert (asked.merged, asked.points, asked.tiers) == (1, 1200, {"gold": 1})
    assert member(shop, "13812345678").tier == Tier.GOLD and points.balance(shop.db, a) == 1200
    again = import_members(shop.db, shop.manager, path, on_duplicate=OnDuplicate.MERGE,
                           merge=MergeOptions(points=True, tier=True))  # fmt: skip
    assert again.merged == 0 and points.balance(shop.db, a) == 1200  # never counted twice
    assert [(r.row, r.english()) for r in again.skipped_rows] == [
        (2, f"On file as 张伟 ({m.card_no}), who has everything this row holds.")
    ]
    assert check_ledgers(shop.db) == []
    entries = fills(shop)
    assert [e.entity_id for e in entries] == [a, a]
    first, second = (json.loads(e.after) for e in entries)
    assert first["email"] == "zw@example.cn" and "points" not in first and "tier" not in first
    assert (second["points"], second["tier"]) == (1200, "gold")
    assert json.loads(entries[1].before)["tier"] == "regular"


def test_each_member_filled_in_has_its_own_audit_entry(shop: Shop, tmp_path: Path) -> None:
    ids = [enrol(shop.db, shop.clerk, MemberForm(phone=f"1381234567{i}", name=f"会员{i}")) for i in range(3)]
    rows = [["手机", "姓名", "职业"], *[[f"1381234567{i}", f"会员{i}", f"职业{i}"] for i in range(3)]]
    report = import_members(
        shop.db, shop.manager, write_csv(tmp_path / "m.csv", rows), on_duplicate=OnDuplicate.MERGE
    )
    assert report.merged == 3
    entries = fills(shop)
    assert [e.entity_id for e in entries] == ids
    assert [json.loads(e.after) for e in entries] == [{"occupation": f"职业{i}"} for i in range(3)]
    assert all("m.csv row" in e.detail for e in entries)


def second_store(shop: Shop) -> Actor:
    store = create_store(shop.db, code="S002", name="二店", manager_name="赵经理", manager_code="M02",
                         manager_pin="7777")  # fmt: skip
    with shop.db.read() as s:
        staff = s.scalars(select(Staff).where(Staff.store_id == store)).one()
        return Actor(staff.id, store, staff.name, Role.MANAGER, staff.code)


def test_a_phone_of_another_stores_member_is_refused_never_written(shop: Shop, tmp_path: Path) -> None:
    """Stores sharing one PostgreSQL database: an import stays in its own store."""
    other = second_store(shop)
    theirs = enrol(shop.db, other, MemberForm(phone="13812345678", name="张伟"))
    path = write_csv(tmp_path / "m.csv", [HEADERS, ROW, ["13912345678", "李娜", "", "", "", "", "", "", ""]])
    for dry_run in (True, False):
        report = import_members(shop.db, shop.manager, path, dry_run=dry_run, on_duplicate=OnDuplicate.MERGE,
                                merge=MergeOptions(points=True, tier=True))  # fmt: skip
        assert (report.added, report.merged) == (1, 0)
        assert [(r.row, r.field) for r in report.rejected] == [(2, "phone")]
        assert "another store" in report.rejected[0].english()
    m = member(shop, "13812345678")
    assert (m.id, m.store_id, m.email, m.tier) == (theirs, other.store_id, "", Tier.REGULAR)
    assert points.balance(shop.db, theirs) == 0 and not m.children and not m.sizes
    assert member(shop, "13912345678").store_id == shop.store_id
    assert fills(shop) == []


def test_the_birthday_is_filled_only_when_none_is_on_file(shop: Shop, tmp_path: Path) -> None:
    enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟", birthday=dt.date(1990, 5, 31)))
    enrol(shop.db, shop.clerk, MemberForm(phone="13912345678", name="李娜"))
    rows = [["手机", "姓名", "生日", "农历生日"], ["13812345678", "张伟", "1991-01-01", "是"],
            ["13912345678", "李娜", "1988-08-08", "是"]]  # fmt: skip
    report = import_members(
        shop.db, shop.manager, write_csv(tmp_path / "m.csv", rows), on_duplicate=OnDuplicate.MERGE
    )
    assert (report.merged, report.skipped) == (1, 1)
    assert member(shop, "13812345678").birthday == dt.date(1990, 5, 31)
    li = member(shop, "13912345678")
    assert (li.birthday, li.birthday_lunar, li.lunar_mmdd is not None) == (dt.date(1988, 8, 8), True, True)
