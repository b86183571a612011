"""``memberdesk import members`` / ``export members`` on a store file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from memberdesk.__main__ import main
from memberdesk.domain.vocab import ConsentKind, Gender, Role
from memberdesk.services.members.enrolment import MemberForm, enrol, record_consent
from memberdesk.services.staff import auth
from memberdesk.store.models import AuditEntry, Member
from tests.conftest import TEST_PINS, Shop


@pytest.fixture(autouse=True)
def _manager(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])


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


def test_import_and_export_need_a_manager_pin(
    sqlite_shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "m.csv"
    source.write_text("手机,姓名\n13812345678,张三\n", encoding="utf-8")
    db = str(sqlite_shop.db.path)
    monkeypatch.setenv("MEMBERDESK_PIN", "0000")
    for argv in (["import", "members", str(source)], ["export", "members", str(tmp_path / "o.csv")]):
        with pytest.raises(SystemExit) as refused:
            main([*argv, "--db", db])
        assert refused.value.code == 2
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "S01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.SUPERVISOR])
    with pytest.raises(SystemExit):
        main(["export", "members", str(tmp_path / "o.csv"), "--db", db])
    assert not (tmp_path / "o.csv").exists()
    with sqlite_shop.db.read() as s:
        assert s.scalar(select(Member.id)) is None


def test_export_asks_what_the_members_page_asks(
    sqlite_shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A supervisor exports full phones with a manager's approval, as at the counter; a masked
    list needs none; a clerk cannot export at all."""
    enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    db, out = str(sqlite_shop.db.path), tmp_path / "o.csv"
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "S01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.SUPERVISOR])
    with pytest.raises(SystemExit) as refused:
        main(["export", "members", str(out), "--db", db])
    assert refused.value.code == 2 and "MEMBERDESK_APPROVER_NO" in capsys.readouterr().err
    assert main(["export", "members", str(out), "--masked-phones", "--db", db]) == 0
    assert "138****5678" in out.read_text(encoding="utf-8-sig")
    monkeypatch.setenv("MEMBERDESK_APPROVER_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_APPROVER_PIN", "0000")
    with pytest.raises(SystemExit):  # the service checks the manager's PIN
        main(["export", "members", str(out), "--db", db])
    monkeypatch.setenv("MEMBERDESK_APPROVER_PIN", TEST_PINS[Role.MANAGER])
    assert main(["export", "members", str(out), "--lang", "en", "--db", db]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("Card no.,Name,Phone") and "13812345678" in text
    with sqlite_shop.db.read() as s:
        afters = [
            json.loads(a)
            for a in s.scalars(select(AuditEntry.after).where(AuditEntry.action == "member.export"))
        ]
    manager = sqlite_shop.manager.staff_id
    assert [(a["file"], a["approved_by"]) for a in afters] == [("members_masked", None), ("members", manager)]
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "C01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.CLERK])
    with pytest.raises(SystemExit):
        main(["export", "members", str(tmp_path / "clerk.csv"), "--masked-phones", "--db", db])
    assert not (tmp_path / "clerk.csv").exists()


def test_the_dry_run_says_the_header_row_and_each_row_it_skips_or_refuses(
    sqlite_shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([["XX服饰 会员名单"], ["手机", "姓名"], ["13812345678", "张伟"],
                                 ["13912345678", "=SUM(1+1)"], ["13712345678", "李娜"]])  # fmt: skip
    db = str(sqlite_shop.db.path)
    assert main(["import", "members", str(path), "--db", db, "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "header: row 2; members from row 3" in out
    assert "row 3: skipped: On file as 张伟" in out
    assert "row 4: rejected (name): “=SUM(1+1)” starts with “=”" in out
    assert "3 rows: would add 1, would fill in 0, skipped 1 (on file), rejected 1" in out


def test_import_names_the_sheet_and_what_was_not_imported(
    sqlite_shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "填写说明"
    notes.append(["请在“会员”页填写"])
    members = book.create_sheet("会员")
    members.append(["某某服饰 会员名单（2024年）"])
    members.append(["手机", "姓名", "积分", "等级", "余额"])
    members.append(["13812345678", "张三", 800, "金卡", 300])
    path = tmp_path / "m.xlsx"
    book.save(path)
    db = str(sqlite_shop.db.path)
    assert main(["import", "members", str(path), "--db", db, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "sheet: 会员 (other sheets, not read: 填写说明)" in out and "header: row 2" in out
    assert "opening stored value: principal ¥300.00, bonus ¥0.00 for 1 members" in out
    assert "opening points: 800 for 1 members" in out and "tiers: gold 1" in out
    with pytest.raises(SystemExit):
        main(["import", "members", str(path), "--db", db, "--sheet", "填写说明"])
    assert "填写说明" in capsys.readouterr().err


def test_care_messages_csv_cells_never_start_a_formula(sqlite_shop: Shop, tmp_path: Path) -> None:
    import datetime as dt

    today = dt.date.today()
    member = enrol(
        sqlite_shop.db,
        sqlite_shop.clerk,
        MemberForm(phone="+4915112345678", name="HYPERLINK", gender=Gender.FEMALE,
                   birthday=today.replace(year=today.year - 30) if (today.month, today.day) != (2, 29)
                   else dt.date(today.year - 32, 2, 29)),
    )  # fmt: skip
    with sqlite_shop.db.write() as s:  # a name stored before names refused a formula start
        s.execute(update(Member).where(Member.id == member).values(name="=HYPERLINK(1)"))
    record_consent(sqlite_shop.db, sqlite_shop.clerk, member, ConsentKind.MARKETING, True)
    out = tmp_path / "sms.csv"
    day = today.isoformat()
    db = str(sqlite_shop.db.path)
    assert main(["care", "messages", "--kind", "birthday", "--from", day, "--to", day, "--out", str(out),
                 "--db", db]) == 0  # fmt: skip
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 2
    assert rows[1][:2] == ["'+4915112345678", "'=HYPERLINK(1)"]
    assert not [c for r in rows for c in r if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_db_check_is_clean_after_importing_opening_points(sqlite_shop: Shop, tmp_path: Path) -> None:
    source = tmp_path / "old.csv"
    rows = "手机,姓名,积分,等级\n13812345678,张三,1500,金卡\n13912345678,李四,20,\n"
    source.write_text(rows, encoding="utf-8")
    db = str(sqlite_shop.db.path)
    assert main(["import", "members", str(source), "--db", db]) == 0
    assert main(["db", "check", "--db", db]) == 0
