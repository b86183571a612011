"""Greeting cards: the right names and honorifics in the PDF, fonts embedded, texts editable."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from memberdesk import paths
from memberdesk.domain.vocab import Gender
from memberdesk.reports import card_texts
from memberdesk.reports.cards import CardData, render
from memberdesk.services import cards
from memberdesk.store.models import Child, Consent, Member
from tests.conftest import Shop

D = dt.date


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def embedded_fonts_only(pdf: bytes) -> bool:
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            if descriptor is None or not any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                return False
    return True


@pytest.fixture
def members(sqlite_shop: Shop) -> Shop:
    with sqlite_shop.db.write() as s:
        for n, (name, gender, birthday) in enumerate(
            [
                ("张丽", Gender.FEMALE, D(1990, 3, 2)),
                ("王强", Gender.MALE, D(1985, 3, 3)),
                ("Li Na", Gender.UNKNOWN, D(1992, 3, 4)),
            ],
            start=1,
        ):
            m = Member(
                store_id=sqlite_shop.store_id,
                card_no=f"M001{n:07d}",
                phone=f"1390000{n:04d}",
                phone_last4=f"{n:04d}",
                name=name,
                gender=gender,
                birthday=birthday,
                birth_mmdd=birthday.month * 100 + birthday.day,
            )
            s.add(m)
            s.flush()
            s.add(Consent(member_id=m.id, kind="marketing", granted=n != 2))
            if n == 1:
                s.add(
                    Child(
                        member_id=m.id,
                        name="乐乐",
                        gender=Gender.MALE,
                        birthday=D(2020, 3, 5),
                        birth_mmdd=305,
                    )
                )
    return sqlite_shop


def test_birthday_cards_name_each_member_with_honorific(members: Shop) -> None:
    batch = cards.card_batch(members.db, members.clerk, "birthday", D(2026, 3, 1), D(2026, 3, 7), "zh_CN")
    pages = text_of(cards.render(batch, "card"))
    assert len(pages) == 3
    assert "张女士" in pages[0] and "生日快乐" in pages[0] and "测试门店" in pages[0]
    assert "王先生" in pages[1]
    assert "Li Na" in pages[2]  # no honorific without a known gender
    assert embedded_fonts_only(cards.render(batch, "card"))


def test_child_birthday_card_names_the_child_and_age(members: Shop) -> None:
    batch = cards.card_batch(
        members.db, members.clerk, "child-birthday", D(2026, 3, 1), D(2026, 3, 7), "zh_CN"
    )
    (page,) = text_of(cards.render(batch, "card"))
    assert "乐乐6岁" in page.replace(" ", "") and "张女士" in page


def test_sheet_layout_puts_four_cards_on_a4(members: Shop) -> None:
    card = CardData("生日快乐", "亲爱的张女士", "测试门店", "2026年3月2日", "#c0392b")
    reader = PdfReader(io.BytesIO(render([card] * 9, "sheet")))
    assert len(reader.pages) == 3
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4 in points


def test_english_cards(members: Shop) -> None:
    batch = cards.card_batch(members.db, members.clerk, "birthday", D(2026, 3, 2), D(2026, 3, 2), "en")
    (page,) = text_of(cards.render(batch, "card"))
    assert "Happy Birthday" in page and "张女士" in page


def test_store_can_edit_texts_and_a_broken_file_falls_back(members: Shop) -> None:
    folder = paths.data_dir() / "templates"
    folder.mkdir(parents=True)
    (folder / "cards.toml").write_text('[birthday]\ntitle = { zh_CN = "寿星快乐" }\n', encoding="utf-8")
    batch = cards.card_batch(members.db, members.clerk, "birthday", D(2026, 3, 2), D(2026, 3, 2), "zh_CN")
    (page,) = text_of(cards.render(batch, "card"))
    assert "寿星快乐" in page and "张女士" in page  # the message still comes from the shipped file
    (folder / "cards.toml").write_text("[birthday\ntitle = ", encoding="utf-8")
    texts = card_texts.load()
    assert "cards.toml" in texts.problem and "line 1" in texts.problem
    assert texts.title("birthday", "zh_CN") == "生日快乐"


def test_messages_leave_out_members_without_consent(members: Shop) -> None:
    export = cards.export_messages(
        members.db, members.supervisor, "birthday", D(2026, 3, 1), D(2026, 3, 7), "zh_CN"
    )
    assert [r[1] for r in export.rows] == ["张丽", "Li Na"]
    assert export.without_consent == 1
    assert export.to_csv().startswith("\ufeffphone,name,message")
    assert "张女士" in export.rows[0][2]


def test_printing_marks_the_tasks(members: Shop) -> None:
    from memberdesk.services import care

    batch = cards.card_batch(members.db, members.clerk, "birthday", D(2026, 3, 1), D(2026, 3, 7), "zh_CN")
    cards.mark_printed(members.db, members.clerk, batch)
    items = care.calendar(members.db, members.clerk, D(2026, 3, 1), D(2026, 3, 7))  # generated by the batch
    assert {i.last_action.value for i in items if i.kind.value == "birthday"} == {"card_printed"}


def test_cli_writes_cards_and_lists_holidays(
    members: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from memberdesk.__main__ import main

    db = str(members.db.path)
    out = tmp_path / "cards.pdf"
    assert (
        main(
            [
                "cards",
                "--db",
                db,
                "--kind",
                "birthday",
                "--from",
                "2026-03-01",
                "--to",
                "2026-03-07",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert len(PdfReader(out).pages) == 3
    capsys.readouterr()
    assert main(["care", "list", "--db", db, "--from", "2026-09-20", "--to", "2026-10-02", "--json"]) == 0
    import json

    rows = json.loads(capsys.readouterr().out)
    holidays = {(r["holiday"], r["date"]) for r in rows if r["kind"] == "holiday"}
    assert ("mid_autumn", "2026-09-25") in holidays and ("national_day", "2026-10-01") in holidays
