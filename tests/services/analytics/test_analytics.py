"""Every figure of the membership report against an independent count on a known dataset."""

from __future__ import annotations

import datetime as dt

import pytest

from memberdesk.domain.analytics import Segment
from memberdesk.domain.errors import PermissionDenied, ValidationError
from memberdesk.domain.vocab import (
    CareActionKind,
    CareKind,
    Channel,
    ComplaintCategory,
    ComplaintStatus,
    PaymentMethod,
    ReturnType,
    ServiceGap,
    Severity,
    Tier,
)
from memberdesk.services.analytics import figures as analytics
from memberdesk.store.models import (
    CareAction,
    CareTask,
    Complaint,
    Member,
    MemberStats,
    Payment,
    Sale,
    SaleReturn,
    Visit,
)
from tests.conftest import Shop

D = dt.date
START, END = D(2026, 1, 1), D(2026, 12, 31)


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), dt.UTC)


@pytest.fixture
def data(shop: Shop) -> Shop:
    """Five members: A spends most, recently; B often but little; C once, big, long ago;
    D lapsed last year; E enrolled this year through A and never bought."""
    clerk = shop.clerk.staff_id
    spec = {
        # name, enrolled, channel, tier, sales [(day, fen)], last visit (stats)
        "A": (
            "张一",
            D(2024, 5, 1),
            Channel.WORD_OF_MOUTH,
            Tier.VIP,
            [(D(2026, 12, 20), 500_00), (D(2026, 11, 1), 300_00)],
        ),
        "B": (
            "王二",
            D(2026, 2, 1),
            Channel.PARTNER,
            Tier.REGULAR,
            [(D(2026, 12, 1), 10_00), (D(2026, 12, 5), 10_00), (D(2026, 12, 10), 10_00)],
        ),
        "C": ("李三", D(2026, 1, 15), Channel.PARTNER, Tier.GOLD, [(D(2026, 2, 1), 900_00)]),
        "D": ("赵四", D(2023, 1, 1), Channel.WALK_IN, Tier.SILVER, []),
        "E": ("钱五", D(2026, 6, 1), Channel.MEMBER_REFERRAL, Tier.REGULAR, []),
    }
    ids: dict[str, int] = {}
    with shop.db.write() as s:
        for n, (key, (name, enrolled, channel, tier, _sales)) in enumerate(spec.items(), start=1):
            m = Member(
                store_id=shop.store_id,
                card_no=f"M001{n:07d}",
                phone=f"1370000{n:04d}",
                phone_last4=f"{n:04d}",
                name=name,
                channel=channel,
                tier=tier,
                enrolled_at=at(enrolled),
                channel_detail="bank" if channel == Channel.PARTNER else "",
            )
            s.add(m)
            s.flush()
            ids[key] = m.id
        s.get(Member, ids["E"]).referrer_member_id = ids["A"]
        receipt = 0
        for key, (_, _, _, _, sales) in spec.items():
            for day, fen in sales:
                receipt += 1
                sale = Sale(
                    store_id=shop.store_id,
                    receipt_no=f"R{receipt}",
                    member_id=ids[key],
                    staff_id=clerk,
                    created_at=at(day),
                    subtotal_fen=fen,
                    total_fen=fen,
                )
                s.add(sale)
                s.flush()
                s.add(Payment(sale_id=sale.id, method=PaymentMethod.CASH, amount_fen=fen))
        # a walk-in sale and a sale outside the period
        s.add(
            Sale(
                store_id=shop.store_id,
                receipt_no="R90",
                staff_id=clerk,
                created_at=at(D(2026, 3, 3)),
                subtotal_fen=50_00,
                total_fen=50_00,
            )
        )
        s.add(
            Sale(
                store_id=shop.store_id,
                receipt_no="R91",
                member_id=ids["D"],
                staff_id=clerk,
                created_at=at(D(2025, 3, 3)),
                subtotal_fen=700_00,
                total_fen=700_00,
            )
        )
        s.flush()
        c_sale = s.query(Sale).filter_by(member_id=ids["C"]).one()
        s.add(
            SaleReturn(
                store_id=shop.store_id,
                return_no="T1",
                sale_id=c_sale.id,
                member_id=ids["C"],
                staff_id=clerk,
                return_type=ReturnType.SIZE_FIT,
                reason="尺码偏小",
                created_at=at(D(2026, 2, 10)),
                refund_total_fen=300_00,
            )
        )
        stats = {
            "A": (800_00, D(2024, 6, 1), D(2026, 12, 20)),
            "B": (30_00, D(2026, 12, 1), D(2026, 12, 10)),
            "C": (600_00, D(2026, 2, 1), D(2026, 2, 1)),
            "D": (700_00, D(2023, 3, 3), D(2025, 3, 3)),
        }
        for key, (spend, first, last) in stats.items():
            s.add(
                MemberStats(
                    member_id=ids[key],
                    spend_fen=spend,
                    visit_count=1,
                    first_visit_at=at(first),
                    last_visit_at=at(last),
                )
            )
        opened = at(D(2026, 3, 1), 10)
        s.add(
            Complaint(
                store_id=shop.store_id,
                complaint_no="C1",
                member_id=ids["C"],
                category=ComplaintCategory.PRICE,
                service_gap=ServiceGap.PROMOTION,
                severity=Severity.HIGH,
                description="促销价没生效",
                status=ComplaintStatus.CLOSED,
                opened_by_id=clerk,
                opened_at=opened,
                resolved_at=opened + dt.timedelta(hours=6),
            )
        )
        s.add(
            Complaint(
                store_id=shop.store_id,
                complaint_no="C2",
                category=ComplaintCategory.WAITING,
                service_gap=ServiceGap.PROCEDURE,
                severity=Severity.LOW,
                description="排队太久",
                status=ComplaintStatus.OPEN,
                opened_by_id=clerk,
                opened_at=at(D(2026, 4, 1)),
            )
        )
        for day, expected, perceived in (
            (D(2026, 3, 1), 4, 2),
            (D(2026, 3, 20), 4, 4),
            (D(2026, 4, 2), 5, 5),
        ):
            s.add(
                Visit(
                    store_id=shop.store_id,
                    member_id=ids["A"],
                    staff_id=clerk,
                    started_at=at(day),
                    expected=expected,
                    perceived=perceived,
                )
            )
        task = CareTask(
            store_id=shop.store_id,
            task_key="birthday:x",
            kind=CareKind.BIRTHDAY,
            due_date=D(2026, 5, 5),
            member_id=ids["A"],
        )
        s.add_all(
            [
                task,
                CareTask(
                    store_id=shop.store_id,
                    task_key="birthday:y",
                    kind=CareKind.BIRTHDAY,
                    due_date=D(2026, 5, 6),
                    member_id=ids["B"],
                ),
            ]
        )
        s.flush()
        s.add(CareAction(task_id=task.id, action=CareActionKind.CALLED, staff_id=clerk))
    shop.ids = ids  # type: ignore[attr-defined]
    return shop


def test_every_figure(data: Shop) -> None:
    f = analytics.membership(data.db, data.supervisor, START, END)
    ids = data.ids  # type: ignore[attr-defined]
    assert f.store_name == "测试门店"
    assert (f.members_total, f.members_new, f.members_active) == (5, 3, 3)
    assert f.gross_sales_fen == 800_00 + 30_00 + 900_00 + 50_00 and f.refunds_fen == 300_00
    assert dict(f.by_channel) == {"partner": 2, "member_referral": 1}
    assert f.by_partner == [("bank", 2)]
    assert f.top_referrers == [(ids["A"], "张一", 1)]
    assert dict(f.tiers) == {"vip": 1, "regular": 2, "gold": 1, "silver": 1}
    # revenue per buyer: A 800, B 30, C 900-300 = 600 -> top 20% (1 of 3 buyers rounds up to 1) = A
    assert f.pareto.buyers == 3 and f.pareto.top20_share == pytest.approx(800 / 1430)
    # averages: recency (11.5+21.5+333.5)/3 days, frequency 2, money 476.67 yuan
    segments = {seg: n for seg, n, _ in f.rfm if n}
    assert segments == {Segment.IMPORTANT_VALUE: 1, Segment.GENERAL_VALUE: 1, Segment.IMPORTANT_RETAIN: 1}
    assert f.rfm_members[Segment.IMPORTANT_RETAIN] == [ids["C"]]
    assert sum(revenue for _, _, revenue in f.rfm) == 1430_00
    # lapsed at the end: last visit more than 180 days before 2027-01-01 -> C (Feb 2026) and D (Mar 2025)
    assert f.members_lapsed == 2
    # the churn base: a purchase in the 180 days before 2026 -> nobody (A's 2026 purchases
    # came later, D's earlier, C was new); so nobody lost and no rate
    assert (f.churn_base, f.churned_count, f.churn_rate_year, f.churned) == (0, 0, None, [])
    assert f.returns_by_type == [("size_fit", 1, 300_00)] and f.top_return_reasons == [
        ("size_fit", "尺码偏小", 1)
    ]
    assert dict(f.complaints_by_category) == {"price": 1, "waiting": 1}
    assert dict(f.complaints_by_gap) == {"promotion": 1, "procedure": 1}
    assert dict(f.complaints_by_status) == {"closed": 1, "open": 1}
    assert (f.resolved_count, f.resolve_hours_median) == (1, pytest.approx(6.0))
    march, april = f.satisfaction_by_month
    assert march[0] == "2026-03" and march[4] == 2 and march[3] == pytest.approx(6 / 8)
    assert april[3] == pytest.approx(1.0)
    assert f.satisfaction_by_staff == [("张店员", pytest.approx(11 / 13), 3)]
    assert f.care_by_kind == [("birthday", 2, 1)]


def test_quick_figures_are_the_member_counts(data: Shop) -> None:
    f = analytics.quick(data.db, data.supervisor, START, END)
    assert (f.members_total, f.members_new) == (5, 3) and f.pareto.buyers == 0


def test_progress_is_reported_and_can_stop(data: Shop) -> None:
    seen: list[tuple[int, int]] = []
    analytics.membership(data.db, data.supervisor, START, END, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        analytics.membership(data.db, data.supervisor, START, END, progress=stop)


def test_clerks_see_no_reports_and_periods_must_make_sense(data: Shop) -> None:
    with pytest.raises(PermissionDenied):
        analytics.membership(data.db, data.clerk, START, END)
    with pytest.raises(ValidationError):
        analytics.membership(data.db, data.supervisor, END, START)


def test_suggestions_of_the_period_are_counted(shop: Shop) -> None:
    """Suggestions (建议) come from members and walk-ins; only those of the period count."""
    from memberdesk.store.models import Suggestion

    clerk = shop.clerk.staff_id
    with shop.db.write() as s:
        m = Member(
            store_id=shop.store_id,
            card_no="M0010000001",
            phone="13700000001",
            phone_last4="0001",
            name="张一",
        )
        s.add(m)
        s.flush()
        for day, member_id in (
            (D(2025, 12, 31), m.id),  # before the period
            (D(2026, 1, 1), m.id),
            (D(2026, 6, 30), None),  # a walk-in's
            (D(2026, 12, 31), m.id),
            (D(2027, 1, 2), None),  # after it
        ):
            s.add(
                Suggestion(
                    store_id=shop.store_id,
                    member_id=member_id,
                    staff_id=clerk,
                    created_at=at(day),
                    text="多进些大码",
                )
            )
    assert analytics.membership(shop.db, shop.supervisor, START, END).suggestions_count == 3
    assert (
        analytics.membership(shop.db, shop.supervisor, D(2027, 1, 1), D(2027, 1, 31)).suggestions_count == 1
    )
