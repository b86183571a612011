"""An import never stops the counters and is all or nothing: it commits in small batches, a
sale from another process commits between them, its members show only once it is complete,
and a failed, cancelled, killed or disk-full import leaves no member behind."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from memberdesk.domain.errors import StorageFull
from memberdesk.domain.vocab import MemberStatus
from memberdesk.services.io import import_writer
from memberdesk.services.io.member_io import import_members, recover_imports
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.members.listing import count_members
from memberdesk.services.members.search import find
from memberdesk.store.database import Database
from memberdesk.store.models import (
    AuditEntry,
    Member,
    MemberImport,
    MemberImportRow,
    MemberKey,
    MemberStats,
    PointsEntry,
    Sale,
)
from tests.conftest import Shop
from tests.services.io.helpers import write_csv

ROWS = 30


def members_file(tmp_path: Path, rows: int = ROWS) -> Path:
    lines = [["手机", "姓名", "积分", "鞋码"]] + [
        [f"139{i:08d}", f"会员{i}", "100", "38"] for i in range(rows)
    ]
    return write_csv(tmp_path / "m.csv", lines)


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_writer, "FIRST_BATCH", 5)
    monkeypatch.setattr(import_writer, "MIN_BATCH", 5)
    monkeypatch.setattr(import_writer, "MAX_BATCH", 5)
    monkeypatch.setattr(import_writer, "APPLY_BATCH", 5)


def rows_of(db: Database, model: type[Any]) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def target(db: Database) -> str:
    return str(db.path) if db.path is not None else db.url.render_as_string(hide_password=False)


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True, timeout=120
    )


SALE = """
    import sys
    from memberdesk.domain.vocab import PaymentMethod, Role
    from memberdesk.services.common.context import Actor
    from memberdesk.services.sales.pricing import LineForm, PaymentForm, SaleForm
    from memberdesk.services.sales.recording import record_sale
    from memberdesk.store.database import connect

    db = connect(sys.argv[1])
    clerk = Actor(int(sys.argv[2]), int(sys.argv[3]), "clerk", Role.CLERK, "C01")
    line = LineForm(description="T恤", unit_price="99")
    form = SaleForm(int(sys.argv[4]), [line], [PaymentForm(PaymentMethod.CASH)])
    print(record_sale(db, clerk, form).receipt_no)
"""


def test_a_sale_on_another_process_commits_between_batches_and_sees_no_half_import(
    shop: Shop, tmp_path: Path, small_batches: None
) -> None:
    buyer = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    receipts: list[str] = []

    def between_batches(done: int, total: int) -> None:
        if done >= total or receipts:
            return
        # the import is half-way: its members are written but nobody sees them yet
        assert rows_of(shop.db, Member) == 1 + done
        assert count_members(shop.db, shop.clerk) == 1 and find(shop.db, shop.clerk, "13900000000") == []
        sale = run_python(SALE, target(shop.db), str(shop.clerk.staff_id), str(shop.store_id), str(buyer))
        assert sale.returncode == 0, sale.stderr[-800:]  # not "another counter is saving"
        receipts.append(sale.stdout.strip())

    report = import_members(shop.db, shop.manager, members_file(tmp_path), progress=between_batches)
    assert report.added == ROWS and receipts and receipts[0]
    assert count_members(shop.db, shop.clerk) == ROWS + 1
    with shop.db.read() as s:
        assert s.scalar(select(Sale.receipt_no)) == receipts[0]
        run = s.scalars(select(MemberImport)).one()
        assert run.state == "done"
        logged = s.scalars(select(AuditEntry.after).where(AuditEntry.action == "member.import"))
        assert [json.loads(a) for a in logged] == [
            {"import": run.id, "added": ROWS, "merged": 0, "skipped": 0, "rejected": 0, "points": 100 * ROWS}
        ]


KILLED = """
    import os, signal, sys
    from pathlib import Path
    from memberdesk.domain.vocab import Role
    from memberdesk.services.common.context import Actor
    from memberdesk.services.io import import_writer
    from memberdesk.services.io.member_io import import_members
    from memberdesk.store.database import connect

    import_writer.FIRST_BATCH = import_writer.MIN_BATCH = import_writer.MAX_BATCH = 5
    import_writer.APPLY_BATCH = 5
    db = connect(sys.argv[1])
    manager = Actor(int(sys.argv[2]), int(sys.argv[3]), "manager", Role.MANAGER, "M01")
    if sys.argv[5] == "loading":
        def progress(done, total):  # (reading the file reports 30 of 30 first)
            if 10 <= done < total:
                os.kill(os.getpid(), signal.SIGKILL)
    else:
        progress = None
        from memberdesk.services.io import import_apply
        applied = import_apply._apply_batch
        def apply_then_die(*args):
            applied(*args)
            args[0].commit()
            os.kill(os.getpid(), signal.SIGKILL)
        import_apply._apply_batch = apply_then_die
    import_members(db, manager, Path(sys.argv[4]), progress=progress)
"""


def kill_an_import(shop: Shop, path: Path, when: str) -> None:
    killed = run_python(
        KILLED, target(shop.db), str(shop.manager.staff_id), str(shop.store_id), str(path), when
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-800:]


def test_an_import_killed_while_loading_leaves_no_member(shop: Shop, tmp_path: Path) -> None:
    enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    tables = (Member, MemberKey, MemberStats, PointsEntry, MemberImportRow)
    before = [rows_of(shop.db, t) for t in tables]
    kill_an_import(shop, members_file(tmp_path), "loading")
    assert rows_of(shop.db, Member) > 1  # written, and hidden:
    assert count_members(shop.db, shop.clerk) == 1 and find(shop.db, shop.clerk, "13900000001") == []
    (run_id,) = recover_imports(shop.db)
    assert [rows_of(shop.db, t) for t in tables] == before
    with shop.db.read() as s:
        assert s.get(MemberImport, run_id).state == "rolled_back"  # type: ignore[union-attr]
    assert recover_imports(shop.db) == []
    if shop.db.path is not None:
        assert not Path(f"{shop.db.path}.import-{run_id}").exists()
    again = import_members(shop.db, shop.manager, members_file(tmp_path))
    assert again.added == ROWS  # the phones are free again


def test_an_import_killed_after_its_commit_point_is_finished(shop: Shop, tmp_path: Path) -> None:
    kill_an_import(shop, members_file(tmp_path), "applying")
    assert 0 < count_members(shop.db, shop.clerk) < ROWS  # the first batch was shown
    (run_id,) = recover_imports(shop.db)
    assert count_members(shop.db, shop.clerk) == ROWS
    with shop.db.read() as s:
        assert s.get(MemberImport, run_id).state == "done"  # type: ignore[union-attr]
        assert set(s.scalars(select(Member.status))) == {MemberStatus.ACTIVE}
    assert rows_of(shop.db, PointsEntry) == ROWS


def test_a_failed_import_is_undone(
    shop: Shop, tmp_path: Path, small_batches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = import_writer._insert_new
    calls: list[int] = []

    def third_fails(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("the network went away")
        real(*args)

    monkeypatch.setattr(import_writer, "_insert_new", third_fails)
    with pytest.raises(RuntimeError):
        import_members(shop.db, shop.manager, members_file(tmp_path))
    assert [rows_of(shop.db, t) for t in (Member, MemberKey, PointsEntry, MemberImportRow)] == [0, 0, 0, 0]
    with shop.db.read() as s:
        assert s.scalars(select(MemberImport.state)).one() == "rolled_back"


def test_a_full_disk_says_so_and_leaves_nothing(
    sqlite_shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own "disk is full", by capping the file's pages (as tests/store/test_backup.py)
    on every connection, the import's own loading connections included."""
    db = sqlite_shop.db
    enrol(db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    path = members_file(tmp_path, 3000)
    db.engine.dispose()
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()

    def cap(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 40}")

    event.listen(db.engine, "connect", cap)
    db.engine.dispose()
    real_engine = import_writer.make_engine

    def capped_engine(url: Any, **kwargs: Any) -> Any:
        engine = real_engine(url, **kwargs)
        event.listen(engine, "connect", cap)
        return engine

    monkeypatch.setattr(import_writer, "make_engine", capped_engine)
    with pytest.raises(StorageFull) as full:
        import_members(db, sqlite_shop.manager, path)
    assert "disk is full" in full.value.english()
    assert count_members(db, sqlite_shop.clerk) == 1
    event.remove(db.engine, "connect", cap)
    db.engine.dispose()
    recover_imports(db)
    assert [rows_of(db, t) for t in (Member, MemberStats, PointsEntry, MemberImportRow)] == [1, 1, 0, 0]


def test_a_dry_run_writes_nothing_at_all(shop: Shop, tmp_path: Path) -> None:
    before = rows_of(shop.db, AuditEntry)
    report = import_members(shop.db, shop.manager, members_file(tmp_path), dry_run=True)
    assert report.added == ROWS and report.points == 100 * ROWS
    assert [rows_of(shop.db, t) for t in (Member, MemberImport)] == [0, 0]
    assert rows_of(shop.db, AuditEntry) == before
