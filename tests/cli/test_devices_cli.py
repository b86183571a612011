"""The counter's devices from the command line, against a virtual network printer: the test
page, a receipt printed and reprinted (a copy never opens the drawer), the drawer opened by a
supervisor with a reason and audited, a clerk refused; and the shift opened, closed and its
report read back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from memberdesk.__main__ import main
from memberdesk.domain.vocab import PaymentMethod, Role
from memberdesk.services.devices import setup
from memberdesk.services.sales.recording import LineForm, PaymentForm, SaleForm, record_sale
from memberdesk.services.staff import auth
from memberdesk.store.database import connect
from memberdesk.store.models import AuditEntry, ShiftCount
from tests.conftest import TEST_PINS, make_shop
from tests.services.devices.escpos_reader import read
from tests.services.devices.virtual_printer import virtual_printer


@pytest.fixture(autouse=True)
def _no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> tuple[Path, str]:
    """A shop with one cash sale; returns the file and the sale's receipt number."""
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    db = connect(target)
    shop = make_shop(db)
    form = SaleForm(
        None,
        [LineForm(description="围巾", category="other", unit_price="128")],
        [PaymentForm(PaymentMethod.CASH, "")],
    )
    receipt_no = record_sale(db, shop.clerk, form).receipt_no
    db.dispose()
    return target, receipt_no


def as_staff(monkeypatch: pytest.MonkeyPatch, code: str, role: Role) -> None:
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", code)
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[role])


def test_printer_test_sends_the_test_page(
    shop_file: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = shop_file
    with virtual_printer() as printer:
        assert main(["printer", "test", "--printer", printer.address, "--lang", "en", "--db", str(path)]) == 0
        page = read(printer.wait())
    assert printer.address in page.text and page.cut_at >= 0
    assert "sent to" in capsys.readouterr().out


def test_a_printer_that_is_not_there_is_exit_4(
    shop_file: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = shop_file
    with virtual_printer() as printer:
        address = printer.address
    assert main(["printer", "test", "--printer", address, "--db", str(path)]) == 4
    assert "Nothing answers" in capsys.readouterr().err


def test_receipt_print_kicks_for_cash_and_reprint_is_a_copy_without(
    shop_file: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, receipt_no = shop_file
    as_staff(monkeypatch, "C01", Role.CLERK)
    with virtual_printer() as printer:
        setup.save(setup.checked(printer.address, setup.GB18030, drawer=True))
        assert main(["receipt", "print", receipt_no, "--lang", "en", "--db", str(path)]) == 0
        assert main(["receipt", "reprint", receipt_no, "--lang", "en", "--db", str(path)]) == 0
        printer.wait(papers=2)
    first, copy = (read(data) for data in printer.received[:2])
    assert first.qr == [receipt_no] and first.kicks and "Copy" not in first.text
    assert copy.qr == [receipt_no] and copy.kicks == [] and "Copy (reprinted)" in copy.text


def test_an_unknown_receipt_is_said(
    shop_file: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = shop_file
    as_staff(monkeypatch, "C01", Role.CLERK)
    with pytest.raises(SystemExit) as failed:
        main(["receipt", "print", "S-NOPE", "--printer", "tcp://127.0.0.1:9", "--db", str(path)])
    assert failed.value.code == 1 and "S-NOPE" in capsys.readouterr().err


def test_the_drawer_opens_for_a_supervisor_with_a_reason_and_is_audited(
    shop_file: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = shop_file
    with virtual_printer() as printer:
        as_staff(monkeypatch, "C01", Role.CLERK)
        with pytest.raises(SystemExit) as refused:
            main(["drawer", "open", "--reason", "找零", "--printer", printer.address, "--db", str(path)])
        assert refused.value.code == 1 and "supervisor" in capsys.readouterr().err
        as_staff(monkeypatch, "S01", Role.SUPERVISOR)
        assert (
            main(["drawer", "open", "--reason", "换零钱", "--printer", printer.address, "--db", str(path)])
            == 0
        )
        got = read(printer.wait())
    assert got.kicks == [bytes([0, 50, 50])]
    db = connect(path)
    with db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "drawer.open")).all()
        assert [(e.detail, e.staff_id is not None) for e in entries] == [("换零钱", True)]
    db.dispose()


def test_a_shift_opened_closed_and_reported(
    shop_file: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    path, _ = shop_file
    as_staff(monkeypatch, "C01", Role.CLERK)
    till = ["--till", "前台1", "--db", str(path), "--lang", "en"]
    assert main(["shift", "open", "--float", "500", *till]) == 0
    with pytest.raises(SystemExit) as refused:  # ¥500 expected (the sale was before the shift)
        main(["shift", "close", "--counted", "490", *till])
    assert refused.value.code == 1 and "say why" in capsys.readouterr().err
    assert (
        main(["shift", "close", "--counted", "490", "--reason", "少10元", "--next-float", "400", *till]) == 0
    )
    out = capsys.readouterr().out
    assert "Difference" in out and "-￥10.00" in out and "少10元" in out
    pdf = tmp_path / "shift.pdf"
    assert main(["shift", "report", "--pdf", str(pdf), *till]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and "Float left for the next shift" in capsys.readouterr().out
    db = connect(path)
    with db.read() as s:
        cash = s.scalars(select(ShiftCount).where(ShiftCount.method == PaymentMethod.CASH)).one()
        assert (cash.expected_fen, cash.counted_fen, cash.difference_fen) == (500_00, 490_00, -10_00)
    db.dispose()


def test_a_cash_top_up_opens_the_drawer_and_a_wechat_one_does_not(
    shop_file: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.services.sales_helpers import add_member

    path, _ = shop_file
    db = connect(path)
    add_member(db, 1, 7)
    db.dispose()
    as_staff(monkeypatch, "M01", Role.MANAGER)
    with virtual_printer() as printer:
        setup.save(setup.checked(printer.address, setup.GB18030, drawer=True))
        assert main(["wallet", "topup", "C000007", "300", "--method", "wechat", "--db", str(path)]) == 0
        assert main(["wallet", "topup", "C000007", "1000", "--method", "cash", "--db", str(path)]) == 0
        got = read(printer.wait())
    assert len(printer.received) == 1 and got.kicks == [bytes([0, 50, 50])]
