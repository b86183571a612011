"""The audit log keeps who changed which fields of a member, never the person's values; an
erase takes the values older versions wrote out of that member's rows, and nothing else."""

from __future__ import annotations

import dataclasses
import json

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError

from memberdesk.services.members.enrolment import enrol, member_form, update_member
from memberdesk.services.members.erase import erase_member
from memberdesk.services.staff import audit
from memberdesk.store.models import AuditEntry
from tests.conftest import Shop
from tests.services.members.test_member_erase import FULL

PERSON = ("欧阳娜娜", "欧阳菲菲", "13812345678", "13900001111", "VIP00123", "nana@example.cn", "建国路1号")


def _rows(shop: Shop, member_id: int) -> list[AuditEntry]:
    with shop.db.read() as s:
        return list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "member", AuditEntry.entity_id == member_id)
                .order_by(AuditEntry.id)
            )
        )


def _text(rows: list[AuditEntry]) -> str:
    return " ".join(f"{r.before} {r.after} {r.detail}" for r in rows)


def test_enrolment_and_edits_log_which_fields_changed_not_the_values(shop: Shop) -> None:
    member_id = enrol(shop.db, shop.clerk, FULL)
    loaded = member_form(shop.db, shop.clerk, member_id)
    update_member(
        shop.db, shop.clerk, member_id, dataclasses.replace(loaded, name="欧阳菲菲", phone="13900001111"),
        loaded=loaded,
    )  # fmt: skip
    rows = _rows(shop, member_id)
    assert [r.action for r in rows] == ["member.enrol", "member.update"]
    for value in PERSON:
        assert value not in _text(rows)
    enrolled, edited = (json.loads(r.after) for r in rows)
    assert {"name", "phone", "card_no", "email", "address"} <= set(enrolled["fields"])
    assert enrolled["channel"] == FULL.channel
    assert sorted(edited["fields"]) == ["name", "phone"]
    assert rows[1].before == "" and all(r.entity_id == member_id for r in rows)


def _old_style_rows(shop: Shop, member_id: int) -> None:
    """Rows as versions before this one wrote them: the values themselves."""
    with shop.db.write() as s:
        audit.record(s, shop.clerk, "member.enrol", entity="member", entity_id=member_id,
                     after={"name": "欧阳娜娜", "card_no": "VIP00123", "channel": "walk_in"})  # fmt: skip
        audit.record(s, shop.clerk, "member.update", entity="member", entity_id=member_id,
                     before={"phone": "13812345678", "name": "欧阳娜娜", "email": "nana@example.cn"},
                     after={"phone": "13900001111", "name": "欧阳菲菲", "email": ""})  # fmt: skip
        audit.record(s, shop.clerk, "points.adjust", entity="member", entity_id=member_id,
                     after={"delta": 50}, detail="欧阳娜娜 13812345678 生日补积分")  # fmt: skip


def test_an_erase_takes_the_values_out_of_that_members_older_rows(shop: Shop) -> None:
    member_id = enrol(shop.db, shop.clerk, FULL)
    other = enrol(shop.db, shop.clerk, dataclasses.replace(FULL, phone="13700000000", card_no="VIP00999"))
    _old_style_rows(shop, member_id)
    _old_style_rows(shop, other)
    others_before = [(r.id, r.before, r.after, r.detail) for r in _rows(shop, other)]
    kept = [(r.id, r.at, r.staff_id, r.action) for r in _rows(shop, member_id)]

    erase_member(shop.db, shop.manager, member_id, confirm_card="VIP00123", reason="顾客欧阳娜娜书面申请")

    rows = _rows(shop, member_id)
    for value in PERSON:
        assert value not in _text(rows)
    assert [
        (r.id, r.at, r.staff_id, r.action) for r in rows[: len(kept)]
    ] == kept  # still there, as they were
    by_action = {r.action: r for r in rows}
    assert json.loads(by_action["member.update"].after) == {"fields": ["email", "name", "phone"]}
    assert json.loads(by_action["points.adjust"].after) == {"delta": 50}  # not personal: kept
    assert "生日补积分" in by_action["points.adjust"].detail
    erased = by_action["member.erase"]
    assert erased.staff_id == shop.manager.staff_id and "书面申请" in erased.detail
    assert [(r.id, r.before, r.after, r.detail) for r in _rows(shop, other)] == others_before


def test_the_rows_of_an_erased_member_still_cannot_be_deleted_or_rewritten(shop: Shop) -> None:
    member_id = enrol(shop.db, shop.clerk, FULL)
    other = enrol(shop.db, shop.clerk, dataclasses.replace(FULL, phone="13700000000", card_no="VIP00999"))
    erase_member(shop.db, shop.manager, member_id, confirm_card="VIP00123")
    refused = [
        update(AuditEntry).where(AuditEntry.entity_id == member_id).values(action="member.nothing"),
        update(AuditEntry).where(AuditEntry.entity_id == member_id).values(staff_id=None),
        update(AuditEntry).where(AuditEntry.entity_id == other).values(detail=""),
    ]
    for statement in refused:
        with pytest.raises(DBAPIError) as err, shop.db.write() as s:
            s.execute(statement)
        assert "append-only" in str(err.value)
    with pytest.raises(DBAPIError), shop.db.write() as s:
        s.execute(AuditEntry.__table__.delete().where(AuditEntry.entity_id == member_id))
    assert len(_rows(shop, member_id)) == 2 and len(_rows(shop, other)) == 1
