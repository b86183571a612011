"""A restore refuses the wrong file before it replaces anything, upgrades an older backup in a
copy, keeps the later audit log, and never brings an erased member back."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from memberdesk import config
from memberdesk.domain.errors import DatabaseProblem, Problem
from memberdesk.domain.vocab import ComplaintCategory, MemberStatus, Role, Severity
from memberdesk.services.members.enrolment import enrol
from memberdesk.services.members.erase import erase_member
from memberdesk.services.service.complaints import ComplaintForm, open_complaint
from memberdesk.services.staff import accounts, auth
from memberdesk.startup import open_database
from memberdesk.store import backup, migrate
from memberdesk.store.database import connect
from memberdesk.store.models import Complaint, Member
from memberdesk.store.restore import OtherStoreBackup, StoreUnverified
from tests.services.members.test_member_erase import FULL
from tests.store.restore_helpers import (
    count,
    old_store_file,
    open_shop,
    other_store_file,
    revision,
    shop_file,
    snapshot,
)
from tests.store.test_bad_files import damage_a_middle_page

MEMBERS = "SELECT count(*) FROM members"


@pytest.fixture
def live(sqlite_template: Path, tmp_path: Path) -> Path:
    return shop_file(sqlite_template, tmp_path / "live.sqlite3", members=4)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def _sql(path: Path, statement: str) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(statement)


# --- 5. a backup written by a newer program ---


def test_a_backup_from_a_newer_program_is_refused_before_anything_changes(
    live: Path, folder: Path, tmp_path: Path
) -> None:
    newer = snapshot(live, tmp_path / "memberdesk-20260101-000000.sqlite3")
    _sql(newer, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = live.read_bytes()
    with pytest.raises(DatabaseProblem) as err:
        backup.restore_database(newer, live, folder)
    assert err.value.problem is Problem.TOO_NEW and err.value.location == str(newer)
    assert live.read_bytes() == before
    assert not folder.exists() or list(folder.iterdir()) == []  # not even a safety copy was needed


# --- 6. a backup from before revision 0005 ---


def test_a_backup_from_before_0005_is_upgraded_in_a_copy_then_audited(tmp_path: Path, folder: Path) -> None:
    old = old_store_file(tmp_path / "memberdesk-20241125-100000.sqlite3")
    old_bytes = old.read_bytes()
    live = tmp_path / "live.sqlite3"
    shutil.copyfile(old, live)
    open_database(str(live), settings=config.Settings(backup_dir=str(folder))).db.dispose()
    shop = open_shop_with_manager_only(live)
    enrol(shop[0], shop[1], FULL)
    shop[0].dispose()
    assert count(live, MEMBERS) == 2

    result = backup.restore_database(old, live, folder, by="M01")

    assert revision(live) == migrate.head_revision() and result.upgraded_from == "0004"
    assert count(live, MEMBERS) == 1
    with closing(sqlite3.connect(live)) as conn:
        staff_id, detail = conn.execute(
            "SELECT staff_id, detail FROM audit_entries WHERE action = 'db.restore'"
        ).fetchone()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert staff_id == 1 and "M01" in detail and old.name in detail
    assert old.read_bytes() == old_bytes  # the backup itself is never written
    db = connect(live)
    try:
        with db.read() as s:
            assert s.scalars(select(Member.name)).one() == "王"
    finally:
        db.dispose()


def open_shop_with_manager_only(path: Path) -> tuple[object, object]:
    from memberdesk.services.members.enrolment import system_actor

    db = connect(path)
    return db, system_actor(db)


def test_a_backup_that_cannot_be_upgraded_leaves_the_live_file_as_it_was(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = old_store_file(tmp_path / "memberdesk-20241125-100000.sqlite3")
    live = tmp_path / "live.sqlite3"
    shutil.copyfile(old, live)
    open_database(str(live), settings=config.Settings(backup_dir=str(folder))).db.dispose()
    before = live.read_bytes()

    def broken(_db: object) -> None:
        raise RuntimeError("the migration failed half-way")

    monkeypatch.setattr(migrate, "upgrade", broken)
    with pytest.raises(DatabaseProblem) as err:
        backup.restore_database(old, live, folder, by="M01")
    assert err.value.problem is Problem.CORRUPT and "upgrade" in err.value.detail
    assert live.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".live")] == []


# --- 7. another store's backup ---


def test_another_stores_backup_is_named_and_refused_unless_asked_for(
    live: Path, folder: Path, sqlite_template: Path, tmp_path: Path
) -> None:
    other = other_store_file(sqlite_template, tmp_path / "memberdesk-20260301-090000.sqlite3", members=2)
    before = live.read_bytes()
    with pytest.raises(OtherStoreBackup) as err:
        backup.restore_database(other, live, folder, by="M01")
    said = err.value
    assert (said.backup.name, said.backup.members, said.backup.taken_at) == (
        "演示门店", 2, dt.datetime(2026, 3, 1, 9, 0),
    )  # fmt: skip
    assert said.live is not None and (said.live.name, said.live.members) == ("测试门店", 4)
    assert live.read_bytes() == before

    backup.restore_database(other, live, folder, by="M01", other_store=True)
    assert count(live, MEMBERS) == 2
    with closing(sqlite3.connect(live)) as conn:
        rows = conn.execute(
            "SELECT staff_id, detail FROM audit_entries WHERE action = 'db.restore'"
        ).fetchall()
    # the other store's M01 is another person: the restore is not put on them
    assert len(rows) == 1 and rows[0][0] is None and "M01" in rows[0][1] and "测试门店" in rows[0][1]


def test_over_an_unreadable_file_only_the_same_store_or_an_explicit_recovery_restores(
    live: Path, folder: Path, sqlite_template: Path, tmp_path: Path
) -> None:
    own = backup.take_backup(live, folder, now=dt.datetime(2026, 3, 1, 9, 0))
    other = other_store_file(sqlite_template, tmp_path / "memberdesk-20260302-090000.sqlite3")
    damage_a_middle_page(live)  # damaged, but it still says which store it is
    with pytest.raises(OtherStoreBackup):
        backup.restore_database(other, live, folder)
    backup.restore_database(own, live, folder)  # the same store: no question
    assert count(live, MEMBERS) == 4

    live.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)  # says nothing any more
    garbage = live.read_bytes()
    for candidate in (own, other):
        with pytest.raises(StoreUnverified) as err:
            backup.restore_database(candidate, live, folder)
        assert err.value.live is None and err.value.backup.members in (2, 4)
        assert live.read_bytes() == garbage
    result = backup.restore_database(own, live, folder, by="M01", recover=True)
    assert result.damaged_file is not None and count(live, MEMBERS) == 4
    with closing(sqlite3.connect(live)) as conn:
        detail = conn.execute(
            "SELECT detail FROM audit_entries WHERE action = 'db.restore' ORDER BY id DESC"
        ).fetchone()[0]
    assert "recover" in detail


# --- 8. the later audit log survives ---


def test_the_live_stores_later_audit_entries_are_kept_in_the_restored_file(live: Path, folder: Path) -> None:
    made = backup.take_backup(live, folder, now=dt.datetime(2026, 3, 1, 9, 0))
    shop = open_shop(live)
    auth.sign_in(shop.db, shop.clerk.staff_id, "1234")
    newcomer = accounts.add_staff(
        shop.db, shop.manager, code="C09", name="新店员", role=Role.CLERK, pin="4321"
    )
    enrolled = enrol(shop.db, shop.clerk, FULL)
    shop.db.dispose()
    with closing(sqlite3.connect(made)) as conn:
        last = conn.execute("SELECT max(id) FROM audit_entries").fetchone()[0]
    with closing(sqlite3.connect(live)) as conn:
        later = conn.execute(
            "SELECT a.at, a.action, s.code, a.entity, a.entity_id FROM audit_entries a "
            "LEFT JOIN staff s ON s.id = a.staff_id WHERE a.id > ? ORDER BY a.id",
            (last,),
        ).fetchall()
    assert [r[1] for r in later] == ["staff.sign_in", "staff.add", "member.enrol"]

    backup.restore_database(made, live, folder, by="M01")

    with closing(sqlite3.connect(live)) as conn:
        kept = conn.execute(
            "SELECT a.at, a.action, s.code, a.entity, a.entity_id, a.detail FROM audit_entries a "
            "LEFT JOIN staff s ON s.id = a.staff_id WHERE a.id > ? ORDER BY a.id",
            (last,),
        ).fetchall()
    assert [r[:3] for r in kept[:-1]] == [
        (later[0][0], "staff.sign_in", "C01"),
        (later[1][0], "staff.add", "M01"),
        (later[2][0], "member.enrol", "C01"),
    ]
    # records the backup does not hold are not pointed at (their ids would be given again)
    assert kept[1][4] is None and kept[2][4] is None and newcomer and enrolled
    restore_row = kept[-1]
    assert restore_row[1] == "db.restore" and restore_row[2] == "M01" and "3" in restore_row[5]


# --- 4. erasures made after the backup are made again ---


def _erased_after_backup(live: Path, folder: Path) -> tuple[Path, int]:
    shop = open_shop(live)
    member_id = enrol(shop.db, shop.clerk, FULL)
    open_complaint(shop.db, shop.clerk, ComplaintForm(
        member_id, ComplaintCategory.PRODUCT_QUALITY, Severity.LOW, "欧阳娜娜说拉链坏了"))  # fmt: skip
    shop.db.dispose()
    made = backup.take_backup(live, folder, now=dt.datetime(2026, 3, 1, 9, 0))
    shop = open_shop(live)
    erase_member(shop.db, shop.manager, member_id, confirm_card="VIP00123")
    shop.db.dispose()
    return made, member_id


def _assert_erased(live: Path, member_id: int) -> None:
    db = connect(live)
    try:
        with db.read() as s:
            member = s.get_one(Member, member_id)
            assert (member.name, member.email, member.status) == ("", "", MemberStatus.CLOSED)
            assert s.scalars(select(Complaint.description)).one() == "***说拉链坏了"
    finally:
        db.dispose()
    data = live.read_bytes()
    for needle in ("欧阳娜娜", "13812345678", "nana@example.cn", "VIP00123"):
        assert needle.encode() not in data


def test_a_backup_from_before_an_erase_is_erased_again_before_it_is_used(live: Path, folder: Path) -> None:
    made, member_id = _erased_after_backup(live, folder)
    with closing(sqlite3.connect(made)) as conn:
        assert conn.execute("SELECT name FROM members WHERE id = ?", (member_id,)).fetchone()[0] == "欧阳娜娜"

    result = backup.restore_database(made, live, folder, by="M01")

    assert result.erasures_applied == 1
    _assert_erased(live, member_id)
    assert count(live, "SELECT count(*) FROM member_erasures") == 1


def test_the_erasure_is_made_again_when_the_live_file_is_lost_too(live: Path, folder: Path) -> None:
    made, member_id = _erased_after_backup(live, folder)
    live.write_bytes(b"garbage" * 1000)
    result = backup.restore_database(made, live, folder, by="M01", recover=True)
    assert result.erasures_applied == 1 and result.damaged_file is not None
    _assert_erased(live, member_id)
