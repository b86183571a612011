"""The SMS signature: what providers accept, kept as a store setting and put on every message."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from memberdesk.domain.errors import PermissionDenied, ValidationError
from memberdesk.services.care import messages
from memberdesk.services.care import signature as sms
from memberdesk.store.models import AuditEntry, Consent, Store
from tests.conftest import Shop
from tests.services.care.test_care import add_member
from tests.services.io.helpers import manager_approval

ALLOWED = st.sampled_from("和美生活百货人民路店欧阳abcXYZ0189")


@given(st.text(max_size=40))
def test_any_typed_signature_is_taken_or_refused_with_a_reason(typed: str) -> None:
    try:
        clean = sms.clean_signature(typed)
    except ValidationError as refused:
        assert refused.field == "signature"
        return
    assert 2 <= len(clean) <= 16 and all(sms.allowed_character(ch) for ch in clean)
    assert clean in typed


@given(st.text(ALLOWED, min_size=2, max_size=16))
def test_a_valid_signature_is_kept_as_typed_with_or_without_brackets(name: str) -> None:
    for typed in (name, f"【{name}】", f"  {name} ", f"[{name}]"):
        assert sms.clean_signature(typed) == name


@given(
    st.text(ALLOWED, min_size=1, max_size=8), st.sampled_from(" ·.,-_!（）【　"), st.text(ALLOWED, max_size=7)
)
def test_spaces_and_punctuation_inside_are_refused(left: str, mark: str, right: str) -> None:
    with pytest.raises(ValidationError) as refused:
        sms.clean_signature(left + mark + right + ("店" if not right else ""))
    assert refused.value.field == "signature"


@pytest.mark.parametrize("typed", ["", "店", "和美生活百货人民路店城西银泰城二楼"])
def test_too_short_or_too_long_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError):
        sms.clean_signature(typed)


def test_the_store_name_gives_the_signature_until_one_is_set() -> None:
    assert sms.from_store_name("和美生活百货 · 人民路店") == "和美生活百货人民路店"
    assert sms.from_store_name("·") == ""
    assert len(sms.from_store_name("和美生活百货集团股份有限公司杭州城西银泰城人民路旗舰店")) == 16


def _birthday_member(shop: Shop) -> None:
    member = add_member(shop, 1, "张丽", birthday=dt.date(1990, 3, 10), birth_mmdd=310)
    with shop.db.write() as s:
        s.add(Consent(member_id=member, kind="marketing", granted=True))


def _export(shop: Shop) -> messages.MessageExport:
    day = dt.date(2026, 3, 10)
    return messages.export_messages(
        shop.db, shop.manager, "birthday", day, day, "zh_CN", manager_approval(shop)
    )


def test_the_export_signs_every_message_with_the_setting(shop: Shop) -> None:
    _birthday_member(shop)
    with shop.db.write() as s:
        store = s.get(Store, shop.store_id)
        assert store is not None
        store.name = "和美生活百货 · 人民路店"
    ((_phone, _name, text),) = _export(shop).rows
    assert text.startswith("【和美生活百货人民路店】亲爱的张女士") and "·" not in text and " " not in text
    assert sms.save_signature(shop.db, shop.manager, "【和美人民路店】") == "和美人民路店"
    ((_phone, _name, text),) = _export(shop).rows
    assert text.startswith("【和美人民路店】亲爱的张女士")
    with shop.db.read() as s:
        assert s.query(AuditEntry).filter(AuditEntry.action == "settings.sms_signature").count() == 1


def test_an_invalid_signature_is_not_stored(shop: Shop) -> None:
    sms.save_signature(shop.db, shop.manager, "和美人民路店")
    with pytest.raises(ValidationError):
        sms.save_signature(shop.db, shop.manager, "和美 · 人民路店")
    assert sms.signature(shop.db, shop.store_id) == "和美人民路店"


def test_a_clerk_may_not_change_the_signature(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        sms.save_signature(shop.db, shop.clerk, "和美人民路店")
    assert sms.stored_signature(shop.db, shop.store_id) == ""


def test_no_export_without_a_valid_signature(shop: Shop) -> None:
    _birthday_member(shop)
    with shop.db.write() as s:
        store = s.get(Store, shop.store_id)
        assert store is not None
        store.name = "·"
    with pytest.raises(ValidationError) as refused:
        _export(shop)
    assert refused.value.field == "signature"
