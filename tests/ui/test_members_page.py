"""The Members page: the paged list and an import run on a worker."""

from __future__ import annotations

import csv
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from memberdesk.services.members import MemberForm, enrol
from memberdesk.store.models import Member
from memberdesk.ui import member_list_model
from memberdesk.ui.context import AppContext
from memberdesk.ui.pages.members import MembersPage
from tests.conftest import Shop


def test_list_pages_in_and_passes_the_model_tester(
    ctx: AppContext,
    sqlite_shop: Shop,
    qtbot: QtBot,
    qtmodeltester,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(member_list_model, "PAGE", 3)
    for i in range(7):
        enrol(sqlite_shop.db, sqlite_shop.clerk, MemberForm(phone=f"1381234560{i}", name=f"会员{i}"))
    ctx.set_actor(sqlite_shop.clerk)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.total == 7 and page.model.rowCount() == 3
    while page.model.canFetchMore(page.model.index(-1, -1)):
        page.model.fetchMore(page.model.index(-1, -1))
    assert [r.name for r in page.model.rows] == [f"会员{i}" for i in range(7)]
    assert page.model.rows[0].masked_phone == "138****5600"
    assert not page.import_button.isEnabled()  # a clerk may not import
    qtmodeltester.check(page.model)


def test_import_dry_run_then_import(ctx: AppContext, sqlite_shop: Shop, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([["手机", "姓名"], ["13812345678", "张伟"], ["1", "坏"]])
    ctx.set_actor(sqlite_shop.manager)
    page = MembersPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.start_import(path, dry_run=True)
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10_000)
    assert page.last_report is not None and page.last_report.added == 1
    assert "Row 3" in page.report.text()  # the rejected row is listed
    with sqlite_shop.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0
    page.confirm.click()
    qtbot.waitUntil(lambda: page.last_report is not None and not page.last_report.dry_run, timeout=10_000)
    assert page.model.total == 1
    page.start_export(tmp_path / "out.csv")
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10_000)
    assert "张伟" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
