"""The member sheet (PIPL: the member's right to know) for every member of the demo store.

Every field on file must be on the sheet, whatever combination of fields a member has:
children with and without names or birthdays, lunar birthdays, sizes, consents given and
withdrawn, sensitive information only where consented and permitted.
"""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from memberdesk.domain.vocab import ConsentKind
from memberdesk.reports import member_sheet as sheet_pdf
from memberdesk.services.members import sheet as member_sheet
from memberdesk.store.database import Database
from memberdesk.store.models import Complaint, Consent, Member, Sale, SaleReturn, Visit
from tests.conftest import demo_actor
from tests.reports.pdfcheck import flat, page_texts

WORD = {"F": "Female", "M": "Male", "U": "Not given"}


def sheet_text(pdf: bytes) -> str:
    return flat("".join(page_texts(pdf)))


def _consented(s, member_id: int) -> bool:  # type: ignore[no-untyped-def]
    latest = s.scalar(
        select(Consent.granted)
        .where(Consent.member_id == member_id, Consent.kind == ConsentKind.SENSITIVE)
        .order_by(Consent.recorded_at.desc(), Consent.id.desc())
        .limit(1)
    )
    return bool(latest)


def _check_sheet(text: str, m: Member, consented: bool, history: list[str], seen: dict[str, int]) -> None:
    """Everything on file about ``m`` is in the sheet's ``text``."""
    where = f"member {m.id} {m.name}"
    for value in (m.name, m.phone, m.card_no, m.email, m.address, m.occupation, m.hobbies, m.notes,
                  m.skin_type, m.hair_type, *(size.size for size in m.sizes), *history):  # fmt: skip
        assert flat(value) in text, (where, value)
    if m.birthday is not None:
        assert m.birthday.isoformat() in text, where
    if m.birthday_lunar and m.lunar_mmdd:
        seen["lunar"] += 1
        month, day = divmod(m.lunar_mmdd, 100)
        leap = "leapmonth" if m.lunar_leap else "month"
        assert f"{leap}{month},day{day}ofthelunarcalendar" in text, where
    for child in m.children:
        seen["children"] += 1
        assert flat(child.name) in text and WORD[child.gender.value] in text, (where, child.name)
        if child.birthday is not None:
            assert child.birthday.isoformat() in text, (where, child.name)
    for value in (m.ethnicity, m.religion, m.income_band):
        if value:
            assert (flat(value) in text) == consented, (where, value)
            seen["sensitive"] += consented
    seen["occupation"] += bool(m.occupation)


def test_every_member_of_the_demo_store_gets_a_complete_sheet(demo_db: Database, qapp) -> None:  # type: ignore[no-untyped-def]
    manager = demo_actor(demo_db, "M01")
    with demo_db.read() as s:
        members = list(
            s.scalars(
                select(Member)
                .options(selectinload(Member.children), selectinload(Member.sizes))
                .order_by(Member.id)
            )
        )
        consented = {m.id: _consented(s, m.id) for m in members}
        complaints: dict[int | None, list[str]] = {}
        for member_id, description in s.execute(select(Complaint.member_id, Complaint.description)):
            complaints.setdefault(member_id, []).append(description)
        for member_id, receipt in s.execute(select(Sale.member_id, Sale.receipt_no)):
            complaints.setdefault(member_id, []).append(receipt)  # every purchase, however many
        for member_id, comment in s.execute(
            select(Visit.member_id, Visit.comment).where(Visit.comment != "")
        ):
            complaints.setdefault(member_id, []).append(comment)  # what they said of our service
        returns: dict[int | None, list[str]] = {}
        for member_id, reason in s.execute(select(SaleReturn.member_id, SaleReturn.reason)):
            returns.setdefault(member_id, []).append(reason)
    seen = {"children": 0, "lunar": 0, "sensitive": 0, "occupation": 0}
    for m in members:
        text = sheet_text(sheet_pdf.render(member_sheet.gather(demo_db, manager, m.id), "en"))
        _check_sheet(text, m, consented[m.id], complaints.get(m.id, []) + returns.get(m.id, []), seen)
    # the demo store really has every kind of member this test speaks of
    assert len(members) >= 300 and all(n > 10 for n in seen.values()), seen


def test_a_clerk_gets_no_sensitive_information_on_the_sheet(demo_db: Database, qapp) -> None:  # type: ignore[no-untyped-def]
    clerk, manager = demo_actor(demo_db, "C01"), demo_actor(demo_db, "M01")
    with demo_db.read() as s:
        member = next(
            m
            for m in s.scalars(select(Member).where(Member.ethnicity.is_not(None)).order_by(Member.id))
            if _consented(s, m.id)
        )
    assert flat(member.ethnicity or "") in sheet_text(
        sheet_pdf.render(member_sheet.gather(demo_db, manager, member.id), "en")
    )
    assert member_sheet.gather(demo_db, clerk, member.id).sensitive == ()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_markup_in_what_a_clerk_typed_is_printed_as_typed(demo_db: Database, language: str, qapp) -> None:  # type: ignore[no-untyped-def]
    manager = demo_actor(demo_db, "M01")
    with demo_db.write() as s:
        member = s.scalars(select(Member).order_by(Member.id).limit(1)).one()
        member.notes = "likes <b>bold</b> & <br/> colours <unclosed"
        member.hobbies = "R&B, <3 dancing"
        member_id = member.id
    text = sheet_text(sheet_pdf.render(member_sheet.gather(demo_db, manager, member_id), language))
    assert flat("likes <b>bold</b> & <br/> colours <unclosed") in text
    assert flat("R&B, <3 dancing") in text


def test_the_sheet_speaks_chinese(demo_db: Database, chinese: None) -> None:
    manager = demo_actor(demo_db, "M01")
    with demo_db.read() as s:
        member = s.scalars(
            select(Member)
            .where(Member.birthday_lunar.is_(True), Member.children.any())
            .order_by(Member.id)
            .limit(1)
        ).one()
        child = member.children[0]
        month, day = divmod(member.lunar_mmdd or 0, 100)
    text = sheet_text(sheet_pdf.render(member_sheet.gather(demo_db, manager, member.id), "zh_CN"))
    for heading in ("会员资料单", "基本资料", "子女", "消费记录", "积分明细", "同意记录", "第1页/共"):
        assert heading in text
    assert f"农历{'闰' if member.lunar_leap else ''}{month}月{day}日" in text
    assert flat(child.name) in text and ("女" if child.gender.value == "F" else "男") in text
    assert "Profile" not in text and "Purchase history" not in text


# Each history's columns, as the member reads them: what each column holds, in the shop's words.
SHEET_HEADERS = {
    "子女": ["姓名", "性别", "生日", "年龄"],
    "同意记录": ["同意事项", "您的选择", "日期"],
    "消费记录": ["日期", "小票号", "商品", "尺码", "数量", "金额"],
    "退货记录": ["日期", "退货类型", "退货原因", "退款金额"],
    "投诉记录": ["日期", "投诉类别", "投诉内容", "状态"],
    "售后服务": ["日期", "服务类型", "服务内容", "状态"],
    "建议记录": ["日期", "建议"],
    "您对我们服务的评价": ["日期", "期望值", "感受值", "您的意见"],
    "积分明细": ["日期", "来源", "说明", "积分增减"],
}


def test_every_column_of_the_sheet_says_what_it_holds(demo_db: Database, chinese: None) -> None:
    """The points history's column is the points added or taken off, never the till's 找零."""
    import datetime as dt
    from dataclasses import replace

    from memberdesk.documents.member_sheet import SheetChild
    from memberdesk.domain.members import ChildAge
    from tests.reports.figure_words import layout_text

    manager = demo_actor(demo_db, "M01")
    with demo_db.read() as s:
        member_id = s.scalar(select(SaleReturn.member_id).where(SaleReturn.member_id.is_not(None)).limit(1))
    sheet = member_sheet.gather(demo_db, manager, member_id)
    day = dt.datetime(2026, 5, 1, 3, tzinfo=dt.UTC)
    sheet = replace(  # one row in every history, whatever this member has on file
        sheet,
        children=sheet.children
        or (SheetChild("天天", sheet.card.gender, dt.date(2020, 8, 8), ChildAge(6, None)),),
        consents=sheet.consents or (("marketing", True, day),),
        complaints=sheet.complaints or ((day, "waiting", "排队太久", "open"),),
        services=sheet.services or ((day, "alteration", "裤脚改短", "pending"),),
        suggestions=sheet.suggestions or ((day, "希望周末延长营业时间"),),
        ratings=sheet.ratings or ((day, 4, 5, "很耐心"),),
    )
    assert sheet.purchases and sheet.returns and sheet.points
    pdf = sheet_pdf.render(sheet, "zh_CN")
    lines = [line.split() for line in layout_text(pdf).splitlines() if line.strip()]
    headers = {}
    for heading, below in itertools.pairwise(lines):
        if len(heading) == 1 and heading[0] in SHEET_HEADERS:
            headers.setdefault(heading[0], below)
    assert headers == SHEET_HEADERS
    text = sheet_text(pdf)
    assert "找零" not in text and "等候时间" in text and "待处理" in text  # a waiting complaint, still open
