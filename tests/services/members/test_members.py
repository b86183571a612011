import datetime as dt
import json

import pytest
from sqlalchemy import select

from memberdesk.domain.errors import Conflict, PermissionDenied, ValidationError
from memberdesk.domain.vocab import Channel, ConsentKind, Gender, SizeCategory
from memberdesk.services.members.enrolment import (
    ChildForm,
    DuplicatePhone,
    LikelyDuplicate,
    MemberForm,
    SensitiveInfo,
    enrol,
    member_form,
    record_consent,
    reveal_phone,
    reveal_sensitive,
    set_sensitive,
    update_member,
)
from memberdesk.services.members.search import find
from memberdesk.store.models import AuditEntry, Member
from tests.conftest import Shop


def test_enrol_with_phone_and_name_only(shop: Shop) -> None:
    member_id = enrol(shop.db, shop.clerk, MemberForm(phone="138 1234 5678", name=" 张 伟 "))
    with shop.db.read() as s:
        m = s.get(Member, member_id)
        assert m is not None
        assert (m.phone, m.phone_last4, m.name, m.enrolled_by_id) == (
            "13812345678",
            "5678",
            "张 伟",
            shop.clerk.staff_id,
        )
        assert m.card_no == f"M{shop.store_id:03d}0000001"
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.entity_id == member_id)) == "member.enrol"


def test_card_numbers_are_assigned_in_sequence_and_scanned_ones_unique(shop: Shop) -> None:
    a = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="甲"))
    b = enrol(shop.db, shop.clerk, MemberForm(phone="13812345679", name="乙", card_no="scan12345"))
    with pytest.raises(Conflict) as err:
        enrol(shop.db, shop.clerk, MemberForm(phone="13812345670", name="丙", card_no="SCAN12345"))
    assert err.value.field == "card_no"
    with shop.db.read() as s:
        assert s.get(Member, a).card_no.endswith("0000001")  # type: ignore[union-attr]
        assert s.get(Member, b).card_no == "SCAN12345"  # type: ignore[union-attr]


@pytest.mark.parametrize("phone", ["", "12345", "1381234567", "28812345678", "电话"])
def test_bad_phones_are_refused_and_nothing_saved(shop: Shop, phone: str) -> None:
    with pytest.raises(ValidationError) as err:
        enrol(shop.db, shop.clerk, MemberForm(phone=phone, name="张伟"))
    assert err.value.field == "phone"
    with shop.db.read() as s:
        assert s.scalar(select(Member.id)) is None


def test_empty_name_refused(shop: Shop) -> None:
    with pytest.raises(ValidationError) as err:
        enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="  "))
    assert err.value.field == "name"


def test_phone_on_file_points_at_that_member(shop: Shop) -> None:
    first = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    with pytest.raises(DuplicatePhone) as err:
        enrol(shop.db, shop.clerk, MemberForm(phone="+86 138-1234-5678", name="另一个"))
    assert err.value.member_id == first


def test_same_name_and_last4_warns_until_confirmed(shop: Shop) -> None:
    first = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    with pytest.raises(LikelyDuplicate) as err:
        enrol(shop.db, shop.clerk, MemberForm(phone="13912345678", name="张伟"))
    assert err.value.member_id == first
    second = enrol(shop.db, shop.clerk, MemberForm(phone="13912345678", name="张伟"), confirm_duplicate=True)
    assert second != first


def test_edit_is_audited_with_changed_fields_and_rekeys_the_name(shop: Shop) -> None:
    member_id = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    form = member_form(shop.db, shop.clerk, member_id)
    edited = MemberForm(
        **{
            **form.__dict__,
            "name": "单伟",
            "gender": Gender.FEMALE,
            "sizes": {SizeCategory.SHOES: "37"},
            "children": (ChildForm("小单", Gender.FEMALE, dt.date(2021, 5, 1)),),
            "channel": Channel.MEMBER_REFERRAL,
        }
    )
    update_member(shop.db, shop.clerk, member_id, edited)
    with shop.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "member.update")).one()
    assert entry.staff_id == shop.clerk.staff_id
    after = json.loads(entry.after)  # which fields changed, never the person's values (PIPL)
    assert after == {"fields": ["channel", "children", "gender", "name", "sizes"]} and entry.before == ""
    assert "张伟" not in entry.after + entry.detail and "单伟" not in entry.after
    assert [h.id for h in find(shop.db, shop.clerk, "shanw")] == [member_id]
    assert find(shop.db, shop.clerk, "zhangw") == []
    again = member_form(shop.db, shop.clerk, member_id)
    update_member(
        shop.db, shop.clerk, member_id, MemberForm(**{**again.__dict__, "sizes": {SizeCategory.SHOES: "38"}})
    )
    assert member_form(shop.db, shop.clerk, member_id).sizes == {SizeCategory.SHOES: "38"}


def test_edit_to_a_phone_on_file_is_refused(shop: Shop) -> None:
    enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    other = enrol(shop.db, shop.clerk, MemberForm(phone="13812345679", name="李娜"))
    with pytest.raises(DuplicatePhone):
        update_member(shop.db, shop.clerk, other, MemberForm(phone="13812345678", name="李娜"))


def test_reveal_phone_is_audited(shop: Shop) -> None:
    member_id = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    assert reveal_phone(shop.db, shop.clerk, member_id) == "13812345678"
    with shop.db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.staff_id == shop.clerk.staff_id)))
    assert "member.reveal_phone" in actions


def test_sensitive_fields_need_consent_and_role_and_every_reveal_is_audited(shop: Shop) -> None:
    member_id = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    info = SensitiveInfo(True, "回族", "", "")
    with pytest.raises(ValidationError):
        set_sensitive(shop.db, shop.supervisor, member_id, SensitiveInfo(False, "回族", "", ""))
    record_consent(shop.db, shop.clerk, member_id, ConsentKind.SENSITIVE, True)
    with pytest.raises(PermissionDenied):
        set_sensitive(shop.db, shop.clerk, member_id, info)
    set_sensitive(shop.db, shop.supervisor, member_id, info)
    with pytest.raises(PermissionDenied):
        reveal_sensitive(shop.db, shop.clerk, member_id)
    assert reveal_sensitive(shop.db, shop.supervisor, member_id).ethnicity == "回族"
    record_consent(shop.db, shop.clerk, member_id, ConsentKind.SENSITIVE, False)
    assert reveal_sensitive(shop.db, shop.supervisor, member_id).ethnicity == ""
    with shop.db.read() as s:
        reveals = s.scalars(select(AuditEntry).where(AuditEntry.action == "member.reveal_sensitive")).all()
    assert [r.staff_id for r in reveals] == [shop.supervisor.staff_id] * 2
    assert all("回族" not in r.after for r in reveals)


def test_consent_and_values_saved_together(shop: Shop) -> None:
    member_id = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    set_sensitive(shop.db, shop.supervisor, member_id, SensitiveInfo(True, "", "佛教", ""))
    assert reveal_sensitive(shop.db, shop.supervisor, member_id) == SensitiveInfo(True, "", "佛教", "")
    set_sensitive(shop.db, shop.supervisor, member_id, SensitiveInfo(False, "", "", ""))
    assert reveal_sensitive(shop.db, shop.supervisor, member_id) == SensitiveInfo(False, "", "", "")


def test_an_edit_writes_only_what_changed_since_the_form_opened(shop: Shop) -> None:
    from dataclasses import replace

    full = MemberForm(phone="13812345678", name="张伟", email="zw@example.cn", address="建国路1号",
                      occupation="教师", hobbies="瑜伽", notes="老顾客")  # fmt: skip
    member_id = enrol(shop.db, shop.clerk, full)
    opened = member_form(shop.db, shop.clerk, member_id)
    # meanwhile another counter changes the email
    other = member_form(shop.db, shop.clerk, member_id)
    update_member(shop.db, shop.clerk, member_id, replace(other, email="new@example.cn"), loaded=other)
    update_member(shop.db, shop.clerk, member_id, replace(opened, notes="喜欢蓝色"), loaded=opened)
    now = member_form(shop.db, shop.clerk, member_id)
    assert (now.email, now.address, now.occupation, now.hobbies, now.notes) == (
        "new@example.cn", "建国路1号", "教师", "瑜伽", "喜欢蓝色",
    )  # fmt: skip


def test_a_stored_value_the_form_would_refuse_does_not_block_another_edit(shop: Shop) -> None:
    from dataclasses import replace

    member_id = enrol(shop.db, shop.clerk, MemberForm(phone="13812345678", name="张伟"))
    with shop.db.write() as s:
        s.get(Member, member_id).phone = "8612345"  # type: ignore[union-attr]  # imported long ago
    opened = member_form(shop.db, shop.clerk, member_id)
    update_member(shop.db, shop.clerk, member_id, replace(opened, notes="x"), loaded=opened)
    with pytest.raises(ValidationError):
        update_member(shop.db, shop.clerk, member_id, replace(opened, phone="8612346"), loaded=opened)
    with shop.db.read() as s:
        assert s.get(Member, member_id).phone == "8612345"  # type: ignore[union-attr]


def test_a_missing_phone_is_called_required(shop: Shop) -> None:
    with pytest.raises(ValidationError) as err:
        enrol(shop.db, shop.clerk, MemberForm(phone="  ", name="张伟"))
    assert err.value.field == "phone" and "required" in err.value.english() and "“" not in err.value.english()


def test_children_are_edited_in_place_so_their_care_tasks_stay(shop: Shop) -> None:
    from dataclasses import replace

    form = MemberForm(
        phone="13812345678", name="张伟", children=(ChildForm("乐乐", Gender.MALE, dt.date(2019, 5, 1)),)
    )
    member_id = enrol(shop.db, shop.clerk, form)
    with shop.db.read() as s:
        child_id = s.get(Member, member_id).children[0].id  # type: ignore[union-attr]
    opened = member_form(shop.db, shop.clerk, member_id)
    moved = replace(opened, children=(ChildForm("乐乐", Gender.MALE, dt.date(2019, 6, 1)),))
    update_member(shop.db, shop.clerk, member_id, moved, loaded=opened)
    with shop.db.read() as s:
        children = s.get(Member, member_id).children  # type: ignore[union-attr]
        assert [(c.id, c.birthday, c.birth_mmdd) for c in children] == [(child_id, dt.date(2019, 6, 1), 601)]
