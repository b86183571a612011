"""Filling in members on file is written a batch at a time: the statements of a batch do not
grow with the members it fills in, and each member still gets everything, audited."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.engine import Engine

from memberdesk.domain.vocab import SizeCategory, Tier
from memberdesk.services.io import import_apply, import_writer
from memberdesk.services.io.member_io import MergeOptions, OnDuplicate, import_members
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.sales import points
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.segments import tags
from memberdesk.store.models import AuditEntry, Child, Member, MemberSize, MemberStats
from tests.conftest import Shop
from tests.services.io.helpers import write_csv

HEADERS = ["手机", "姓名", "职业", "性别", "生日", "积分", "会员等级", "鞋码", "孩子", "标签"]


def row(i: int) -> list[str]:
    return [f"1381234{i:04d}", f"会员{i}", f"职业{i}", "女", "1990-05-31", str(100 + i), "金卡", "38",
            f"小{i} 男 2015-03-02", "学生、团购"]  # fmt: skip


@pytest.fixture
def one_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every phase in one batch, whatever the machine's speed, so batches can be compared."""
    for name in ("FIRST_BATCH", "MIN_BATCH", "MAX_BATCH", "APPLY_BATCH"):
        monkeypatch.setattr(import_writer, name, 500)


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every statement any engine sends (the import's batches have engines of their own)."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        seen.append(sql)

    event.listen(Engine, "before_cursor_execute", note)
    yield seen
    event.remove(Engine, "before_cursor_execute", note)


def fill_in(shop: Shop, tmp_path: Path, first: int, count: int, seen: list[str]) -> int:
    """Enrol ``count`` members, then fill them in from a file; the statements the import sent."""
    numbers = range(first, first + count)
    for i in numbers:
        enrol(shop.db, shop.clerk, MemberForm(phone=f"1381234{i:04d}", name=f"会员{i}"))
    path = write_csv(tmp_path / f"fill-{first}.csv", [HEADERS, *[row(i) for i in numbers]])
    seen.clear()
    report = import_members(shop.db, shop.manager, path, on_duplicate=OnDuplicate.MERGE,
                            merge=MergeOptions(points=True, tier=True))  # fmt: skip
    assert (report.merged, report.points, report.tiers) == (count, sum(100 + i for i in numbers),
                                                             {"gold": count})  # fmt: skip
    return len(seen)


def test_filling_in_members_costs_the_same_statements_for_few_or_many(
    shop: Shop, tmp_path: Path, one_batch: None, statements: list[str]
) -> None:
    for name in ("学生", "团购"):  # on the list already: the first file would add them
        tags.add_tag(shop.db, shop.manager, name)
    few = fill_in(shop, tmp_path, 0, 3, statements)
    many = fill_in(shop, tmp_path, 100, 60, statements)
    assert many == few


def test_each_member_filled_in_gets_everything_with_its_own_audit_entry(
    shop: Shop, tmp_path: Path, one_batch: None
) -> None:
    tags.add_tag(shop.db, shop.manager, "学生")
    ids = [enrol(shop.db, shop.clerk, MemberForm(phone=f"1381234{i:04d}", name=f"会员{i}")) for i in range(4)]
    enrol(shop.db, shop.clerk, MemberForm(phone="13912345678", name="不在文件里"))
    path = write_csv(tmp_path / "m.csv", [HEADERS, *[row(i) for i in range(4)]])
    report = import_members(shop.db, shop.manager, path, on_duplicate=OnDuplicate.MERGE,
                            merge=MergeOptions(points=True, tier=True))  # fmt: skip
    assert report.merged == 4
    with shop.db.read() as s:
        members = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_(ids)))}
        sizes = set(s.execute(select(MemberSize.member_id, MemberSize.category, MemberSize.size)))
        children = set(s.execute(select(Child.member_id, Child.name, Child.birth_mmdd)))
        stats = dict(s.execute(select(MemberStats.member_id, MemberStats.points_balance)).all())
        audits = list(
            s.scalars(
                select(AuditEntry).where(AuditEntry.action == "member.import_fill").order_by(AuditEntry.id)
            )
        )
    for i, member_id in enumerate(ids):
        m = members[member_id]
        assert (m.occupation, m.gender.value, m.birthday.isoformat() if m.birthday else None, m.birth_mmdd,
                m.tier) == (f"职业{i}", "F", "1990-05-31", 531, Tier.GOLD)  # fmt: skip
        assert (member_id, SizeCategory.SHOES, "38") in sizes
        assert (member_id, f"小{i}", 302) in children
        assert points.balance(shop.db, member_id) == stats[member_id] == 100 + i
        assert tags.tags_of(shop.db, shop.clerk, member_id) == tuple(sorted(("学生", "团购")))
    assert [a.entity_id for a in audits] == ids
    assert [json.loads(a.after) for a in audits] == [
        {"occupation": f"职业{i}", "gender": "F", "birthday": "1990-05-31", "sizes": {"shoes": "38"},
         "children": [[f"小{i}", "M", "2015-03-02"]], "tier": "gold", "points": 100 + i,
         "tags": ["学生", "团购"]}
        for i in range(4)
    ]  # fmt: skip
    assert [json.loads(a.before) for a in audits] == [
        {"occupation": "", "gender": "U", "birthday": None, "tier": "regular"}
    ] * 4
    assert all(
        a.detail == f"m.csv row {i + 2}" and a.staff_id == shop.manager.staff_id for i, a in enumerate(audits)
    )
    assert {t.name: t.members for t in tags.list_tags(shop.db, shop.clerk)} == {"学生": 4, "团购": 4}
    assert check_ledgers(shop.db) == []
    again = import_members(shop.db, shop.manager, path, on_duplicate=OnDuplicate.MERGE,
                           merge=MergeOptions(points=True, tier=True))  # fmt: skip
    assert again.merged == 0 and points.balance(shop.db, ids[0]) == 100  # never twice


def test_the_apply_phase_starts_with_a_batch_as_small_as_the_loads_first(
    shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its batch size is then learnt from how long a batch takes: 2,000 members to fill in at
    once held the write lock for seconds, while a sale on another counter waited."""
    sizes: list[int] = []
    applied = import_apply._apply_batch

    def noted(s: Any, actor: Any, run: Any, rows: Any) -> None:
        sizes.append(len(rows))
        applied(s, actor, run, rows)

    monkeypatch.setattr(import_apply, "_apply_batch", noted)
    count = import_writer.FIRST_BATCH + 10
    fill_in(shop, tmp_path, 0, count, [])
    assert sizes[0] == import_writer.FIRST_BATCH and sum(sizes) == count
