"""Stored-value opening balances in the member import: principal and bonus apart, written as
one opening entry per new member, reported by the dry run, undone with a failed import, and
never written to a member on file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from memberdesk.domain.errors import ValidationError
from memberdesk.domain.vocab import WalletEntryKind
from memberdesk.domain.wallet import MAX_BALANCE_FEN
from memberdesk.services.io import import_writer
from memberdesk.services.io.import_columns import yuan_of
from memberdesk.services.io.import_plan import OnDuplicate
from memberdesk.services.io.member_io import import_members
from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.money import wallet
from memberdesk.services.money.reconcile import check_money
from memberdesk.store import health
from memberdesk.store.models import Member, MemberImport, Wallet, WalletEntry
from tests.conftest import Shop
from tests.services.io.helpers import write_csv

HEADERS = ["手机", "姓名", "储值本金", "赠送金额"]
ROWS = [
    ["13812345678", "张伟", "1,280.50", "128"],
    ["13912345678", "李娜", "¥300", ""],
    ["13712345678", "王芳", "", ""],
]


def _file(tmp_path: Path, rows: list[list[str]] = ROWS) -> Path:
    return write_csv(tmp_path / "old_pos.csv", [HEADERS, *rows])


def _count(shop: Shop, model: type[Any]) -> int:
    with shop.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _member(shop: Shop, phone: str) -> int:
    with shop.db.read() as s:
        return int(s.scalars(select(Member.id).where(Member.phone == phone)).one())


def test_opening_balances_become_one_opening_entry_each_and_the_books_reconcile(
    shop: Shop, tmp_path: Path
) -> None:
    report = import_members(shop.db, shop.manager, _file(tmp_path))
    assert report.added == 3 and not report.rejected and report.not_imported == ()
    assert (report.stored_principal_fen, report.stored_bonus_fen, report.stored_members) == (
        1_580_50,
        128_00,
        2,
    )
    held = wallet.balance(shop.db, _member(shop, "13812345678"))
    assert (held.principal_fen, held.bonus_fen) == (1_280_50, 128_00)
    with shop.db.read() as s:
        entries = s.execute(select(WalletEntry.kind, WalletEntry.money_fen, WalletEntry.reason)).all()
    assert sorted(entries) == [(WalletEntryKind.OPENING, 0, "opening balance, imported from old_pos.csv")] * 2
    assert check_money(shop.db) == [] and health.check(shop.db).ok


def test_the_dry_run_reports_the_balances_and_writes_none(shop: Shop, tmp_path: Path) -> None:
    report = import_members(shop.db, shop.manager, _file(tmp_path), dry_run=True)
    assert (report.stored_principal_fen, report.stored_bonus_fen, report.stored_members) == (
        1_580_50,
        128_00,
        2,
    )
    assert _count(shop, Wallet) == _count(shop, WalletEntry) == 0


@pytest.mark.parametrize("amount", ["12.345", "-5", "abc", "2000000"])
def test_an_amount_that_is_not_money_refuses_its_row(shop: Shop, tmp_path: Path, amount: str) -> None:
    report = import_members(shop.db, shop.manager, _file(tmp_path, [["13812345678", "张伟", amount, "0"]]))
    assert [(r.row, r.field) for r in report.rejected] == [(2, "stored_value")]
    assert _count(shop, Wallet) == 0


def test_a_member_on_file_keeps_their_account_and_the_row_is_named(shop: Shop, tmp_path: Path) -> None:
    enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    for how in (OnDuplicate.SKIP, OnDuplicate.MERGE):
        report = import_members(shop.db, shop.manager, _file(tmp_path, ROWS[:1]), on_duplicate=how)
        assert report.stored_left == ((2, 1_280_50, 128_00),) and report.stored_members == 0
    assert _count(shop, Wallet) == 0


def test_a_failed_import_takes_its_balances_with_it(
    shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_writer, "FIRST_BATCH", 1)
    monkeypatch.setattr(import_writer, "MIN_BATCH", 1)
    monkeypatch.setattr(import_writer, "MAX_BATCH", 1)
    real = import_writer._insert_new
    calls: list[int] = []

    def second_fails(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the network went away")
        real(*args)

    monkeypatch.setattr(import_writer, "_insert_new", second_fails)
    with pytest.raises(RuntimeError):
        import_members(shop.db, shop.manager, _file(tmp_path))
    assert [_count(shop, t) for t in (Member, Wallet, WalletEntry)] == [0, 0, 0]
    with shop.db.read() as s:
        assert s.scalars(select(MemberImport.state)).one() == "rolled_back"


@given(st.integers(min_value=0, max_value=MAX_BALANCE_FEN))
def test_yuan_as_a_spreadsheet_writes_it_reads_back_to_the_fen(fen: int) -> None:
    assert yuan_of(f"¥{fen / 100:,.2f}", "stored_value") == fen
    assert yuan_of(f"{fen // 100}.{fen % 100:02d}元", "stored_value") == fen
    assert yuan_of(fen / 100, "stored_value") == fen  # a number cell


@pytest.mark.parametrize("text", ["1E100", "-1E100", "1E-100", "9E+999999"])
def test_an_amount_in_exponent_form_too_large_or_too_precise_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        yuan_of(text, "stored_value")
    assert err.value.field == "stored_value"


@given(st.text(max_size=12))
def test_anything_else_is_refused_or_read_as_money(text: str) -> None:
    try:
        fen = yuan_of(text, "stored_value")
    except ValidationError as err:
        assert err.field == "stored_value"
    else:
        assert 0 <= fen <= MAX_BALANCE_FEN
