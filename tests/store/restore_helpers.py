"""Store files for the restore tests: a store with members, another store, an older file."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from alembic import command

from memberdesk.domain.vocab import Role
from memberdesk.services.members.enrolment import enrol
from memberdesk.services.members.forms import MemberForm
from memberdesk.services.staff.auth import hash_pin
from memberdesk.services.staff.setup import create_store
from memberdesk.store import migrate
from memberdesk.store.database import connect
from tests.conftest import TEST_PINS, Shop, make_shop

MANAGER_PIN = TEST_PINS[Role.MANAGER]


def shop_file(template: Path, path: Path, *, members: int = 0) -> Path:
    """A store (测试门店, manager M01) with ``members`` members, as a closed SQLite file."""
    shutil.copyfile(template, path)
    db = connect(path)
    shop = make_shop(db)
    for n in range(members):
        enrol(db, shop.clerk, MemberForm(phone=f"1390000{n:04d}", name=f"会员{n}"))
    db.dispose()
    return path


def open_shop(path: Path) -> Shop:
    """The staff of a file made by ``shop_file`` as actors (the caller disposes ``shop.db``)."""
    from sqlalchemy import select

    from memberdesk.services.common.context import Actor
    from memberdesk.store.models import Staff

    db = connect(path)
    with db.read() as s:
        actors = {
            st.role: Actor(st.id, st.store_id, st.name, st.role, st.code) for st in s.scalars(select(Staff))
        }
    store_id = actors[Role.MANAGER].store_id
    return Shop(db, store_id, actors[Role.MANAGER], actors[Role.SUPERVISOR], actors[Role.CLERK])


def other_store_file(template: Path, path: Path, *, members: int = 2, pin: str = "8888") -> Path:
    """Another store's file (a demo, say): its own store uid, its own manager M01."""
    shutil.copyfile(template, path)
    db = connect(path)
    store_id = create_store(db, code="D01", name="演示门店", manager_name="王经理", manager_code="M01",
                            manager_pin=pin)  # fmt: skip
    from memberdesk.services.members.enrolment import system_actor

    actor = system_actor(db)
    assert actor.store_id == store_id
    for n in range(members):
        enrol(db, actor, MemberForm(phone=f"1370000{n:04d}", name=f"演示{n}"))
    db.dispose()
    return path


def snapshot(live: Path, path: Path) -> Path:
    """A byte-for-byte consistent copy of ``live`` under ``path`` (as a backup is)."""
    with closing(sqlite3.connect(live)) as src, closing(sqlite3.connect(path)) as dst:
        src.backup(dst)
    return path


OLD_STORE_UID = uuid.UUID("0d400d14-50db-4ca0-9ed0-3ecb0eab5aaa")


def old_store_file(path: Path) -> Path:
    """A store file as the build of revision 0004 wrote it (text timestamps, hex uids): one
    store with a manager M01 whose PIN is MANAGER_PIN, and one member."""
    db = connect(path, must_exist=False)
    command.upgrade(migrate.alembic_config(db), "0004")
    db.dispose()
    at = "2024-11-25 02:01:37.123456"
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(
            "INSERT INTO stores (id, code, name, address, phone, invoice_desk, created_at, uid) "
            "VALUES (1, 'S001', '测试门店', '', '', '', ?, ?)",
            (at, OLD_STORE_UID.hex),
        )
        conn.execute(
            "INSERT INTO staff (id, store_id, code, name, role, pin_hash, active, failed_attempts, "
            "created_at, uid) VALUES (1, 1, 'M01', '王经理', 'manager', ?, 1, 0, ?, ?)",
            (hash_pin(MANAGER_PIN), at, uuid.uuid4().hex),
        )
        columns = [r[1] for r in conn.execute("PRAGMA table_info(members)")]
        values = {c: "" for c in columns} | {
            "id": 1, "store_id": 1, "card_no": "M0010000001", "phone": "13800000000",
            "phone_last4": "0000", "name": "王", "gender": "F", "tier": "regular", "status": "active",
            "channel": "walk_in", "enrolled_at": at, "updated_at": at, "uid": uuid.uuid4().hex,
            "birthday": None, "birth_mmdd": None, "lunar_mmdd": None, "birthday_lunar": 0,
            "lunar_leap": 0, "ethnicity": None, "religion": None, "income_band": None,
            "referrer_member_id": None, "referrer_staff_id": None, "enrolled_by_id": 1,
        }  # fmt: skip
        names = [c for c in columns if c in values]
        conn.execute(
            f"INSERT INTO members ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [values[c] for c in names],
        )
        conn.execute(
            "INSERT INTO audit_entries (at, store_id, staff_id, action, entity, entity_id, before, "
            "after, detail) VALUES (?, 1, 1, 'member.enrol', 'member', 1, '', '', '')",
            (at,),
        )
    return path


def count(path: Path, sql: str) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return int(conn.execute(sql).fetchone()[0])


def revision(path: Path) -> str:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
