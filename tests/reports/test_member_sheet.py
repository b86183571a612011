"""The member sheet (PIPL: the member's right to know) for every member of the demo store.

Every field on file must be on the sheet, whatever combination of fields a member has:
children with and without names or birthdays, lunar birthdays, sizes, consents given and
withdrawn, sensitive information only where consented and permitted.
"""

from __future__ import annotations

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
