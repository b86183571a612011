"""Every PDF the app makes, rendered and read back: titles that show, no text over other text.

The pages are rendered to pixels (pdftoppm) and the text layer read with its word boxes
(pdftotext -bbox): the title (the largest text of a page) must stand out from what is behind
it, no word's box may overlap another's, and every word lies on its page.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from memberdesk.documents.receipt import PaidPart, Receipt, ReceiptLine, ReturnSlip, ReturnSlipLine
from memberdesk.domain.vocab import PaymentMethod, ReturnType
from memberdesk.reports import cards as card_pdf
from memberdesk.reports import member_sheet as sheet_pdf
from memberdesk.reports import membership
from memberdesk.reports.receipt import render_receipt, render_return_slip
from memberdesk.services.analytics import figures as analytics
from memberdesk.services.members import sheet as member_sheet
from memberdesk.store.database import Database
from memberdesk.store.models import Child, Consent, Member, Store
from tests.conftest import demo_actor
from tests.reports.pdfcheck import contrast_in_box, overlapping, render_pages, title_box, words
from tests.reports.test_cards import _all_cards

LANGUAGES = ["zh_CN", "en"]
LONG_STORE = "和美生活百货集团股份有限公司杭州城西银泰城人民路旗舰店（女装与童装馆）"


def _rename_store(db: Database, name: str) -> None:
    with db.write() as s:
        for store in s.scalars(select(Store)):
            store.name = name


def check_pdf(pdf: bytes, *, title_on_every_page: bool = False) -> None:
    found = words(pdf)
    assert found, "the PDF has no text layer"
    off = [w for w in found if not w.on_page()]
    assert not off, f"text off the page: {[(w.page, w.text) for w in off[:5]]}"
    clashes = overlapping(found)
    assert not clashes, "text over text: " + "; ".join(
        f"p{a.page + 1} {a.text!r}/{b.text!r}" for a, b in clashes[:8]
    )
    pngs = render_pages(pdf, dpi=72)
    for page in range(len(pngs) if title_on_every_page else 1):
        box = title_box(found, page)
        assert contrast_in_box(pngs[page], box) >= 3.0, f"the title of page {page + 1} hardly shows"


def _kinds_of_member(db: Database) -> dict[str, int]:
    """Members of the demo store that each exercise another part of the sheet."""
    with db.write() as s:
        ids = list(s.scalars(select(Member.id).order_by(Member.id)))
        with_children = s.scalar(select(Child.member_id).order_by(Child.member_id).limit(1))
        lunar = s.scalar(
            select(Member.id).where(Member.birthday_lunar.is_(True)).order_by(Member.id).limit(1)
        )
        consented = select(Consent.member_id).where(Consent.kind == "sensitive", Consent.granted.is_(True))
        sensitive = s.scalar(
            select(Member.id)
            .where(Member.ethnicity.is_not(None), Member.id.in_(consented))
            .order_by(Member.id)
        )
        long = s.get(Member, ids[-1])
        assert long is not None
        long.name = "欧阳" + "娜" * 28  # as long as the field allows
        long.notes = "喜欢素色、宽松的款式；" * 30
        long.hobbies = "瑜伽、烘焙、摄影、徒步旅行、插花、书法" * 5
        long.address = "浙江省杭州市西湖区文三路" + "1" * 150
    return {"first": ids[0], "children": with_children or ids[1], "lunar": lunar or ids[2],
            "sensitive": sensitive or ids[3], "long": ids[-1]}  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
def test_member_sheets(demo_db: Database, language: str, chinese: None) -> None:
    manager = demo_actor(demo_db, "M01")
    kinds = _kinds_of_member(demo_db)
    check_pdf(sheet_pdf.render(member_sheet.gather(demo_db, manager, kinds["first"]), language))
    _rename_store(demo_db, LONG_STORE)
    for kind, member_id in kinds.items():
        try:
            check_pdf(sheet_pdf.render(member_sheet.gather(demo_db, manager, member_id), language))
        except AssertionError as problem:
            raise AssertionError(f"{kind} member {member_id}: {problem}") from None


@pytest.mark.parametrize("language", LANGUAGES)
def test_membership_report(demo_db: Database, language: str, chinese: None) -> None:
    manager = demo_actor(demo_db, "M01")
    quarter = analytics.membership(demo_db, manager, dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    check_pdf(membership.render(quarter, language))
    _rename_store(demo_db, LONG_STORE)
    for start, end in (
        (dt.date(2025, 12, 1), dt.date(2026, 11, 30)),
        (dt.date(2020, 1, 1), dt.date(2020, 1, 31)),
    ):
        check_pdf(membership.render(analytics.membership(demo_db, manager, start, end), language))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("layout", card_pdf.LAYOUTS)
def test_greeting_cards(language: str, layout: str) -> None:
    for store in ("和美生活百货·人民路店", LONG_STORE):
        check_pdf(card_pdf.render(_all_cards(language, store), layout), title_on_every_page=layout == "card")


@pytest.mark.parametrize("language", LANGUAGES)
def test_receipts(language: str, qapp: object) -> None:
    dress = "真丝印花长款连衣裙（限量款，含腰带与配套丝巾礼盒包装）"
    cardigan = "Merino wool cardigan with mother-of-pearl buttons, hand wash"
    lines = (
        ReceiptLine("纯棉T恤", "M", 2, 99_00, 0, 198_00),
        ReceiptLine(dress, "L", 1, 1_299_00, 100_00, 1_199_00),
        ReceiptLine(cardigan, "XXL", 1, 899_00, 0, 899_00),
    )
    when = dt.datetime(2026, 12, 1, 2, 30, tzinfo=dt.UTC)
    for store in ("测试门店", "和美生活百货·人民路店（城西银泰城二楼女装区）"):
        data = Receipt(
            store_name=store, invoice_desk="一楼服务台", receipt_no="R00001234", created_at=when,
            staff="陈静", member_name="欧阳娜娜", member_card="M0010000001", lines=lines,
            sale_discount_fen=96_00,
            points_redeemed=10_000, points_value_fen=100_00, total_fen=2_100_00,
            payments=(PaidPart(PaymentMethod.WECHAT, 1_800_00), PaidPart(PaymentMethod.CASH, 300_00)),
            cash_tendered_fen=500_00, change_fen=200_00, points_earned=2100, points_balance_after=12_345,
        )  # fmt: skip
        check_pdf(render_receipt(data, language))
        slip = ReturnSlip(
            store_name=store, return_no="T00000077", receipt_no="R00001234", created_at=when, staff="陈静",
            approver="李主管", member_name="欧阳娜娜", member_card="M0010000001",
            return_type=ReturnType.SIZE_FIT, reason="穿着偏大，顾客想换小一号但没有货了",
            lines=(ReturnSlipLine(dress, "L", 1, 1_095_50),),
            refund_fen=1_095_50, refunds=(PaidPart(PaymentMethod.WECHAT, 1_095_50),),
            points_restored=4_650, points_reversed=1_096, points_owed=300,
        )  # fmt: skip
        check_pdf(render_return_slip(slip, language))
