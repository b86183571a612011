"""Gift cards from the command line: selling needs the manager's staff number and PIN, as the
other money commands do; a card's balance reads without."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from memberdesk.__main__ import main
from memberdesk.domain.vocab import Role
from memberdesk.services.money.reconcile import check_money
from memberdesk.services.staff import auth
from memberdesk.store.database import connect
from tests.conftest import TEST_PINS, make_shop


@pytest.fixture(autouse=True)
def _no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    db = connect(target)
    make_shop(db)
    db.dispose()
    return target


def test_a_card_is_sold_with_the_managers_pin_and_its_balance_reads_without(
    shop_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(SystemExit) as refused:
        main(["giftcard", "sell", "--amount", "500", "--db", str(shop_file)])
    assert refused.value.code == 2 and "manager" in capsys.readouterr().err
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])
    slip = tmp_path / "slip.pdf"
    args = ["giftcard", "sell", "--amount", "500", "--method", "wechat", "--code", "gc-7001-0001"]
    assert main([*args, "--slip", str(slip), "--db", str(shop_file)]) == 0
    out = capsys.readouterr().out
    assert "L00000001: gift card GC70010001 sold for ¥500.00; it holds ¥500.00" in out
    text = subprocess.run(["pdftotext", "-layout", str(slip), "-"], capture_output=True, check=True).stdout
    assert "GC70010001" in text.decode()
    with pytest.raises(SystemExit) as again:  # one physical card is sold once
        main([*args, "--db", str(shop_file)])
    assert again.value.code == 1 and "already sold" in capsys.readouterr().err
    monkeypatch.delenv("MEMBERDESK_PIN")
    assert main(["giftcard", "balance", "GC70010001", "--json", "--db", str(shop_file)]) == 0
    read = json.loads(capsys.readouterr().out)
    assert (read["code"], read["balance_fen"]) == ("GC70010001", 500_00)
    db = connect(shop_file)
    try:
        assert check_money(db) == []
    finally:
        db.dispose()


def test_an_unknown_card_and_a_bad_amount_are_said_and_nothing_moves(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as unknown:
        main(["giftcard", "balance", "GC00000404", "--db", str(shop_file)])
    assert unknown.value.code == 1 and "No gift card has the code GC00000404." in capsys.readouterr().err
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])
    with pytest.raises(SystemExit) as bad:
        main(["giftcard", "sell", "--amount", "0", "--db", str(shop_file)])
    assert bad.value.code == 1 and "zero" in capsys.readouterr().err
