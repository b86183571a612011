"""Member money from the command line: a manager's PIN for what moves money, plain reads without."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from memberdesk.__main__ import main
from memberdesk.domain.vocab import Role
from memberdesk.services.staff import auth
from memberdesk.store.database import connect
from tests.conftest import TEST_PINS, make_shop
from tests.services.sales_helpers import add_member


@pytest.fixture(autouse=True)
def _no_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "sleep", lambda _s: None)


@pytest.fixture
def shop_file(sqlite_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, target)
    db = connect(target)
    shop = make_shop(db)
    add_member(db, shop.store_id, 7)
    db.dispose()
    return target


def test_a_top_up_needs_the_managers_pin_and_the_balance_reads_without(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert_exit = pytest.raises(SystemExit)
    with assert_exit as refused:
        main(["wallet", "topup", "C000007", "1000", "--db", str(shop_file)])
    assert refused.value.code == 2 and "manager" in capsys.readouterr().err
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])
    assert main(["wallet", "topup", "C000007", "1000", "--method", "wechat", "--db", str(shop_file)]) == 0
    assert "bonus ¥100.00" in capsys.readouterr().out
    monkeypatch.delenv("MEMBERDESK_PIN")
    assert main(["wallet", "balance", "13800000007", "--db", str(shop_file)]) == 0
    assert "balance ¥1,100.00 (principal ¥1,000.00, bonus ¥100.00)" in capsys.readouterr().out


def test_an_unknown_member_is_said_and_nothing_moves(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])
    with pytest.raises(SystemExit) as failed:
        main(["wallet", "topup", "C999999", "1000", "--db", str(shop_file)])
    assert failed.value.code == 1 and "No single member" in capsys.readouterr().err


def test_birthday_points_are_given_once_a_year_from_the_command_line(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    from sqlalchemy import update

    from memberdesk.domain.points import SalesRules
    from memberdesk.domain.vocab import Tier
    from memberdesk.store.models import Member

    db = connect(shop_file)
    with db.write() as s:
        s.execute(update(Member).where(Member.card_no == "C000007").values(birthday=dt.date(1990, 5, 1)))
    db.dispose()
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])
    assert main(["points", "birthday", "C000007", "--db", str(shop_file)]) == 0
    gift = SalesRules().birthday_points[Tier.REGULAR]
    assert f"gave {gift:,} birthday points; balance {gift:,} points" in capsys.readouterr().out
    with pytest.raises(SystemExit) as again:
        main(["points", "birthday", "C000007", "--db", str(shop_file)])
    assert again.value.code != 0 and "already had this year's birthday points" in capsys.readouterr().err


def test_a_purchase_paid_from_the_balance_needs_the_members_pin_and_is_a_sale(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from memberdesk.services.money import presence, wallet
    from memberdesk.services.money.reconcile import check_money
    from memberdesk.services.sales.reconcile import check_ledgers
    from tests.conftest import demo_actor

    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])
    assert main(["wallet", "topup", "C000007", "1000", "--db", str(shop_file)]) == 0
    db = connect(shop_file)
    member = int(
        db.engine.connect().exec_driver_sql("SELECT id FROM members WHERE card_no = 'C000007'").scalar()
    )
    presence.set_pin(db, demo_actor(db, "M01"), member, "246810")
    capsys.readouterr()

    monkeypatch.setenv("MEMBERDESK_MEMBER_PIN", "135790")  # not the member's
    with pytest.raises(SystemExit) as refused:
        main(["wallet", "spend", "C000007", "128.50", "--item", "护手霜", "--db", str(shop_file)])
    assert refused.value.code != 0 and "PIN" in capsys.readouterr().err
    assert wallet.balance(db, member).total_fen == 1_100_00

    monkeypatch.setenv("MEMBERDESK_MEMBER_PIN", "246810")
    assert main(["wallet", "spend", "C000007", "128.50", "--item", "护手霜", "--db", str(shop_file)]) == 0
    said = capsys.readouterr().out
    assert "paid ¥128.50 from the balance; balance ¥971.50" in said
    receipt = said.split(":")[0]
    row = (
        db.engine.connect()
        .exec_driver_sql(
            "SELECT s.total_fen, l.description, p.method FROM sales s JOIN sale_lines l ON l.sale_id = s.id"
            " JOIN payments p ON p.sale_id = s.id WHERE s.receipt_no = ?",
            (receipt,),
        )
        .one()
    )
    assert tuple(row) == (128_50, "护手霜", "stored_value")
    assert wallet.balance(db, member).total_fen == 971_50
    assert check_money(db) == [] and check_ledgers(db) == []


def test_the_manager_defines_a_coupon_template_and_gives_it(
    shop_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store makes its own coupons headless: defined, listed, given, and refused when wrong."""
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    args = ["coupons", "template-add", "满200减30", "--amount", "30", "--min-spend", "200", "--days", "30"]
    with pytest.raises(SystemExit) as refused:
        main([*args, "--db", str(shop_file)])
    assert refused.value.code == 2 and "manager" in capsys.readouterr().err
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", TEST_PINS[Role.MANAGER])
    assert main([*args, "--db", str(shop_file)]) == 0
    number = int(capsys.readouterr().out.split()[0])
    assert main(["coupons", "templates", "--db", str(shop_file)]) == 0
    assert f"{number:>4}  满200减30  (manual)" in capsys.readouterr().out
    assert main(["coupons", "issue", str(number), "C000007", "--db", str(shop_file)]) == 0
    capsys.readouterr()
    assert main(["coupons", "list", "C000007", "--db", str(shop_file)]) == 0
    assert "满200减30" in capsys.readouterr().out
    with pytest.raises(SystemExit) as wrong:  # neither a period nor a number of days
        main(["coupons", "template-add", "九折", "--percent", "10", "--db", str(shop_file)])
    assert wrong.value.code != 0 and capsys.readouterr().err.strip()
