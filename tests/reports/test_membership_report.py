"""The membership report and the member sheet, opened as PDFs and read back."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from memberdesk.__main__ import main
from memberdesk.demo.build import DemoPlan, build_store
from memberdesk.reports import member_sheet as sheet_pdf
from memberdesk.reports.membership import render
from memberdesk.reports.wording import yuan
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
    assert f"前20%贡献了这些会员净消费的{figures.pareto.top20_share:.1%}" in whole
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


# --- one word, one meaning ---------------------------------------------------------------


@pytest.fixture
def refunded_all(store: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the store where one member of the period took back all they bought in it: an
    active member (they bought) with no net spend (the 80/20 view does not rank them)."""
    from sqlalchemy import func

    from memberdesk.domain.vocab import ReturnType
    from memberdesk.services.sales.returns import (
        Approval,
        ReturnForm,
        ReturnLineForm,
        find_sale,
        record_return,
    )
    from memberdesk.store.models import Sale, SaleReturn
    from tests.conftest import DEMO_PINS, demo_actor

    path = tmp_path / "refunded.sqlite3"
    shutil.copyfile(store, path)
    database = connect(path)
    lo, hi = analytics.bounds(START, END)
    with database.read() as s:
        once = (
            select(Sale.member_id)
            .where(Sale.created_at >= lo, Sale.created_at < hi, Sale.member_id.is_not(None))
            .group_by(Sale.member_id)
            .having(func.count() == 1)
        )
        returned = select(SaleReturn.member_id).where(SaleReturn.member_id.is_not(None))
        receipt, sold_at = s.execute(
            select(Sale.receipt_no, Sale.created_at)
            .where(Sale.member_id.in_(once), Sale.member_id.not_in(returned), Sale.created_at >= lo)
            .order_by(Sale.id)
            .limit(1)
        ).one()
    manager, supervisor = demo_actor(database, "M01"), demo_actor(database, "S01")
    _sale, lines = find_sale(database, manager, receipt)
    form = ReturnForm(
        receipt,
        [ReturnLineForm(ln.sale_line_id, ln.sold) for ln in lines],
        ReturnType.CHANGED_MIND,
        "全部退货",
        Approval(supervisor.staff_id, DEMO_PINS["S01"]),
    )
    record_return(database, manager, form, now=sold_at + dt.timedelta(hours=2))
    yield database
    database.dispose()


def _figures_of(path: Path) -> analytics.MembershipFigures:
    database = connect(path)
    try:
        return analytics.membership(database, system_actor(database), START, END)
    finally:
        database.dispose()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_figure_named_twice_is_the_same_figure(
    store: Path, refunded_all: Database, language: str, chinese: None
) -> None:
    """Page 1's summary, the sentences and tables further on: each word names one figure."""
    from tests.reports.figure_words import glossary, layout_text, missing, problems

    figures = analytics.membership(refunded_all, system_actor(refunded_all), START, END)
    before = _figures_of(store)
    assert figures.members_active == before.members_active  # still active: they bought
    assert figures.pareto.buyers == before.pareto.buyers - 1  # yet nothing left to rank by
    text = layout_text(render(figures, language))
    words = glossary(figures, language)
    assert problems([text], words) == []
    assert missing([text], words) == []


def test_gross_and_net_sales_are_named_apart_and_add_up(db: Database, chinese: None) -> None:
    from tests.reports.figure_words import layout_text, named_figures

    figures = analytics.membership(db, system_actor(db), START, END)
    text = layout_text(render(figures, "zh_CN"))
    assert named_figures(text, "销售总额") == [yuan(figures.gross_sales_fen)]
    assert named_figures(text, "退款总额") == [yuan(figures.refunds_fen)]
    assert named_figures(text, "净销售额") == [yuan(figures.gross_sales_fen - figures.refunds_fen)]
    # the segments' money is their members' net spend, never called sales
    assert "期内净消费" in text and not re.search(r"(?<!净)销售额", text)


def _red_pixels(png: Path, box: tuple[float, float, float, float]) -> int:
    """Pixels of the report's red (the line and its points) inside ``box`` (points, 72 dpi)."""
    from PIL import Image

    with Image.open(png) as image:
        data = image.convert("RGB").crop(tuple(round(v) for v in box)).tobytes()  # type: ignore[arg-type]
    pixels = zip(data[0::3], data[1::3], data[2::3], strict=True)
    return sum(1 for r, g, b in pixels if r > 150 and g < 90 and b < 90)


def test_one_month_of_satisfaction_is_a_point_in_percent_like_its_table(chinese: None) -> None:
    from memberdesk.documents.figures import MembershipFigures
    from tests.reports.pdfcheck import render_pages, words

    figures = MembershipFigures(
        "和美生活百货",
        dt.date(2026, 11, 1),
        dt.date(2026, 11, 30),
        satisfaction_by_month=[("2026-11", 3.95, 3.34, 3.34 / 3.95, 44)],
        satisfaction_by_staff=[("陈静", 0.85, 14)],
    )
    pdf = render(figures, "zh_CN")
    found = words(pdf)
    heading = next(w for w in found if w.text.startswith("顾客满意度"))
    table = next(w for w in found if w.page == heading.page and w.text == "月份" and w.y0 > heading.y1)
    chart = [w for w in found if w.page == heading.page and heading.y1 < w.y0 < table.y0]
    shown = {w.text for w in chart} - {"26-11"}
    assert f"{3.34 / 3.95:.0%}" in shown  # the point says its value as the table says it
    assert shown and all(text.endswith("%") for text in shown), shown  # a percent axis, not 0-1
    png = render_pages(pdf)[heading.page]
    assert _red_pixels(png, (0, heading.y1 + 2, heading.page_width, table.y0 - 2)) > 20


def test_churn_stands_beside_the_training_material_rules_of_thumb(db: Database, chinese: None) -> None:
    """The store's yearly churn next to the seeds' 10%–30%, what the lost bought, and the 1:8
    and 1:5 rules of thumb applied to the store's own counts, in both languages."""
    f = analytics.membership(db, system_actor(db), START, END)
    assert f.churn_base and f.churned_count and f.churn_rate_year is not None and f.complaints_count
    zh = "".join(pages(render(f, "zh_CN"))).replace(" ", "").replace("\n", "")
    assert f"年顾客流失率{f.churn_rate_year:.0%}".replace(" ", "") in zh.replace("折合", "")
    assert "平均每年流失10%–30%的顾客" in zh
    assert f"相当于维护{f.churned_count * 8:,}位老会员" in zh
    assert f"本期{f.complaints_count:,}起投诉可能已影响约{f.complaints_count * 5:,}人" in zh
    assert yuan(f.revenue_at_risk_fen).replace(" ", "") in zh
    en = " ".join(pages(render(f, "en"))).replace("\n", " ")
    assert f"That is a churn rate of {f.churn_rate_year:.0%} a year" in en
    assert "loses 10%–30% of its customers a year" in en
    assert f"as much as keeping {f.churned_count * 8:,} members" in en
    assert f"may have reached about {f.complaints_count * 5:,} people" in en


def test_the_lost_by_likely_cause_with_the_message_each_gets(db: Database, chinese: None) -> None:
    f = analytics.membership(db, system_actor(db), START, END)
    causes = [(cause, n, fen) for cause, n, fen in f.churn_causes if n]
    assert len(causes) >= 2 and sum(n for _, n, _ in causes) == f.churned_count
    assert sum(fen for _, _, fen in causes) == f.revenue_at_risk_fen
    zh = "".join(pages(render(f, "zh_CN"))).replace(" ", "").replace("\n", "")
    assert "挽回流失顾客：可能原因和发送的短信" in zh
    words = {"unknown": "原因不明（搬家？）", "return": "有过退货", "complaint": "投诉没处理好"}
    for cause, _n, fen in causes:
        if cause.value in words:
            assert words[cause.value] in zh
        assert yuan(fen).replace(" ", "") in zh
    assert "尊敬的会员" in zh and "{" not in zh
    en = " ".join(pages(render(f, "en"))).replace("\n", " ")
    assert "Winning them back: the likely cause and what we send" in en and "Dear member" in en
