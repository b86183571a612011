"""The membership report and the member sheet, opened as PDFs and read back."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from memberdesk.__main__ import main
from memberdesk.demo.build import DemoPlan, build_store
from memberdesk.reports import member_sheet as sheet_pdf
from memberdesk.reports.membership import render
from memberdesk.services.analytics import figures as analytics
from memberdesk.services.members import sheet as member_sheet
from memberdesk.services.members.enrolment import system_actor
from memberdesk.store.database import Database, connect
from memberdesk.store.models import AuditEntry, Member
from tests.reports.test_cards import embedded_fonts_only

START, END = dt.date(2025, 7, 1), dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "demo.sqlite3"
    build_store(str(path), DemoPlan(members=300, seed=11, until=dt.date(2026, 7, 1)))
    return path


@pytest.fixture
def db(store: Path) -> Database:
    database = connect(store)
    yield database
    database.dispose()


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_membership_report_in_chinese(db: Database, chinese: None) -> None:
    figures = analytics.membership(db, system_actor(db), START, END)
    pdf = render(figures, "zh_CN")
    text = pages(pdf)
    assert len(text) >= 3
    for number, page in enumerate(text, start=1):
        flat = page.replace(" ", "")
        assert "和美生活百货" in flat and "2025-07-01至2026-06-30" in flat
        assert f"第{number}页/共{len(text)}页" in flat
    whole = "".join(text).replace(" ", "")
    for title in (
        "会员分析报告",
        "会员从哪里来",
        "二八法则",
        "RFM分群",
        "顾客流失",
        "退货分析",
        "投诉与建议",
        "顾客满意度",
    ):
        assert title in whole
    assert f"前20%贡献了{figures.pareto.top20_share:.1%}" in whole
    assert f"{figures.members_total:,}" in whole
    assert embedded_fonts_only(pdf)


def test_membership_report_in_english(db: Database) -> None:
    figures = analytics.membership(db, system_actor(db), START, END)
    text = " ".join(pages(render(figures, "en")))
    assert "Membership report" in text and "Page 1 of" in text and "The 80/20 view" in text


def test_member_sheet_shows_what_is_held_and_is_audited(db: Database, chinese: None) -> None:
    actor = system_actor(db)
    with db.read() as s:
        member = s.scalars(select(Member).order_by(Member.id).limit(1)).one()
    sheet = member_sheet.gather(db, actor, member.id)
    text = "".join(pages(sheet_pdf.render(sheet, "zh_CN"))).replace(" ", "")
    assert member.name in text and member.phone in text and member.card_no in text
    assert "消费记录" in text and "积分明细" in text
    with db.read() as s:
        assert (
            s.scalar(
                select(AuditEntry.action).where(
                    AuditEntry.entity_id == member.id, AuditEntry.action == "member.sheet"
                )
            )
            == "member.sheet"
        )


def test_cli_writes_both_reports(store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command installs the app's catalogues itself."""
    out = tmp_path / "report.pdf"
    assert (
        main(
            [
                "report",
                "membership",
                "--db",
                str(store),
                "--from",
                "2025-07-01",
                "--to",
                "2026-06-30",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert re.search(r"第\s*1\s*页", PdfReader(out).pages[0].extract_text())
    sheet = tmp_path / "member.pdf"
    with pytest.raises(SystemExit) as refused:  # a member's data leaves the app only with a manager's PIN
        main(["report", "member", "1", "--db", str(store), "--out", str(sheet), "--lang", "en"])
    assert refused.value.code == 2 and not sheet.exists()
    monkeypatch.setenv("MEMBERDESK_STAFF_NO", "M01")
    monkeypatch.setenv("MEMBERDESK_PIN", "8888")
    assert main(["report", "member", "1", "--db", str(store), "--out", str(sheet), "--lang", "en"]) == 0
    assert "Member sheet" in PdfReader(sheet).pages[0].extract_text()
    with pytest.raises(SystemExit) as missing:
        main(["report", "member", "999999", "--db", str(store), "--out", str(sheet)])
    assert missing.value.code == 1
