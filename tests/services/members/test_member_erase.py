"""Erasing a member on request: the person goes, the books stay and still reconcile."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from memberdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from memberdesk.domain.vocab import ComplaintCategory, MemberStatus, Severity, SizeCategory
from memberdesk.services.members.enrolment import (
    ChildForm,
    MemberForm,
    enrol,
    masked_phones,
    member_form,
    update_member,
)
from memberdesk.services.members.erase import erase_member
from memberdesk.services.members.search import find
from memberdesk.services.sales.reconcile import check_ledgers
from memberdesk.services.sales.recording import record_sale
from memberdesk.services.service.complaints import ComplaintForm, open_complaint
from memberdesk.store.database import Database
from memberdesk.store.models import (
    AuditEntry,
    Child,
    Complaint,
    Member,
    MemberKey,
    MemberSize,
    MemberStats,
    PointsEntry,
    Sale,
)
from tests.conftest import Shop, demo_actor
from tests.services.sales_helpers import three_line_sale

FULL = MemberForm(
    phone="13812345678", name="欧阳娜娜", card_no="VIP00123", birthday=dt.date(1990, 5, 1),
    birthday_lunar=True,
    email="nana@example.cn", address="建国路1号", occupation="教师", hobbies="瑜伽", hair_type="卷发",
    skin_type="干性", notes="喜欢蓝色", sizes={SizeCategory.SHOES: "37"},
    children=(ChildForm("乐乐", birthday=dt.date(2019, 5, 1)),), marketing_consent=True,
)  # fmt: skip


def books(db: Database, member_id: int) -> tuple[object, ...]:
    with db.read() as s:
        stats = s.get(MemberStats, member_id)
        assert stats is not None
        return (
            stats.spend_fen, stats.visit_count, stats.points_balance,
            s.scalar(select(func.count()).select_from(Sale).where(Sale.member_id == member_id)),
            s.scalar(select(func.sum(PointsEntry.delta)).where(PointsEntry.member_id == member_id)),
            s.scalar(select(func.count()).select_from(Complaint).where(Complaint.member_id == member_id)),
        )  # fmt: skip


def test_the_manager_erases_the_person_and_keeps_the_books(shop: Shop) -> None:
    member_id = enrol(shop.db, shop.clerk, FULL)
    record_sale(shop.db, shop.clerk, three_line_sale(member_id))
    form = ComplaintForm(
        member_id, ComplaintCategory.PRODUCT_QUALITY, Severity.LOW, "拉链坏了", customer_name="欧阳娜娜"
    )
    open_complaint(shop.db, shop.clerk, form)
    kept = books(shop.db, member_id)

    erase_member(shop.db, shop.manager, member_id, confirm_card=" vip00123 ", reason="顾客书面申请")

    with shop.db.read() as s:
        m = s.get(Member, member_id)
        assert m is not None and m.status is MemberStatus.CLOSED
        personal = (m.name, m.email, m.address, m.occupation, m.hobbies, m.hair_type, m.skin_type, m.notes)
        assert personal == ("",) * 8
        assert (m.birthday, m.birth_mmdd, m.lunar_mmdd, m.ethnicity) == (None, None, None, None)
        assert "13812345678" not in m.phone and m.card_no != "VIP00123" and m.phone_last4 == ""
        assert (
            s.scalar(select(func.count()).select_from(MemberKey).where(MemberKey.member_id == member_id)) == 0
        )
        assert (
            s.scalar(select(func.count()).select_from(MemberSize).where(MemberSize.member_id == member_id))
            == 0
        )
        assert [
            (c.name, c.birthday) for c in s.scalars(select(Child).where(Child.member_id == member_id))
        ] == [("", None)]
        complaint = s.scalars(select(Complaint).where(Complaint.member_id == member_id)).one()
        assert complaint.customer_name == "" and complaint.description == "拉链坏了"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "member.erase")).one()
        assert entry.staff_id == shop.manager.staff_id and entry.detail == "顾客书面申请"
        assert "欧阳" not in entry.before + entry.after
    assert books(shop.db, member_id) == kept
    assert check_ledgers(shop.db) == []
    for query in ("13812345678", "5678", "VIP00123", "欧阳", "oyn"):
        assert find(shop.db, shop.clerk, query) == []
    assert masked_phones(shop.db, shop.clerk, [member_id]) == {member_id: ""}
    # phone and card are free for someone else, and the closed member cannot be edited
    newcomer = enrol(shop.db, shop.clerk, MemberForm(phone="138 1234 5678", name="李娜", card_no="VIP00123"))
    assert [h.id for h in find(shop.db, shop.clerk, "13812345678")] == [newcomer]
    with pytest.raises(Conflict):
        update_member(shop.db, shop.clerk, member_id, member_form(shop.db, shop.clerk, member_id))


@pytest.mark.parametrize("who", ["clerk", "supervisor"])
def test_only_the_manager_may_erase(shop: Shop, who: str) -> None:
    member_id = enrol(shop.db, shop.clerk, FULL)
    with pytest.raises(PermissionDenied):
        erase_member(shop.db, getattr(shop, who), member_id, confirm_card="VIP00123")
    assert member_form(shop.db, shop.clerk, member_id).name == "欧阳娜娜"


@pytest.mark.parametrize("typed", ["", "VIP0012", "13812345678"])
def test_a_wrong_confirmation_erases_nothing(shop: Shop, typed: str) -> None:
    member_id = enrol(shop.db, shop.clerk, FULL)
    with pytest.raises(ValidationError) as err:
        erase_member(shop.db, shop.manager, member_id, confirm_card=typed)
    assert err.value.field == "confirm"
    assert member_form(shop.db, shop.clerk, member_id).email == "nana@example.cn"


def test_erasing_twice_is_refused(shop: Shop) -> None:
    member_id = enrol(shop.db, shop.clerk, FULL)
    erase_member(shop.db, shop.manager, member_id, confirm_card="VIP00123")
    with pytest.raises(Conflict):
        erase_member(shop.db, shop.manager, member_id, confirm_card=f"erased:{member_id}")


def test_erasing_demo_members_of_every_kind_keeps_every_ledger_reconciled(demo_db: Database) -> None:
    manager = demo_actor(demo_db, "M01")
    with demo_db.read() as s:
        busy = select(Sale.member_id).where(Sale.member_id.is_not(None))
        chosen = {
            *s.scalars(select(Member.id).where(Member.id.in_(busy)).limit(5)),
            *s.scalars(select(Member.id).where(Member.id.in_(select(Complaint.member_id))).limit(5)),
            *s.scalars(select(Member.id).where(Member.id.in_(select(Child.member_id))).limit(5)),
            *s.scalars(select(Member.id).where(Member.birthday_lunar.is_(True)).limit(3)),
            *s.scalars(select(Member.id).where(Member.ethnicity.is_not(None)).limit(3)),
        }
        cards = {m.id: m.card_no for m in s.scalars(select(Member).where(Member.id.in_(chosen)))}
    kept = {member_id: books(demo_db, member_id) for member_id in chosen}
    for member_id, card in cards.items():
        erase_member(demo_db, manager, member_id, confirm_card=card)
    assert {member_id: books(demo_db, member_id) for member_id in chosen} == kept
    assert check_ledgers(demo_db) == []
    with demo_db.read() as s:
        names = set(s.scalars(select(Member.name).where(Member.id.in_(chosen))))
        audit = [
            json.loads(e.after or "{}")
            for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "member.erase"))
        ]
    assert names == {""} and len(audit) == len(chosen)


# --- free text that names the person ---

SAID = "欧阳娜娜说拉链坏了，电话138 1234-5678，卡号vip00123，邮件 Nana@Example.cn"


def _texts_naming_the_member(shop: Shop) -> int:
    """A member whose name, phone, card and e-mail appear in complaints, notes, a suggestion
    and an after-sales record, as clerks write them."""
    from memberdesk.domain.vocab import ServiceKind
    from memberdesk.services.service.aftersales import ServiceForm, record_service
    from memberdesk.services.service.complaints import add_note
    from memberdesk.services.service.suggestions import record_suggestion

    member_id = enrol(shop.db, shop.clerk, FULL)
    form = ComplaintForm(member_id, ComplaintCategory.PRODUCT_QUALITY, Severity.LOW, SAID,
                         customer_request="请回电 +86 138 1234 5678 找欧阳娜娜")  # fmt: skip
    open_complaint(shop.db, shop.clerk, form)
    with shop.db.read() as s:
        complaint_id = s.scalars(select(Complaint.id).where(Complaint.member_id == member_id)).one()
    add_note(shop.db, shop.clerk, complaint_id, "已致电欧阳娜娜（13812345678）")
    record_suggestion(shop.db, shop.clerk, member_id, "会员VIP00123欧阳娜娜建议多进蓝色")
    service = ServiceForm(None, ServiceKind.ALTERATION, "欧阳娜娜的裤子改短3厘米", None, member_id=member_id)
    record_service(shop.db, shop.clerk, service)
    return member_id


def _all_free_text(db: Database) -> list[str]:
    from memberdesk.store.models import ComplaintStep, ServiceRecord, Suggestion

    with db.read() as s:
        found: list[str] = []
        for c in s.scalars(select(Complaint)):
            found += [c.description, c.customer_request, c.resolution, c.follow_up_note]
        found += list(s.scalars(select(ComplaintStep.note)))
        found += list(s.scalars(select(Suggestion.text)))
        found += [r.description for r in s.scalars(select(ServiceRecord))]
        return found


def test_the_erase_takes_the_person_out_of_free_text_and_keeps_the_rest(shop: Shop) -> None:
    member_id = _texts_naming_the_member(shop)
    erase_member(shop.db, shop.manager, member_id, confirm_card="VIP00123")
    texts = _all_free_text(shop.db)
    joined = " ".join(texts)
    for value in ("欧阳娜娜", "13812345678", "138 1234-5678", "138 1234 5678", "VIP00123", "vip00123"):
        assert value not in joined
    assert "nana@example.cn" not in joined.lower()
    assert any("说拉链坏了" in t for t in texts)  # what happened stays
    assert any("建议多进蓝色" in t for t in texts) and any("裤子改短3厘米" in t for t in texts)


def test_the_manager_sees_every_text_the_erase_will_change(shop: Shop) -> None:
    from memberdesk.services.members.erase import erasure_preview

    member_id = _texts_naming_the_member(shop)
    preview = erasure_preview(shop.db, shop.manager, member_id)
    assert sorted(t.where for t in preview.texts) == sorted(
        ["complaint", "complaint", "complaint_step", "suggestion", "service_record"]
    )
    for item in preview.texts:
        assert item.found and all(part in item.text for part in item.found)
        assert not any(part in item.erased for part in item.found)
    said = next(t for t in preview.texts if t.text == SAID)
    assert set(said.found) == {"欧阳娜娜", "138 1234-5678", "vip00123", "Nana@Example.cn"}
    assert member_form(shop.db, shop.clerk, member_id).name == "欧阳娜娜"  # a preview changes nothing
    with pytest.raises(PermissionDenied):
        erasure_preview(shop.db, shop.supervisor, member_id)
