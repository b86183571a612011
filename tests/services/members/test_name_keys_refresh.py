"""Members saved under older reading rules get today's search keys."""

from __future__ import annotations

from sqlalchemy import delete, insert

from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.members.name_keys_refresh import refresh_name_keys
from memberdesk.services.members.search import find
from memberdesk.store.models import MemberKey
from tests.conftest import Shop


def test_old_keys_are_rewritten_once(shop: Shop) -> None:
    old = enrol(shop.db, shop.clerk, MemberForm(phone="13800000001", name="百里长青"))
    enrol(shop.db, shop.clerk, MemberForm(phone="13800000002", name="张伟"))
    with shop.db.write() as s:  # as the rules before compound surnames indexed it
        s.execute(delete(MemberKey).where(MemberKey.member_id == old))
        s.execute(
            insert(MemberKey),
            [{"key": k, "member_id": old} for k in ("n:百里长青", "p:bailizhangqing", "i:blzq")],
        )
    assert not find(shop.db, shop.clerk, "bailic")
    assert refresh_name_keys(shop.db) == 1
    assert [h.name for h in find(shop.db, shop.clerk, "bailic")] == ["百里长青"]
    assert refresh_name_keys(shop.db) == 0
