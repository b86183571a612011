"""The member import's 标签 column: tags separated by ，/,/、 go to each new member, recorded as
given by whoever imported; a tag the list does not hold joins it; a bad tag rejects the row."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from memberdesk.services.io.member_io import OnDuplicate, import_members
from memberdesk.services.segments import tags
from memberdesk.store.models import Member, MemberTag
from tests.conftest import Shop
from tests.services.io.helpers import write_csv


def test_the_tags_column_tags_new_members(shop: Shop, tmp_path: Path) -> None:
    tags.add_tag(shop.db, shop.manager, "学生")
    rows = [
        ["手机", "姓名", "标签"],
        ["13812345678", "张伟", "学生，孕妈、大客户"],
        ["13812345679", "李娜", "学生,团购"],
        ["13812345670", "王芳", ""],
        ["13812345671", "赵敏", "学生，学生"],
        ["13812345672", "钱多", "x" * 20],
    ]
    report = import_members(shop.db, shop.manager, write_csv(tmp_path / "m.csv", rows))
    assert report.added == 3
    with shop.db.read() as s:
        by_phone = dict(s.execute(select(Member.phone, Member.id)).all())
        by = set(s.scalars(select(MemberTag.tagged_by_id)))
    assert tags.tags_of(shop.db, shop.clerk, by_phone["13812345678"]) == tuple(
        sorted(("学生", "孕妈", "大客户"))
    )
    assert tags.tags_of(shop.db, shop.clerk, by_phone["13812345679"]) == tuple(sorted(("学生", "团购")))
    assert tags.tags_of(shop.db, shop.clerk, by_phone["13812345670"]) == ()
    assert "13812345671" not in by_phone and "13812345672" not in by_phone  # given twice; too long
    assert by == {shop.manager.staff_id}
    assert {t.name: t.members for t in tags.list_tags(shop.db, shop.clerk)} == {
        "大客户": 1, "孕妈": 1, "团购": 1, "学生": 2,
    }  # fmt: skip


def test_filling_in_members_on_file_adds_the_tags_they_lack(shop: Shop, tmp_path: Path) -> None:
    from memberdesk.services.members.enrolment import MemberForm, enrol

    tags.add_tag(shop.db, shop.manager, "学生")
    member = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    tags.set_member_tags(shop.db, shop.clerk, member, ["学生"])
    rows = [["手机", "姓名", "标签"], ["13812345678", "张伟", "学生、家庭"]]
    path = write_csv(tmp_path / "m.csv", rows)
    dry = import_members(shop.db, shop.manager, path, dry_run=True, on_duplicate=OnDuplicate.MERGE)
    assert dry.merged == 1
    assert import_members(shop.db, shop.manager, path, on_duplicate=OnDuplicate.MERGE).merged == 1
    assert tags.tags_of(shop.db, shop.clerk, member) == tuple(sorted(("学生", "家庭")))
    again = import_members(shop.db, shop.manager, path, dry_run=True, on_duplicate=OnDuplicate.MERGE)
    assert again.merged == 0  # nothing left to fill in
