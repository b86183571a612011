"""Export → import into a fresh store → the same members: every field the import reads,
opening points, sizes and children included, on both databases and in both languages."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from memberdesk.domain.vocab import (
    Channel,
    Gender,
    MemberStatus,
    PartnerKind,
    SizeCategory,
    TargetGroup,
    Tier,
)
from memberdesk.services.io.member_io import export_members, import_members
from memberdesk.services.members.enrolment import ChildForm, MemberForm, enrol
from memberdesk.services.members.listing import MemberFilter
from memberdesk.services.sales import points
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.store.database import Database
from memberdesk.store.models import Member, MemberStats
from tests.conftest import Shop, fresh_database, make_shop
from tests.services.io.helpers import manager_approval

ALL_SIZES = dict(zip(SizeCategory, ["M", "27", "S", "37", "75B", "120"], strict=True))
MEMBERS: list[tuple[MemberForm, Tier, int, dt.date]] = [
    (
        MemberForm(
            phone="13812345678", name="张丽", gender=Gender.FEMALE, card_no="OLD000123",
            birthday=dt.date(1988, 2, 29), birthday_lunar=True, channel=Channel.PARTNER,
            channel_detail=PartnerKind.BANK, email="zhang.li@example.cn",
            address="北京市朝阳区建国路1号\n2单元", occupation="教师", hobbies="瑜伽、旅行",
            skin_type="干性", hair_type="卷发", notes="- 喜欢蓝色\n- 周末来", sizes=ALL_SIZES,
            children=(ChildForm("小明", Gender.MALE, dt.date(2015, 3, 2)), ChildForm("小红", Gender.FEMALE),
                      ChildForm("", Gender.UNKNOWN, dt.date(2020, 1, 5))),
        ),
        Tier.VIP, 12_345, dt.date(2019, 3, 8),
    ),
    (
        MemberForm(phone="+4915112345678", name="Anna Schmidt", channel=Channel.TARGET_GROUP,
                   channel_detail=TargetGroup.STUDENTS, sizes={SizeCategory.SHOES: "39"},
                   children=(ChildForm("Max Boyd", Gender.MALE, dt.date(2016, 2, 29)),)),
        Tier.SILVER, 0, dt.date(2021, 12, 31),
    ),
    (
        MemberForm(phone="13912345678", name="欧阳娜娜", gender=Gender.FEMALE, birthday=dt.date(1990, 5, 31),
                   channel=Channel.OTHER, channel_detail="朋友圈"),
        Tier.GOLD, 800, dt.date(2024, 1, 1),
    ),
    (
        MemberForm(phone="13712345678", name="王芳", channel=Channel.MEMBER_REFERRAL),
        Tier.REGULAR, 5, dt.date(2025, 6, 30),
    ),
]  # fmt: skip


def setup_members(shop: Shop) -> None:
    for form, tier, balance, since in MEMBERS:
        member_id = enrol(shop.db, shop.clerk, form)
        at = dt.datetime.combine(since, dt.time(15, 30)).astimezone()
        with shop.db.write() as s:  # as an older system or the sales rules left them
            s.execute(update(Member).where(Member.id == member_id).values(tier=tier, enrolled_at=at))
        if balance:
            points.adjust(shop.db, shop.supervisor, member_id, balance, "开业前积分")


FIELDS = ("card_no", "name", "gender", "birthday", "birthday_lunar", "tier", "channel", "channel_detail",
          "email", "address", "occupation", "hobbies", "skin_type", "hair_type", "notes")  # fmt: skip


def on_file(db: Database) -> dict[str, dict[str, Any]]:
    """Every field the import reads, per phone, for the active members."""
    found: dict[str, dict[str, Any]] = {}
    with db.read() as s:
        members = s.scalars(
            select(Member).where(Member.status == MemberStatus.ACTIVE).order_by(Member.id)
        ).all()
        for m in members:
            found[m.phone] = {
                **{c: getattr(m, c) for c in FIELDS},
                "lunar": (m.lunar_mmdd, m.lunar_leap) if m.birthday_lunar else None,
                "since": m.enrolled_at.astimezone().date(),
                "sizes": {sz.category: sz.size for sz in m.sizes},
                "children": [(c.name, c.gender, c.birthday) for c in sorted(m.children, key=lambda c: c.id)],
                "points": s.get(MemberStats, m.id).points_balance,  # type: ignore[union-attr]
            }  # fmt: skip
    return found


@pytest.fixture
def fresh(
    db: Database, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Shop]:
    """A second, empty store on the same kind of database."""
    backend = "sqlite" if db.is_sqlite else "postgresql"
    made = fresh_database(backend, request, tmp_path_factory.mktemp("fresh"))
    other = next(made)
    yield make_shop(other)
    next(made, None)


@pytest.mark.parametrize(("suffix", "language"), [(".xlsx", "zh_CN"), (".csv", "en")])
def test_an_exported_file_imports_into_a_fresh_store_as_the_same_members(
    shop: Shop, fresh: Shop, tmp_path: Path, suffix: str, language: str
) -> None:
    setup_members(shop)
    path = tmp_path / f"members{suffix}"
    assert (
        export_members(shop.db, shop.supervisor, path, language=language, approval=manager_approval(shop))
        == 4
    )
    report = import_members(fresh.db, fresh.manager, path)
    assert (report.added, report.rejected, report.skipped) == (4, (), 0)
    assert on_file(fresh.db) == on_file(shop.db)
    assert points.balance(fresh.db, next(iter(_ids(fresh.db)))) == 12_345
    assert check_ledgers(fresh.db) == []


def _ids(db: Database) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(Member.id).order_by(Member.id)))


def _cells(path: Path) -> list[list[str]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as f:
            return list(csv.reader(f))
    sheet = load_workbook(path).active
    assert sheet is not None
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def test_the_file_speaks_the_clerks_language_not_the_stored_codes(shop: Shop, tmp_path: Path) -> None:
    setup_members(shop)
    for language, expected in (
        ("zh_CN", {"卡号": "OLD000123", "性别": "女", "等级": "VIP", "来源": "联合促销", "来源说明": "银行",
                   "农历生日": "是", "积分": "12345", "入会日期": "2019-03-08", "上衣尺码": "M",
                   "孩子": "小明 男 2015-03-02；小红 女；2020-01-05"}),
        ("en", {"Card no.": "OLD000123", "Gender": "Female", "Tier": "VIP", "Channel": "Partner promotion",
                "Channel detail": "Bank", "Lunar birthday": "yes", "Points": "12345",
                "Member since": "2019-03-08", "Children": "小明 boy 2015-03-02; 小红 girl; 2020-01-05"}),
    ):  # fmt: skip
        path = tmp_path / f"{language}.xlsx"
        export_members(shop.db, shop.supervisor, path, language=language, approval=manager_approval(shop))
        head, first, *rest = _cells(path)
        row = dict(zip(head, first, strict=True))
        assert {k: row[k] for k in expected} == expected
        coded = {"F", "M", "U", "gold", "regular", "walk_in", "silver", "vip", "partner", "bank", "students",
                 "other", "member_referral", "target_group"}  # fmt: skip
        for values in (first, *rest):
            said = dict(zip(head, values, strict=True))
            assert not {said[h] for h in head[3:12] if h} & coded, said  # gender … channel detail


def test_the_export_takes_only_the_members_the_filter_lets_through(shop: Shop, tmp_path: Path) -> None:
    setup_members(shop)
    path = tmp_path / "gold.csv"
    approval = manager_approval(shop)
    assert (
        export_members(
            shop.db, shop.supervisor, path, member_filter=MemberFilter("", Tier.GOLD), approval=approval
        )
        == 1
    )
    assert [r[1] for r in _cells(path)[1:]] == ["欧阳娜娜"]
    assert (
        export_members(shop.db, shop.supervisor, path, member_filter=MemberFilter("1381"), approval=approval)
        == 1
    )
    assert [r[1] for r in _cells(path)[1:]] == ["张丽"]


def test_the_whole_demo_store_makes_the_round_trip(
    demo_db: Database, sqlite_shop: Shop, tmp_path: Path
) -> None:
    """300 generated members with every field the generator fills (SQLite)."""
    from tests.conftest import demo_actor

    supervisor, manager = demo_actor(demo_db, "S01"), demo_actor(demo_db, "M01")
    path = tmp_path / "demo.xlsx"
    from memberdesk.services.io.export_rule import ExportApproval
    from tests.conftest import DEMO_PINS

    count = export_members(
        demo_db, supervisor, path, approval=ExportApproval(manager.staff_id, DEMO_PINS["M01"])
    )
    report = import_members(sqlite_shop.db, sqlite_shop.manager, path)
    assert [r.english() for r in report.rejected] == []
    assert report.added == count == len(on_file(demo_db))
    assert on_file(sqlite_shop.db) == on_file(demo_db)
