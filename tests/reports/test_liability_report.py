"""The liability report's PDF and command: what is owed, and opening + movements = closing."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from memberdesk.__main__ import main
from memberdesk.domain.vocab import Role
from memberdesk.reports.liability import render
from memberdesk.reports.wording import yuan
from memberdesk.services.money import liability, wallet
from memberdesk.services.staff import auth
from memberdesk.store.database import Database, connect
from tests.conftest import TEST_PINS, Shop, make_shop
from tests.services.sales_helpers import add_member

MARCH = dt.datetime(2026, 3, 10, 12, tzinfo=dt.UTC)
APRIL = dt.datetime(2026, 4, 10, 12, tzinfo=dt.UTC)


def flat_text(pdf: bytes) -> str:
    return (
        "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "").replace("\n", "")
    )


def _moves(db: Database, shop: Shop) -> None:
    a, b = add_member(db, shop.store_id, 1), add_member(db, shop.store_id, 2)
    wallet.topup(db, shop.clerk, a, "1000", "cash", now=MARCH)
    wallet.topup(db, shop.clerk, b, "3000", "wechat", now=APRIL)
    wallet.withdraw(db, shop.manager, a, "400", "cash", "搬家", now=APRIL)


def test_the_pdf_in_chinese_adds_up_as_the_customer_reads_it(shop: Shop, chinese: None) -> None:
    _moves(shop.db, shop)
    got = liability.liability(shop.db, shop.manager, at=dt.date(2026, 4, 30), start=dt.date(2026, 4, 1))
    text = flat_text(render(got, "zh_CN"))
    assert "测试门店储值负债报告" in text and "第1页/共1页" in text
    assert "期初余额（2026-03-31日终）¥1,000.00¥100.00¥1,100.00" in text
    assert "充值及礼品卡售卡1+¥3,000.00+¥400.00+¥3,400.00" in text
    assert "退储值（退还本金，赠送金额作废）1-¥400.00-¥40.00-¥440.00" in text
    assert "期末余额（2026-04-30日终）¥3,600.00¥460.00¥4,060.00" in text
    assert f"期初¥1,100.00+本期变动¥2,960.00＝期末{yuan(got.closing.total_fen)}。" in text
    assert "对不上" not in text


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    db = connect(target)
    _moves(db, make_shop(db))
    db.dispose()
    return target


def test_the_command_needs_the_managers_pin_and_writes_the_pdf(
    shop_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "owed.pdf"
    command = ["report", "liability", "--at", "2026-04-30", "--db", str(shop_file), "--out", str(out)]
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "S01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.SUPERVISOR])
    with pytest.raises(SystemExit) as refused:
        main(command)
    assert refused.value.code == 2 and not out.exists()
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])
    assert main(command) == 0
    said = capsys.readouterr().out
    assert "owed at the end of 2026-04-30: ¥3,600.00" in said and "they add up" in said
    assert "储值负债报告" in flat_text(out.read_bytes())
