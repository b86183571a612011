"""Churn, retention and revenue at risk (docs/DESIGN.md, "Churn and win-back") on a small
known store, worked out by hand below, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from memberdesk.domain.churn import LAPSE_DAYS, WinbackCause, parse_lapse_days, yearly_churn
from memberdesk.domain.errors import PermissionDenied, ValidationError
from memberdesk.domain.vocab import Channel, ComplaintCategory, ComplaintStatus, ReturnType, Severity, Tier
from memberdesk.services.analytics import churn
from memberdesk.services.analytics import figures as analytics
from memberdesk.store.models import Complaint, Member, Sale, SaleReturn
from tests.conftest import Shop

D = dt.date


def at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), dt.UTC)


# who bought what when; the lapse is 180 days
SALES = {
    "P": [(D(2025, 10, 1), 100_00), (D(2026, 3, 1), 200_00)],  # in the base, lost in 2026
    "Q": [(D(2024, 6, 1), 1000_00), (D(2025, 8, 1), 50_00)],  # in the base, lost; 2024 is over a year before
    "R": [(D(2025, 12, 1), 80_00), (D(2026, 9, 1), 90_00)],  # in the base, kept
    "S": [(D(2025, 1, 1), 70_00)],  # lapsed before 2026: not in the base
    "T": [(D(2026, 2, 1), 60_00)],  # new in 2026: not in the base
}


@pytest.fixture
def known(shop: Shop) -> dict[str, int]:
    ids: dict[str, int] = {}
    with shop.db.write() as s:
        for n, key in enumerate(SALES, start=1):
            m = Member(
                store_id=shop.store_id,
                card_no=f"M002{n:07d}",
                phone=f"1380000{n:04d}",
                phone_last4=f"{n:04d}",
                name=f"会员{key}",
                channel=Channel.WALK_IN,
                tier=Tier.REGULAR,
                enrolled_at=at(D(2024, 1, 1)),
            )
            s.add(m)
            s.flush()
            ids[key] = m.id
        for key, sales in SALES.items():
            for i, (day, fen) in enumerate(sales):
                s.add(
                    Sale(
                        store_id=shop.store_id,
                        receipt_no=f"R{key}{i}",
                        member_id=ids[key],
                        staff_id=shop.clerk.staff_id,
                        created_at=at(day),
                        subtotal_fen=fen,
                        total_fen=fen,
                    )
                )
    return ids


def test_a_year_base_lost_rate_and_revenue_at_risk(shop: Shop, known: dict[str, int]) -> None:
    f = analytics.membership(shop.db, shop.supervisor, D(2026, 1, 1), D(2026, 12, 31))
    assert f.churn_days == LAPSE_DAYS == 180
    assert (f.churn_base, f.churned_count) == (3, 2)  # P, Q, R; P and Q lost
    assert f.churn_rate_year == pytest.approx(2 / 3) and f.retention == pytest.approx(1 / 3)
    # P: 100 + 200 in the year up to 2026-03-01; Q: only the 50 (the 1000 is older than a year)
    assert f.revenue_at_risk_fen == 300_00 + 50_00
    assert [(c.member_id, c.year_fen, c.last_visit) for c in f.churned] == [
        (known["P"], 300_00, D(2026, 3, 1)),
        (known["Q"], 50_00, D(2025, 8, 1)),
    ]
    # nothing on record for either: no complaint, no return, one or two visits
    assert [c.cause for c in f.churned] == [WinbackCause.UNKNOWN] * 2
    assert f.churn_causes == [
        (WinbackCause.COMPLAINT, 0, 0),
        (WinbackCause.RETURN, 0, 0),
        (WinbackCause.FEWER_VISITS, 0, 0),
        (WinbackCause.UNKNOWN, 2, 350_00),
    ]


def test_the_lost_by_likely_cause(shop: Shop, known: dict[str, int]) -> None:
    """P complained and nobody called back; Q returned what they bought."""
    with shop.db.write() as s:
        s.add(
            Complaint(
                store_id=shop.store_id,
                complaint_no="C1",
                member_id=known["P"],
                category=ComplaintCategory.PRICE,
                severity=Severity.LOW,
                description="价格",
                status=ComplaintStatus.CLOSED,
                opened_by_id=shop.clerk.staff_id,
                opened_at=at(D(2026, 3, 2)),
            )
        )
        sale = s.query(Sale).filter_by(member_id=known["Q"], total_fen=50_00).one()
        s.add(
            SaleReturn(
                store_id=shop.store_id,
                return_no="T1",
                sale_id=sale.id,
                member_id=known["Q"],
                staff_id=shop.clerk.staff_id,
                return_type=ReturnType.QUALITY,
                reason="开线",
                created_at=at(D(2025, 8, 20)),
                refund_total_fen=50_00,
            )
        )
    f = analytics.membership(shop.db, shop.supervisor, D(2026, 1, 1), D(2026, 12, 31))
    assert {c.member_id: c.cause for c in f.churned} == {
        known["P"]: WinbackCause.COMPLAINT,
        known["Q"]: WinbackCause.RETURN,
    }
    assert [(cause, n) for cause, n, _ in f.churn_causes if n] == [
        (WinbackCause.COMPLAINT, 1),
        (WinbackCause.RETURN, 1),
    ]


def test_a_half_year_is_put_on_a_yearly_footing(shop: Shop, known: dict[str, int]) -> None:
    f = analytics.membership(shop.db, shop.supervisor, D(2026, 1, 1), D(2026, 6, 30))
    # still buying in the 180 days before 1 July: P (March); R's next purchase is in September
    assert (f.churn_base, f.churned_count) == (3, 2)
    assert f.churn_rate_year == pytest.approx(1 - (1 / 3) ** (365 / 181))
    assert {c.member_id for c in f.churned} == {known["Q"], known["R"]}
    assert f.revenue_at_risk_fen == 50_00 + 80_00


def test_the_lapse_is_the_store_setting(shop: Shop, known: dict[str, int]) -> None:
    churn.save_lapse_days(shop.db, shop.manager, 365)
    assert churn.get_lapse_days(shop.db, shop.store_id) == 365
    f = analytics.membership(shop.db, shop.supervisor, D(2026, 1, 1), D(2026, 12, 31))
    # the base: a purchase since 2025-01-01 (S's day counts); kept: a purchase in 2026
    assert f.churn_days == 365 and (f.churn_base, f.churned_count) == (4, 2)  # Q and S lost
    with pytest.raises(ValidationError):
        churn.save_lapse_days(shop.db, shop.manager, 7)
    with pytest.raises(PermissionDenied):
        churn.save_lapse_days(shop.db, shop.clerk, 90)


def test_no_base_no_rate() -> None:
    assert yearly_churn(0, 0, 365) is None
    assert yearly_churn(10, 0, 30) == 0.0 and yearly_churn(10, 10, 30) == 1.0
    assert parse_lapse_days("90") == 90
    assert parse_lapse_days("oops") == parse_lapse_days("5") == LAPSE_DAYS


@given(st.text(max_size=12) | st.integers().map(str))
def test_any_stored_lapse_reads_as_days_in_range(stored: str) -> None:
    days = parse_lapse_days(stored)
    assert 30 <= days <= 730
    assert days == LAPSE_DAYS or str(days) in stored
