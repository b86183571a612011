"""The counter finds members with compound surnames and polyphonic given names as clerks type."""

from __future__ import annotations

import pytest

from memberdesk.services.members.enrolment import MemberForm, enrol
from memberdesk.services.members.search import find
from tests.conftest import Shop

PEOPLE = [("13800000001", "百里长青"), ("13800000002", "赫连勃勃"), ("13800000003", "长孙无忌"),
          ("13800000004", "李行"), ("13800000005", "都敏俊")]  # fmt: skip


@pytest.mark.parametrize(
    ("query", "name"),
    [("bailic", "百里长青"), ("blcq", "百里长青"), ("bailizhang", "百里长青"), ("helianb", "赫连勃勃"),
     ("hlbb", "赫连勃勃"), ("zhangsunw", "长孙无忌"), ("lihang", "李行"), ("lixing", "李行"),
     ("dumin", "都敏俊")],
)  # fmt: skip
def test_found_by_every_reading(shop: Shop, query: str, name: str) -> None:
    for phone, person in PEOPLE:
        enrol(shop.db, shop.clerk, MemberForm(phone=phone, name=person))
    assert name in [hit.name for hit in find(shop.db, shop.clerk, query)]
