import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, update

from memberdesk.domain.errors import NotFound
from memberdesk.domain.vocab import (
    CareActionKind,
    CareKind,
    Channel,
    ComplaintCategory,
    ComplaintStatus,
    Gender,
    ServiceKind,
    Severity,
    SizeCategory,
)
from memberdesk.services.members import card as card_reads
from memberdesk.services.members.card import member_card
from memberdesk.services.members.enrolment import ChildForm, MemberForm, enrol
from memberdesk.store.database import Database
from memberdesk.store.models import (
    CareAction,
    CareTask,
    Complaint,
    Member,
    MemberStats,
    Sale,
    SaleLine,
    ServiceRecord,
)
from tests.conftest import Shop

TODAY = dt.date(2026, 11, 25)  # a Wednesday


def _member(shop: Shop) -> int:
    referrer = enrol(shop.db, shop.clerk, MemberForm(phone="13900000001", name="李娜"))
    return enrol(
        shop.db,
        shop.clerk,
        MemberForm(
            phone="13812345678",
            name="张伟",
            gender=Gender.FEMALE,
            birthday=dt.date(1990, 11, 27),
            channel=Channel.MEMBER_REFERRAL,
            referrer_member_id=referrer,
            sizes={SizeCategory.SHOES: "37", SizeCategory.TOPS: "M"},
            children=(ChildForm("小张", Gender.FEMALE, dt.date(2021, 12, 1)),),
            skin_type="干性",
            notes="喜欢浅色",
        ),
    )


def test_card_shows_what_the_clerk_needs(shop: Shop) -> None:
    member_id = _member(shop)
    card = member_card(shop.db, shop.clerk, member_id, today=TODAY)
    assert card.greeting == "张女士"
    assert card.masked_phone == "138****5678"
    assert card.referrer_name == "李娜"
    assert card.enrolled_by_name == shop.clerk.name
    assert card.sizes == ((SizeCategory.TOPS, "M"), (SizeCategory.SHOES, "37"))
    child = card.children[0]
    assert child.age is not None and child.age.years == 4
    assert child.birthday_in_days == 6
    assert card.birthday_this_week == dt.date(2026, 11, 27)
    assert card.lapsed_days is None and card.open_complaints == 0 and card.services_due == ()
    assert card.notes == "喜欢浅色"


def test_card_flags_and_last_purchases(shop: Shop) -> None:
    member_id = _member(shop)
    staff = shop.clerk.staff_id
    with shop.db.write() as s:
        for i, day in enumerate((1, 5)):
            sale = Sale(
                store_id=shop.store_id,
                receipt_no=f"R{i}",
                member_id=member_id,
                staff_id=staff,
                created_at=dt.datetime(2026, 6, day, 10, tzinfo=dt.UTC),
                subtotal_fen=100,
                total_fen=100,
            )
            s.add(sale)
            s.flush()
            s.add(
                SaleLine(
                    sale_id=sale.id,
                    line_no=1,
                    description=f"连衣裙{i}",
                    size="M",
                    quantity=1,
                    unit_price_fen=100,
                    total_fen=100,
                )
            )
        s.execute(
            update(MemberStats)
            .where(MemberStats.member_id == member_id)
            .values(spend_fen=200, visit_count=2, last_visit_at=dt.datetime(2026, 6, 5, 10, tzinfo=dt.UTC))
        )
        s.add(
            Complaint(
                store_id=shop.store_id,
                complaint_no="C1",
                member_id=member_id,
                category=ComplaintCategory.PRICE,
                severity=Severity.LOW,
                description="x",
                opened_by_id=staff,
            )
        )
        s.add(
            Complaint(
                store_id=shop.store_id,
                complaint_no="C2",
                member_id=member_id,
                category=ComplaintCategory.PRICE,
                severity=Severity.LOW,
                description="y",
                opened_by_id=staff,
                status=ComplaintStatus.CLOSED,
            )
        )
        s.add(
            ServiceRecord(
                store_id=shop.store_id,
                member_id=member_id,
                kind=ServiceKind.ALTERATION,
                description="改裤长",
                promised_date=dt.date(2026, 11, 20),
                created_by_id=staff,
            )
        )
        task = CareTask(
            store_id=shop.store_id,
            task_key="b1",
            kind=CareKind.BIRTHDAY,
            due_date=dt.date(2026, 11, 27),
            member_id=member_id,
            title="生日",
        )
        s.add(task)
        s.flush()
        s.add(CareAction(task_id=task.id, action=CareActionKind.CARD_PRINTED, staff_id=staff))
    card = member_card(shop.db, shop.clerk, member_id, today=TODAY)
    assert card.lapsed_days == 173
    assert card.open_complaints == 1
    assert card.services_due[0].overdue
    assert [p.description for p in card.last_purchases] == ["连衣裙1", "连衣裙0"]
    assert (card.spend_fen, card.visit_count) == (200, 2)
    assert card.latest_care is not None and card.latest_care.action == CareActionKind.CARD_PRINTED


def test_unknown_member(shop: Shop) -> None:
    with pytest.raises(NotFound):
        member_card(shop.db, shop.clerk, 999999)


def _sale_with_a_return(shop: Shop, returned: int) -> int:
    from memberdesk.domain.vocab import ReturnType
    from memberdesk.services.sales.recording import record_sale
    from memberdesk.services.sales.returns import ReturnForm, ReturnLineForm, record_return
    from tests.services.sales_helpers import add_member, three_line_sale

    member_id = add_member(shop.db, shop.store_id)
    sale = record_sale(shop.db, shop.supervisor, three_line_sale(member_id))
    with shop.db.read() as s:
        from sqlalchemy import select

        tee = s.scalar(
            select(SaleLine.id).where(SaleLine.sale_id == sale.sale_id, SaleLine.description == "T恤")
        )
    assert tee is not None
    form = ReturnForm(sale.receipt_no, [ReturnLineForm(tee, returned)], ReturnType.SIZE_FIT, "偏小")
    record_return(shop.db, shop.supervisor, form)
    return member_id


def test_last_purchases_say_what_came_back(shop: Shop) -> None:
    member_id = _sale_with_a_return(shop, returned=1)
    card = member_card(shop.db, shop.clerk, member_id)
    tee = next(p for p in card.last_purchases if p.description == "T恤")
    assert (tee.quantity, tee.returned, tee.kept) == (2, 1, 1)
    jeans = next(p for p in card.last_purchases if p.description == "牛仔裤")
    assert jeans.returned == 0


def test_closed_after_sales_stay_on_the_card_with_their_status(shop: Shop) -> None:
    from memberdesk.domain.vocab import ServiceStatus
    from memberdesk.services.service import aftersales

    member_id = _member(shop)
    with shop.db.write() as s:
        for text in ("改裤长", "钉扣子"):
            s.add(
                ServiceRecord(
                    store_id=shop.store_id,
                    member_id=member_id,
                    kind=ServiceKind.ALTERATION,
                    description=text,
                    promised_date=TODAY,
                    created_by_id=shop.clerk.staff_id,
                )
            )
    card = member_card(shop.db, shop.clerk, member_id, today=TODAY)
    first = card.services_due[0]
    aftersales.set_status(shop.db, shop.clerk, first.id, ServiceStatus.DONE)
    card = member_card(shop.db, shop.clerk, member_id, today=TODAY)
    assert [s.description for s in card.services_due] == ["钉扣子"]
    assert [(s.description, s.status, s.is_open) for s in card.services_closed] == [
        (first.description, ServiceStatus.DONE, False)
    ]


def _types(reads: list[list[tuple[object, ...]]]) -> list[list[tuple[type, ...]]]:
    return [[tuple(map(type, row)) for row in rows] for rows in reads]


def _through_core(db: Database, member_id: int) -> list[list[tuple[object, ...]]]:
    return card_reads._read_core(db, member_id)


def test_the_drivers_rows_are_the_ones_sqlalchemy_reads_for_every_demo_member(demo_db: Database) -> None:
    """The card's statements run on the driver's cursor with the columns' converters: for
    every member of the demo store (children, lunar birthdays, returns, after-sales, care),
    each value is what SQLAlchemy itself would have handed back, types included."""
    with demo_db.read() as s:
        ids = list(s.scalars(select(Member.id).order_by(Member.id)))
    assert len(ids) >= 300
    for member_id in ids:
        fast, core = card_reads._read(demo_db, member_id), _through_core(demo_db, member_id)
        assert fast == core and _types(fast) == _types(core), member_id


def test_the_drivers_rows_match_on_each_backend(shop: Shop) -> None:
    member_id = _sale_with_a_return(shop, returned=1)
    fast, core = card_reads._read(shop.db, member_id), _through_core(shop.db, member_id)
    assert fast == core and _types(fast) == _types(core)
    assert any(rows for rows in fast[1:])  # not only the member row: its purchases too


# --- the next birthday and the age ------------------------------------------------------------


def test_the_card_gives_the_next_birthday_and_the_age(shop: Shop) -> None:
    member_id = _member(shop)  # born 1990-11-27, a solar birthday
    soon = member_card(shop.db, shop.clerk, member_id, today=TODAY).next_birthday
    assert soon is not None and soon.lunar is None
    assert (soon.on, soon.turning, soon.age, soon.is_today) == (dt.date(2026, 11, 27), 36, 35, False)
    today = member_card(shop.db, shop.clerk, member_id, today=dt.date(2026, 11, 27)).next_birthday
    assert today is not None and (today.on, today.turning, today.age, today.is_today) == (
        dt.date(2026, 11, 27), 36, 36, True,
    )  # fmt: skip
    passed = member_card(shop.db, shop.clerk, member_id, today=dt.date(2026, 11, 28)).next_birthday
    assert passed is not None and (passed.on, passed.turning, passed.age) == (dt.date(2027, 11, 27), 37, 36)


def test_a_lunar_birthday_is_given_with_its_solar_day_this_year(shop: Shop) -> None:
    # born 1990-05-01, lunar 四月初七; in 2026 that is 23 May (四月初一 is 17 May)
    member_id = enrol(
        shop.db,
        shop.clerk,
        MemberForm(phone="13700000007", name="刘萍", birthday=dt.date(1990, 5, 1), birthday_lunar=True),
    )
    card = member_card(shop.db, shop.clerk, member_id, today=dt.date(2026, 3, 1))
    assert card.next_birthday is not None
    assert card.next_birthday.lunar == (4, 7, False)
    assert (card.next_birthday.on, card.next_birthday.turning, card.next_birthday.age) == (
        dt.date(2026, 5, 23), 36, 35,
    )  # fmt: skip


def test_no_birthday_on_file_gives_none(shop: Shop) -> None:
    member_id = enrol(shop.db, shop.clerk, MemberForm(phone="13700000008", name="王芳"))
    assert member_card(shop.db, shop.clerk, member_id, today=TODAY).next_birthday is None


@given(
    born=st.dates(dt.date(1930, 1, 1), dt.date(2024, 12, 31)),
    today=st.dates(dt.date(2025, 1, 1), dt.date(2090, 12, 31)),
    lunar=st.booleans(),
)
def test_the_next_birthday_agrees_with_birthday_this_week(born: dt.date, today: dt.date, lunar: bool) -> None:
    from memberdesk.domain.members import age_on, birthday_this_week, lunar_mmdd_of

    mmdd, leap = lunar_mmdd_of(born) if lunar else (None, False)
    soon = card_reads.next_birthday(born, mmdd, leap, lunar, today)
    assert soon is not None
    assert today <= soon.on <= today + dt.timedelta(days=400)
    assert soon.age in (soon.turning, soon.turning - 1) and soon.is_today == (soon.on == today)
    this_week = birthday_this_week(born, mmdd, leap, lunar, today)
    if this_week is not None and this_week >= today:
        assert soon.on == this_week  # the card's flag and its birthday line name the same day
    if not lunar and (born.month, born.day) != (2, 29):
        assert soon.age == age_on(born, today)
