"""Greeting cards: the right names and honorifics in the PDF, fonts embedded, texts editable."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from pathlib import Path

import pytest
from pypdf import PdfReader

from memberdesk import paths
from memberdesk.documents import card_texts
from memberdesk.documents.cards import CardData
from memberdesk.domain.vocab import Gender, Role
from memberdesk.reports.cards import render
from memberdesk.services.care import cards, messages
from memberdesk.services.io.export_rule import ExportApproval
from memberdesk.store.models import Child, Consent, Member
from tests.conftest import TEST_PINS, Shop

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
    pages = text_of(render(batch.cards, "card"))
    assert len(pages) == 3
    assert "张女士" in pages[0] and "生日快乐" in pages[0] and "测试门店" in pages[0]
    assert "王先生" in pages[1]
    assert "Li Na" in pages[2]  # no honorific without a known gender
    assert embedded_fonts_only(render(batch.cards, "card"))


def test_child_birthday_card_names_the_child_and_age(members: Shop) -> None:
    batch = cards.card_batch(
        members.db, members.clerk, "child-birthday", D(2026, 3, 1), D(2026, 3, 7), "zh_CN"
    )
    (page,) = text_of(render(batch.cards, "card"))
    assert "乐乐6岁" in page.replace(" ", "") and "张女士" in page


def test_sheet_layout_puts_four_cards_on_a4(members: Shop) -> None:
    card = CardData("生日快乐", "亲爱的张女士", "测试门店", "2026年3月2日", "#c0392b")
    reader = PdfReader(io.BytesIO(render([card] * 9, "sheet")))
    assert len(reader.pages) == 3
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4 in points


def test_english_cards(members: Shop) -> None:
    batch = cards.card_batch(members.db, members.clerk, "birthday", D(2026, 3, 2), D(2026, 3, 2), "en")
    (page,) = text_of(render(batch.cards, "card"))
    assert "Happy Birthday" in page and "张女士" in page


def test_store_can_edit_texts_and_a_broken_file_falls_back(members: Shop) -> None:
    folder = paths.data_dir() / "templates"
    folder.mkdir(parents=True)
    (folder / "cards.toml").write_text('[birthday]\ntitle = { zh_CN = "寿星快乐" }\n', encoding="utf-8")
    batch = cards.card_batch(members.db, members.clerk, "birthday", D(2026, 3, 2), D(2026, 3, 2), "zh_CN")
    (page,) = text_of(render(batch.cards, "card"))
    assert "寿星快乐" in page and "张女士" in page  # the message still comes from the shipped file
    (folder / "cards.toml").write_text("[birthday\ntitle = ", encoding="utf-8")
    texts = card_texts.load()
    assert "cards.toml" in texts.problem and "line 1" in texts.problem
    assert texts.title("birthday", "zh_CN") == "生日快乐"


def test_messages_leave_out_members_without_consent(members: Shop) -> None:
    approval = ExportApproval(members.manager.staff_id, TEST_PINS[Role.MANAGER])  # the SMS file's rule
    export = messages.export_messages(
        members.db, members.supervisor, "birthday", D(2026, 3, 1), D(2026, 3, 7), "zh_CN", approval
    )
    assert [r[1] for r in export.rows] == ["张丽", "Li Na"]
    assert export.without_consent == 1
    assert export.to_csv().startswith("\ufeffphone,name,message")
    assert "张女士" in export.rows[0][2]


def test_printing_marks_the_tasks(members: Shop) -> None:
    from memberdesk.services.care import calendar as care

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


def _all_cards(language: str, store: str = "和美生活百货·人民路店") -> list[CardData]:
    """One card of every template, of every child's age band and of every festival, with the
    shipped texts."""
    texts = card_texts.load()
    values = {"honorific": "欧阳女士", "name": "欧阳娜娜", "store": store, "child": "乐乐",
              "age": "6", "age_ordinal": "6th", "event": "会员答谢会", "date": "2026年10月1日",
              "weekday": "星期四", "time": "14:30", "place": "三楼活动厅（人民路 88 号）",
              "rsvp": "王经理 0571-88886666 转 8"}  # fmt: skip
    found = []
    for kind, band in (
        ("birthday", ""),
        ("event", ""),
        *(("child_birthday", b) for b in card_texts.CHILD_BANDS),
    ):
        found.append(
            CardData(
                texts.title(kind, language, band=band),
                texts.message(kind, language, values, band=band),
                values["store"],
                values["date"],
                texts.colour(kind),
                keep=tuple(values.values()),
            )
        )
    for festival in texts.data["festival"]["titles"]:
        festive = values | {"festival": texts.festival_name(festival, language)}
        found.append(
            CardData(
                texts.title("festival", language, festival),
                texts.message("festival", language, festive),
                values["store"],
                values["date"],
                texts.colour("festival"),
                keep=tuple(festive.values()),
            )
        )
    return found


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("layout", ["card", "sheet"])
def test_every_card_title_stands_out_from_its_band(language: str, layout: str) -> None:
    from memberdesk.reports.cards import BAND, CARD_H, CARD_W
    from tests.reports.pdfcheck import contrast_in_box, render_pages, words

    made = _all_cards(language)
    pdf = render(made, layout)
    per_page = 1 if layout == "card" else 4
    found = words(pdf)
    pngs = render_pages(pdf, dpi=72)  # a pixel a point
    page_h = CARD_H if layout == "card" else 841.89
    margin_x = 0 if layout == "card" else (595.28 - 2 * CARD_W) / 2
    margin_y = 0 if layout == "card" else (page_h - 2 * CARD_H) / 2
    for index, card in enumerate(made):
        page, slot = divmod(index, per_page)
        left = margin_x + (slot % 2) * CARD_W
        top = margin_y + (slot // 2) * CARD_H + 4 * 72 / 25.4
        band = (left, top, left + CARD_W, top + BAND)
        in_band = [w for w in found if w.page == page and w.x0 >= band[0] and w.x1 <= band[2]
                   and w.y0 >= band[1] and w.y1 <= band[3]]  # fmt: skip
        assert " ".join(w.text for w in in_band).replace(" ", "") == card.title.replace(" ", "")
        box = (min(w.x0 for w in in_band), min(w.y0 for w in in_band), max(w.x1 for w in in_band),
               max(w.y1 for w in in_band))  # fmt: skip
        assert box[0] >= band[0] + 4 and box[2] <= band[2] - 4, f"{card.title!r} runs past the band"
        assert contrast_in_box(pngs[page], box) >= 3.0, f"title {card.title!r} hardly shows on its band"


KEEP_WHOLE = (
    "全体员工",
    "员工",
    "生日快乐",
    "身体健康",
    "万事如意",
    "专属",
    "礼品",
    "领取",
    "张女士",
    "王先生",
)


def _edges_are_right(lines: list[str], keep: tuple[str, ...]) -> None:
    from memberdesk.reports.linebreak import CLOSING, OPENING

    for before, after in itertools.pairwise(lines):
        assert after[0] not in CLOSING and before[-1] not in OPENING, (before, after)
        for word in keep:
            for cut in range(1, len(word)):
                assert not (before.endswith(word[:cut]) and after.startswith(word[cut:])), (
                    word,
                    before,
                    after,
                )


def test_card_messages_break_lines_by_chinese_rules(members: Shop) -> None:
    """Whatever the store's name, the message never breaks inside a word nor before a comma."""
    import subprocess

    from memberdesk.store.models import Store

    for length in range(1, 16):
        store = "和美生活百货人民路店分店测试门店"[:length]
        with members.db.write() as s:
            s.get(Store, members.store_id).name = store
        batch = cards.card_batch(members.db, members.clerk, "birthday", D(2026, 3, 1), D(2026, 3, 7), "zh_CN")
        pdf = render(batch.cards, "card")
        pages = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout
        for page in pages.decode("utf-8").split("\f")[:-1]:
            lines = [line.strip() for line in page.splitlines() if line.strip()]
            _title, *message, _shop, _date = lines
            _edges_are_right(message, (*KEEP_WHOLE, store))


def test_a_child_without_a_name_is_called_as_the_card_texts_say(members: Shop) -> None:
    with members.db.write() as s:
        s.add(Child(member_id=2, name="", gender=Gender.FEMALE, birthday=D(2019, 3, 6), birth_mmdd=306))
        s.add(Child(member_id=3, name="", gender=Gender.MALE, birthday=D(2023, 3, 7), birth_mmdd=307))
    # 宝贝 for a little one (turning 3), not for a school child (turning 7)
    for day, language, word in ((6, "zh_CN", "孩子"), (6, "en", "your child"), (7, "zh_CN", "宝贝"),
                                (7, "en", "your little one")):  # fmt: skip
        batch = cards.card_batch(
            members.db, members.clerk, "child-birthday", D(2026, 3, day), D(2026, 3, day), language
        )
        (card,) = batch.cards
        assert word in card.message and word in card.keep
        if day == 6:
            assert "宝贝" not in card.message + card.title
    folder = paths.data_dir() / "templates"
    folder.mkdir(parents=True)
    (folder / "cards.toml").write_text(
        '[child_birthday]\nunnamed_child = { zh_CN = "小朋友" }\n', encoding="utf-8"
    )
    batch = cards.card_batch(
        members.db, members.clerk, "child-birthday", D(2026, 3, 6), D(2026, 3, 6), "zh_CN"
    )
    assert "祝小朋友7岁生日快乐" in batch.cards[0].message


def test_a_title_on_a_light_band_is_printed_dark() -> None:
    from reportlab.lib import colors

    from memberdesk.reports.cards import title_ink

    assert title_ink(colors.HexColor("#c0392b")) == colors.white
    assert title_ink(colors.HexColor("#ffe4e1")) != colors.white  # a store's own pale pink
    assert title_ink(colors.HexColor("#e67e22")) != colors.white  # orange: white shows too little


def test_the_care_pages_message_export_starts_no_formula() -> None:
    """The Care page writes MessageExport.to_csv as it is: a name typed as a formula stays text."""
    from memberdesk.services.care.messages import MessageExport

    export = MessageExport([("13812345678", '=HYPERLINK("http://x","点我")', "+祝您生日快乐")], 0)
    lines = export.to_csv().splitlines()
    assert lines[0] == "\ufeffphone,name,message"
    assert lines[1].split(",")[1].startswith("\"'=HYPERLINK") and ",'+祝您" in lines[1]
