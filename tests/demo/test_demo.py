"""The demo store: deterministic, internally consistent, written the same on both databases."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from memberdesk.__main__ import main
from memberdesk.demo.build import DemoPlan, build_store, generate
from memberdesk.domain.search_keys import name_keys
from memberdesk.store import health
from memberdesk.store.database import Database, connect
from memberdesk.store.models.base import epoch_micros, from_epoch_micros


def micros(day: dt.date) -> int:
    """Midnight UTC of ``day`` as a SQLite timestamp column stores it."""
    return epoch_micros(dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC))


UNTIL = dt.date(2026, 6, 30)
PLAN = DemoPlan(members=400, seed=7, until=UNTIL)


def digest(plan: DemoPlan) -> str:
    h = hashlib.sha256()
    for table in generate(plan):
        for chunk in table.rows():
            for row in chunk:
                if table.name == "staff":  # PIN hashes are salted on purpose
                    row = tuple(v for k, v in zip(table.columns, row, strict=True) if k != "pin_hash")
                h.update(repr((table.name, row)).encode())
    return h.hexdigest()


def test_same_seed_same_store_other_seed_other_store() -> None:
    assert digest(PLAN) == digest(PLAN)
    assert digest(PLAN) != digest(DemoPlan(members=400, seed=8, until=UNTIL))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_store(str(path), PLAN)
    return path


def q(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def test_the_demo_passes_the_database_check(demo_file: Path) -> None:
    db = connect(demo_file)
    try:
        report = health.check(db)
    finally:
        db.dispose()
    assert report.ok, report.findings
    assert q(demo_file, "PRAGMA journal_mode") == [("wal",)]
    assert not Path(f"{demo_file}.building").exists()


def test_members_look_like_a_chinese_store(demo_file: Path) -> None:
    rows = q(demo_file, "SELECT name, phone, phone_last4, card_no FROM members")
    assert len(rows) == PLAN.members
    assert len({r[1] for r in rows}) == len(rows) and len({r[3] for r in rows}) == len(rows)
    for name, phone, last4, card in rows:
        assert re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name)
        assert re.fullmatch(r"1[3-9]\d{9}", phone) and phone.endswith(last4)
        assert re.fullmatch(r"M001\d{7}", card)
    assert (
        q(demo_file, "SELECT count(*) FROM members WHERE birthday_lunar AND lunar_mmdd IS NOT NULL")[0][0] > 0
    )
    assert q(demo_file, "SELECT count(DISTINCT category) FROM member_sizes")[0][0] >= 5
    assert q(demo_file, "SELECT count(*) FROM children")[0][0] > 0
    assert q(demo_file, "SELECT count(DISTINCT channel) FROM members")[0][0] == 6
    assert q(demo_file, "SELECT count(*) FROM members WHERE referrer_member_id >= id")[0][0] == 0
    assert (
        q(
            demo_file,
            "SELECT count(*) FROM members WHERE channel = 'member_referral' "
            "AND referrer_member_id IS NULL AND id > 1",
        )[0][0]
        == 0
    )


def test_every_member_is_found_by_the_keys_of_their_name(demo_file: Path) -> None:
    stored: dict[int, set[str]] = {}
    for key, member_id in q(demo_file, "SELECT key, member_id FROM member_keys"):
        stored.setdefault(member_id, set()).add(key)
    for member_id, name in q(demo_file, "SELECT id, name FROM members"):
        assert name_keys(name) == stored[member_id]


def test_staff_of_every_role_and_complaints_in_every_status(demo_file: Path) -> None:
    assert {r[0] for r in q(demo_file, "SELECT role FROM staff")} == {"clerk", "supervisor", "manager"}
    statuses = {r[0] for r in q(demo_file, "SELECT status FROM complaints")}
    assert statuses == {"open", "handling", "resolved", "followed_up", "closed"}
    # each complaint's last step lands on its status, and steps follow the life cycle
    last = q(
        demo_file,
        "SELECT c.status, s.to_status FROM complaints c JOIN complaint_steps s "
        "ON s.id = (SELECT max(id) FROM complaint_steps WHERE complaint_id = c.id)",
    )
    assert all(status == to for status, to in last)


def test_ledger_adds_up(demo_file: Path) -> None:
    assert (
        q(
            demo_file,
            """SELECT count(*) FROM sales s WHERE total_fen !=
                          (SELECT sum(amount_fen) FROM payments p WHERE p.sale_id = s.id)""",
        )[0][0]
        == 0
    )
    assert (
        q(
            demo_file,
            """SELECT count(*) FROM sales s WHERE subtotal_fen !=
                          (SELECT sum(total_fen) FROM sale_lines l WHERE l.sale_id = s.id)""",
        )[0][0]
        == 0
    )
    assert (
        q(
            demo_file,
            """SELECT count(*) FROM member_stats m WHERE spend_fen !=
            coalesce((SELECT sum(total_fen) FROM sales WHERE member_id = m.member_id), 0)
          - coalesce((SELECT sum(refund_total_fen) FROM returns WHERE member_id = m.member_id), 0)""",
        )[0][0]
        == 0
    )
    assert (
        q(
            demo_file,
            """SELECT count(*) FROM member_stats m WHERE points_balance !=
            coalesce((SELECT sum(delta) FROM points_entries WHERE member_id = m.member_id), 0)
          OR visit_count != (SELECT count(*) FROM sales WHERE member_id = m.member_id)""",
        )[0][0]
        == 0
    )
    assert (
        q(
            demo_file,
            """SELECT count(*) FROM return_lines r JOIN sale_lines l ON l.id = r.sale_line_id
                          WHERE r.quantity > l.quantity""",
        )[0][0]
        == 0
    )
    assert q(demo_file, "SELECT min(points_balance) FROM member_stats")[0][0] >= 0


def test_receipts_run_in_time_order_and_sequences_continue(demo_file: Path) -> None:
    rows = q(demo_file, "SELECT receipt_no, created_at FROM sales ORDER BY id")
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)
    assert rows[-1][1] < micros(UNTIL)
    sequences = dict(q(demo_file, "SELECT name, next_value FROM number_sequences"))
    assert sequences["receipt"] == len(rows) + 1
    assert sequences["member_card"] == PLAN.members + 1


def test_eighty_twenty_and_lapsed_members_are_there(demo_file: Path) -> None:
    spend = sorted((r[0] for r in q(demo_file, "SELECT spend_fen FROM member_stats")), reverse=True)
    top = sum(spend[: len(spend) // 5]) / sum(spend)
    assert 0.5 < top < 0.95
    lapsed = q(
        demo_file,
        f"SELECT count(*) FROM member_stats WHERE last_visit_at < {micros(UNTIL - dt.timedelta(days=180))}",
    )
    assert lapsed[0][0] > PLAN.members * 0.05


def test_cli_prints_pins_and_refuses_to_touch_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "shop.sqlite3"
    assert main(["demo", "--db", str(target), "--members", "50", "--until", "2026-01-31"]) == 0
    out = capsys.readouterr().out
    assert "M01" in out and "PIN 8888" in out and "PIN 1111" in out
    before = target.read_bytes()
    assert main(["demo", "--db", str(target), "--if-missing"]) == 0
    assert "nothing to do" in capsys.readouterr().out
    assert main(["demo", "--db", str(target), "--members", "50"]) == 1
    assert "already holds the store" in capsys.readouterr().err
    assert target.read_bytes() == before
    assert main(["demo", "--db", str(tmp_path / "x.sqlite3"), "--members", "0"]) == 2


def test_demo_on_postgresql(db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("the PostgreSQL loader")
    target = db.url.render_as_string(hide_password=False)
    build_store(target, DemoPlan(members=120, seed=3, until=UNTIL))
    report = health.check(db)
    assert report.ok, report.findings
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM members")).scalar_one() == 120
        assert s.execute(text("SELECT count(DISTINCT status) FROM complaints")).scalar_one() == 5
    # ids continue after the demo's own
    with db.write() as s:
        s.execute(
            text(
                "INSERT INTO suggestions (store_id, staff_id, created_at, text) VALUES (1, 1, now(), '测试')"
            )
        )


def test_birthday_gifts_fall_on_the_members_birthday(demo_file: Path) -> None:
    rows = q(
        demo_file,
        "SELECT p.created_at, p.delta, m.birth_mmdd, m.enrolled_at FROM points_entries p "
        "JOIN members m ON m.id = p.member_id WHERE p.source = 'birthday_gift'",
    )
    assert len(rows) > PLAN.members * 0.1
    for created, delta, mmdd, enrolled in rows:
        local = from_epoch_micros(created) + dt.timedelta(hours=8)
        assert local.month * 100 + local.day == mmdd or (mmdd == 229 and local.strftime("%m%d") == "0301")
        assert delta in (100, 200, 300, 500) and created > enrolled


def test_sqlite_demo_stores_timestamps_and_uids_compactly(demo_file: Path) -> None:
    # what the column types write: integer microseconds, 16-byte uids; never text
    assert q(demo_file, "SELECT DISTINCT typeof(created_at), typeof(uid), length(uid) FROM sales") == [
        ("integer", "blob", 16)
    ]
    assert q(demo_file, "SELECT DISTINCT typeof(updated_at) FROM member_sizes") == [("integer",)]
    assert q(demo_file, "SELECT DISTINCT typeof(last_visit_at) FROM member_stats") in (
        [("integer",)],
        [("integer",), ("null",)],
        [("null",), ("integer",)],
    )
