"""The win-back list: who lapsed in the last year, their likely cause, a message per cause,
exported like the care messages (on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest

from memberdesk.domain.churn import WinbackCause
from memberdesk.domain.errors import PermissionDenied
from memberdesk.domain.vocab import ComplaintCategory, ComplaintStatus, ReturnType, Severity
from memberdesk.services.care import winback
from memberdesk.store.models import AuditEntry, Complaint, Consent, MemberStats, Sale, SaleReturn
from tests.conftest import Shop
from tests.services.care.test_care import add_member
from tests.services.io.helpers import manager_approval

D = dt.date
TODAY = D(2026, 12, 1)  # lapsed: last purchase from 2025-12-01 to 2026-06-03 (180 days)


def at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(12), dt.UTC)


def buy(shop: Shop, member_id: int, days: list[tuple[dt.date, int]]) -> None:
    with shop.db.write() as s:
        for day, fen in days:
            s.add(
                Sale(
                    store_id=shop.store_id,
                    receipt_no=f"R{member_id}-{day}",
                    member_id=member_id,
                    staff_id=shop.clerk.staff_id,
                    created_at=at(day),
                    subtotal_fen=fen,
                    total_fen=fen,
                )
            )
        s.add(
            MemberStats(
                member_id=member_id,
                spend_fen=sum(f for _, f in days),
                visit_count=len(days),
                first_visit_at=at(min(d for d, _ in days)),
                last_visit_at=at(max(d for d, _ in days)),
            )
        )


def complain(shop: Shop, member_id: int, n: int, status: ComplaintStatus, **fields: object) -> None:
    fields.setdefault("severity", Severity.MEDIUM)
    with shop.db.write() as s:
        s.add(
            Complaint(
                store_id=shop.store_id,
                complaint_no=f"C{n}",
                member_id=member_id,
                category=ComplaintCategory.PRICE,
                description=f"投诉{n}",
                status=status,
                opened_by_id=shop.clerk.staff_id,
                opened_at=at(D(2026, 1, 5)),
                **fields,
            )
        )


@pytest.fixture
def lapsed(shop: Shop) -> dict[str, int]:
    ids = {
        key: add_member(shop, n, name)
        for n, (key, name) in enumerate(
            [
                ("open", "张一"),
                ("rated", "王二"),
                ("returned", "李三"),
                ("fewer", "赵四"),
                ("unknown", "钱五"),
                ("recent", "孙六"),
                ("long_gone", "周七"),
                ("happy", "吴八"),
            ],
            start=1,
        )
    }
    buy(shop, ids["open"], [(D(2026, 3, 1), 500_00)])
    complain(shop, ids["open"], 1, ComplaintStatus.OPEN)
    buy(shop, ids["rated"], [(D(2026, 4, 1), 300_00)])
    complain(shop, ids["rated"], 2, ComplaintStatus.CLOSED, satisfaction_after=1, follow_up_note="回访")
    buy(shop, ids["returned"], [(D(2026, 2, 1), 200_00)])
    buy(
        shop,
        ids["fewer"],
        [
            (D(2025, 5, 1), 10_00),
            (D(2025, 6, 1), 10_00),
            (D(2025, 7, 1), 10_00),
            (D(2025, 8, 1), 10_00),
            (D(2026, 2, 1), 10_00),
        ],
    )
    buy(shop, ids["unknown"], [(D(2026, 1, 10), 80_00)])
    buy(shop, ids["recent"], [(D(2026, 11, 1), 90_00)])
    buy(shop, ids["long_gone"], [(D(2024, 1, 1), 900_00)])
    buy(shop, ids["happy"], [(D(2026, 5, 1), 70_00)])
    complain(shop, ids["happy"], 3, ComplaintStatus.CLOSED, satisfaction_after=5, follow_up_note="满意")
    with shop.db.write() as s:
        sale = s.query(Sale).filter_by(member_id=ids["returned"]).one()
        s.add(
            SaleReturn(
                store_id=shop.store_id,
                return_no="T1",
                sale_id=sale.id,
                member_id=ids["returned"],
                staff_id=shop.clerk.staff_id,
                return_type=ReturnType.SIZE_FIT,
                reason="尺码偏小",
                created_at=at(D(2026, 2, 3)),
                refund_total_fen=100_00,
            )
        )
        for key in ("open", "returned", "fewer"):
            s.add(Consent(member_id=ids[key], kind="marketing", granted=True))
    return ids


def test_each_lapsed_member_with_the_likely_cause(shop: Shop, lapsed: dict[str, int]) -> None:
    listed = winback.winback_list(shop.db, shop.clerk, TODAY)
    got = {m.member_id: (m.cause, m.detail, m.last_purchase, m.year_fen) for m in listed}
    assert got == {
        lapsed["open"]: (WinbackCause.COMPLAINT, "price: 投诉1", D(2026, 3, 1), 500_00),
        lapsed["rated"]: (WinbackCause.COMPLAINT, "price: 投诉2", D(2026, 4, 1), 300_00),
        lapsed["returned"]: (WinbackCause.RETURN, "size_fit: 尺码偏小", D(2026, 2, 1), 200_00),
        lapsed["fewer"]: (WinbackCause.FEWER_VISITS, "", D(2026, 2, 1), 50_00),
        lapsed["unknown"]: (WinbackCause.UNKNOWN, "", D(2026, 1, 10), 80_00),
        lapsed["happy"]: (WinbackCause.UNKNOWN, "", D(2026, 5, 1), 70_00),
    }
    assert [m.year_fen for m in listed] == sorted((m.year_fen for m in listed), reverse=True)
    assert winback.causes(listed) == [
        (WinbackCause.COMPLAINT, 2, 800_00),
        (WinbackCause.RETURN, 1, 200_00),
        (WinbackCause.FEWER_VISITS, 1, 50_00),
        (WinbackCause.UNKNOWN, 2, 150_00),
    ]


def test_a_message_per_cause_exported_for_the_sms_provider(shop: Shop, lapsed: dict[str, int]) -> None:
    with pytest.raises(PermissionDenied):
        winback.export_winback(shop.db, shop.manager, TODAY, "zh_CN")  # no manager's PIN
    export = winback.export_winback(shop.db, shop.manager, TODAY, "zh_CN", manager_approval(shop))
    texts = {name: text for _phone, name, text in export.rows}
    assert set(texts) == {"张一", "李三", "赵四"} and export.without_consent == 3
    assert texts["张一"].startswith("【") and "致歉" in texts["张一"] and "张女士" in texts["张一"]
    assert "新一季" in texts["李三"] and "好久不见" in texts["赵四"]
    assert len(set(texts.values())) == 3 and "{" not in "".join(texts.values())
    english = winback.export_winback(shop.db, shop.manager, TODAY, "en", manager_approval(shop))
    assert any("apologise" in text for _p, _n, text in english.rows)
    assert "name,message" in export.to_csv().splitlines()[0]
    with shop.db.read() as s:
        assert s.query(AuditEntry).filter_by(action="care.export_winback").count() == 2


def test_an_unfollowed_complaint_of_a_lapsed_member_becomes_two_tasks_once(
    shop: Shop, lapsed: dict[str, int]
) -> None:
    from memberdesk.domain.vocab import CareKind
    from memberdesk.services.care import calendar as care
    from memberdesk.store.models import CareTask

    now = at(TODAY)
    complain(shop, lapsed["unknown"], 4, ComplaintStatus.CLOSED)  # closed, nobody called back
    complain(shop, lapsed["recent"], 5, ComplaintStatus.CLOSED)  # not lapsed: nothing yet
    # opened an hour ago, low: 24 hours to take it, so not late yet
    complain(shop, lapsed["fewer"], 6, ComplaintStatus.OPEN, severity=Severity.LOW)
    with shop.db.write() as s:
        s.query(Complaint).filter_by(complaint_no="C6").one().opened_at = now - dt.timedelta(hours=1)

    def tasks() -> list[tuple[CareKind, int | None, dt.date, str]]:
        with shop.db.read() as s:
            return sorted(
                (t.kind, t.member_id, t.due_date, t.title)
                for t in s.query(CareTask).filter(
                    CareTask.kind.in_([CareKind.APOLOGY, CareKind.SUPERVISOR_CALL])
                )
            )

    care.generate(shop.db, shop.store_id, TODAY, TODAY + dt.timedelta(days=7), today=TODAY, now=now)
    expected = sorted(
        (kind, lapsed[who], TODAY, f"C{n}: 投诉{n}")
        for kind in (CareKind.APOLOGY, CareKind.SUPERVISOR_CALL)
        for who, n in (("open", 1), ("unknown", 4))
    )
    assert tasks() == expected
    care.generate(shop.db, shop.store_id, TODAY, TODAY, today=TODAY, now=now)
    later = TODAY + dt.timedelta(days=3)
    care.generate(shop.db, shop.store_id, later, later, today=later, now=at(later))
    # C6 is late by then and gets its two; C1 and C4 are not created again on the later day
    assert tasks() == sorted(
        [
            *expected,
            (CareKind.APOLOGY, lapsed["fewer"], later, "C6: 投诉6"),
            (CareKind.SUPERVISOR_CALL, lapsed["fewer"], later, "C6: 投诉6"),
        ]
    )
    listed = care.calendar(shop.db, shop.clerk, TODAY, TODAY, kinds=[CareKind.APOLOGY])
    assert [(i.member_name, i.title) for i in listed] == [("张一", "C1: 投诉1"), ("钱五", "C4: 投诉4")]


def test_the_demo_store_has_lapsed_members_with_causes_and_an_unfollowed_complaint(demo_db) -> None:  # type: ignore[no-untyped-def]
    from memberdesk.domain.vocab import CareKind
    from memberdesk.services.care import calendar as care
    from memberdesk.services.members.enrolment import system_actor
    from memberdesk.store.models import CareTask

    actor, today = system_actor(demo_db), D(2026, 11, 30)  # the demo's last day
    found = {cause: n for cause, n, _ in winback.causes(winback.winback_list(demo_db, actor, today))}
    assert found[WinbackCause.COMPLAINT] and found[WinbackCause.RETURN] and found[WinbackCause.UNKNOWN]
    care.generate(demo_db, actor.store_id, today, today, today=today, now=at(today))
    with demo_db.read() as s:
        kinds = [t.kind for t in s.query(CareTask).filter(CareTask.due_date == today)]
    assert kinds.count(CareKind.APOLOGY) == kinds.count(CareKind.SUPERVISOR_CALL) >= 1
