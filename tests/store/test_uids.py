"""New records get time-ordered version 7 ids; old ids are left as they are."""

from __future__ import annotations

import time
import uuid

from sqlalchemy import select

from memberdesk.store.models import Member, new_uid
from memberdesk.store.uids import Uuid7Source, uuid7_time_ms


def test_ids_are_version_7_with_the_creation_time() -> None:
    before = time.time_ns() // 1_000_000
    value = new_uid()
    after = time.time_ns() // 1_000_000
    assert value.version == 7
    assert value.variant == uuid.RFC_4122
    assert before <= uuid7_time_ms(value) <= after


def test_ids_increase_within_one_millisecond_and_when_the_clock_steps_back() -> None:
    clock = iter([1_000] * 5000 + [999] * 10 + [2_000] * 10)
    source = Uuid7Source(lambda: next(clock))
    ids = [source() for _ in range(5020)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert {uuid7_time_ms(i) for i in ids[:4000]} <= {1_000, 1_001, 1_002, 1_003}
    assert uuid7_time_ms(ids[-1]) == 2_000


def test_string_form_sorts_in_time_order() -> None:
    """SQLite stores a Uuid column as 32 hex characters: text order must be time order."""
    clock = iter(range(10_000, 20_000, 7))
    source = Uuid7Source(lambda: next(clock))
    ids = [source() for _ in range(1000)]
    assert [i.hex for i in ids] == sorted(i.hex for i in ids)


def test_a_new_member_gets_a_version_7_uid(shop) -> None:
    from memberdesk.services.members.enrolment import enrol
    from memberdesk.services.members.forms import MemberForm

    member_id = enrol(shop.db, shop.clerk, MemberForm(phone="13912345678", name="林晓"))
    with shop.db.read() as s:
        uid = s.scalars(select(Member.uid).where(Member.id == member_id)).one()
    assert uid.version == 7
