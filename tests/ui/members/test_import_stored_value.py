"""The Members page's dry run and import say what stored value comes in, in the clerk's words."""

from __future__ import annotations

import csv
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.money import wallet
from memberdesk.services.money.reconcile import check_money
from memberdesk.store.models import Member
from memberdesk.ui.members.members_page import MembersPage
from memberdesk.ui.widgets.context import AppContext
from tests.conftest import Shop
from tests.ui.page_steps import click


def test_the_dry_run_shows_opening_balances_and_the_import_writes_them(
    ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path
) -> None:
    enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([
            ["手机", "姓名", "储值余额", "赠送金额"], ["13812345678", "张伟", "100", ""],
            ["13912345678", "李娜", "1,000.50", "50"],
        ])  # fmt: skip
    ctx.set_actor(sqlite_shop.manager)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.choose_file(path)
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10_000)
    text = page.report.text()
    assert "Opening stored value: ¥1,000.50 principal and ¥50.00 bonus for 1 member" in text
    assert "Stored value of 1 row whose member is on file is not imported (¥100.00 in all; rows 2)" in text
    click(qtbot, page.confirm)
    qtbot.waitUntil(lambda: page.last_report is not None and not page.last_report.dry_run, timeout=10_000)
    with sqlite_shop.db.read() as s:
        li_na = s.scalars(select(Member.id).where(Member.phone == "13912345678")).one()
    assert wallet.balance(sqlite_shop.db, li_na).total_fen == 1_050_50
    assert check_money(sqlite_shop.db) == []
